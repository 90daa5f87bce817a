// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransferDirectory.h"

#include "store/LocalStore.h"
#include "units/UnitRepository.h"

#include <QCollator>
#include <QRegularExpression>

#include <algorithm>

namespace hotline {

namespace {
const QString directoryKey = QStringLiteral("phone.transfer_directory");
} // namespace

bool TransferDirectory::isDiallable(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^\\+?[0-9*#]{2,20}$"));
    return number.match(text.trimmed()).hasMatch();
}

Result<QVector<TransferTarget>> TransferDirectory::parse(const QString &text)
{
    QVector<TransferTarget> targets;
    if (text.trimmed().isEmpty())
        return targets;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error{tr("转接目录中的“%1”应写作 名称=号码").arg(entry)};
        TransferTarget target{entry.left(equals).trimmed(), entry.mid(equals + 1).trimmed()};
        if (target.name.isEmpty() || target.name.size() > 40)
            return Error{tr("转接目录中的名称“%1”应为 1–40 个字").arg(target.name)};
        if (!isDiallable(target.number))
            return Error{tr("转接目录中“%1”的号码“%2”不是电话号码或分机号").arg(target.name, target.number)};
        for (const TransferTarget &known : std::as_const(targets))
            if (known.name == target.name)
                return Error{tr("转接目录中“%1”出现了两次").arg(target.name)};
        targets.append(target);
    }
    return targets;
}

QString TransferDirectory::format(const QVector<TransferTarget> &targets)
{
    QStringList parts;
    for (const TransferTarget &target : targets)
        parts.append(target.name + u'=' + target.number);
    return parts.join(u';');
}

QVector<TransferTarget> TransferDirectory::load(LocalStore &store)
{
    // A list that no longer reads (edited by hand) offers the units alone rather than nothing.
    Result<QVector<TransferTarget>> listed = parse(store.meta(directoryKey));
    QVector<TransferTarget> targets = listed ? listed.value() : QVector<TransferTarget>{};
    QVector<TransferTarget> units;
    for (const Unit &unit : UnitRepository(store).all())
        if (isDiallable(unit.phone))
            units.append({unit.name, unit.phone.trimmed()});
    QCollator chinese(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(units.begin(), units.end(), [&](const TransferTarget &a, const TransferTarget &b) { return chinese.compare(a.name, b.name) < 0; });
    targets += units;
    return targets;
}

Status TransferDirectory::save(LocalStore &store, const QVector<TransferTarget> &targets)
{
    return store.setMeta(directoryKey, format(targets));
}

} // namespace hotline
