// SPDX-License-Identifier: GPL-3.0-or-later
// Classification suggestion: how often is the right label first, or among the three offered,
// for descriptions the model has not seen? Ours (both learners) beside fastText, on the two
// labelled files of the shared data, and how long a suggestion takes per keystroke.
//
//   held-out split  stratified 80/20 (fixed seed) of each file; fastText's settings are chosen
//                   on a validation part carved out of the 80 % (a small grid, and its own
//                   -autotune-validation), never on the 20 %
//   5-fold          stratified 5-fold cross-validation of the complaint file with another seed,
//                   each method with the settings fixed above, so no figure rests on one split
//   latency         suggest() on every prefix (up to 500 characters) of each held-out
//                   description, as if typed
//
// The data: $HOTLINE_SHARED_DATA, else the shared/ folder beside the source tree. fastText:
// the `fasttext` binary on PATH (Debian's package); without it its columns are skipped.
// `classify_bench --quick` (ctest) runs fastText at one setting of the grid per file
// and no autotune; `--tune` prints our own grid on the validation parts instead.
#include "classify/TextClassifier.h"
#include "classify/TrainingCsv.h"
#include "importing/CsvReader.h"

#include "Percentile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <random>
#include <vector>

using namespace hotline;
using namespace hotline::bench;

namespace {

using Indices = std::vector<int>;

struct Dataset {
    QString name;
    TrainingSet set;
};

struct Accuracy {
    double top1 = 0;
    double top3 = 0;
};

std::optional<Dataset> loadDataset(const QString &path, const QStringList &textColumns, const QString &labelColumn)
{
    Result<TrainingSet> set = [&]() -> Result<TrainingSet> {
        const Result<QVector<CsvRecord>> records = CsvReader::readFile(path);
        if (!records)
            return Error{records.error()};
        return TrainingCsv::parse(records.value(), textColumns, labelColumn);
    }();
    if (!set) {
        std::printf("note: %s: %s\n", qPrintable(path), qPrintable(set.error()));
        return std::nullopt;
    }
    return Dataset{QFileInfo(path).fileName(), std::move(set).value()};
}

// Each label's examples dealt round-robin into k folds after a seeded shuffle: every fold has
// each label in proportion. Returns the fold of every example.
std::vector<int> stratifiedFolds(const QStringList &labels, int k, uint32_t seed)
{
    std::map<QString, Indices> byLabel;
    for (qsizetype i = 0; i < labels.size(); ++i)
        byLabel[labels.at(i)].push_back(int(i));
    std::mt19937 engine(seed);
    std::vector<int> fold(size_t(labels.size()));
    int next = 0;
    for (auto &[label, members] : byLabel) {
        for (size_t i = members.size(); i > 1; --i)
            std::swap(members[i - 1], members[engine() % i]);
        for (int member : members)
            fold[size_t(member)] = next++ % k;
    }
    return fold;
}

// (rest, fold f) of `among`.
std::pair<Indices, Indices> splitOff(const Indices &among, const std::vector<int> &fold, int f)
{
    std::pair<Indices, Indices> parts;
    for (int i : among)
        (fold[size_t(i)] == f ? parts.second : parts.first).push_back(i);
    return parts;
}

Indices everything(const TrainingSet &set)
{
    Indices all(size_t(set.texts.size()));
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    return all;
}

// A stratified 80/20 of `among`: the 20 % is fold 0 of five.
std::pair<Indices, Indices> holdOut(const TrainingSet &set, const Indices &among, uint32_t seed)
{
    QStringList labels;
    for (int i : among)
        labels.append(set.labels.at(i));
    const std::vector<int> local = stratifiedFolds(labels, 5, seed);
    std::vector<int> fold(size_t(set.texts.size()), -1);
    for (size_t j = 0; j < among.size(); ++j)
        fold[size_t(among[j])] = local[j];
    return splitOff(among, fold, 0);
}

QStringList pick(const QStringList &values, const Indices &indices)
{
    QStringList out;
    out.reserve(qsizetype(indices.size()));
    for (int i : indices)
        out.append(values.at(i));
    return out;
}

Accuracy score(const std::vector<QStringList> &predicted, const QStringList &truth)
{
    Accuracy a;
    for (size_t i = 0; i < predicted.size(); ++i) {
        const qsizetype rank = predicted[i].indexOf(truth.at(qsizetype(i)));
        a.top1 += rank == 0;
        a.top3 += rank >= 0 && rank < 3;
    }
    a.top1 /= double(predicted.size());
    a.top3 /= double(predicted.size());
    return a;
}

std::optional<Accuracy> evaluateOurs(const TrainingSet &set, const Indices &train, const Indices &test,
                                     const TextClassifier::Options &options, TextClassifier *trained = nullptr)
{
    Result<TextClassifier> model = TextClassifier::train(pick(set.texts, train), pick(set.labels, train), options);
    if (!model) {
        std::printf("note: training failed: %s\n", qPrintable(model.error()));
        return std::nullopt;
    }
    std::vector<QStringList> predicted;
    for (int i : test) {
        QStringList labels;
        for (const LabelScore &s : model.value().suggest(set.texts.at(i), 3))
            labels.append(s.label);
        predicted.push_back(labels);
    }
    if (trained)
        *trained = std::move(model).value();
    return score(predicted, pick(set.labels, test));
}

// fastText through its command line, characters as tokens.
class FastText {
public:
    struct Settings {
        QStringList arguments; // after -input/-output
        QString describe() const { return arguments.join(u' '); }
    };

