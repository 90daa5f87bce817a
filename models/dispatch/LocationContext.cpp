// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocationContext.h"

#include <array>
#include <utility>

namespace hotline {

namespace {
struct ContextWords {
    const char *code;
    const char *name;
    std::initializer_list<const char *> words;
};

const std::array<ContextWords, 8> &table()
{
    static const std::array<ContextWords, 8> contexts{{
        {"compound", QT_TRANSLATE_NOOP("hotline::LocationContext", "居民小区"),
         {"小区", "家园", "花园", "公寓", "宿舍", "大院", "社区内", "楼下", "楼道", "单元门", "号楼", "院内", "西里", "东里", "南里", "北里"}},
        {"road", QT_TRANSLATE_NOOP("hotline::LocationContext", "市政道路"),
         {"大街", "街道上", "马路", "路口", "路边", "路上", "胡同", "辅路", "主路", "环路", "立交", "天桥", "过街", "人行道", "公路", "大道", "路"}},
        {"park", QT_TRANSLATE_NOOP("hotline::LocationContext", "公园绿地"),
         {"公园", "园林", "绿地", "游园", "植物园", "森林公园"}},
        {"water", QT_TRANSLATE_NOOP("hotline::LocationContext", "河湖水域"),
         {"河边", "河道", "河沿", "湖边", "湖畔", "水库", "沟渠", "河", "湖", "渠"}},
        {"school", QT_TRANSLATE_NOOP("hotline::LocationContext", "学校"),
         {"小学", "中学", "大学", "学校", "幼儿园", "学院"}},
        {"hospital", QT_TRANSLATE_NOOP("hotline::LocationContext", "医院"), {"医院", "卫生院", "卫生服务中心", "诊所"}},
        {"market", QT_TRANSLATE_NOOP("hotline::LocationContext", "市场商场"),
         {"菜市场", "市场", "商场", "超市", "商城", "批发"}},
        {"metro", QT_TRANSLATE_NOOP("hotline::LocationContext", "地铁站"), {"地铁站", "地铁", "站台"}},
    }};
    return contexts;
}
} // namespace

QStringList LocationContext::codes()
{
    QStringList result;
    for (const ContextWords &context : table())
        result.append(QString::fromLatin1(context.code));
    return result;
}

bool LocationContext::isCode(const QString &code)
{
    return codes().contains(code);
}

QString LocationContext::displayName(const QString &code)
{
    for (const ContextWords &context : table())
        if (code == QLatin1String(context.code))
            return tr(context.name);
    return tr("地点不详");
}

QString LocationContext::fromPlaceKind(const QString &kind)
{
    if (isCode(kind))
        return kind;
    if (kind == QLatin1String("bus"))
        return QStringLiteral("road");
    return fromWords(kind); // a centre's own word: 公园, 小区…
}

QString LocationContext::fromWords(const QString &text)
{
    QString best;
    qsizetype bestEnd = -1;
    qsizetype bestLength = 0;
    for (const ContextWords &context : table()) {
        for (const char *word : context.words) {
            const QString w = QString::fromUtf8(word);
            const qsizetype at = text.lastIndexOf(w);
            if (at < 0)
                continue;
            const qsizetype end = at + w.size();
            // Later words win; at the same end the longer word (森林公园 over 园).
            if (end > bestEnd || (end == bestEnd && w.size() > bestLength)) {
                best = QString::fromLatin1(context.code);
                bestEnd = end;
                bestLength = w.size();
            }
        }
    }
    return best;
}

} // namespace hotline
