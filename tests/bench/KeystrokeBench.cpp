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
//
// "After" is the form filling itself (desk/FormProposals), with the phone from caller ID: the
// caller names the place (district and community) and the operator writes it into the
// description; the place fills itself when the form finds that community there, else it is
// picked as before. F2 takes the first suggested item, again the next (of three); otherwise
// the item is picked as before. The suggestion model is trained on the other 355 messages of
// ../shared/data/tickets/gov_messages_labeled.csv, labelled by the same rule as the targets
// (no labelled orders name catalogue leaves); without that file no item is suggested.
#include "BenchData.h"
#include "classify/ClassifierRepository.h"
#include "desk/FormProposals.h"
#include "geo/GeoRepository.h"
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

// The item a message is filed under for this benchmark: the leaf under its labelled first
// level sharing most characters with it; -1 when the label names no first level.
int targetLeaf(const QString &text, const QString &label, const QVector<Classification> &leaves)
{
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
    return bestLeaf;
}

QString messageText(const QStringList &fields)
{
    return fields.at(2) + fields.at(4);
}

// Trains the form's model on the labelled messages that are not among the 40, as
// `hotline-ctl classify train` would store it. Says why not when it cannot.
QString trainModel(LocalStore &store, const QSet<QString> &heldOut, const QVector<Classification> &leaves)
{
    QString data = qEnvironmentVariable("HOTLINE_SHARED_DATA");
    if (data.isEmpty())
        data = QStringLiteral(HOTLINE_SHARED_DATA);
    const auto rows = CsvReader::readFile(data + QStringLiteral("/tickets/gov_messages_labeled.csv"));
    if (!rows)
        return rows.error();
    QStringList texts, labels;
    for (qsizetype row = 1; row < rows.value().size(); ++row) {
        const QStringList &f = rows.value().at(row).fields;
        if (f.size() < 6 || heldOut.contains(f.at(0)))
            continue;
        const int leaf = targetLeaf(messageText(f), f.at(5).trimmed(), leaves);
        if (leaf < 0)
            continue;
        texts.append(messageText(f));
        labels.append(leaves.at(leaf).path());
    }
    Result<TextClassifier> model = TextClassifier::train(texts, labels);
    if (!model)
        return model.error();
    if (Status saved = ClassifierRepository(store).save(ClassifierRepository::classificationModel, model.value()); !saved)
        return saved.error();
    std::printf("suggestion model: %lld messages, %lld items\n", qlonglong(texts.size()), qlonglong(model.value().labels().size()));
    return {};
}

struct Mean {
    long total = 0;
    int count = 0;
    void add(int value) { total += value, ++count; }
    double value() const { return count ? double(total) / count : 0; }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::BenchData data;

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
    QSet<QString> heldOut;
    for (qsizetype row = 1; row < messages.value().size(); ++row)
        heldOut.insert(messages.value().at(row).fields.value(0));
    // The desk's named places, as `hotline-ctl init` imports them.
    if (auto stations = GeoRepository(*data.store).importFile(QStringLiteral(HOTLINE_SEED_DATA "/beijing_metro_stations_osm.csv"), {}); !stations)
        std::fprintf(stderr, "stations: %s\n", qPrintable(stations.error()));
    if (const QString problem = trainModel(*data.store, heldOut, leaves); !problem.isEmpty())
        std::printf("note: no suggestion model (%s): items are picked\n", qPrintable(problem));
    const FormProposals proposals(*data.store, *data.indexes);
    // Taken after the import: it rebuilds the indexes.
    const PinyinTable &pinyin = data.indexes->pinyin();
    const CatalogIndex &catalog = data.indexes->catalog();
    const DivisionIndex &places = data.indexes->divisions();