    static std::optional<FastText> find()
    {
        const QString binary = QStandardPaths::findExecutable(QStringLiteral("fasttext"));
        if (binary.isEmpty())
            return std::nullopt;
        return FastText(binary);
    }

    static Settings settings(int wordNgrams, int epoch, double lr, int dim)
    {
        return {{QStringLiteral("-wordNgrams"), QString::number(wordNgrams), QStringLiteral("-epoch"), QString::number(epoch),
                 QStringLiteral("-lr"), QString::number(lr), QStringLiteral("-dim"), QString::number(dim),
                 QStringLiteral("-loss"), QStringLiteral("softmax"), QStringLiteral("-minCount"), QStringLiteral("1")}};
    }

    std::optional<Accuracy> evaluate(const TrainingSet &set, const Indices &train, const Indices &test,
                                     const Settings &settings) const
    {
        if (!train_(set, train, settings.arguments))
            return std::nullopt;
        return predict(set, test);
    }

    // -autotune-validation on `validation`, training on `train`; returns the settings it chose.
    std::optional<Settings> autotune(const TrainingSet &set, const Indices &train, const Indices &validation,
                                     int seconds) const
    {
        writeFile(path("valid.txt"), set, validation, true);
        if (!train_(set, train,
                    {QStringLiteral("-autotune-validation"), path("valid.txt"), QStringLiteral("-autotune-duration"),
                     QString::number(seconds)}))
            return std::nullopt;
        const QString args = run({QStringLiteral("dump"), path("model.bin"), QStringLiteral("args")});
        // "dim 100\nws 5\n…": keep what matters for a supervised model.
        Settings chosen;
        for (const QString &line : args.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList kv = line.split(u' ');
            static const QStringList kept{QStringLiteral("dim"), QStringLiteral("epoch"), QStringLiteral("lr"),
                                          QStringLiteral("wordNgrams"), QStringLiteral("minCount"), QStringLiteral("bucket"),
                                          QStringLiteral("minn"), QStringLiteral("maxn"), QStringLiteral("loss")};
            if (kv.size() == 2 && kept.contains(kv.at(0)))
                chosen.arguments << QLatin1Char('-') + kv.at(0) << kv.at(1);
        }
        return chosen;
    }

private:
    explicit FastText(QString binary) : m_binary(std::move(binary)) {}

    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }

