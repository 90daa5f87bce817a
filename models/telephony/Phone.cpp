// SPDX-License-Identifier: GPL-3.0-or-later
#include "Phone.h"

#include <QCoreApplication>

namespace hotline {

qint64 PhoneCall::talkSeconds(const QDateTime &now) const
{
    if (!answeredAt.isValid())
        return 0;
    return answeredAt.secsTo(endedAt.isValid() ? endedAt : now);
}

QString displayName(PhoneCall::State state)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("hotline::Phone", text); };
    switch (state) {
    case PhoneCall::State::Ringing: return tr("振铃");
    case PhoneCall::State::Established: return tr("通话中");
    case PhoneCall::State::OnHold: return tr("保持");
    case PhoneCall::State::Ended: return tr("已结束");
    case PhoneCall::State::Failed: return tr("未接通");
    }
    return {};
}

} // namespace hotline
