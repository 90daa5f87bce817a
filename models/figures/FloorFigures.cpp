// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures/FloorFigures.h"

#include "kb/KbTokenizer.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace hotline {

namespace {

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime floorHour(const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), 0), Qt::UTC);
}

QString surgeKey(const QString &item, const QString &district)
{
    return item + u'\n' + district;
}

// Words every caller says whatever the problem: never a phrase of a surge.
const QStringList &stopPhrases()
{
    static const QStringList phrases{
        QStringLiteral("市民"), QStringLiteral("来电"), QStringLiteral("反映"), QStringLiteral("表示"), QStringLiteral("希望"),
        QStringLiteral("诉求"), QStringLiteral("尽快"), QStringLiteral("处理"), QStringLiteral("问题"), QStringLiteral("情况"),
        QStringLiteral("解决"), QStringLiteral("请求"), QStringLiteral("要求"), QStringLiteral("相关"), QStringLiteral("部门"),
        QStringLiteral("咨询"), QStringLiteral("一下"), QStringLiteral("没有"), QStringLiteral("现在"), QStringLiteral("目前"),
    };
    return phrases;
}

bool isStop(const QString &gram)
{
    const QStringList &stops = stopPhrases();
    return std::any_of(stops.cbegin(), stops.cend(), [&](const QString &stop) { return gram.contains(stop); });
}

} // namespace

FloorOrder FloorOrder::from(const WorkOrderState &state, const QString &desk, const QString &itemKey, const Deadlines &deadlines)
{
    FloorOrder order;
    order.number = state.number;
    order.createdAt = state.createdAt;
    order.status = state.status;
    order.channel = desk == QLatin1String("open311") ? QStringLiteral("open311") : QStringLiteral("phone");
    order.itemKey = itemKey;
    order.itemName = state.draft.classification.level3;
    order.districtCode = state.draft.address.districtCode;
    order.districtName = state.draft.address.districtName;
    order.firstContact = !state.draft.isRepeatCall() && state.status != OrderStatus::Merged;
    order.resolvedFirst = order.firstContact && (state.draft.isAnsweredOnCall() || state.status == OrderStatus::Closed)
                          && state.repeatCalls == 0 && state.reopenCount == 0;
    order.kbArticleId = state.draft.kbArticleId;
    order.description = state.draft.description;
    if (const std::optional<RunningClock> clock = deadlines.running(state); clock && clock->stage != LimitStage::Callback)
        order.due = clock->due;
    return order;
}

FloorFigures::FloorFigures(const QDateTime &now, int weeks, SurgeRule rule)
    : m_now(now.toUTC()), m_weeks(std::max(1, weeks)), m_rule(rule)
{
    // The centre's day is Beijing's; Beijing keeps no summer time, so its hours are UTC's.
    const QTimeZone beijing(8 * 3600);
    m_midnight = QDateTime(m_now.toTimeZone(beijing).date(), QTime(0, 0), beijing).toUTC();
    m_dayStart = m_now.addSecs(-24 * 3600);
    for (Window *window : {&m_today, &m_day}) {
        window->from = window == &m_today ? m_midnight : m_dayStart;
        const int bins = int(floorHour(window->from).secsTo(floorHour(m_now)) / 3600) + 1;
        window->orders.fill(0, bins);
        window->calls.fill(0, bins);
        window->usualOrders.fill(0, bins);
        window->usualCalls.fill(0, bins);
    }
}

int FloorFigures::binOf(const Window &window, const QDateTime &at) const
{
    if (at < window.from || at > m_now)
        return -1;
    return int(floorHour(window.from).secsTo(floorHour(at)) / 3600);
}

void FloorFigures::addOrder(const FloorOrder &order)
{
    for (Window *window : {&m_today, &m_day}) {
        const int bin = binOf(*window, order.createdAt);
        if (bin < 0)
            continue;
        ++window->orders[bin];
        if (!order.firstContact)
            continue;
        for (auto *tally : {&window->fcrChannel, &window->fcrItem}) {
            std::pair<int, int> &counts = (*tally)[tally == &window->fcrChannel ? order.channel : order.itemKey];
            ++counts.first;
            counts.second += order.resolvedFirst ? 1 : 0;
        }
        window->itemNames.insert(order.itemKey, order.itemName);
    }
    if (binOf(m_today, order.createdAt) >= 0)
        m_todayOrders.append(order);
}