    QString run(const QStringList &arguments) const
    {
        QProcess process;
        process.start(m_binary, arguments);
        process.waitForFinished(-1);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            std::printf("note: fasttext %s failed: %s\n", qPrintable(arguments.first()),
                        process.readAllStandardError().right(300).constData());
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // "__label__3 投 诉 …": one label index and the text's characters, blanks left out.
    void writeFile(const QString &file, const TrainingSet &set, const Indices &rows, bool withLabels) const
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return;
        QTextStream stream(&out);
        const QStringList labels = sortedLabels(set);
        for (int i : rows) {
            if (withLabels)
                stream << "__label__" << labels.indexOf(set.labels.at(i)) << ' ';
            const QList<uint> characters = set.texts.at(i).toUcs4();
            for (uint cp : characters)
                if (!QChar::isSpace(cp))
                    stream << QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1) << ' ';
            stream << '\n';
        }
    }

    // fastText's labels are indexes into the sorted labels: a label may hold a blank.
    static QStringList sortedLabels(const TrainingSet &set)
    {
        QStringList distinct = set.labels;
        distinct.removeDuplicates();
        distinct.sort();
        return distinct;
    }

    bool train_(const TrainingSet &set, const Indices &train, const QStringList &arguments) const
    {
        writeFile(path("train.txt"), set, train, true);
        QFile::remove(path("model.bin"));
        run(QStringList{QStringLiteral("supervised"), QStringLiteral("-input"), path("train.txt"), QStringLiteral("-output"),
                        path("model"), QStringLiteral("-thread"), QStringLiteral("1"), QStringLiteral("-verbose"),
                        QStringLiteral("0")}
            + arguments);
        return QFileInfo::exists(path("model.bin"));
    }

    std::optional<Accuracy> predict(const TrainingSet &set, const Indices &test) const
    {
        writeFile(path("test.txt"), set, test, false);
        const QStringList lines =
            run({QStringLiteral("predict"), path("model.bin"), path("test.txt"), QStringLiteral("3")}).split(u'\n');
        if (lines.size() < qsizetype(test.size()))
            return std::nullopt;
        const QStringList distinct = sortedLabels(set);
        std::vector<QStringList> predicted;
        for (size_t i = 0; i < test.size(); ++i) {
            QStringList labels;
            for (const QString &token : lines.at(qsizetype(i)).split(u' ', Qt::SkipEmptyParts))
                labels.append(distinct.value(token.mid(9).toInt(), QString()));
            predicted.push_back(labels);
        }
        return score(predicted, pick(set.labels, test));
    }

    QString m_binary;
    std::shared_ptr<QTemporaryDir> m_dir = std::make_shared<QTemporaryDir>();
};

QString percent(const std::optional<Accuracy> &a, bool top3)
{
    return a ? QString::number(100 * (top3 ? a->top3 : a->top1), 'f', 1) : QStringLiteral("–");
}

// fastText's best settings for a file, chosen on the validation part of its training part.
FastText::Settings chooseFastText(const FastText &fastText, const TrainingSet &set, const Indices &train,
                                  const Indices &validation, bool quick, int autotuneSeconds)
{
    if (quick)
        return FastText::settings(2, 50, 1.0, 50);
    FastText::Settings best;
    double bestTop1 = -1;
    const auto consider = [&](const FastText::Settings &candidate, const char *how) {
        const std::optional<Accuracy> a = fastText.evaluate(set, train, validation, candidate);
        std::printf("    fastText %-10s %-70s validation top-1 %s\n", how, qPrintable(candidate.describe()),
                    qPrintable(percent(a, false)));
        if (a && a->top1 > bestTop1) {
            bestTop1 = a->top1;
            best = candidate;
        }
    };
    for (int ngrams : {2, 3})
        for (int epoch : {25, 50})
            for (double lr : {0.5, 1.0})
                consider(FastText::settings(ngrams, epoch, lr, 50), "grid");
    consider(FastText::settings(2, 50, 1.0, 100), "grid");
    if (std::optional<FastText::Settings> tuned = fastText.autotune(set, train, validation, autotuneSeconds))
        consider(*tuned, "autotune");
    return best;
}

struct FileResult {
    QString name;
    std::optional<Accuracy> softmax, bayes, fastText;
    QString fastTextSettings;
    std::vector<double> latencyMs;
    size_t offered = 0; // keystrokes answered with at least one label
};

void typeEveryPrefix(const TextClassifier &model, const QStringList &texts, FileResult &result)
{
    for (const QString &text : texts) {
        const qsizetype length = std::min<qsizetype>(text.size(), 500);
        for (qsizetype n = 1; n <= length; ++n) {
            const auto start = std::chrono::steady_clock::now();
            const QVector<LabelScore> offered = model.suggest(QStringView(text).left(n), 3);
            const auto end = std::chrono::steady_clock::now();
            result.latencyMs.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            result.offered += !offered.isEmpty();
        }
    }
}

