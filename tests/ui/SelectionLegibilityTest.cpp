// SPDX-License-Identifier: GPL-3.0-or-later
// The selected row of every list on the desk and in the lifecycle's lists can be read: with
// the cursor in the list, with the cursor elsewhere in the window (the form), and with another
// window active. Read from the pixels: each line of text in each cell of the row needs ink of
// 4.5:1 against the row's background (WCAG AA for text this size), rows with colours of their
// own (an overdue order's red, a knowledge snippet's grey) as much as plain ones.
#include "ComposedDesk.h"
#include "KeyboardDriver.h"
#include "QueueFixtures.h"
#include "desk/OrderActions.h"
#include "dispatch/CallbackListView.h"
#include "dispatch/DepartmentView.h"
#include "dispatch/DispatcherQueueView.h"
#include "editor/KbEditorWindow.h"
#include "itemmodels/WorkOrderListModel.h"
#include "operator/CallerHistoryPanel.h"
#include "operator/KnowledgePanel.h"
#include "operator/MapPanel.h"
#include "operator/TranscriptPanel.h"
#include "operator/TransferPicker.h"
#include "telephony/TranscriptSource.h"

#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QTableView>

#include <gtest/gtest.h>

#include <cmath>

using namespace hotline;
using namespace hotline::test;

namespace {

double luminance(QRgb colour)
{
    const auto linear = [](int channel) {
        const double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(qRed(colour)) + 0.7152 * linear(qGreen(colour)) + 0.0722 * linear(qBlue(colour));
}

// Another colour, not a shade the style blends into the fill (Fusion's focused cell is one or
// two steps off the selection's blue).
bool differs(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))}) > 8;
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Why the text in `cell` of `image` is hard to read, or nothing. The background is the cell's
// commonest colour (a selection or a row is filled flat); a line of text is a run of pixel rows
// holding any other colour, however faint, and its strongest ink must reach 4.5:1 (anti-aliased
// edges are paler, the strokes themselves are not). Grey text on a dark blue is a line that
// reaches 1.2:1.
QString illegibility(const QImage &image, QRect cell)
{
    cell = cell.adjusted(2, 2, -2, -2) & image.rect(); // not the grid line or the focus frame
    QHash<QRgb, int> counts;
    for (int y = cell.top(); y <= cell.bottom(); ++y)
        for (int x = cell.left(); x <= cell.right(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    QStringList faint;
    int lines = 0;
    double best = 0;
    int top = -1;
    for (int y = cell.top(); y <= cell.bottom() + 1; ++y) {
        double row = 0;
        bool ink = false;
        if (y <= cell.bottom())
            for (int x = cell.left(); x <= cell.right(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                ink = ink || differs(pixel, background);
                row = std::max(row, contrast(pixel, background));
            }
        if (ink) {
            if (top < 0)
                top = y;
            best = std::max(best, row);
        } else if (top >= 0) {
            ++lines;
            if (best < 4.5)
                faint << QStringLiteral("the line at y %1–%2 reaches %3:1 at best").arg(top).arg(y - 1).arg(best, 0, 'f', 1);
            top = -1;
            best = 0;
        }
    }
    if (lines == 0)
        return QStringLiteral("no text to be seen on %1").arg(QColor(background).name());
    return faint.isEmpty() ? QString() : QColor(background).name() + QStringLiteral(" background: ") + faint.join(QStringLiteral("; "));
}

// Each cell of `row` with text in it is legible as `view` is painted now.
void expectLegible(QAbstractItemView *view, int row, const QString &what)
{
    ASSERT_NE(view, nullptr) << qPrintable(what);
    ASSERT_TRUE(view->isVisible()) << qPrintable(what);
    QApplication::processEvents();
    const QImage image = view->viewport()->grab().toImage();
    const QAbstractItemModel *model = view->model();
    ASSERT_LT(row, model->rowCount()) << qPrintable(what);
    int cells = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QModelIndex index = model->index(row, column);
        const QRect rect = view->visualRect(index) & view->viewport()->rect();
        if (rect.width() < 8 || index.data().toString().trimmed().isEmpty())
            continue;
        ++cells;
        const QString why = illegibility(image, rect);
        EXPECT_TRUE(why.isEmpty()) << qPrintable(what) << ", column " << column << " \"" << qPrintable(index.data().toString()) << "\": " << qPrintable(why);
    }
    EXPECT_GT(cells, 0) << qPrintable(what) << ": nothing to read in the row";
    if (::testing::Test::HasFailure()) {
        const QString artefacts = QStringLiteral(HOTLINE_ARTIFACT_DIR);
        QDir().mkpath(artefacts);
        QString file = what;
        file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        image.save(artefacts + QStringLiteral("/selection-") + file + QStringLiteral(".png"));
    }
}

// The selected row with the cursor in the list, then elsewhere in its window, then with
// another window active (the list is drawn in its inactive colours).
void expectSelectedRowLegible(QAbstractItemView *view, int row, QWidget *elsewhereInWindow, const QString &what)
{
    ASSERT_NE(view, nullptr) << qPrintable(what);
    QApplication::setActiveWindow(view->window());
    ASSERT_TRUE(QTest::qWaitForWindowActive(view->window()));
    if (view->focusPolicy() != Qt::NoFocus) {
        view->setFocus(Qt::OtherFocusReason);
        ASSERT_TRUE(view->hasFocus()) << qPrintable(what);
    }
    ASSERT_TRUE(view->selectionModel()->isSelected(view->model()->index(row, 0))) << qPrintable(what) << ": row " << row << " is not selected";
    expectLegible(view, row, what + QStringLiteral(" (cursor in the list)"));
    if (elsewhereInWindow) {
        elsewhereInWindow->setFocus(Qt::OtherFocusReason);
        ASSERT_TRUE(elsewhereInWindow->hasFocus()) << qPrintable(what);
        expectLegible(view, row, what + QStringLiteral(" (cursor elsewhere in the window)"));
    }
    QLineEdit another;
    another.setWindowTitle(QStringLiteral("another window"));
    another.show();
    QApplication::setActiveWindow(&another);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&another));
    ASSERT_TRUE(view->isVisible()) << qPrintable(what);
    expectLegible(view, row, what + QStringLiteral(" (another window active)"));
    another.hide();
    QApplication::setActiveWindow(view->window());
    ASSERT_TRUE(QTest::qWaitForWindowActive(view->window()));
}

