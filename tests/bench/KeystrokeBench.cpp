// SPDX-License-Identifier: GPL-3.0-or-later
// How many keystrokes does the desk need for a work order, outside the free-text
// description, against typing every field in full? And how long does each picker take per
// keystroke over the full data? Prints the figures the README quotes.
//
// Work orders: 40 real citizen messages (tests/data/gov_messages_sample.csv). For each, the
// target item is the catalogue leaf under the message's labelled first level that shares
// most characters with the message; the target place is a real Beijing community picked
// deterministically (the messages are anonymised and name no Beijing place).
//
// Typing Chinese in full is costed as a pinyin input method is used: the letters of each
// character's pinyin plus one key to commit every two characters.
#include "BenchData.h"
#include "importing/CsvReader.h"
#include "workorder/TitleSuggester.h"

#include "Percentile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace hotline;
using namespace hotline::bench;

namespace {

int imeCost(const QString &text, const PinyinTable &pinyin)
{
    int keys = 0;
    int han = 0;
    for (char32_t cp : text.toUcs4()) {
        const QStringList readings = pinyin.readings(cp);
        if (readings.isEmpty()) {
            keys += 1;
        } else {
            keys += int(readings.first().size());
            ++han;
        }
    }
    return keys + (han + 1) / 2;
}

struct PickCost {
    int keys = 1 << 20;
    QString query;
};

// The cheapest way to take `wantedKey` in a picker: type a prefix of the name's pinyin
// initials or of its characters (through the input method), press Down until it is
// highlighted, then Enter.
PickCost cheapestPick(const SuggestionSource &source, const QString &name, const QString &wantedKey,
                      const PinyinTable &pinyin, std::vector<double> &latencies)
{
    PickCost best;
    const auto tryQuery = [&](const QString &query, int typingCost) {
        QElapsedTimer timer;
        timer.start();
        const QVector<Suggestion> hits = source.suggest(query, 8);
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
        for (int rank = 0; rank < hits.size(); ++rank) {
            if (hits.at(rank).key == wantedKey) {
                const int cost = typingCost + rank + 1;
                if (cost < best.keys)
                    best = {cost, query};
                return;
            }
        }
    };
    const QString initials = pinyin.initials(name);
    for (int k = 1; k <= initials.size(); ++k)
        tryQuery(initials.left(k), k);
    for (int k = 1; k <= name.size(); ++k)
        tryQuery(name.left(k), imeCost(name.left(k), pinyin));
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::BenchData data;
    const PinyinTable &pinyin = data.indexes->pinyin();
    const CatalogIndex &catalog = data.indexes->catalog();
    const DivisionIndex &places = data.indexes->divisions();

    auto messages = CsvReader::readFile(QStringLiteral(HOTLINE_TEST_DATA "/gov_messages_sample.csv"));
    if (!messages) {
        std::fprintf(stderr, "%s\n", qPrintable(messages.error()));
        return 1;
    }
    const QVector<Classification> leaves = CatalogRepository(*data.store).all();
    QVector<Division> communities;
    for (const Division &division : DivisionRepository(*data.store).all())
        if (division.level == Division::Level::Village)
            communities.append(division);

    std::vector<double> catalogLatency, placeLatency;
    long deskTotal = 0, fullTotal = 0;
    int orders = 0;
    std::printf("%-6s %-28s %-22s %6s %6s\n", "msg", "item (query)", "place (query)", "desk", "full");
    for (qsizetype row = 1; row < messages.value().size(); ++row) {
        const QStringList &f = messages.value().at(row).fields;
        if (f.size() < 6)
            continue;
        const QString text = f.at(2) + f.at(4);
        const QString label = f.at(5).trimmed();
        // Target item: the leaf under the labelled level 1 sharing most characters.
        int bestLeaf = -1, bestOverlap = -1;
        for (int i = 0; i < leaves.size(); ++i) {
            if (leaves.at(i).level1 != label)
                continue;
            int overlap = 0;
            const QString name = leaves.at(i).level3 + leaves.at(i).level2;
            for (QChar ch : name)
                overlap += text.contains(ch) ? 1 : 0;
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                bestLeaf = i;
            }
        }
        if (bestLeaf < 0)
            continue;
        const Classification &item = leaves.at(bestLeaf);
        const Division &community = communities.at((row * 7919) % communities.size());
        const QString spoken = DivisionIndex::spokenName(community.name, community.level);
        const Address address = *places.addressFor(community.code);

        const PickCost itemPick = cheapestPick(catalog, item.level3, QString::number(bestLeaf), pinyin, catalogLatency);
        const PickCost placePick = cheapestPick(places, spoken, community.code, pinyin, placeLatency);

        // Fields both ways: phone (11 digits), caller name (王女士 through the IME), and one Tab
        // per field to move on. Title, gender, urgency, reply flags keep their defaults or
        // proposals on the desk; typed in full they cost their text.
        const int phone = 11, name = imeCost(QStringLiteral("王女士"), pinyin), tabs = 8;
        const QString title = TitleSuggester::propose(item, address);
        const int desk = phone + name + tabs + placePick.keys + itemPick.keys + 1 /* appeal type digit */;
        const int full = phone + name + tabs + imeCost(address.districtName + address.streetName + address.communityName, pinyin)
                       + imeCost(item.level1 + item.level2 + item.level3, pinyin)
                       + imeCost(QStringLiteral("投诉"), pinyin) + imeCost(title, pinyin);
        deskTotal += desk;
        fullTotal += full;
        ++orders;
        std::printf("%-6s %-28s %-22s %6d %6d\n", qPrintable(f.at(0)),
                    qPrintable(item.level3 + QStringLiteral(" (") + itemPick.query + u')'),
                    qPrintable(spoken.left(8) + QStringLiteral(" (") + placePick.query + u')'), desk, full);
    }
    std::printf("\nwork orders: %d\n", orders);
    std::printf("keystrokes outside the description, mean per order: desk %.1f, every field typed in full %.1f "
                "(%.0f%% saved)\n",
                double(deskTotal) / orders, double(fullTotal) / orders, 100.0 * (1.0 - double(deskTotal) / double(fullTotal)));
    std::printf("picker latency per keystroke (ms):\n");
    std::printf("  %-34s %6s %8s %8s %8s\n", "", "n", "p50", "p99", "max");
    const auto line = [](const char *name, const std::vector<double> &v) {
        std::printf("  %-34s %6zu %8.3f %8.3f %8.3f\n", name, v.size(), percentile(v, 0.5), percentile(v, 0.99),
                    v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()));
    };
    line(qPrintable(QStringLiteral("classification (%1 leaves)").arg(catalog.size())), catalogLatency);
    line(qPrintable(QStringLiteral("address (%1 divisions)").arg(places.size())), placeLatency);
    return 0;
}