void FloorFigures::addUsualOrders(int week, const QDateTime &hour, const QString &itemKey, const QString &districtCode, int count)
{
    // Moved to this week: the hours read were the windows' own, `week` weeks earlier.
    const QDateTime here = hour.addDays(7 * week);
    for (Window *window : {&m_today, &m_day}) {
        const int bin = binOf(*window, std::max(here, window->from));
        if (bin >= 0 && here >= floorHour(window->from))
            window->usualOrders[bin] += count;
    }
    if (here >= floorHour(m_midnight))
        m_usualToday[surgeKey(itemKey, districtCode)] += count;
}

void FloorFigures::addCalls(int week, const QDateTime &hour, int count)
{
    const QDateTime here = hour.addDays(7 * week);
    for (Window *window : {&m_today, &m_day}) {
        const int bin = binOf(*window, std::max(here, window->from));
        if (bin < 0 || here < floorHour(window->from))
            continue;
        if (week == 0)
            window->calls[bin] += count;
        else
            window->usualCalls[bin] += count;
    }
}

QJsonObject FloorFigures::windowJson(const Window &window) const
{
    QJsonArray hours;
    int orders = 0, calls = 0;
    double usualOrders = 0, usualCalls = 0;
    const QTimeZone beijing(8 * 3600);
    for (int bin = 0; bin < window.orders.size(); ++bin) {
        const QDateTime start = floorHour(window.from).addSecs(3600 * bin);
        const double uo = window.usualOrders.at(bin) / m_weeks, uc = window.usualCalls.at(bin) / m_weeks;
        hours.append(QJsonObject{{QStringLiteral("start"), iso(start)},
                                 {QStringLiteral("hour"), start.toTimeZone(beijing).time().hour()},
                                 {QStringLiteral("orders"), window.orders.at(bin)},
                                 {QStringLiteral("ordersUsual"), uo},
                                 {QStringLiteral("calls"), window.calls.at(bin)},
                                 {QStringLiteral("callsUsual"), uc}});
        orders += window.orders.at(bin);
        calls += window.calls.at(bin);
        usualOrders += uo;
        usualCalls += uc;
    }
    const auto tally = [](const QHash<QString, std::pair<int, int>> &counts, const QHash<QString, QString> &names) {
        QVector<QString> keys = counts.keys();
        std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            return counts.value(a).first != counts.value(b).first ? counts.value(a).first > counts.value(b).first : a < b;
        });
        QJsonArray lines;
        for (const QString &key : keys)
            lines.append(QJsonObject{{QStringLiteral("key"), key},
                                     {QStringLiteral("name"), names.value(key, key)},
                                     {QStringLiteral("first"), counts.value(key).first},
                                     {QStringLiteral("resolved"), counts.value(key).second}});
        return lines;
    };
    int first = 0, resolved = 0;
    for (const auto &counts : window.fcrChannel) {
        first += counts.first;
        resolved += counts.second;
    }
    return {{QStringLiteral("from"), iso(window.from)},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("ordersUsual"), usualOrders},
            {QStringLiteral("calls"), calls},
            {QStringLiteral("callsUsual"), usualCalls},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("fcr"), QJsonObject{{QStringLiteral("first"), first},
                                                {QStringLiteral("resolved"), resolved},
                                                {QStringLiteral("byChannel"), tally(window.fcrChannel, {})},
                                                {QStringLiteral("byItem"), tally(window.fcrItem, window.itemNames)}}}};
}