class SelectionLegibilityTest : public ::testing::Test, protected KeyboardDriver {
protected:
    void SetUp() override
    {
        WorkOrderDraft earlier;
        earlier.phone = QStringLiteral("13901012345");
        earlier.callerName = QStringLiteral("赵先生");
        earlier.appealType = AppealType::Complaint;
        earlier.classification = *d.indexes.catalog().leaf(d.indexes.catalog().suggest(QStringLiteral("小区管理"), 1).first().key);
        earlier.address = *d.indexes.divisions().addressFor(QStringLiteral("110102018010"));
        earlier.title = QStringLiteral("自来水发黄");
        earlier.description = QStringLiteral("家里自来水发黄两天");
        ASSERT_TRUE(d.orders.create(earlier, QStringLiteral("op1")).ok());
        KbDraft passport;
        passport.title = QStringLiteral("补办普通护照");
        passport.questions = {QStringLiteral("护照丢了怎么办")};
        passport.answer = QStringLiteral("护照遗失后，先到公安机关出入境管理部门挂失，再携带身份证和照片申请补发，10个工作日办结。");
        const auto id = d.kb.articles().create(passport, QStringLiteral("editor"));
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(d.kb.articles().publish(id.value(), QStringLiteral("editor")).ok());
        ASSERT_TRUE(d.show());
    }
    QWidget *phoneField() const { return d.window.findChild<QWidget *>(QStringLiteral("phone")); }

    ComposedDesk d;
};

} // namespace

