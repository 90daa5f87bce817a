// SPDX-License-Identifier: GPL-3.0-or-later
// The month's figures as JSON, the orders behind a figure, and the reports `hotline-ctl report`
// writes, over a real centre on SQLite and PostgreSQL fed through the push path: the PDF turned
// into PNG pages (pdftoppm) and checked for its tables (pdftotext), its charts (coloured pixels)
// and its Chinese text in an embedded CJK font (pdffonts); the CSV against the centre's figures.
#include "sync/FigureFixture.h"

#include "figures/FigureReport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

class ReportTest : public CentralTest {
protected:
    void SetUp() override
    {
        startCentral({{"op1", "operator"}, {"dept1", "department"}, {"dept2", "department"}, {"lead1", "team_lead"}, {"admin1", "admin"}, {"disp1", "dispatcher"}});
        known.url = central->url();
        known.signIn();
        ASSERT_TRUE(known.publishUnits());
        DeskHarness desk(dir.filePath(QStringLiteral("desk.sqlite")));
        ASSERT_TRUE(desk.signIn(central->url(), QStringLiteral("op1")));
        ASSERT_TRUE(known.seed(desk));
    }
    HttpAnswer ask(const QString &path, const char *login = "lead1")
    {
        return http(central->url(), "GET", path, {}, known.tokens.value(QString::fromLatin1(login)));
    }
    FigureReport figures(const QString &scope = {})
    {
        const HttpAnswer answer = ask(QStringLiteral("/api/v1/figures?period=%1&format=json%2").arg(FigureFixture::period(), scope));
        EXPECT_EQ(answer.status, 200) << QJsonDocument(answer.body).toJson().constData();
        Result<FigureReport> report = FigureReport::fromJson(answer.body);
        EXPECT_TRUE(report.ok()) << qPrintable(report.ok() ? QString() : report.error());
        return report ? std::move(report).value() : FigureReport{};
    }
    QStringList drill(const QString &query, const char *login = "lead1", int *status = nullptr)
    {
        const HttpAnswer answer = ask(QStringLiteral("/api/v1/figures/orders?period=%1&%2").arg(FigureFixture::period(), query), login);
        if (status)
            *status = answer.status;
        QStringList out;
        for (const QJsonValue &order : answer.body.value(QLatin1String("orders")).toArray())
            out.append(order.toObject().value(QLatin1String("number")).toString());
        out.sort();
        return out;
    }
    QStringList numbers(std::initializer_list<const char *> letters) const
    {
        QStringList out;
        for (const char *letter : letters)
            out.append(known.numbers.value(QString::fromLatin1(letter)));
        out.sort();
        return out;
    }
    // Runs a tool; its standard output, and its exit code in `code`.
    static QString run(const QString &program, const QStringList &arguments, int *code, const QMap<QString, QString> &environment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForFinished(120000)) {
            *code = -1;
            return process.errorString();
        }
        *code = process.exitCode();
        const QByteArray err = process.readAllStandardError();
        return QString::fromUtf8(process.readAllStandardOutput()) + (*code ? QString::fromUtf8(err) : QString());
    }
    // The row of the CSV's section `section` (the table whose header starts with that word)
    // that starts with `first`, split at its commas.
    static QStringList csvRow(const QString &csv, const QString &section, const QString &first)
    {
        for (const QString &table : csv.split(QStringLiteral("\n\n"))) {
            const QStringList rows = table.split(u'\n', Qt::SkipEmptyParts);
            if (rows.isEmpty() || !rows.first().startsWith(section + u','))
                continue;
            for (const QString &row : rows.mid(1))
                if (row.startsWith(first + u','))
                    return row.split(u',');
        }
        return {};
    }
    static QStringList expected(const FigureLine &line)
    {
        return {QString::number(line.orders), QString::number(line.signedInTime), FigureReport::percent(line.responseRate()),
                FigureReport::percent(line.resolutionRate()), FigureReport::percent(line.satisfactionRate()), QString::number(line.returns),
                QString::number(line.overdue)};
    }

    FigureFixture known;
};

const FigureLine *lineOf(const QVector<FigureLine> &lines, const QString &key)
{
    for (const FigureLine &line : lines)
        if (line.key == key)
            return &line;
    return nullptr;
}

} // namespace