TextClassifier::Options naiveBayes()
{
    TextClassifier::Options options;
    options.method = TextClassifier::Method::NaiveBayes;
    return options;
}

FileResult heldOut(const Dataset &data, const std::optional<FastText> &fastText, bool quick, int autotuneSeconds,
                   FastText::Settings *chosen)
{
    constexpr uint32_t splitSeed = 20250601;
    FileResult result{data.name, {}, {}, {}, {}, {}, 0};
    const auto [train, test] = holdOut(data.set, everything(data.set), splitSeed);
    std::printf("%s: %zu training, %zu held out\n", qPrintable(data.name), train.size(), test.size());
    TextClassifier model;
    result.softmax = evaluateOurs(data.set, train, test, TextClassifier::Options{}, &model);
    result.bayes = evaluateOurs(data.set, train, test, naiveBayes());
    typeEveryPrefix(model, pick(data.set.texts, test), result);
    if (fastText) {
        const auto [fit, validation] = holdOut(data.set, train, splitSeed + 1);
        *chosen = chooseFastText(*fastText, data.set, fit, validation, quick, autotuneSeconds);
        result.fastTextSettings = chosen->describe();
        result.fastText = fastText->evaluate(data.set, train, test, *chosen);
    }
    return result;
}

// Our grid on the validation parts (never the held-out 20 %): how the defaults were chosen.
void tune(const std::vector<Dataset> &files)
{
    for (const Dataset &data : files) {
        const auto [train, test] = holdOut(data.set, everything(data.set), 20250601);
        const auto [fit, validation] = holdOut(data.set, train, 20250602);
        std::printf("%s validation (%zu / %zu):\n", qPrintable(data.name), fit.size(), validation.size());
        for (int n : {2, 3})
            for (int epochs : {30, 60})
                for (double lr : {1.0, 2.0, 4.0})
                    for (double l2 : {0.0, 1e-4})
                        for (int minDocuments : {1, 2}) {
                            TextClassifier::Options o;
                            o.maxNgram = n;
                            o.epochs = epochs;
                            o.learningRate = lr;
                            o.l2 = l2;
                            o.minDocuments = minDocuments;
                            const auto a = evaluateOurs(data.set, fit, validation, o);
                            std::printf("  softmax n=%d epochs=%d lr=%.1f l2=%g min=%d: %s / %s\n", n, epochs, lr, l2,
                                        minDocuments, qPrintable(percent(a, false)), qPrintable(percent(a, true)));
                        }
        for (int n : {2, 3, 4})
            for (double alpha : {0.01, 0.1, 1.0}) {
                TextClassifier::Options o = naiveBayes();
                o.maxNgram = n;
                o.smoothing = alpha;
                const auto a = evaluateOurs(data.set, fit, validation, o);
                std::printf("  bayes n=%d alpha=%g: %s / %s\n", n, alpha, qPrintable(percent(a, false)),
                            qPrintable(percent(a, true)));
            }
    }
}