TEST_F(SelectionLegibilityTest, TheDesksListsKnowledgeHistoryMapAndTranscript)
{
    // Knowledge: rich text with a grey snippet and bold matches.
    key(Qt::Key_K, Qt::ControlModifier);
    commit(QStringLiteral("护照"));
    auto *kb = d.window.findChild<QListView *>(QStringLiteral("kbResults"));
    ASSERT_GT(kb->model()->rowCount(), 0);
    expectSelectedRowLegible(kb, 0, phoneField(), QStringLiteral("knowledge results"));

    // The caller's history, once the number is typed.
    phoneField()->setFocus();
    type(QStringLiteral("13901012345"));
    key(Qt::Key_2, Qt::ControlModifier);
    settle();
    QTableView *history = d.window.historyPanel()->table();
    ASSERT_TRUE(QTest::qWaitFor([&] { return history->model()->rowCount() > 0; }, 3000));
    history->selectRow(0);
    expectSelectedRowLegible(history, 0, phoneField(), QStringLiteral("caller history"));

    // Open orders near the place being reported.
    key(Qt::Key_3, Qt::ControlModifier);
    settle();
    QTableView *nearby = d.window.mapPanel()->nearbyTable();
    auto *nearbyModel = qobject_cast<WorkOrderListModel *>(nearby->model());
    ASSERT_NE(nearbyModel, nullptr);
    nearbyModel->setOrders(d.orders.recent(), {85.0});
    nearby->selectRow(0);
    expectSelectedRowLegible(nearby, 0, phoneField(), QStringLiteral("nearby orders"));

    // The live transcript, its newest sentence chosen.
    TranscriptSource source;
    d.window.setTranscriptSource(&source);
    key(Qt::Key_4, Qt::ControlModifier);
    settle();
    Q_EMIT source.started(QStringLiteral("call-1"));
    Q_EMIT source.sentence({QStringLiteral("我家楼下的路灯坏了。"), 1200, 2100, true});
    Q_EMIT source.sentence({QStringLiteral("在广安门内大街。"), 4000, 4900, true});
    QListView *transcript = d.window.transcriptPanel()->list();
    expectSelectedRowLegible(transcript, 1, phoneField(), QStringLiteral("transcript"));
}

TEST_F(SelectionLegibilityTest, ThePickersUnderTheFields)
{
    // The pickers never take the cursor: it stays in their field while they are open.
    const std::pair<Qt::Key, const char *> fields[] = {{Qt::Key_C, "classification"}, {Qt::Key_A, "address"}};
    const QString typed[] = {QStringLiteral("gs"), QStringLiteral("njxl")};
    for (int i = 0; i < 2; ++i) {
        key(fields[i].first, Qt::AltModifier);
        type(typed[i]);
        auto *list = d.window.findChild<QListView *>(QString::fromLatin1(fields[i].second) + QStringLiteral("-suggestions"));
        ASSERT_NE(list, nullptr) << fields[i].second;
        ASSERT_TRUE(list->isVisible()) << fields[i].second;
        key(Qt::Key_Down);
        ASSERT_EQ(list->currentIndex().row(), 1);
        ASSERT_TRUE(list->selectionModel()->isSelected(list->currentIndex()));
        expectLegible(list, 1, QString::fromLatin1(fields[i].second) + QStringLiteral(" picker"));
        key(Qt::Key_Escape);
    }
}

TEST_F(SelectionLegibilityTest, TheTransferPickerAndTheKnowledgeEditor)
{
    TransferPicker picker({{QStringLiteral("西城区城市管理委员会"), QStringLiteral("010-66012345")}, {QStringLiteral("班长"), QStringLiteral("8001")}},
                          TransferPicker::Kind::Blind, &d.window);
    picker.show();
    auto *transfers = picker.findChild<QListView *>(QStringLiteral("transferList"));
    ASSERT_NE(transfers, nullptr);
    transfers->setCurrentIndex(transfers->model()->index(1, 0));
    expectSelectedRowLegible(transfers, 1, picker.findChild<QWidget *>(QStringLiteral("transferFilter")), QStringLiteral("transfer picker"));
    picker.hide();

    KbEditorWindow editor(d.kb, QStringLiteral("editor"));
    editor.resize(1000, 600);
    editor.show();
    auto *articles = editor.findChild<QListView *>(QStringLiteral("kbArticleList"));
    ASSERT_NE(articles, nullptr);
    ASSERT_GT(articles->model()->rowCount(), 0);
    articles->setCurrentIndex(articles->model()->index(0, 0));
    expectSelectedRowLegible(articles, 0, editor.findChild<QWidget *>(QStringLiteral("kbTitle")), QStringLiteral("knowledge editor's articles"));
}

