// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceAdmin.h"

#include "server/database/CentralDatabase.h"
#include "server/open311/Open311Service.h"
#include "server/sync/SyncService.h"
#include "server/users/DeskRegistry.h"
#include "server/users/UserDirectory.h"

#include <QTextStream>

#include <cstdio>

namespace hotline {

namespace {
QString passwordFromOutside()
{
    const QString password = qEnvironmentVariable("HOTLINE_PASSWORD");
    return password.isEmpty() ? QTextStream(stdin).readLine() : password;
}
const QString self = QStringLiteral("hotline-central");
} // namespace

int ServiceAdmin::run(const CentralConfig &config)
{
    switch (config.task) {
    case CentralTask::AddUser: return addUser(config);
    case CentralTask::SetPassword:
    case CentralTask::DisableUser:
    case CentralTask::EnableUser: return changeUser(config.taskArgument, config.task);
    case CentralTask::ImportServices: return importServices(config.taskArgument);
    case CentralTask::AddApiKey: return addApiKey(config.taskArgument);
    case CentralTask::ReleaseDesk: return releaseDesk(config.taskArgument);
    case CentralTask::Serve: break;
    }
    m_err(QStringLiteral("nothing to do"));
    return 2;
}

int ServiceAdmin::addUser(const CentralConfig &config)
{
    const std::optional<Role> role = roleFromCode(config.role);
    if (!role) {
        m_err(QStringLiteral("unknown role %1 (operator, team_lead, kb_editor, dispatcher, trainee, department, admin)").arg(config.role));
        return 2;
    }
    UserDirectory users(m_db);
    const Result<PasswordHash> hash = UserDirectory::hashPassword(passwordFromOutside());
    if (!hash) {
        m_err(hash.error());
        return 1;
    }
    Result<CentralUser> user = users.create(config.taskArgument, config.displayName, *role, hash.value(), config.unit);
    if (!user) {
        m_err(user.error());
        return 1;
    }
    (void)users.audit(self, QStringLiteral("create-user"), QStringLiteral("user:") + config.taskArgument, config.role);
    m_out(QStringLiteral("user %1 (%2) created").arg(config.taskArgument, config.role));
    return 0;
}

int ServiceAdmin::changeUser(const QString &login, CentralTask task)
{
    UserDirectory users(m_db);
    if (!users.find(login)) {
        m_err(QStringLiteral("no user %1").arg(login));
        return 1;
    }
    UserChange change;
    QString what;
    if (task == CentralTask::SetPassword) {
        const Result<PasswordHash> hash = UserDirectory::hashPassword(passwordFromOutside());
        if (!hash) {
            m_err(hash.error());
            return 1;
        }
        change.password = hash.value();
        what = QStringLiteral("password changed");
    } else {
        change.disabled = task == CentralTask::DisableUser;
        what = task == CentralTask::DisableUser ? QStringLiteral("disabled") : QStringLiteral("enabled");
    }
    Result<UserAccount> updated = users.update(login, change);
    if (!updated) {
        m_err(updated.error());
        return 1;
    }
    (void)users.audit(self, QStringLiteral("update-user"), QStringLiteral("user:") + login, what);
    m_out(QStringLiteral("user %1: %2").arg(login, what));
    return 0;
}

int ServiceAdmin::importServices(const QString &csv)
{
    UserDirectory users(m_db);
    SyncService sync(m_db, users);
    Result<int> count = Open311Service(m_db, sync, users).importServices(csv);
    if (!count) {
        m_err(count.error());
        return 1;
    }
    (void)users.audit(self, QStringLiteral("import-services"), QStringLiteral("open311:services"), QString::number(count.value()));
    m_out(QStringLiteral("%1 Open311 services").arg(count.value()));
    return 0;
}

int ServiceAdmin::addApiKey(const QString &client)
{
    UserDirectory users(m_db);
    SyncService sync(m_db, users);
    Result<QString> key = Open311Service(m_db, sync, users).createApiKey(client);
    if (!key) {
        m_err(key.error());
        return 1;
    }
    (void)users.audit(self, QStringLiteral("add-api-key"), QStringLiteral("open311:") + client);
    m_out(key.value());
    return 0;
}

int ServiceAdmin::releaseDesk(const QString &desk)
{
    Result<bool> released = DeskRegistry(m_db).release(desk);
    if (!released) {
        m_err(released.error());
        return 1;
    }
    if (!released.value()) {
        m_err(QStringLiteral("no desk %1 is registered").arg(desk));
        return 1;
    }
    (void)UserDirectory(m_db).audit(self, QStringLiteral("release-desk"), QStringLiteral("desk:") + desk);
    m_out(QStringLiteral("desk %1 released: the next workstation to sign in with it takes it").arg(desk));
    return 0;
}

} // namespace hotline
