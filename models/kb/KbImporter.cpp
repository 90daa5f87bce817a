// SPDX-License-Identifier: GPL-3.0-or-later
#include "KbImporter.h"

#include "KbArticle.h"
#include "KbRepository.h"
#include "KbValidator.h"
#include "importing/CsvReader.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>

namespace hotline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hotline::KbImporter", text);
}

using Row = QHash<QString, QString>;
struct Parsed {
    QString sourceKey;
    KbDraft draft;
};
using RowParser = std::function<Result<Parsed>(const Row &)>;

struct Format {
    const char *name;
    QStringList header;
    RowParser parse;
};

QString appendLine(const QString &label, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || v == QLatin1String("无"))
        return {};
    return label + v + u'\n';
}

// "30(工作日)" -> "30个工作日"; other forms are kept as written.
QString timeLimit(const QString &value)
{
    QString v = value.trimmed();
    v.replace(QStringLiteral("(工作日)"), QStringLiteral("个工作日"));
    v.replace(QStringLiteral("(自然日)"), QStringLiteral("个自然日"));
    return v;
}

Result<Parsed> parseServiceItem(const Row &r)
{
    Parsed p;
    const QString code = r.value(QStringLiteral("task_code")).trimmed();
    if (code.isEmpty())
        return Error{QCoreApplication::translate("hotline", "事项编码（TASK_CODE）为空")};
    p.sourceKey = QStringLiteral("gd:") + code;
    KbDraft &d = p.draft;
    d.title = r.value(QStringLiteral("matter_name")).trimmed();
    d.unit = r.value(QStringLiteral("dept_name")).trimmed();
    d.region = r.value(QStringLiteral("area_code_text")).trimmed();
    d.classification = r.value(QStringLiteral("theme_category")).trimmed();
    for (const char *key : {"matter_type", "matter_level"}) {
        const QString keyword = r.value(QString::fromLatin1(key)).trimmed();
        if (!keyword.isEmpty() && keyword != QLatin1String("其他") && !d.keywords.contains(keyword))
            d.keywords.append(keyword);
    }
    QString location = r.value(QStringLiteral("handle_location")).trimmed();
    if (!location.startsWith(QStringLiteral("办理地点")))
        location = appendLine(QCoreApplication::translate("hotline", "办理地点："), location).trimmed();
    d.answer = appendLine(QCoreApplication::translate("hotline", "办理部门："), d.unit) + (location.isEmpty() ? QString() : location + u'\n')
             + appendLine(QCoreApplication::translate("hotline", "法定办结时限："), timeLimit(r.value(QStringLiteral("handle_time"))))
             + appendLine(QCoreApplication::translate("hotline", "承诺办结时限："), timeLimit(r.value(QStringLiteral("handle_time_limit"))))
             + appendLine(QCoreApplication::translate("hotline", "咨询电话："), r.value(QStringLiteral("consult_phone")))
             + appendLine(QCoreApplication::translate("hotline", "投诉电话："), r.value(QStringLiteral("complain_phone")))
             + appendLine(QCoreApplication::translate("hotline", "网上预约："), r.value(QStringLiteral("online_book")))
             + appendLine(QCoreApplication::translate("hotline", "快递送达："), r.value(QStringLiteral("courier_service")))
             + appendLine(QCoreApplication::translate("hotline", "服务对象："), r.value(QStringLiteral("service_object_name")))
             + appendLine(QCoreApplication::translate("hotline", "所需材料："), r.value(QStringLiteral("material_intro")))
             + appendLine(QCoreApplication::translate("hotline", "受理条件："), r.value(QStringLiteral("accept_standard")))
             + appendLine(QCoreApplication::translate("hotline", "网上办理："), r.value(QStringLiteral("url")));
    d.answer = d.answer.trimmed();
    return p;
}

Result<Parsed> parseMessageReply(const Row &r)
{
    Parsed p;
    const QString id = r.value(QStringLiteral("msg_id")).trimmed();
    if (id.isEmpty())
        return Error{QCoreApplication::translate("hotline", "留言编号（msg_id）为空")};
    p.sourceKey = QStringLiteral("teddy:") + id;
    KbDraft &d = p.draft;
    d.title = r.value(QStringLiteral("title")).trimmed();
    const QString detail = r.value(QStringLiteral("detail")).trimmed();
    if (!detail.isEmpty())
        d.questions.append(detail.left(KbValidator::maxQuestion));
    d.answer = r.value(QStringLiteral("reply")).trimmed();
    return p;
}

