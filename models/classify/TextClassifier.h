// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <vector>

namespace hotline {

struct LabelScore {
    QString label;
    double score = 0; // the model's probability of the label, 0 … 1
};

// A text classifier learned from past work orders: from the description typed so far, the
// labels (catalogue items, appeal kinds) most likely to be right. The text becomes hashed
// character n-grams (HashedNgrams); two learners share one linear scorer:
//   Softmax     softmax (multinomial logistic) regression on sublinear tf·idf, L2-normalised,
//               trained by SGD with a linearly decaying step and L2 weight decay;
//   NaiveBayes  multinomial naive Bayes on the counts, Laplace/Lidstone smoothed.
// The defaults were chosen on validation parts of the two labelled files' training parts
// (`classify_bench --tune`), never on their held-out parts; Softmax is the default learner as
// it measured better than naive Bayes there (README "Classification suggestion").
// Training is deterministic: the same texts, labels and options give the same bytes.
// Scoring is one look-up per n-gram and one multiply-add per (n-gram, label): a few hundred
// characters take some tens of microseconds, so it runs on every keystroke.
class TextClassifier {
    Q_DECLARE_TR_FUNCTIONS(hotline::TextClassifier)
public:
    enum class Method : uint8_t { Softmax = 1, NaiveBayes = 2 };
    struct Options {
        Method method = Method::Softmax;
        int maxNgram = 3;      // 1 … 4: characters, pairs, triples …
        int bucketBits = 20;   // 2^bits hash buckets
        int minDocuments = 2;  // n-grams seen in fewer training texts are dropped
        int epochs = 30;       // Softmax
        double learningRate = 1.0;
        double l2 = 1e-4;
        double smoothing = 0.1; // NaiveBayes: added to every count
        uint32_t seed = 12345;  // the order texts are visited in each epoch
    };

    // texts[i] is labelled labels[i]. Refuses empty input, mismatched sizes, fewer than two
    // distinct labels and options out of range.
    static Result<TextClassifier> train(const QStringList &texts, const QStringList &labels, const Options &options);
    static Result<TextClassifier> train(const QStringList &texts, const QStringList &labels)
    {
        return train(texts, labels, Options{});
    }

    bool isTrained() const { return !m_labels.isEmpty(); }
    // Up to k labels, best first (ties in label order). Empty while the text has no n-gram
    // the model knows, e.g. before anything is typed.
    QVector<LabelScore> suggest(QStringView text, int k = 3) const;

    QStringList labels() const { return m_labels; }
    int exampleCount() const { return m_examples; }
    int featureCount() const { return int(m_buckets.size()); }
    Method method() const { return m_method; }

    QByteArray serialize() const;
    // Refuses anything serialize() did not write (wrong magic, version, sizes or trailing bytes).
    static Result<TextClassifier> deserialize(const QByteArray &bytes);

private:
    struct Features {
        std::vector<int> rows;
        std::vector<float> values;
    };
    Features features(QStringView text) const;
    void buildRowIndex();

    Method m_method = Method::Softmax;
    int m_maxNgram = 3;
    int m_bucketBits = 20;
    int m_examples = 0;
    QStringList m_labels;
    std::vector<uint32_t> m_buckets; // sorted: the bucket of each row
    std::vector<float> m_idf;        // per row; 1 for NaiveBayes
    std::vector<float> m_weights;    // row-major, rows × labels
    std::vector<float> m_bias;       // per label
    std::vector<int32_t> m_rowOf;    // bucket → row or -1; rebuilt, not stored
};

} // namespace hotline
