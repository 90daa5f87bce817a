// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>

#include <functional>
#include <memory>

// Qt SQL stays inside the models library (linked privately): callers above it see no SQL.
class QSqlDatabase;

namespace hotline {

// The workstation's SQLite file: WAL journal, synchronous commits (an acknowledged change
// survives a killed process or a power cut), a versioned schema migrated forward on open.
// Everything that reads or writes it goes through the repositories built on it.
class LocalStore : public QObject {
    Q_OBJECT
public:
    ~LocalStore() override;

    // Opens (creating if needed) and migrates. A file written by a newer version is refused.
    static Result<std::unique_ptr<LocalStore>> open(const QString &path);

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs `body` inside BEGIN IMMEDIATE … COMMIT; any failure rolls everything back.
    Status transaction(const std::function<Status()> &body);

    QString meta(const QString &key, const QString &fallback = {}) const;
    Status setMeta(const QString &key, const QString &value);
    // A store of the simulation (training) mode: meta "simulation" = "1", set by whoever
    // creates it. Nothing in it is ever queued for, pushed to or pulled from the centre.
    bool isSimulation() const;

    // Called by repositories after a commit so that views refresh.
    void notifyWorkOrdersChanged() { Q_EMIT workOrdersChanged(); }
    void notifyOutboxChanged() { Q_EMIT outboxChanged(); }
    void notifyReferenceDataChanged() { Q_EMIT referenceDataChanged(); }

Q_SIGNALS:
    void workOrdersChanged();
    void outboxChanged();
    void referenceDataChanged();

private:
    LocalStore(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
};

} // namespace hotline