TEST_P(ReportTest, TheMonthAsJsonAndTheOrdersBehindAFigure)
{
    const FigureReport month = figures();
    EXPECT_EQ(month.total.orders, 5);
    EXPECT_EQ(month.total.returns, 1);
    const FigureLine *first = lineOf(month.units, FigureFixture::unit1());
    const FigureLine *second = lineOf(month.units, FigureFixture::unit2());
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->name, QStringLiteral("西城区城市管理委员会"));
    EXPECT_EQ(first->orders, 2);
    EXPECT_EQ(first->returns, 1);
    EXPECT_EQ(FigureReport::percent(first->satisfactionRate()), QStringLiteral("100.0"));
    EXPECT_EQ(second->orders, 3);
    EXPECT_EQ(second->signedInTime, 2);
    EXPECT_EQ(FigureReport::percent(second->responseRate()), QStringLiteral("66.7"));
    EXPECT_EQ(FigureReport::percent(second->resolutionRate()), QStringLiteral("50.0"));
    EXPECT_EQ(FigureReport::percent(second->satisfactionRate()), QStringLiteral("40.0"));
    ASSERT_EQ(month.trend.size(), 6);
    EXPECT_EQ(month.trend.last().month, FigureFixture::period());
    EXPECT_EQ(month.trend.last().line.orders, 5);
    EXPECT_EQ(month.trend.first().line.orders, 0);
    const QVector<RankedStreet> overall = month.ranking(QString());
    ASSERT_EQ(overall.size(), 2);
    EXPECT_EQ(overall.at(0).streetName, QStringLiteral("牛街街道"));
    EXPECT_EQ(overall.at(0).appeals, 3);
    EXPECT_EQ(month.ranking(QStringLiteral("环境保护")).size(), 2);

    // The JSON says what the TSV says.
    const RawAnswer tsv = rawHttp(central->url(), "GET", QStringLiteral("/api/v1/figures?period=%1&by=unit").arg(FigureFixture::period()), {},
                                  known.tokens.value(QStringLiteral("lead1")));
    EXPECT_TRUE(QString::fromUtf8(tsv.body).contains(QStringLiteral("%1\t西城区生态环境局\t3\t2\t66.7\t50.0\t40.0\t0\t0").arg(FigureFixture::unit2())))
        << tsv.body.constData();

    // The orders behind the bars: the unit's returns, its callbacks, a street's appeals in a
    // category, the month's orders behind the trend's point.
    const QString u1 = FigureFixture::unit1(), u2 = FigureFixture::unit2();
    EXPECT_EQ(drill(QStringLiteral("by=unit&key=%1&measure=returns").arg(u1)), numbers({"B"}));
    EXPECT_EQ(drill(QStringLiteral("by=unit&key=%1&measure=orders").arg(u1)), numbers({"A", "E"}));
    EXPECT_EQ(drill(QStringLiteral("by=unit&key=%1&measure=callbacks").arg(u2)), numbers({"B", "C"}));
    EXPECT_EQ(drill(QStringLiteral("by=unit&key=%1&measure=response").arg(u2)), numbers({"B", "C", "D"}));
    EXPECT_EQ(drill(QStringLiteral("by=street&key=110102019&measure=orders&category=%1")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("城乡建设"))))),
              numbers({"A", "B"}));
    EXPECT_EQ(drill(QStringLiteral("by=all&measure=orders")), numbers({"A", "B", "C", "D", "E"}));
    EXPECT_TRUE(drill(QStringLiteral("by=all&measure=overdue")).isEmpty());
    EXPECT_EQ(drill(QStringLiteral("by=all&measure=returns&district=110102")), numbers({"B"}));
    EXPECT_GE(count("SELECT count(*) FROM audit_log WHERE login = 'lead1' AND action = 'list' AND target LIKE 'figure:%'"), 5)
        << "who looked at which orders is on record";

    // Masked as the role requires: an administrator does not see the caller's number.
    const HttpAnswer asAdmin = ask(QStringLiteral("/api/v1/figures/orders?period=%1&by=unit&key=%2&measure=orders").arg(FigureFixture::period(), u1), "admin1");
    ASSERT_EQ(asAdmin.status, 200);
    const QString phone = asAdmin.body.value(QLatin1String("orders")).toArray().at(0).toObject().value(QLatin1String("phone")).toString();
    EXPECT_FALSE(phone.isEmpty());
    EXPECT_FALSE(phone.startsWith(QStringLiteral("1391000000"))) << qPrintable(phone);

    // Bad requests and other roles change nothing and say why.
    int status = 0;
    drill(QStringLiteral("by=unit&measure=orders"), "lead1", &status);
    EXPECT_EQ(status, 400) << "a unit's figure needs the unit";
    drill(QStringLiteral("by=unit&key=X&measure=smiles"), "lead1", &status);
    EXPECT_EQ(status, 400);
    drill(QStringLiteral("by=all&measure=orders"), "dept1", &status);
    EXPECT_EQ(status, 403);
    drill(QStringLiteral("by=all&measure=orders"), "op1", &status);
    EXPECT_EQ(status, 403);
    EXPECT_EQ(ask(QStringLiteral("/api/v1/figures?period=%1&format=json&unit=%2&district=110102").arg(FigureFixture::period(), u1)).status, 400);
    EXPECT_EQ(ask(QStringLiteral("/api/v1/figures?period=%1&format=json&months=99").arg(FigureFixture::period())).status, 400);
}

