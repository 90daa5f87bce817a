// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "server/open311/Open311Format.h"
#include "server/open311/Open311Updates.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

#include <optional>

namespace hotline {

class CentralDatabase;
class SyncService;
class UserDirectory;

// Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2): the public standard municipal
// clients use to file and follow service requests. Services are the catalogue's leaf items;
// a service request is a work order (its id is the work order's number). Answers come as
// JSON or XML, errors as the spec's list of {code, description}. Caller details (name, phone,
// e-mail) are taken in but never given out, and only public requests are listed.
// Queries and forms come decoded once (http/FormEncoding.h): values are read FullyDecoded.
// `jurisdiction_id` is accepted everywhere and ignored: the centre serves one jurisdiction, so
// whatever a client configured as its id names this one.
class Open311Service {
public:
    using Format = open311::Format;
    using Answer = open311::Answer;
    static constexpr int maxRequests = 1000;
    static constexpr int defaultDays = 90;
    // Service request updates: the last day unless asked, at most 90 days at once.
    static constexpr int updateDefaultDays = 1;
    static constexpr int updateMaxDays = 90;
    // Attributes a request may carry (attribute[CODE]=value): how many, and how long each value.
    static constexpr int maxAttributes = 100;
    static constexpr int maxAttributeLength = 4000;

    Open311Service(CentralDatabase &db, SyncService &sync, UserDirectory &users) : m_db(db), m_sync(sync), m_users(users), m_updates(db) {}

    // `file` is the last path segment, e.g. "services.json" or "2600012345.xml".
    // The spec's service discovery document (/open311/discovery.json|xml): where the v2
    // endpoint is (`baseUrl`, as the client reached the centre) and in which formats.
    Answer discovery(const QString &file, const QString &baseUrl) const;
    Answer services(const QString &file) const;
    Answer serviceDefinition(const QString &file) const;
    Answer requests(const QString &file, const QUrlQuery &query) const;
    Answer request(const QString &file) const;
    // POST /requests.{format}: form fields per the spec (a JSON object is accepted as well).
    // attribute[CODE] fields are kept with the request (its created event's open311.attributes)
    // whether or not its service defines them; attribute[CODE][] once per value of a list.
    Answer create(const QString &file, const QUrlQuery &form);
    // GET /servicerequestupdates.{format}?api_key=…&start_date=…&end_date=…: see Open311Updates.
    Answer updates(const QString &file, const QUrlQuery &query) const;

    // Administration: the catalogue (level1,level2,level3 CSV) as services; API keys.
    Result<int> importServices(const QString &csvPath);
    Result<QString> createApiKey(const QString &name);
    static QString serviceCode(const QString &level1, const QString &level2, const QString &level3);

private:
    // The registered client an api_key belongs to; nothing for a missing or unknown key.
    std::optional<QString> clientOf(const QString &apiKey) const;
    // Public requests only (filed through Open311, or an order its caller let be listed), never
    // confidential ones, without personal data; an order taken by phone with its place coarsened
    // to the street and about a kilometre. A database that does not answer is an error.
    Result<QJsonArray> selectRequests(const QString &where, const QVariantList &bindings, int limit) const;
    Answer listed(Format format, const Result<QJsonArray> &items) const;

    CentralDatabase &m_db;
    SyncService &m_sync;
    UserDirectory &m_users;
    Open311Updates m_updates;
};

} // namespace hotline
