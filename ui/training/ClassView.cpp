// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ClassView.h"

#include "common/ListNavigation.h"
#include "training/ProgressDetailView.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hotline {

namespace {

// Below every figure in a sort: "—" (no figure yet) never looks like the best or the worst.
constexpr double noFigure = 1e12;

QStandardItem *item(const QString &text, const QVariant &sortValue, bool number)
{
    auto *cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setData(sortValue, ClassView::SortRole);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

QString dash() { return QStringLiteral("—"); }

} // namespace

ClassView::ClassView(QWidget *parent)
    : QWidget(parent), m_course(new QComboBox(this)), m_filter(new QLineEdit(this)), m_message(new QLabel(this)),
      m_table(new QTableView(this)), m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_detail(new ProgressDetailView(this))
{
    m_course->setObjectName(QStringLiteral("coursePicker"));
    m_filter->setObjectName(QStringLiteral("traineeFilter"));
    m_filter->setPlaceholderText(tr("按姓名或账号筛选（Ctrl+F）"));
    m_filter->setClearButtonEnabled(true);
    m_message->setObjectName(QStringLiteral("classMessage"));
    m_table->setObjectName(QStringLiteral("classTable"));
    m_detail->setObjectName(QStringLiteral("traineeProgress"));

    m_model->setHorizontalHeaderLabels({tr("学员"), tr("账号"), tr("进度"), tr("平均分"), tr("考试"), tr("字/分"),
                                        tr("提交秒数"), tr("按键"), tr("静默秒数"), tr("最弱事项"), tr("最弱区")});
    // A first click on any header sorts ascending: names from A, and figures from the lowest.
    for (int column = 0; column < ColumnCount; ++column)
        m_model->horizontalHeaderItem(column)->setData(int(Qt::AscendingOrder), Qt::InitialSortOrderRole);
    m_model->horizontalHeaderItem(AverageColumn)->setToolTip(tr("各情景最好成绩的平均（未练的算 0）"));
    m_model->horizontalHeaderItem(SubmitColumn)->setToolTip(tr("挂机到提交工单的平均秒数"));
    m_model->horizontalHeaderItem(SilenceColumn)->setToolTip(tr("来电人等待的平均秒数：保持加上说完后超过 5 秒的沉默"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(FilterRole);
    m_proxy->setFilterKeyColumn(NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    m_filter->installEventFilter(this);

    auto *courseLabel = new QLabel(tr("课程(&K)："), this);
    courseLabel->setBuddy(m_course);
    m_course->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(courseLabel);
    top->addWidget(m_course);
    top->addSpacing(12);
    top->addWidget(m_filter, 1);
    top->addWidget(m_message, 2);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setFocusProxy(m_table);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &ClassView::focusFilter);
    addAction(find);
    auto *refresh = new QAction(this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &ClassView::refreshRequested);
    addAction(refresh);

    connect(m_course, &QComboBox::currentIndexChanged, this, [this] {
        rebuild();
        Q_EMIT courseChanged(courseId());
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        showCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ClassView::showCurrent);
    connect(m_table, &QTableView::activated, this, &ClassView::openCurrent);
    connect(m_detail, &ProgressDetailView::leaveRequested, this, [this] { m_table->setFocus(Qt::OtherFocusReason); });
    showMessage(tr("还没有培训数据（F5 向中心读取）"));
}

void ClassView::setClass(const QList<Course> &courses, const QList<TrainingAttempt> &attempts,
                         const QHash<QString, QString> &names, const QHash<QString, QString> &scenarioTitles)
{
    const QString chosen = courseId();
    m_courses = courses;
    m_attempts = attempts;
    m_names = names;
    m_titles = scenarioTitles;
    {
        // Refilling the picker is not the lead choosing a course.
        const QSignalBlocker quiet(m_course);
        m_course->clear();
        for (const Course &course : courses)
            m_course->addItem(course.exam ? tr("%1（考试）").arg(course.title) : course.title, course.id);
        const int keep = m_course->findData(chosen);
        m_course->setCurrentIndex(keep >= 0 ? keep : (courses.isEmpty() ? -1 : 0));
    }
    m_message->clear();
    rebuild();
}

bool ClassView::setCourse(const QString &id)
{
    const int index = m_course->findData(id);
    if (index < 0)
        return false;
    m_course->setCurrentIndex(index);
    return true;
}

QString ClassView::courseId() const { return m_course->currentData().toString(); }

void ClassView::showMessage(const QString &message) { m_message->setText(message); }

QString ClassView::currentTrainee() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(NameColumn).data(LoginRole).toString() : QString();
}

bool ClassView::selectTrainee(const QString &login)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, NameColumn);
        if (index.data(LoginRole).toString() == login) {
            m_table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void ClassView::rebuild()
{
    const QString keep = currentTrainee();
    const auto found = std::find_if(m_courses.cbegin(), m_courses.cend(), [&](const Course &c) { return c.id == courseId(); });
    m_summary = found == m_courses.cend() ? ClassSummary{} : ClassSummary::build(*found, m_attempts, m_names);
    // Only an exam course has an exam result to show.
    m_table->setColumnHidden(ExamColumn, found == m_courses.cend() || !found->exam);
    m_model->setRowCount(0);
    m_model->setRowCount(int(m_summary.rows.size()));
    for (int row = 0; row < m_summary.rows.size(); ++row)
        fillRow(row, m_summary.rows.at(row));
    for (int column : {NameColumn, LoginColumn, WeakItemColumn, WeakDistrictColumn})
        rankTexts(column);
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(), m_table->horizontalHeader()->sortIndicatorOrder());
    if (!selectTrainee(keep) && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    showCurrent();
}

void ClassView::fillRow(int row, const TraineeProgress &progress)
{
    const TrainingFigures &figures = progress.figures;
    const bool played = figures.attempts > 0;
    const QString name = m_summary.nameOf(progress.trainee);
    QStandardItem *nameCell = item(name, {}, false);
    nameCell->setData(progress.trainee, LoginRole);
    nameCell->setData(QString(name + u' ' + progress.trainee), FilterRole);
    m_model->setItem(row, NameColumn, nameCell);
    m_model->setItem(row, LoginColumn, item(progress.trainee, {}, false));
    // Progress sorts by the share done, so 3/10 and 3/12 are told apart.
    m_model->setItem(row, ProgressColumn,
                     item(progress.doneText(), progress.total > 0 ? double(progress.done) / progress.total : 0.0, true));
    m_model->setItem(row, AverageColumn, item(ProgressDetailView::scoreText(progress.averageBest), progress.averageBest, true));
    const ExamResult &exam = progress.exam;
    QString examText = dash();
    double examSort = -2;
    if (exam.applies && exam.complete) {
        examText = (exam.passed ? tr("通过 %1") : tr("未通过 %1")).arg(ProgressDetailView::scoreText(exam.average));
        examSort = exam.average;
    } else if (exam.applies) {
        examText = tr("差 %n 个", nullptr, int(exam.missing.size()));
        examSort = -1;
    }
    QStandardItem *examCell = item(examText, examSort, false);
    examCell->setToolTip(exam.summary());
    m_model->setItem(row, ExamColumn, examCell);
    m_model->setItem(row, SpeedColumn,
                     item(played ? QString::number(qRound(figures.charsPerMinute)) : dash(), played ? figures.charsPerMinute : -1.0, true));
    const bool filed = figures.secondsToSubmit >= 0;
    m_model->setItem(row, SubmitColumn, item(filed ? ProgressDetailView::scoreText(figures.secondsToSubmit) : dash(),
                                             filed ? figures.secondsToSubmit : noFigure, true));
    m_model->setItem(row, KeystrokesColumn,
                     item(played ? QString::number(qRound(figures.keystrokes)) : dash(), played ? figures.keystrokes : noFigure, true));
    m_model->setItem(row, SilenceColumn, item(played ? ProgressDetailView::scoreText(figures.silenceSeconds) : dash(),
                                              played ? figures.silenceSeconds : noFigure, true));
    const auto weakCell = [](const QList<WeakSpot> &spots) {
        QStandardItem *cell = item(spots.isEmpty() ? dash() : spots.first().name, {}, false);
        if (!spots.isEmpty())
            cell->setToolTip(ProgressDetailView::weakText(spots));
        return cell;
    };
    m_model->setItem(row, WeakItemColumn, weakCell(progress.weakestItems));
    m_model->setItem(row, WeakDistrictColumn, weakCell(progress.weakestDistricts));
}

// A text column sorts by each text's place in Chinese order (pinyin, as the zh_CN collation
// has it): the proxy then compares numbers, and no collator runs per comparison. "—" goes last.
void ClassView::rankTexts(int column)
{
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        texts.append(m_model->item(row, column)->text());
    QCollator chinese(QLocale(QLocale::Chinese, QLocale::China));
    chinese.setNumericMode(true);
    const auto before = [&](const QString &a, const QString &b) {
        if ((a == dash()) != (b == dash()))
            return b == dash();
        return chinese.compare(a, b) < 0;
    };
    QStringList ordered = texts;
    std::sort(ordered.begin(), ordered.end(), before);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto place = std::lower_bound(ordered.cbegin(), ordered.cend(), texts.at(row), before);
        m_model->item(row, column)->setData(int(place - ordered.cbegin()), SortRole);
    }
}

void ClassView::showCurrent()
{
    const QString login = currentTrainee();
    const TraineeProgress *progress = login.isEmpty() ? nullptr : m_summary.row(login);
    if (!progress) {
        m_detail->clear(m_summary.rows.isEmpty() ? tr("这门课程还没有学员") : tr("没有选中学员"));
        return;
    }
    m_detail->setProgress(*progress, QStringLiteral("%1（%2）").arg(m_summary.nameOf(login), login), m_titles);
}

void ClassView::openCurrent()
{
    const QString login = currentTrainee();
    if (login.isEmpty())
        return;
    showCurrent();
    m_detail->scenarioTable()->setFocus(Qt::OtherFocusReason);
    Q_EMIT traineeOpened(login);
}

void ClassView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool ClassView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            moveCurrentRow(m_table, key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        case Qt::Key_Escape:
            m_filter->clear();
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        default:
            break;
        }
    } else if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        // Handled here rather than through activated(), which a style may tie to a double click.
        openCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hotline
