// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/ReviewPage.h"

#include "itemmodels/ReviewQueueModel.h"
#include "lead/ReviewPlayer.h"
#include "recordings/CentreReviewService.h"
#include "store/LocalStore.h"
#include "workorder/LifecycleCodes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hotline {

namespace {
const QDate anyDay(2000, 1, 1); // a date edit's "any": its minimum, shown as 不限

QDateEdit *dateFilter(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(anyDay);
    edit->setSpecialValueText(ReviewPage::tr("不限"));
    edit->setDate(anyDay);
    return edit;
}

QSpinBox *numberFilter(QWidget *parent, const QString &name, const QString &suffix, int maximum)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(0, maximum);
    spin->setSpecialValueText(ReviewPage::tr("不限"));
    spin->setSuffix(suffix);
    return spin;
}
} // namespace

ReviewPage::ReviewPage(ReviewService &service, PlaybackClock *clock, QWidget *parent)
    : QWidget(parent), m_service(service), m_model(new ReviewQueueModel(this)), m_operator(new QLineEdit(this)),
      m_from(dateFilter(this, QStringLiteral("filterFrom"))), m_to(dateFilter(this, QStringLiteral("filterTo"))), m_item(new QLineEdit(this)),
      m_unit(new QLineEdit(this)), m_minMinutes(numberFilter(this, QStringLiteral("filterMinMinutes"), tr(" 分钟以上"), 600)),
      m_maxMinutes(numberFilter(this, QStringLiteral("filterMaxMinutes"), tr(" 分钟以内"), 600)), m_satisfaction(new QComboBox(this)),
      m_returned(new QCheckBox(tr("退单或重办过"), this)), m_assigned(new QCheckBox(tr("只看本周抽给我的"), this)),
      m_silence(numberFilter(this, QStringLiteral("filterSilence"), tr(" 秒以上静音"), 3600)),
      m_table(new QTableView(this)), m_status(new QLabel(this)), m_stack(new QStackedWidget(this)), m_player(new ReviewPlayer(service, clock, this))
{
    m_operator->setObjectName(QStringLiteral("filterOperator"));
    m_operator->setPlaceholderText(tr("接线员工号"));
    m_item->setObjectName(QStringLiteral("filterItem"));
    m_item->setPlaceholderText(tr("一级/二级/三级事项"));
    m_unit->setObjectName(QStringLiteral("filterUnit"));
    m_unit->setPlaceholderText(tr("承办单位代码"));
    m_satisfaction->setObjectName(QStringLiteral("filterSatisfaction"));
    m_satisfaction->addItem(tr("回访结果不限"), QString());
    for (CallbackResult result : {CallbackResult::Satisfied, CallbackResult::BasicallySatisfied, CallbackResult::Dissatisfied, CallbackResult::Unreachable})
        m_satisfaction->addItem(displayName(result), toCode(result));
    m_returned->setObjectName(QStringLiteral("filterReturned"));
    m_assigned->setObjectName(QStringLiteral("filterAssigned"));
    m_status->setObjectName(QStringLiteral("queueStatus"));

    auto *filters = new QGridLayout;
    const auto add = [filters](int row, int column, const QString &label, QWidget *field) {
        filters->addWidget(new QLabel(label, field->parentWidget()), row, column * 2);
        filters->addWidget(field, row, column * 2 + 1);
    };
    add(0, 0, tr("接线员"), m_operator);
    add(0, 1, tr("从"), m_from);
    add(0, 2, tr("到"), m_to);
    add(0, 3, tr("事项"), m_item);
    add(1, 0, tr("单位"), m_unit);
    add(1, 1, tr("最短"), m_minMinutes);
    add(1, 2, tr("最长"), m_maxMinutes);
    add(1, 3, tr("回访"), m_satisfaction);
    add(2, 0, tr("静音"), m_silence);
    filters->addWidget(m_returned, 2, 2, 1, 2);
    filters->addWidget(m_assigned, 2, 4, 1, 2);
    auto *search = new QPushButton(tr("查询"), this);
    search->setObjectName(QStringLiteral("filterSearch"));
    filters->addWidget(search, 2, 7);

    m_table->setObjectName(QStringLiteral("reviewQueue"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto *queue = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->addLayout(filters);
    queueLayout->addWidget(m_table, 1);
    queueLayout->addWidget(m_status);
    queueLayout->addWidget(new QLabel(tr("回车审听所选录音；在审听页按 Esc 回到这里"), queue));
    m_stack->addWidget(queue);
    m_stack->addWidget(m_player);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(search, &QPushButton::clicked, this, &ReviewPage::refresh);
    for (QLineEdit *edit : {m_operator, m_item, m_unit})
        connect(edit, &QLineEdit::returnPressed, this, &ReviewPage::refresh);
    for (QCheckBox *box : {m_returned, m_assigned})
        connect(box, &QCheckBox::toggled, this, &ReviewPage::refresh);
    connect(m_table, &QTableView::activated, this, &ReviewPage::openCurrent);
    connect(m_player, &ReviewPlayer::closed, this, &ReviewPage::showQueue);
    setFocusProxy(m_table);
}

ReviewPage *ReviewPage::forCentre(LocalStore &store, SyncEngine &sync, QWidget *parent)
{
    const QString cache = QFileInfo(store.path()).absoluteDir().filePath(QStringLiteral("review-cache"));
    auto *service = new CentreReviewService(sync, cache);
    auto *page = new ReviewPage(*service, nullptr, parent);
    service->setParent(page);
    QMetaObject::invokeMethod(page, &ReviewPage::refresh, Qt::QueuedConnection);
    return page;
}

QUrlQuery ReviewPage::filter() const
{
    QUrlQuery query;
    const auto text = [&query](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            query.addQueryItem(QString::fromLatin1(key), value.trimmed());
    };
    text("operator", m_operator->text());
    if (m_from->date() != anyDay)
        text("from", m_from->date().toString(Qt::ISODate));
    if (m_to->date() != anyDay)
        text("to", m_to->date().toString(Qt::ISODate));
    text("item", m_item->text());
    text("unit", m_unit->text());
    if (m_minMinutes->value() > 0)
        text("minDurationMs", QString::number(qint64(m_minMinutes->value()) * 60000));
    if (m_maxMinutes->value() > 0)
        text("maxDurationMs", QString::number(qint64(m_maxMinutes->value()) * 60000));
    text("satisfaction", m_satisfaction->currentData().toString());
    if (m_returned->isChecked())
        text("returned", QStringLiteral("1"));
    if (m_assigned->isChecked())
        text("assigned", QStringLiteral("1"));
    if (m_silence->value() > 0)
        text("minSilenceMs", QString::number(qint64(m_silence->value()) * 1000));
    return query;
}

void ReviewPage::refresh()
{
    m_status->setText(tr("正在查询……"));
    QPointer<ReviewPage> self(this);
    m_service.list(filter(), [self](const QJsonArray &recordings, const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            self->m_status->setText(tr("查询失败：%1").arg(error));
            Q_EMIT self->refreshed();
            return;
        }
        const QString current = self->m_model->recordingAt(self->m_table->currentIndex().row()).value(QLatin1String("id")).toString();
        self->m_model->setRecordings(recordings);
        const int row = std::max(0, self->m_model->rowOf(current));
        if (self->m_model->rowCount() > 0)
            self->m_table->setCurrentIndex(self->m_model->index(row, 0));
        self->m_status->setText(tr("共 %1 段录音").arg(recordings.size()));
        Q_EMIT self->refreshed();
    });
}

void ReviewPage::openCurrent()
{
    const QJsonObject recording = m_model->recordingAt(m_table->currentIndex().row());
    if (recording.isEmpty())
        return;
    m_stack->setCurrentWidget(m_player);
    m_player->setFocus(Qt::OtherFocusReason);
    m_player->open(recording);
}

void ReviewPage::showQueue()
{
    m_stack->setCurrentIndex(0);
    m_table->setFocus(Qt::OtherFocusReason);
}

bool ReviewPage::isPlayerShown() const
{
    return m_stack->currentWidget() == m_player;
}

void ReviewPage::setScoringWidget(QWidget *widget)
{
    m_player->setScoringWidget(widget);
}

} // namespace hotline
