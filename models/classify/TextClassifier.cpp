// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextClassifier.h"

#include "HashedNgrams.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace hotline {

namespace {

constexpr quint32 magic = 0x484C4331; // "HLC1"
constexpr quint16 formatVersion = 1;

// Turns scores into probabilities in place.
void softmax(std::vector<double> &scores)
{
    const double top = *std::max_element(scores.begin(), scores.end());
    double sum = 0;
    for (double &s : scores) {
        s = std::exp(s - top);
        sum += s;
    }
    for (double &s : scores)
        s /= sum;
}

// Fisher–Yates on the engine's raw output: std::shuffle's algorithm is the library's choice,
// and the same training file must give the same model on every desk.
void shuffle(std::vector<int> &order, std::mt19937 &engine)
{
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[engine() % i]);
}

} // namespace

TextClassifier::Features TextClassifier::features(QStringView text) const
{
    Features out;
    const auto counts = HashedNgrams(m_maxNgram, m_bucketBits).count(text);
    out.rows.reserve(counts.size());
    out.values.reserve(counts.size());
    double norm = 0;
    for (const auto &[bucket, count] : counts) {
        const int32_t row = m_rowOf[bucket];
        if (row < 0)
            continue;
        const float value = m_method == Method::NaiveBayes ? float(count)
                                                           : float((1 + std::log(double(count))) * m_idf[size_t(row)]);
        out.rows.push_back(row);
        out.values.push_back(value);
        norm += double(value) * value;
    }
    if (m_method == Method::Softmax && norm > 0) {
        const float inverse = float(1 / std::sqrt(norm));
        for (float &value : out.values)
            value *= inverse;
    }
    return out;
}

void TextClassifier::buildRowIndex()
{
    m_rowOf.assign(size_t(1) << m_bucketBits, -1);
    for (size_t row = 0; row < m_buckets.size(); ++row)
        m_rowOf[m_buckets[row]] = int32_t(row);
}

Result<TextClassifier> TextClassifier::train(const QStringList &texts, const QStringList &labels, const Options &options)
{
    if (texts.size() != labels.size())
        return Error{tr("文本与类别的数量不一致（%1 与 %2）").arg(texts.size()).arg(labels.size())};
    if (options.maxNgram < 1 || options.maxNgram > 4 || options.bucketBits < 10 || options.bucketBits > 24
        || options.minDocuments < 1 || options.epochs < 1 || options.learningRate <= 0 || options.l2 < 0
        || options.smoothing <= 0)
        return Error{tr("分类模型的训练参数超出范围")};
    if (labels.contains(QString()))
        return Error{tr("类别不能为空")};
    QStringList distinct = labels;
    distinct.removeDuplicates();
    std::sort(distinct.begin(), distinct.end());
    if (distinct.size() < 2)
        return Error{tr("至少需要两个不同的类别才能训练，实际 %1 个").arg(distinct.size())};

    TextClassifier model;
    model.m_method = options.method;
    model.m_maxNgram = options.maxNgram;
    model.m_bucketBits = options.bucketBits;
    model.m_examples = int(texts.size());
    model.m_labels = distinct;
    const size_t labelCount = size_t(distinct.size());

    // The vocabulary: every bucket seen in at least minDocuments texts.
    const HashedNgrams ngrams(options.maxNgram, options.bucketBits);
    std::vector<int> documentFrequency(size_t(1) << options.bucketBits, 0);
    for (const QString &text : texts)
        for (const auto &[bucket, count] : ngrams.count(text))
            ++documentFrequency[bucket];
    for (size_t bucket = 0; bucket < documentFrequency.size(); ++bucket) {
        if (documentFrequency[bucket] < options.minDocuments)
            continue;
        model.m_buckets.push_back(uint32_t(bucket));
        const double n = double(texts.size());
        model.m_idf.push_back(options.method == Method::NaiveBayes
                                  ? 1.0F
                                  : float(std::log((n + 1) / (documentFrequency[bucket] + 1)) + 1));
    }
    documentFrequency = {};
    model.buildRowIndex();

    std::vector<Features> documents;
    std::vector<int> target;
    documents.reserve(size_t(texts.size()));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        documents.push_back(model.features(texts.at(i)));
        target.push_back(int(std::lower_bound(distinct.begin(), distinct.end(), labels.at(i)) - distinct.begin()));
    }
    const size_t rows = model.m_buckets.size();
    model.m_weights.assign(rows * labelCount, 0.0F);
    model.m_bias.assign(labelCount, 0.0F);

    if (options.method == Method::NaiveBayes) {
        std::vector<double> counts(rows * labelCount, 0);
        std::vector<double> totals(labelCount, 0);
        std::vector<int> examples(labelCount, 0);
        for (size_t d = 0; d < documents.size(); ++d) {
            const size_t label = size_t(target[d]);
            ++examples[label];
            for (size_t j = 0; j < documents[d].rows.size(); ++j) {
                counts[size_t(documents[d].rows[j]) * labelCount + label] += documents[d].values[j];
                totals[label] += documents[d].values[j];
            }
        }
        const double alpha = options.smoothing;
        for (size_t label = 0; label < labelCount; ++label) {
            const double denominator = std::log(totals[label] + alpha * double(rows));
            for (size_t row = 0; row < rows; ++row)
                model.m_weights[row * labelCount + label] = float(std::log(counts[row * labelCount + label] + alpha) - denominator);
            model.m_bias[label] = float(std::log(double(examples[label]) / double(documents.size())));
        }
        return model;
    }

    // SGD on the cross-entropy. Weight decay multiplies a shared scale instead of every weight
    // (Bottou's trick): each step then touches only the n-grams of its text.
    std::mt19937 engine(options.seed);
    std::vector<int> order(documents.size());
    std::iota(order.begin(), order.end(), 0);
    const double steps = double(options.epochs) * double(documents.size());
    double step = 0;
    double scale = 1;
    std::vector<double> scores(labelCount);
    float *const weights = model.m_weights.data();
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        shuffle(order, engine);
        for (int d : order) {
            const Features &doc = documents[size_t(d)];
            const double rate = options.learningRate * (1 - step / steps);
            ++step;
            for (size_t label = 0; label < labelCount; ++label)
                scores[label] = model.m_bias[label];
            for (size_t j = 0; j < doc.rows.size(); ++j) {
                const float *w = weights + size_t(doc.rows[j]) * labelCount;
                const double x = doc.values[j] * scale;
                for (size_t label = 0; label < labelCount; ++label)
                    scores[label] += x * w[label];
            }
            softmax(scores);
            scores[size_t(target[size_t(d)])] -= 1; // now the gradient of the loss by each score
            scale *= 1 - rate * options.l2;
            for (size_t j = 0; j < doc.rows.size(); ++j) {
                float *w = weights + size_t(doc.rows[j]) * labelCount;
                const double x = rate * doc.values[j] / scale;
                for (size_t label = 0; label < labelCount; ++label)
                    w[label] -= float(x * scores[label]);
            }
            for (size_t label = 0; label < labelCount; ++label)
                model.m_bias[label] -= float(rate * scores[label]);
            if (scale < 1e-6) {
                for (float &w : model.m_weights)
                    w = float(w * scale);
                scale = 1;
            }
        }
    }
    for (float &w : model.m_weights)
        w = float(w * scale);
    return model;
}

