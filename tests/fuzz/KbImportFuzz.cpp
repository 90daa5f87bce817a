// SPDX-License-Identifier: GPL-3.0-or-later
// KbImporter::importCsv: the file is the input, the first byte says whether bad rows are
// skipped. Each input gets a fresh desk store (a copy of one migrated once, on tmpfs where
// there is one), so a finding replays alone. Properties: the report adds up (every row read is
// written, unchanged or skipped, and nothing is skipped unless asked); importing the same
// file again succeeds the same way and adds no article; every article stored is published
// and meets the editor's rules.
#include "FuzzSupport.h"

#include "kb/KbArticle.h"
#include "kb/KbImporter.h"
#include "kb/KbRepository.h"
#include "kb/KbTokenizer.h"
#include "kb/KbValidator.h"
#include "pinyin/PinyinTable.h"
#include "store/LocalStore.h"
#include "text/ChineseConverter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace hotline;

namespace {

struct Setting {
    std::unique_ptr<QTemporaryDir> dir;
    QString templateStore;
    std::unique_ptr<ChineseConverter> converter;
    std::shared_ptr<const PinyinTable> pinyin;
    std::unique_ptr<KbTokenizer> tokenizer;
};

Setting &setting()
{
    static Setting s = [] {
        Setting made;
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/hotline-fuzz-XXXXXX")
                                                                       : QDir::tempPath() + QStringLiteral("/hotline-fuzz-XXXXXX");
        made.dir = std::make_unique<QTemporaryDir>(base);
        made.templateStore = made.dir->filePath(QStringLiteral("template.sqlite"));
        if (!LocalStore::open(made.templateStore)) {
            std::fprintf(stderr, "cannot create a desk store\n");
            std::abort();
        }
        made.converter = std::make_unique<ChineseConverter>();
        made.pinyin = PinyinTable::builtIn();
        made.tokenizer = std::make_unique<KbTokenizer>(*made.converter, *made.pinyin);
        return made;
    }();
    return s;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    setting();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 65536)
        return 0;
    Setting &s = setting();
    const bool skipBadRows = data[0] & 1;
    const QString csvPath = s.dir->filePath(QStringLiteral("input.csv"));
    const QString storePath = s.dir->filePath(QStringLiteral("desk.sqlite"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate) || csv.write(reinterpret_cast<const char *>(data + 1), qint64(size - 1)) != qint64(size - 1))
            std::abort();
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(storePath + suffix);
    if (!QFile::copy(s.templateStore, storePath))
        std::abort();
    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(storePath);
    FUZZ_CHECK(opened.ok(), QStringLiteral("the store did not open"));
    LocalStore &store = *opened.value();
    KbRepository articles(store, *s.tokenizer);

    const Result<KbImportReport> first = KbImporter::importCsv(store, articles, csvPath, skipBadRows);
    if (!first) {
        FUZZ_CHECK(!first.error().isEmpty(), QStringLiteral("an error without a message"));
        FUZZ_CHECK(articles.publishedCount() == 0, QStringLiteral("a failed import left articles behind"));
        return 0;
    }
    const KbImportReport &report = first.value();
    FUZZ_CHECK(report.written + report.unchanged + report.skipped.size() == report.rows,
               QStringLiteral("%1 rows: %2 written, %3 unchanged, %4 skipped").arg(report.rows).arg(report.written).arg(report.unchanged).arg(report.skipped.size()));
    FUZZ_CHECK(skipBadRows || report.skipped.isEmpty(), QStringLiteral("rows skipped without being asked"));
    FUZZ_CHECK(report.written > 0, QStringLiteral("an import into an empty store that wrote nothing"));
    const int published = articles.publishedCount();
    FUZZ_CHECK(published > 0 && published <= report.written, QStringLiteral("%1 published of %2 written").arg(published).arg(report.written));
    for (const KbArticleSummary &summary : articles.list({}, 1000)) {
        const std::optional<KbArticle> article = articles.article(summary.id);
        FUZZ_CHECK(article && article->status == KbStatus::Published && article->publishedVersion == article->currentVersion,
                   QStringLiteral("article %1 imported but not published").arg(summary.id));
        const QStringList problems = KbValidator::validate(article->latest.content);
        FUZZ_CHECK(problems.isEmpty(), QStringLiteral("article %1 stored against the rules: ").arg(summary.id) + problems.join(u';'));
    }

    const Result<KbImportReport> second = KbImporter::importCsv(store, articles, csvPath, skipBadRows);
    FUZZ_CHECK(second.ok(), QStringLiteral("the same file refused the second time: ") + (second ? QString() : second.error()));
    FUZZ_CHECK(second.value().rows == report.rows && second.value().skipped == report.skipped,
               QStringLiteral("the same file read otherwise the second time"));
    FUZZ_CHECK(articles.publishedCount() == published, QStringLiteral("importing again added articles: %1 then %2").arg(published).arg(articles.publishedCount()));
    return 0;
}
