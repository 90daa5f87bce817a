// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-ctl's commands for classification suggestion: learn from the centre's labelled past
// orders, and try the model on descriptions.
#include "CtlCommands.h"

#include "classify/ClassifierRepository.h"
#include "classify/TrainingCsv.h"
#include "importing/CsvReader.h"

namespace hotline {

namespace {
// The value after `option`, taken out of the words with it; empty when absent.
QString takeValue(QStringList &words, const QString &option)
{
    const qsizetype at = words.indexOf(option);
    if (at < 0 || at + 1 >= words.size())
        return {};
    const QString value = words.at(at + 1);
    words.remove(at, 2);
    return value;
}
} // namespace

int CtlCommands::classify(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    QStringList words = arguments.mid(1);
    if (sub == QLatin1String("train")) {
        const QString text = takeValue(words, QStringLiteral("--text"));
        const QString label = takeValue(words, QStringLiteral("--label"));
        if (words.size() != 1 || text.isEmpty() || label.isEmpty())
            return usage(QStringLiteral("classify train CSV --text COL[,COL...] --label COL"));
        return classifyTrain(words.first(), text.split(u',', Qt::SkipEmptyParts), label);
    }
    if (sub == QLatin1String("suggest")) {
        int limit = 3;
        if (!takeLimit(words, &limit) || !words.isEmpty())
            return usage(QStringLiteral("classify suggest [--limit K]   (one description a line on standard input)"));
        return classifySuggest(limit);
    }
    return usage(QStringLiteral("classify train CSV --text COL[,COL...] --label COL | classify suggest [--limit K]"));
}

int CtlCommands::classifyTrain(const QString &file, const QStringList &textColumns, const QString &labelColumn)
{
    // Read, check and learn everything before the store is touched: a refused file leaves the
    // model trained before it.
    const Result<TextClassifier> model = [&]() -> Result<TextClassifier> {
        const Result<QVector<CsvRecord>> records = CsvReader::readFile(file);
        if (!records)
            return Error{records.error()};
        const Result<TrainingSet> set = TrainingCsv::parse(records.value(), textColumns, labelColumn);
        if (!set)
            return Error{set.error()};
        return TextClassifier::train(set.value().texts, set.value().labels);
    }();
    const Status saved = model ? ClassifierRepository(m_store).save(ClassifierRepository::classificationModel, model.value())
                               : Status(Error{model.error()});
    if (!saved) {
        m_err << file << ": " << saved.error() << Qt::endl << "nothing was changed" << Qt::endl;
        return 1;
    }
    m_out << "learned " << model.value().exampleCount() << " rows, " << model.value().labels().size() << " labels from "
          << file << Qt::endl;
    return 0;
}

int CtlCommands::classifySuggest(int limit)
{
    const Result<TextClassifier> model = ClassifierRepository(m_store).load();
    if (!model) {
        m_err << model.error() << Qt::endl;
        return 1;
    }
    if (!model.value().isTrained()) {
        m_err << "the store has no classification model (hotline-ctl --store PATH classify train CSV --text COL --label COL)"
              << Qt::endl;
        return 1;
    }
    QTextStream in(stdin);
    QString line;
    while (in.readLineInto(&line)) {
        QStringList labels;
        for (const LabelScore &scored : model.value().suggest(line, limit))
            labels.append(scored.label);
        m_out << labels.join(u'\t') << '\n';
    }
    m_out.flush();
    return 0;
}

} // namespace hotline
