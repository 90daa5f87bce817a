// SPDX-License-Identifier: GPL-3.0-or-later
#include "TitleSuggester.h"

#include "WorkOrderValidator.h"

namespace hotline {

QString TitleSuggester::propose(const Classification &classification, const Address &address)
{
    // The most precise place the operator gave, prefixed by its district for context.
    QString place = address.communityName;
    if (place.isEmpty())
        place = address.streetName;
    if (!address.districtName.isEmpty() && place != address.districtName)
        place = address.districtName + place;
    QString title;
    if (!place.isEmpty() && !classification.isEmpty())
        title = place + QStringLiteral(" · ") + classification.level3;
    else
        title = place.isEmpty() ? classification.level3 : place;
    return title.left(WorkOrderValidator::maxTitleLength);
}

} // namespace hotline