void crossValidate(const Dataset &data, const std::optional<FastText> &fastText, const FastText::Settings &settings)
{
    constexpr int k = 5;
    const std::vector<int> fold = stratifiedFolds(data.set.labels, k, 777);
    Accuracy sum[3];
    std::printf("\n5-fold cross-validation, %s (seed 777), top-1 / top-3 %%:\n", qPrintable(data.name));
    std::printf("  fold  ours (softmax)   ours (naive Bayes)   fastText\n");
    for (int f = 0; f < k; ++f) {
        const auto [train, test] = splitOff(everything(data.set), fold, f);
        const std::optional<Accuracy> results[3] = {
            evaluateOurs(data.set, train, test, TextClassifier::Options{}),
            evaluateOurs(data.set, train, test, naiveBayes()),
            fastText ? fastText->evaluate(data.set, train, test, settings) : std::nullopt};
        std::printf("  %d     %5s / %5s    %5s / %5s        %5s / %5s\n", f + 1, qPrintable(percent(results[0], false)),
                    qPrintable(percent(results[0], true)), qPrintable(percent(results[1], false)),
                    qPrintable(percent(results[1], true)), qPrintable(percent(results[2], false)),
                    qPrintable(percent(results[2], true)));
        for (int m = 0; m < 3; ++m)
            if (results[m]) {
                sum[m].top1 += results[m]->top1 / k;
                sum[m].top3 += results[m]->top3 / k;
            }
    }
    std::printf("  mean  %5s / %5s    %5s / %5s        %5s / %5s\n", qPrintable(percent(sum[0], false)),
                qPrintable(percent(sum[0], true)), qPrintable(percent(sum[1], false)), qPrintable(percent(sum[1], true)),
                qPrintable(fastText ? percent(sum[2], false) : QStringLiteral("–")),
                qPrintable(fastText ? percent(sum[2], true) : QStringLiteral("–")));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    const int autotuneAt = int(arguments.indexOf(QStringLiteral("--autotune-seconds")));
    const int autotuneSeconds = autotuneAt > 0 ? arguments.value(autotuneAt + 1).toInt() : 120;
    QString data = qEnvironmentVariable("HOTLINE_SHARED_DATA");
    if (data.isEmpty())
        data = QStringLiteral(HOTLINE_SHARED_DATA);
    const QString tickets = data + QStringLiteral("/tickets/");

    std::vector<Dataset> files;
    if (auto d = loadDataset(tickets + QStringLiteral("complaint_orders_labeled.csv"), {QStringLiteral("text")},
                             QStringLiteral("label")))
        files.push_back(std::move(*d));
    if (auto d = loadDataset(tickets + QStringLiteral("gov_messages_labeled.csv"),
                             {QStringLiteral("title"), QStringLiteral("detail")}, QStringLiteral("label_level1")))
        files.push_back(std::move(*d));
    if (files.size() != 2) {
        std::printf("note: the labelled files are not under %s (set HOTLINE_SHARED_DATA): skipped\n", qPrintable(data));
        return 77;
    }
    if (arguments.contains(QStringLiteral("--tune"))) {
        tune(files);
        return 0;
    }
    const std::optional<FastText> fastText = FastText::find();
    if (!fastText)
        std::printf("note: no fasttext binary on PATH (apt-get install fasttext): its columns are skipped\n");

    std::vector<FileResult> results;
    std::vector<FastText::Settings> chosen(files.size());
    for (size_t i = 0; i < files.size(); ++i)
        results.push_back(heldOut(files[i], fastText, quick, autotuneSeconds, &chosen[i]));

    std::printf("\nHeld-out 20 %% (stratified, seed 20250601), top-1 / top-3 %%:\n");
    std::printf("  %-30s %-15s %-19s %-15s\n", "file", "ours (softmax)", "ours (naive Bayes)", "fastText");
    for (const FileResult &r : results)
        std::printf("  %-30s %5s / %5s    %5s / %5s        %5s / %5s\n", qPrintable(r.name), qPrintable(percent(r.softmax, false)),
                    qPrintable(percent(r.softmax, true)), qPrintable(percent(r.bayes, false)),
                    qPrintable(percent(r.bayes, true)), qPrintable(percent(r.fastText, false)),
                    qPrintable(percent(r.fastText, true)));
    for (const FileResult &r : results)
        if (!r.fastTextSettings.isEmpty())
            std::printf("  fastText settings for %s: %s\n", qPrintable(r.name), qPrintable(r.fastTextSettings));
    std::printf("\nsuggest() per keystroke (every prefix of the held-out descriptions, up to 500 characters):\n");
    bool fastEnough = true;
    for (const FileResult &r : results) {
        const double p99 = percentile(r.latencyMs, 0.99);
        std::printf("  %-30s %zu calls  p50 %.3f ms  p99 %.3f ms  max %.3f ms  (labels offered on %.1f %% of keystrokes)\n",
                    qPrintable(r.name), r.latencyMs.size(), percentile(r.latencyMs, 0.50), p99,
                    percentile(r.latencyMs, 1.0), 100.0 * double(r.offered) / double(r.latencyMs.size()));
        fastEnough = fastEnough && p99 < 5;
    }

    crossValidate(files.front(), fastText, chosen.front());
    if (!fastEnough)
        std::printf("FAILED: the target is under 5 ms per keystroke at the 99th percentile\n");
    return fastEnough ? 0 : 1;
}
