// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/HttpServer.h"
#include "server/database/DatabaseWorker.h"
#include "server/orders/CentreLimits.h"
#include "server/users/SessionGuard.h"
#include "server/users/UserDirectory.h"

#include <QJsonArray>

#include <functional>

namespace hotline {

class CentralDatabase;

// The centre-wide questions about orders, answered from the centre's projection (one range of
// an index each) and put on record before the answer leaves:
//   GET /api/v1/queues/dispatcher   what dispatchers must act on, urgent first
//   GET /api/v1/queues/callback     replied orders to call back (operators, team leads)
//   GET /api/v1/queues/department   the orders with the caller's own unit, with time left
//   GET /api/v1/queues/sent_back    orders a dispatcher sent back to the caller (an operator)
//   GET /api/v1/orders?phone=…      a caller's history from every desk, open orders first
//   GET /api/v1/orders?near=LNG,LAT[&radius=500&days=7&item=…]   open orders nearby (duplicates)
//   GET /api/v1/figures?period=2026-11&by=unit|street|top-streets   the figures as TSV
//   GET /api/v1/figures?period=2026-11&format=json[&unit=CODE|&district=CODE][&months=6]
//       all of them as one FigureReport (units, streets, top streets, the trend by month)
//   GET /api/v1/figures/orders?period=2026-11&by=unit|street|all&key=CODE&measure=orders|
//       response|callbacks|returns|overdue[&category=…][&unit=…|&district=…]   the orders behind
//       a figure (team leads, administrators), masked for the role and put on record
//   GET /api/v1/training?period=2026-11   past orders as the classifier's labelled file
// Events on these orders go through /api/v1/sync/push like every other write, so one place
// checks who may do what.
class OrderRoutes {
public:
    using Audited = std::function<void(AuditEntry, HttpResponse, HttpReply)>;
    OrderRoutes(const CentralDatabase &db, const SessionGuard &guard, Audited audited);

    void addTo(HttpServer &http);

private:
    void queue(const Session &session, HttpRequest &&request, HttpReply reply);
    void callerHistory(const Session &session, HttpRequest &&request, HttpReply reply);
    void nearby(const Session &session, HttpRequest &&request, HttpReply reply);
    void figures(const HttpRequest &request, HttpReply reply);
    HttpResponse figuresTsv(const HttpRequest &request, const std::pair<QDate, QDate> &period);
    void figureOrders(const Session &session, HttpRequest &&request, HttpReply reply);
    void training(const Session &session, HttpRequest &&request, HttpReply reply);
    // The rows of `sql` (its first columns: state_json, revision, queue) as the wire shows
    // them to this session, with their running clock; the order numbers for the audit.
    Result<QJsonArray> rows(const Session &session, const QString &sql, const QVariantList &binds, QStringList *numbers);
    void answer(const Session &session, const QString &what, const QJsonArray &orders, const QStringList &numbers,
                const HttpRequest &request, HttpReply reply);

    const CentralDatabase &m_db;
    const SessionGuard &m_guard;
    Audited m_audited;
    CentreLimits m_limits;
    std::unique_ptr<CentreLimits> m_reportLimits; // the worker's, made and read on its thread
    // The month's report reads every order of its trend's months (seconds at a few hundred
    // thousand): off the event loop, on a connection of its own, one report at a time.
    DatabaseWorker m_reports;
};

} // namespace hotline