QVector<LabelScore> TextClassifier::suggest(QStringView text, int k) const
{
    if (!isTrained() || k <= 0)
        return {};
    const Features doc = features(text);
    if (doc.rows.empty())
        return {};
    const size_t labelCount = size_t(m_labels.size());
    std::vector<double> scores(m_bias.begin(), m_bias.end());
    for (size_t j = 0; j < doc.rows.size(); ++j) {
        const float *w = m_weights.data() + size_t(doc.rows[j]) * labelCount;
        for (size_t label = 0; label < labelCount; ++label)
            scores[label] += double(doc.values[j]) * w[label];
    }
    softmax(scores);
    std::vector<int> ranked(labelCount);
    std::iota(ranked.begin(), ranked.end(), 0);
    const size_t keep = std::min(labelCount, size_t(k));
    std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(keep), ranked.end(), [&](int a, int b) {
        return scores[size_t(a)] != scores[size_t(b)] ? scores[size_t(a)] > scores[size_t(b)] : a < b;
    });
    QVector<LabelScore> result;
    result.reserve(qsizetype(keep));
    for (size_t i = 0; i < keep; ++i)
        result.append({m_labels.at(ranked[i]), scores[size_t(ranked[i])]});
    return result;
}

QByteArray TextClassifier::serialize() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << magic << formatVersion << quint8(m_method) << quint8(m_maxNgram) << quint8(m_bucketBits) << qint32(m_examples)
        << m_labels << quint32(m_buckets.size());
    for (size_t row = 0; row < m_buckets.size(); ++row)
        out << m_buckets[row] << m_idf[row];
    for (float w : m_weights)
        out << w;
    for (float b : m_bias)
        out << b;
    return bytes;
}

Result<TextClassifier> TextClassifier::deserialize(const QByteArray &bytes)
{
    const Error refused{tr("分类模型数据已损坏或来自不兼容的版本")};
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 fileMagic = 0;
    quint16 version = 0;
    quint8 method = 0, maxNgram = 0, bucketBits = 0;
    qint32 examples = 0;
    quint32 rows = 0;
    TextClassifier model;
    in >> fileMagic >> version >> method >> maxNgram >> bucketBits >> examples >> model.m_labels >> rows;
    const size_t labelCount = size_t(model.m_labels.size());
    // Each row holds at least 8 bytes and labels × 4 more: a size the bytes cannot hold is refused
    // before anything is allocated.
    if (in.status() != QDataStream::Ok || fileMagic != magic || version != formatVersion
        || (method != quint8(Method::Softmax) && method != quint8(Method::NaiveBayes)) || maxNgram < 1 || maxNgram > 4
        || bucketBits < 10 || bucketBits > 24 || labelCount < 2 || rows > (quint64(1) << bucketBits)
        || quint64(rows) * (8 + 4 * labelCount) > quint64(bytes.size()))
        return refused;
    model.m_method = Method(method);
    model.m_maxNgram = maxNgram;
    model.m_bucketBits = bucketBits;
    model.m_examples = examples;
    model.m_buckets.resize(rows);
    model.m_idf.resize(rows);
    for (size_t row = 0; row < rows; ++row) {
        in >> model.m_buckets[row] >> model.m_idf[row];
        if (model.m_buckets[row] >> bucketBits || (row > 0 && model.m_buckets[row] <= model.m_buckets[row - 1]))
            return refused;
    }
    model.m_weights.resize(size_t(rows) * labelCount);
    for (float &w : model.m_weights)
        in >> w;
    model.m_bias.resize(labelCount);
    for (float &b : model.m_bias)
        in >> b;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return refused;
    model.buildRowIndex();
    return model;
}

} // namespace hotline
