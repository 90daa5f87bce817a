// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead writes a scenario from the keyboard: title and caller typed, lines added with
// Ctrl+Shift+N and typed in the table, moved with Alt+Up, deleted with Del; overlapping times
// are refused on Ctrl+S with the validator's message and nothing is written; once right,
// Ctrl+S writes the JSON expected, re-timing follows the speaking rate, Ctrl+G takes the times
// of the audio maker, and publishing hands the checked scenario on.
#include "KeyboardDriver.h"
#include "training/SentenceCutter.h"
#include "training/ScenarioEditor.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hotline;
using namespace hotline::test;

namespace {

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    KeyboardDriver::key(k, modifiers);
}

// Types into the current cell of the transcript: F2 opens its editor, Enter closes it.
void typeCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    key(Qt::Key_F2);
    QTest::keyClick(KeyboardDriver::focused(), Qt::Key_A, Qt::ControlModifier);
    if (text.front().unicode() < 0x80)
        KeyboardDriver::type(text);
    else
        KeyboardDriver::commit(text);
    key(Qt::Key_Return);
    KeyboardDriver::settle(); // the table takes the cell's text on the next event loop turn
}

QString cell(QTableWidget *table, int row, int column)
{
    return table->item(row, column) ? table->item(row, column)->text() : QString();
}

} // namespace

TEST(ScenarioEditorTest, KeysEditRefuseOverlapsAndSaveTheJsonExpected)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("streetlight.json"));
    ScenarioEditor editor;
    editor.setFilePath(path);
    editor.resize(1000, 800);
    editor.show();
    QApplication::setActiveWindow(&editor);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));

    editor.titleEdit()->setFocus();
    KeyboardDriver::commit(QStringLiteral("路灯坏了"));
    editor.callerNumberEdit()->setFocus();
    KeyboardDriver::type(QStringLiteral("13800138000"));
    editor.appealTypeBox()->setCurrentIndex(int(allAppealTypes().indexOf(AppealType::Help)));
    editor.keyFactsEdit()->setFocus();
    KeyboardDriver::commit(QStringLiteral("幸福小区\n3个月"));

    QTableWidget *lines = editor.lines();
    key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(lines->rowCount(), 1);
    EXPECT_EQ(cell(lines, 0, 0), QStringLiteral("0"));
    EXPECT_EQ(cell(lines, 0, 1), QStringLiteral("1000"));
    typeCell(lines, 0, 2, QStringLiteral("路灯坏了3个月了。"));
    key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(lines->rowCount(), 2);
    EXPECT_EQ(cell(lines, 1, 0), QStringLiteral("1400"));
    typeCell(lines, 1, 2, QStringLiteral("我住在幸福小区。"));
    // Alt+Up moves the words up; the times stay with the rows.
    lines->setFocus();
    lines->setCurrentCell(1, 2);
    key(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(cell(lines, 0, 2), QStringLiteral("我住在幸福小区。"));
    EXPECT_EQ(cell(lines, 1, 2), QStringLiteral("路灯坏了3个月了。"));
    EXPECT_EQ(lines->currentRow(), 0);
    // A third line, then Del takes it away again.
    lines->setCurrentCell(1, 2);
    key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(lines->rowCount(), 3);
    lines->setFocus();
    key(Qt::Key_Delete);
    ASSERT_EQ(lines->rowCount(), 2);

    // The second line made to start before the first ends: refused, nothing written.
    typeCell(lines, 1, 0, QStringLiteral("500"));
    QSignalSpy saved(&editor, &ScenarioEditor::saved);
    key(Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(saved.count(), 0);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(editor.message().contains(QStringLiteral("重叠"))) << qPrintable(editor.message());
    EXPECT_TRUE(editor.message().contains(QStringLiteral("第 2 句"))) << qPrintable(editor.message());
    // A time that is not a number is refused too.
    typeCell(lines, 1, 0, QStringLiteral("soon"));
    key(Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(editor.message().contains(QStringLiteral("不是毫秒数"))) << qPrintable(editor.message());

    // Ctrl+S while the cell is still being typed in saves what is typed.
    lines->setFocus();
    lines->setCurrentCell(1, 0);
    key(Qt::Key_F2);
    QTest::keyClick(KeyboardDriver::focused(), Qt::Key_A, Qt::ControlModifier);
    KeyboardDriver::type(QStringLiteral("1400"));
    key(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(saved.count(), 1) << qPrintable(editor.message());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Scenario expected;
    expected.id = QStringLiteral("new-scenario");
    expected.source = QStringLiteral("written");
    expected.title = QStringLiteral("路灯坏了");
    expected.callerNumber = QStringLiteral("13800138000");
    expected.transcript = {TranscriptSentence{QStringLiteral("我住在幸福小区。"), 0, 1000, true},
                           TranscriptSentence{QStringLiteral("路灯坏了3个月了。"), 1400, 2400, true}};
    expected.expected.appealType = AppealType::Help;
    expected.expected.keyFacts = {QStringLiteral("幸福小区"), QStringLiteral("3个月")};
    EXPECT_EQ(json, expected.toJson());
    ASSERT_TRUE(Scenario::fromJson(json).ok());
    EXPECT_EQ(Scenario::fromJson(json).value(), expected);

    // Ctrl+R: times from the speaking rate (7 characters: 1556 ms; the next 400 ms later).
    key(Qt::Key_R, Qt::ControlModifier);
    EXPECT_EQ(cell(lines, 0, 1), QString::number(SentenceCutter::spokenMs(QStringLiteral("我住在幸福小区。"))));
    EXPECT_EQ(cell(lines, 1, 0), QString::number(SentenceCutter::spokenMs(QStringLiteral("我住在幸福小区。")) + 400));

    // Ctrl+G: the audio maker's times and file; a failing maker leaves the lines alone.
    QStringList given;
    editor.setAudioMaker([&given](const QStringList &sentences, const QString &wav) -> Result<QList<TranscriptSentence>> {
        given = sentences;
        if (!wav.endsWith(QStringLiteral("new-scenario.wav")))
            return Error{QStringLiteral("wrong file")};
        return QList<TranscriptSentence>{{sentences.at(0), 0, 1800, true}, {sentences.at(1), 2200, 4100, true}};
    });
    key(Qt::Key_G, Qt::ControlModifier);
    EXPECT_EQ(given, (QStringList{QStringLiteral("我住在幸福小区。"), QStringLiteral("路灯坏了3个月了。")}));
    EXPECT_EQ(cell(lines, 1, 1), QStringLiteral("4100")) << qPrintable(editor.message());
    editor.setAudioMaker([](const QStringList &, const QString &) -> Result<QList<TranscriptSentence>> { return Error{QStringLiteral("找不到语音合成程序")}; });
    key(Qt::Key_G, Qt::ControlModifier);
    EXPECT_EQ(cell(lines, 1, 1), QStringLiteral("4100"));
    EXPECT_TRUE(editor.message().contains(QStringLiteral("找不到语音合成程序")));

    QSignalSpy published(&editor, &ScenarioEditor::publishRequested);
    ASSERT_TRUE(editor.publish());
    ASSERT_EQ(published.count(), 1);
    const Scenario sent = published.at(0).at(0).value<Scenario>();
    EXPECT_EQ(sent.audio, QStringLiteral("new-scenario.wav"));
    EXPECT_EQ(sent.transcript.at(1).endMs, 4100);
}