QJsonArray FloorFigures::surges() const
{
    QHash<QString, QVector<const FloorOrder *>> groups;
    for (const FloorOrder &order : m_todayOrders)
        groups[surgeKey(order.itemKey, order.districtCode)].append(&order);
    struct Surge {
        QString key;
        int count;
        double usual;
    };
    QVector<Surge> flagged;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const int count = int(it.value().size());
        const double usual = m_usualToday.value(it.key()) / m_weeks;
        if (count >= m_rule.minimum && count >= m_rule.factor * usual)
            flagged.append({it.key(), count, usual});
    }
    std::sort(flagged.begin(), flagged.end(), [](const Surge &a, const Surge &b) {
        const double ra = a.count / std::max(a.usual, 1.0), rb = b.count / std::max(b.usual, 1.0);
        return ra != rb ? ra > rb : a.key < b.key;
    });
    QJsonArray list;
    for (const Surge &surge : flagged) {
        QVector<const FloorOrder *> orders = groups.value(surge.key);
        QHash<qint64, int> articles;
        for (const FloorOrder *order : std::as_const(orders))
            if (order->kbArticleId > 0)
                ++articles[order->kbArticleId];
        // The phrases of the newest orders: what callers say now, at a bounded cost per refresh.
        std::sort(orders.begin(), orders.end(), [](const FloorOrder *a, const FloorOrder *b) { return a->createdAt > b->createdAt; });
        QStringList texts;
        for (qsizetype i = 0; i < std::min<qsizetype>(orders.size(), phraseSample); ++i)
            texts.append(orders.at(i)->description);
        QJsonArray phrases;
        for (const std::pair<QString, int> &phrase : topPhrases(texts, m_rule.phrases))
            phrases.append(QJsonObject{{QStringLiteral("text"), phrase.first}, {QStringLiteral("orders"), phrase.second}});
        QVector<qint64> ids = articles.keys();
        std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) { return articles.value(a) != articles.value(b) ? articles.value(a) > articles.value(b) : a < b; });
        QJsonArray used;
        for (const qint64 id : ids)
            used.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("orders"), articles.value(id)}});
        const FloorOrder &sample = *orders.first();
        list.append(QJsonObject{{QStringLiteral("item"), sample.itemKey},
                                {QStringLiteral("itemName"), sample.itemName},
                                {QStringLiteral("district"), sample.districtCode},
                                {QStringLiteral("districtName"), sample.districtName},
                                {QStringLiteral("orders"), surge.count},
                                {QStringLiteral("usual"), surge.usual},
                                {QStringLiteral("phrases"), phrases},
                                {QStringLiteral("articles"), used}});
    }
    return list;
}

QJsonObject FloorFigures::toJson() const
{
    return {{QStringLiteral("at"), iso(m_now)},
            {QStringLiteral("weeks"), m_weeks},
            {QStringLiteral("today"), windowJson(m_today)},
            {QStringLiteral("day"), windowJson(m_day)},
            {QStringLiteral("surgeRule"), QJsonObject{{QStringLiteral("factor"), m_rule.factor}, {QStringLiteral("minimum"), m_rule.minimum}}},
            {QStringLiteral("surges"), surges()}};
}

QVector<std::pair<QString, int>> FloorFigures::topPhrases(const QStringList &texts, int count)
{
    QHash<QString, int> found; // phrase → texts it is in
    for (const QString &text : texts) {
        QSet<QString> grams;
        for (const QString &run : KbTokenizer::runs(KbTokenizer::fold(text))) {
            if (!KbTokenizer::isHanRun(run))
                continue;
            for (qsizetype n = 2; n <= longestPhrase; ++n)
                for (qsizetype i = 0; i + n <= run.size(); ++i)
                    grams.insert(run.mid(i, n));
        }
        for (const QString &gram : std::as_const(grams))
            if (!isStop(gram))
                ++found[gram];
    }
    // "暖气" and "气不热" are parts of "暖气不热": kept only where they stand apart more often. A text holding a phrase holds its parts, so a part is as frequent as some longer
    // phrase around it exactly when it is as frequent as the phrase one character longer: it
    // is enough to look at each phrase's two parts a character shorter.
    QSet<QString> covered;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (it.value() < 2 || it.key().size() < 3)
            continue;
        for (const QString &part : {it.key().left(it.key().size() - 1), it.key().mid(1)})
            if (found.value(part) == it.value())
                covered.insert(part);
    }
    QVector<std::pair<QString, int>> phrases;
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        if (it.value() >= 2 && !covered.contains(it.key()))
            phrases.append({it.key(), it.value()});
    std::sort(phrases.begin(), phrases.end(), [](const auto &a, const auto &b) {
        if (a.second != b.second)
            return a.second > b.second;
        return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a.first < b.first;
    });
    if (phrases.size() > count)
        phrases.resize(count);
    return phrases;
}

QDateTime FloorFigures::hourOf(const QString &prefix)
{
    return QDateTime::fromString(prefix.left(13) + QStringLiteral(":00:00Z"), Qt::ISODate);
}

} // namespace hotline
