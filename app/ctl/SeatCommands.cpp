// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl config for a seat's phone: the not-ready reasons, the after-call time, where calls
// go while not ready, and the transfer directory. Each value is checked whole before it is kept.
#include "CtlCommands.h"

#include "store/LocalStore.h"
#include "telephony/AgentSettings.h"
#include "telephony/TransferDirectory.h"

namespace hotline {

bool CtlCommands::isSeatSetting(const QString &key)
{
    return key == QLatin1String("agent-reasons") || key == QLatin1String("after-call-seconds")
        || key == QLatin1String("divert-to") || key == QLatin1String("transfer-directory");
}

int CtlCommands::seatConfig(const QString &key, const QString &value)
{
    if (key == QLatin1String("transfer-directory")) {
        const Result<QVector<TransferTarget>> targets = TransferDirectory::parse(value);
        if (!targets) {
            m_err << targets.error() << Qt::endl;
            return 1;
        }
        if (Status s = TransferDirectory::save(m_store, targets.value()); !s) {
            m_err << s.error() << Qt::endl;
            return 1;
        }
        m_out << key << ' ' << TransferDirectory::format(targets.value()) << Qt::endl;
        return 0;
    }
    const AgentSettings current = AgentSettings::load(m_store);
    const QString reasons = key == QLatin1String("agent-reasons") ? value : current.notReadyReasons.join(u';');
    const QString afterCall = key == QLatin1String("after-call-seconds") ? value : QString::number(current.afterCallSeconds);
    const QString divert = key == QLatin1String("divert-to") ? value : current.divertTo;
    const Result<AgentSettings> settings = AgentSettings::parse(reasons, afterCall, divert);
    if (!settings) {
        m_err << settings.error() << Qt::endl;
        return 1;
    }
    if (Status s = settings.value().save(m_store); !s) {
        m_err << s.error() << Qt::endl;
        return 1;
    }
    m_out << "agent-reasons " << settings.value().notReadyReasons.join(u';') << Qt::endl
          << "after-call-seconds " << settings.value().afterCallSeconds << Qt::endl
          << "divert-to " << (settings.value().divertTo.isEmpty() ? QStringLiteral("(refuse)") : settings.value().divertTo) << Qt::endl;
    return 0;
}

} // namespace hotline