namespace {

class QueueLegibilityTest : public ::testing::Test {
protected:
    TimeLimits limits = shortLimits();
    Deadlines deadlines{limits};
    FixedQueue source;
    OrderActions::Sink sink = [](const WorkOrderEvent &) { return Status::success(); };

    // Each row, selected in turn: the overdue ones (red) and the others; and an overdue row
    // left unselected reads as well on the list's own background.
    void expectEveryRowLegible(OrderQueueView &view, const QString &what)
    {
        view.resize(1000, 600);
        view.show();
        view.refresh();
        ASSERT_GE(view.model().rowCount(), 2) << qPrintable(what);
        int overdue = 0;
        for (int row = 0; row < view.model().rowCount(); ++row)
            overdue += view.table()->model()->index(row, 0).data(QueueListModel::OverdueRole).toBool() ? 1 : 0;
        ASSERT_GT(overdue, 0) << qPrintable(what) << ": the list has an overdue row to check";
        ASSERT_LT(overdue, view.model().rowCount()) << qPrintable(what);
        QLineEdit *prompt = view.findChild<QLineEdit *>();
        for (int row = 0; row < view.model().rowCount(); ++row) {
            const bool late = view.table()->model()->index(row, 0).data(QueueListModel::OverdueRole).toBool();
            view.table()->selectRow(row);
            expectSelectedRowLegible(view.table(), row, prompt && prompt->isVisible() ? prompt : nullptr,
                                     QStringLiteral("%1, %2 row %3").arg(what, late ? QStringLiteral("overdue") : QStringLiteral("on-time")).arg(row));
            const int other = row == 0 ? 1 : 0;
            expectLegible(view.table(), other, QStringLiteral("%1, unselected row %2").arg(what).arg(other));
        }
    }
};

const QJsonObject toUnit1{{QStringLiteral("unit"), QStringLiteral("UNIT-1")}};

} // namespace

TEST_F(QueueLegibilityTest, TheDispatcherQueue)
{
    const QJsonObject proposal{{QStringLiteral("unit"), QStringLiteral("UNIT-1")}, {QStringLiteral("review"), true}};
    source.orders = {queuedOrder(QStringLiteral("A-1"), 1, {{EventType::Dispatched, proposal}}),
                     queuedOrder(QStringLiteral("U-1"), 24 * 10, {{EventType::Dispatched, toUnit1}})};
    OrderActions actions(Role::Dispatcher, {}, QStringLiteral("disp1"), sink);
    DispatcherQueueView view(source, actions, deadlines);
    expectEveryRowLegible(view, QStringLiteral("dispatcher queue"));
}

TEST_F(QueueLegibilityTest, TheDepartmentsOrders)
{
    source.orders = {queuedOrder(QStringLiteral("B-1"), 1, {{EventType::Dispatched, toUnit1}}),
                     queuedOrder(QStringLiteral("B-2"), 24 * 10, {{EventType::Dispatched, toUnit1}})};
    OrderActions actions(Role::Department, QStringLiteral("UNIT-1"), QStringLiteral("dept1"), sink);
    DepartmentView view(source, actions, deadlines);
    view.model().setUnitNames({{QStringLiteral("UNIT-1"), QStringLiteral("西城区城市管理委员会")}});
    expectEveryRowLegible(view, QStringLiteral("department orders"));
}

TEST_F(QueueLegibilityTest, TheCallbackList)
{
    const std::pair<EventType, QJsonObject> replied{EventType::Replied, {{QStringLiteral("text"), QStringLiteral("已修复")}}};
    source.orders = {queuedOrder(QStringLiteral("C-1"), 2, {{EventType::Dispatched, toUnit1}, {EventType::Signed, {}}, replied}),
                     queuedOrder(QStringLiteral("C-2"), 24 * 20, {{EventType::Dispatched, toUnit1}, {EventType::Signed, {}}, replied})};
    OrderActions actions(Role::Operator, {}, QStringLiteral("op1"), sink);
    CallbackListView view(source, actions, deadlines);
    expectEveryRowLegible(view, QStringLiteral("callback list"));
}