    std::vector<double> catalogLatency, placeLatency, suggestLatency, placeTextLatency;
    long deskTotal = 0, fullTotal = 0, callerIdTotal = 0;
    Mean after, afterName, afterItem, afterPlace;
    int orders = 0, placesFilled = 0, itemsOffered = 0, itemsFirst = 0;
    std::printf("%-6s %-28s %-22s %6s %6s %6s\n", "msg", "item (query)", "place (query)", "desk", "after", "full");
    for (qsizetype row = 1; row < messages.value().size(); ++row) {
        const QStringList &f = messages.value().at(row).fields;
        if (f.size() < 6)
            continue;
        const QString text = messageText(f);
        const int bestLeaf = targetLeaf(text, f.at(5).trimmed(), leaves);
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
        callerIdTotal += desk - phone;

        // After: the caller says where, the operator writes it down with the rest.
        const QString description = address.districtName + spoken + QStringLiteral("，") + text;
        for (qsizetype typed = 1; typed <= description.size(); typed += 3) {
            const QString prefix = description.left(typed);
            QElapsedTimer timer;
            timer.start();
            proposals.place(prefix);
            placeTextLatency.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            proposals.items(prefix, 3);
            suggestLatency.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const std::optional<PlaceInText> found = proposals.place(description);
        const bool placeFilled = found && found->address.communityCode == community.code;
        const QVector<ClassificationSuggestion> offered = proposals.items(description, 3);
        int rank = -1;
        for (int i = 0; i < offered.size(); ++i)
            if (offered.at(i).item == item)
                rank = i;
        // Alt+letter jumps to a field in one keystroke; F2 once per suggestion passed.
        const int nameKeys = 1 /* Tab from the phone */ + name;
        const int placeKeys = placeFilled ? 0 : 1 + placePick.keys;
        const int itemKeys = rank >= 0 ? rank + 1 : 1 + itemPick.keys;
        const int moves = 1; // Alt+E to the description
        const int appealKeys = 2; // Alt+T and the digit
        const int afterKeys = nameKeys + moves + placeKeys + itemKeys + appealKeys;
        after.add(afterKeys);
        afterName.add(nameKeys);
        afterItem.add(itemKeys);
        afterPlace.add(placeKeys);
        placesFilled += placeFilled ? 1 : 0;
        itemsOffered += rank >= 0 ? 1 : 0;
        itemsFirst += rank == 0 ? 1 : 0;
        ++orders;
        std::printf("%-6s %-28s %-22s %6d %6d %6d\n", qPrintable(f.at(0)),
                    qPrintable(item.level3 + QStringLiteral(" (") + itemPick.query + u')'),
                    qPrintable(spoken.left(8) + QStringLiteral(" (") + placePick.query + u')'), desk, afterKeys, full);
    }
    std::printf("\nwork orders: %d\n", orders);
    std::printf("keystrokes outside the description, mean per order: desk %.1f, every field typed in full %.1f "
                "(%.0f%% saved)\n",
                double(deskTotal) / orders, double(fullTotal) / orders, 100.0 * (1.0 - double(deskTotal) / double(fullTotal)));
    std::printf("before (pickers, the phone typed): %.1f; before with the phone from caller ID: %.1f\n",
                double(deskTotal) / orders, double(callerIdTotal) / orders);
    std::printf("after (the form fills itself, the phone from caller ID): %.1f (target 8 or fewer: %s)\n", after.value(),
                after.value() <= 8 ? "met" : "not met");
    std::printf("  of which: caller's name %.1f, place %.1f, item %.1f, appeal type 2, to the description 1\n",
                afterName.value(), afterPlace.value(), afterItem.value());
    std::printf("  place filled from the description: %d of %d; item among the 3 suggestions: %d (first: %d)\n",
                placesFilled, orders, itemsOffered, itemsFirst);
    std::printf("picker latency per keystroke (ms):\n");
    std::printf("  %-34s %6s %8s %8s %8s\n", "", "n", "p50", "p99", "max");
    const auto line = [](const char *name, const std::vector<double> &v) {
        std::printf("  %-34s %6zu %8.3f %8.3f %8.3f\n", name, v.size(), percentile(v, 0.5), percentile(v, 0.99),
                    v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()));
    };
    line(qPrintable(QStringLiteral("classification (%1 leaves)").arg(catalog.size())), catalogLatency);
    line(qPrintable(QStringLiteral("address (%1 divisions)").arg(places.size())), placeLatency);
    line("place from the description", placeTextLatency);
    line("items suggested from the description", suggestLatency);
    return 0;
}