TEST_P(ReportTest, TheReportsPdfAndCsvHoldTheCentresFigures)
{
    const QDir out(dir.filePath(QStringLiteral("reports")));
    ASSERT_TRUE(QDir().mkpath(out.path()));
    const QMap<QString, QString> environment{{QStringLiteral("HOTLINE_TOKEN"), known.tokens.value(QStringLiteral("lead1"))}};
    int code = 0;
    const QString pdf = out.filePath(QStringLiteral("unit2.pdf")), csv = out.filePath(QStringLiteral("unit2.csv"));
    const QString printed = run(QStringLiteral(HOTLINE_CTL_BIN),
                                {QStringLiteral("report"), QStringLiteral("--central"), central->url().toString(), QStringLiteral("--period"),
                                 FigureFixture::period(), QStringLiteral("--unit"), FigureFixture::unit2(), QStringLiteral("--pdf"), pdf,
                                 QStringLiteral("--csv"), csv},
                                &code, environment);
    ASSERT_EQ(code, 0) << qPrintable(printed);

    // The CSV holds the centre's figures of the unit.
    const FigureReport unit = figures(QStringLiteral("&unit=") + FigureFixture::unit2());
    ASSERT_EQ(unit.units.size(), 1);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_EQ(csvRow(text, QStringLiteral("unit"), FigureFixture::unit2()).mid(2), expected(unit.units.at(0))) << qPrintable(text);
    EXPECT_EQ(csvRow(text, QStringLiteral("unit"), FigureFixture::unit2()).value(1), QStringLiteral("西城区生态环境局"));
    EXPECT_EQ(csvRow(text, QStringLiteral("total"), QStringLiteral("total")).mid(2), expected(unit.total));
    EXPECT_EQ(expected(unit.total), expected(unit.units.at(0))) << "a unit's total is its own line, not the order unit 1 sent back";
    EXPECT_EQ(csvRow(text, QStringLiteral("month"), FigureFixture::period()).mid(2), expected(unit.trend.last().line));
    EXPECT_EQ(csvRow(text, QStringLiteral("street"), QStringLiteral("110102005")).mid(2), expected(*lineOf(unit.streets, QStringLiteral("110102005"))));
    EXPECT_EQ(csvRow(text, QStringLiteral("unit"), FigureFixture::unit2()).mid(2), (QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("66.7"), QStringLiteral("50.0"), QStringLiteral("40.0"), QStringLiteral("0"), QStringLiteral("0")}));

    // The PDF's text: the title, the unit, the table's numbers, the streets, in Chinese.
    const QString layout = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &code);
    ASSERT_EQ(code, 0) << qPrintable(layout);
    // No Kangxi or supplement radical in the text layer (PdfTextLayer): copying 生 gives 生.
    static const QRegularExpression radical(QStringLiteral("[\\x{2E80}-\\x{2FDF}]"));
    EXPECT_FALSE(radical.match(layout).hasMatch()) << qPrintable(radical.match(layout).captured());
    const QString &words = layout;
    for (const QString &expectedText : {QStringLiteral("12345热线统计报告"), QStringLiteral("单位：西城区生态环境局"), QStringLiteral("响应率"),
                                        QStringLiteral("66.7%"), QStringLiteral("40.0%"), QStringLiteral("广安门内街道"), QStringLiteral("牛街街道"),
                                        QStringLiteral("诉求量前十的街道"), QStringLiteral("趋势"), FigureFixture::period()})
        EXPECT_TRUE(words.contains(expectedText)) << qPrintable(expectedText) << " not in the PDF's text:\n" << qPrintable(words);
    // The table row of the unit: its name, then orders 3 and signed in time 2.
    EXPECT_TRUE(QRegularExpression(QStringLiteral("西城区生态环境局\\s+3\\s+2\\s+66\\.7%\\s+50\\.0%\\s+40\\.0%\\s+0\\s+0")).match(words).hasMatch())
        << qPrintable(words);

    // The CJK font is in the file, not left to the reader's machine.
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf}, &code);
    ASSERT_EQ(code, 0) << qPrintable(fonts);
    bool embedded = false;
    for (const QString &line : fonts.split(u'\n'))
        if (line.contains(QStringLiteral("NotoSansCJK")) && line.simplified().split(u' ').mid(1).contains(QStringLiteral("yes")))
            embedded = true;
    EXPECT_TRUE(embedded) << qPrintable(fonts);

    // The pages as pictures: the charts are there, in their colours (the response rate's blue,
    // the satisfaction rate's orange, the appeals' teal).
    const QString prefix = out.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf, prefix}, &code);
    ASSERT_EQ(code, 0);
    const QStringList pages = out.entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    ASSERT_GE(pages.size(), 2) << "tables and charts take more than a page";
    QHash<QRgb, int> colours;
    int coloured = 0;
    for (const QString &page : pages) {
        const QImage image(out.filePath(page));
        ASSERT_FALSE(image.isNull());
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.hsvSaturation() > 120 && c.value() > 80) {
                    ++coloured;
                    for (const char *chart : {"#3b7ddd", "#e8912d", "#2a9d8f"}) {
                        const QColor want(QString::fromLatin1(chart));
                        if (std::abs(c.red() - want.red()) + std::abs(c.green() - want.green()) + std::abs(c.blue() - want.blue()) < 30)
                            ++colours[want.rgb()];
                    }
                }
            }
    }
    EXPECT_GT(coloured, 2000) << "the charts' bars and lines";
    for (const char *chart : {"#3b7ddd", "#e8912d", "#2a9d8f"})
        EXPECT_GT(colours.value(QColor(QString::fromLatin1(chart)).rgb()), 50) << chart;

    // The Chinese as drawn, not only as the text layer names it: the first page at 150 dpi read
    // back by OCR (tesseract, simplified Chinese). Spaces are dropped: OCR spaces CJK freely.
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
         QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, out.filePath(QStringLiteral("sharp"))},
        &code);
    ASSERT_EQ(code, 0);
    QString seen = run(QStringLiteral("tesseract"),
                       {out.filePath(QStringLiteral("sharp.png")), QStringLiteral("-"), QStringLiteral("-l"), QStringLiteral("chi_sim")}, &code);
    ASSERT_EQ(code, 0) << "tesseract-ocr and tesseract-ocr-chi-sim (scripts/debian-packages.txt): " << qPrintable(seen);
    seen.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString &expectedText : {QStringLiteral("12345热线统计报告"), QStringLiteral("西城区生态环境局"), QStringLiteral("各单位的响应率、解决率、满意率"),
                                        QStringLiteral("广安门内街道"), QStringLiteral("牛街街道")})
        EXPECT_TRUE(seen.contains(expectedText)) << qPrintable(expectedText) << " not seen on the first page:\n" << qPrintable(seen);

    // A district's report too; a report of nothing known says so and writes nothing.
    const QString districtCsv = out.filePath(QStringLiteral("xicheng.csv"));
    run(QStringLiteral(HOTLINE_CTL_BIN),
        {QStringLiteral("report"), QStringLiteral("--central"), central->url().toString(), QStringLiteral("--period"), FigureFixture::period(),
         QStringLiteral("--district"), QStringLiteral("110102"), QStringLiteral("--csv"), districtCsv},
        &code, environment);
    ASSERT_EQ(code, 0);
    QFile district(districtCsv);
    ASSERT_TRUE(district.open(QIODevice::ReadOnly));
    const QString districtText = QString::fromUtf8(district.readAll());
    EXPECT_EQ(csvRow(districtText, QStringLiteral("total"), QStringLiteral("total")).value(2), QStringLiteral("5"));
    EXPECT_TRUE(districtText.contains(QStringLiteral("district,110102,西城区"))) << qPrintable(districtText);
    const QString refused = run(QStringLiteral(HOTLINE_CTL_BIN),
                                {QStringLiteral("report"), QStringLiteral("--central"), central->url().toString(), QStringLiteral("--period"),
                                 QStringLiteral("2026-13"), QStringLiteral("--unit"), FigureFixture::unit2(), QStringLiteral("--pdf"),
                                 out.filePath(QStringLiteral("none.pdf"))},
                                &code, environment);
    EXPECT_EQ(code, 1);
    EXPECT_TRUE(refused.contains(QStringLiteral("2026-13"))) << qPrintable(refused);
    EXPECT_FALSE(QFile::exists(out.filePath(QStringLiteral("none.pdf"))));
    // For the README (and a look): the first page and the file, left in the temporary folder.
    const QString kept = QDir::temp().filePath(QStringLiteral("hotline-report-%1").arg(QString::fromLatin1(GetParam())));
    QFile::remove(kept + QStringLiteral("-page.png"));
    QFile::remove(kept + QStringLiteral(".pdf"));
    QFile::copy(out.filePath(pages.first()), kept + QStringLiteral("-page.png"));
    QFile::copy(pdf, kept + QStringLiteral(".pdf"));
}

INSTANTIATE_TEST_SUITE_P(Central, ReportTest, ::testing::Values("sqlite", "postgresql"),
                         [](const ::testing::TestParamInfo<const char *> &info) { return std::string(info.param); });