// A centre's own articles (the project's demo articles among them): one article a row, the
// ways callers ask it and its keywords joined by |, validity as ISO dates (empty: open).
Result<Parsed> parseArticle(const Row &r)
{
    Parsed p;
    p.sourceKey = r.value(QStringLiteral("key")).trimmed();
    if (p.sourceKey.isEmpty())
        return Error{QCoreApplication::translate("hotline", "条目编号（key）为空")};
    KbDraft &d = p.draft;
    d.title = r.value(QStringLiteral("title")).trimmed();
    d.answer = r.value(QStringLiteral("answer")).trimmed();
    const auto list = [&r](const char *key) {
        QStringList values;
        for (const QString &value : r.value(QString::fromLatin1(key)).split(u'|', Qt::SkipEmptyParts))
            if (!value.trimmed().isEmpty())
                values.append(value.trimmed());
        return values;
    };
    d.questions = list("questions");
    d.keywords = list("keywords");
    d.classification = r.value(QStringLiteral("classification")).trimmed();
    d.unit = r.value(QStringLiteral("unit")).trimmed();
    d.region = r.value(QStringLiteral("region")).trimmed();
    for (const auto &[key, date] : {std::pair{"valid_from", &d.validFrom}, std::pair{"valid_until", &d.validUntil}}) {
        const QString text = r.value(QString::fromLatin1(key)).trimmed();
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid())
            return Error{QCoreApplication::translate("hotline", "%1 不是日期（应为 2026-11-15 这样的格式）：%2")
                             .arg(QString::fromLatin1(key), text)};
    }
    return p;
}

const QList<Format> &formats()
{
    static const QList<Format> all = {
        {"government service items",
         {QStringLiteral("task_code"), QStringLiteral("matter_name"), QStringLiteral("dept_name"),
          QStringLiteral("area_code_text"), QStringLiteral("matter_type"), QStringLiteral("matter_level"),
          QStringLiteral("theme_category"), QStringLiteral("service_object_name"), QStringLiteral("handle_location"),
          QStringLiteral("handle_time"), QStringLiteral("handle_time_limit"), QStringLiteral("consult_phone"),
          QStringLiteral("complain_phone"), QStringLiteral("online_book"), QStringLiteral("courier_service"),
          QStringLiteral("material_intro"), QStringLiteral("accept_standard"), QStringLiteral("url")},
         parseServiceItem},
        {"message and reply pairs",
         {QStringLiteral("msg_id"), QStringLiteral("user"), QStringLiteral("title"), QStringLiteral("time"),
          QStringLiteral("detail"), QStringLiteral("reply"), QStringLiteral("reply_time")},
         parseMessageReply},
        {"articles",
         {QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("questions"), QStringLiteral("answer"),
          QStringLiteral("keywords"), QStringLiteral("classification"), QStringLiteral("unit"), QStringLiteral("region"),
          QStringLiteral("valid_from"), QStringLiteral("valid_until")},
         parseArticle},
    };
    return all;
}
} // namespace

Result<KbImportReport> KbImporter::importCsv(LocalStore &store, KbRepository &articles, const QString &path,
                                             bool skipBadRows)
{
    Result<QVector<CsvRecord>> parsed = CsvReader::readFile(path);
    if (!parsed)
        return Error{parsed.error()};
    const QVector<CsvRecord> &records = parsed.value();
    if (records.isEmpty())
        return Error{tr("文件是空的")};
    QStringList header;
    for (const QString &name : records.first().fields)
        header.append(name.trimmed().toLower());
    const Format *format = nullptr;
    for (const Format &candidate : formats())
        if (candidate.header == header)
            format = &candidate;
    if (!format) {
        QStringList known;
        for (const Format &candidate : formats())
            known << candidate.header.join(u',');
        return Error{tr("第 1 行：无法识别的表头 %1。支持的格式：%2")
                         .arg(records.first().fields.join(u','), known.join(tr("；或 ")))};
    }

    KbImportReport report;
    report.format = QString::fromLatin1(format->name);
    QVector<Parsed> rows;
    QStringList errors;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord &record = records.at(i);
        ++report.rows;
        Result<Parsed> row = Error{};
        if (record.fields.size() != header.size()) {
            row = Error{tr("应有 %1 列，实际 %2 列").arg(header.size()).arg(record.fields.size())};
        } else {
            Row values;
            for (qsizetype c = 0; c < header.size(); ++c)
                values.insert(header.at(c), record.fields.at(c));
            row = format->parse(values);
        }
        // Every layout's articles meet the editor's rules.
        if (row)
            if (const QStringList problems = KbValidator::validate(row.value().draft); !problems.isEmpty())
                row = Error{problems.join(tr("；"))};
        if (row)
            rows.append(std::move(row).value());
        else
            errors.append(tr("第 %1 行：%2").arg(record.line).arg(row.error()));
    }
    if (!errors.isEmpty() && !skipBadRows) {
        const QStringList shown = errors.mid(0, 20);
        return Error{tr("%1 行有错误，未导入任何文章（要跳过这些行请加 --skip-bad）：\n%2%3")
                         .arg(errors.size())
                         .arg(shown.join(u'\n'))
                         .arg(errors.size() > shown.size() ? tr("\n……") : QString())};
    }
    report.skipped = errors;
    if (rows.isEmpty())
        return Error{tr("文件中没有可导入的文章")};

    const Status status = store.transaction([&]() -> Status {
        articles.beginBulkIndexing();
        for (const Parsed &row : std::as_const(rows)) {
            Result<bool> written = articles.upsertPublished(row.sourceKey, row.draft, QStringLiteral("import"));
            if (!written)
                return Error{row.sourceKey + QStringLiteral(": ") + written.error()};
            (written.value() ? report.written : report.unchanged) += 1;
        }
        return articles.endBulkIndexing();
    });
    if (!status) {
        articles.abandonBulkIndexing();
        return Error{status.error()};
    }
    return report;
}

} // namespace hotline
