// SPDX-License-Identifier: GPL-3.0-or-later
#include "lead/TrainingFeed.h"

#include "store/LocalStore.h"
#include "training/ClassView.h"
#include "training/ScenarioEditor.h"
#include "training/SpeechSynthesis.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QShortcut>
#include <QUuid>

namespace hotline {

TrainingFeed::TrainingFeed(ClassView &view, LocalStore &store, SyncEngine &sync)
    : QObject(&view), m_view(view), m_store(store), m_centre(sync), m_voice(std::make_unique<SpeechSynthesis>())
{
    connect(&view, &ClassView::refreshRequested, this, &TrainingFeed::refresh);
    connect(&view, &ClassView::courseChanged, this, [this](const QString &courseId) {
        if (!m_feeding)
            readClass(courseId);
    });
    auto *edit = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &view);
    edit->setContext(Qt::WidgetWithChildrenShortcut);
    connect(edit, &QShortcut::activated, this, &TrainingFeed::chooseScenarioToEdit);
}

TrainingFeed::~TrainingFeed() = default;

void TrainingFeed::refresh()
{
    m_view.showMessage(tr("正在从中心读取课程和学员成绩…"));
    QPointer<TrainingFeed> self(this);
    m_centre.fetchCourses(0, [self](Result<CentreTrainingService::CourseChanges> courses) {
        if (!self)
            return;
        if (!courses) {
            self->m_view.showMessage(courses.error());
            Q_EMIT self->refreshed();
            return;
        }
        self->m_courses.clear();
        for (const CentreTrainingService::CourseUpdate &update : courses.value().courses)
            if (!update.withdrawn && update.course)
                self->m_courses.append(*update.course);
        self->m_centre.fetchScenarios(0, [self](Result<CentreTrainingService::ScenarioChanges> scenarios) {
            if (!self)
                return;
            if (scenarios) {
                self->m_scenarios.clear();
                self->m_titles.clear();
                for (const CentreTrainingService::ScenarioUpdate &update : scenarios.value().scenarios)
                    if (!update.withdrawn && update.scenario) {
                        self->m_scenarios.insert(update.id, *update.scenario);
                        self->m_titles.insert(update.id, update.scenario->title);
                    }
            }
            if (self->m_courses.isEmpty()) {
                self->m_feeding = true;
                self->m_view.setClass({}, {}, {}, self->m_titles);
                self->m_feeding = false;
                self->m_view.showMessage(tr("中心还没有发布培训课程（Ctrl+Shift+E 编辑情景）"));
                Q_EMIT self->refreshed();
                return;
            }
            const QString current = self->m_view.courseId();
            const bool known = std::any_of(self->m_courses.cbegin(), self->m_courses.cend(),
                                           [&current](const Course &course) { return course.id == current; });
            self->readClass(known ? current : self->m_courses.first().id);
        });
    });
}

void TrainingFeed::readClass(const QString &courseId)
{
    if (courseId.isEmpty())
        return;
    m_view.showMessage(tr("正在读取课程 %1 的学员成绩…").arg(courseId));
    QPointer<TrainingFeed> self(this);
    m_centre.fetchClass(courseId, [self, courseId](Result<CentreTrainingService::ClassView> answer) {
        if (!self)
            return;
        if (!answer) {
            self->m_view.showMessage(answer.error());
            Q_EMIT self->refreshed();
            return;
        }
        QList<TrainingAttempt> attempts;
        QHash<QString, QString> names;
        for (const CentreTrainingService::TraineeAttempts &trainee : answer.value().trainees) {
            names.insert(trainee.login, trainee.name.isEmpty() ? trainee.login : trainee.name);
            attempts.append(trainee.attempts);
        }
        self->m_feeding = true;
        self->m_view.setClass(self->m_courses, attempts, names, self->m_titles);
        self->m_view.setCourse(courseId);
        self->m_feeding = false;
        self->m_view.showMessage(QString());
        Q_EMIT self->refreshed();
    });
}

void TrainingFeed::chooseScenarioToEdit()
{
    QStringList choices{tr("（新情景）")};
    QStringList ids{QString()};
    for (auto it = m_scenarios.cbegin(); it != m_scenarios.cend(); ++it) {
        choices.append(QStringLiteral("%1 — %2").arg(it.key(), it.value().title));
        ids.append(it.key());
    }
    bool chosen = false;
    const QString picked = QInputDialog::getItem(&m_view, tr("编辑情景"), tr("情景："), choices, 0, false, &chosen);
    if (chosen)
        openEditor(ids.value(choices.indexOf(picked)));
}

ScenarioEditor *TrainingFeed::openEditor(const QString &scenarioId)
{
    if (!m_editor) {
        m_editor = new ScenarioEditor(&m_view);
        m_editor->setWindowFlag(Qt::Window);
        m_editor->setWindowTitle(tr("情景编辑"));
        m_editor->resize(1100, 760);
        // The voice is models' SpeechSynthesis (espeak-ng); the editor runs no program itself.
        SpeechSynthesis *voice = m_voice.get();
        m_editor->setAudioMaker([voice](const QStringList &sentences, const QString &wavPath) {
            return voice->synthesize(sentences, wavPath);
        });
        connect(m_editor, &ScenarioEditor::publishRequested, this, &TrainingFeed::publish);
    }
    Scenario scenario;
    if (const auto known = m_scenarios.constFind(scenarioId); known != m_scenarios.cend()) {
        scenario = known.value();
    } else {
        scenario.id = QStringLiteral("written-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        scenario.source = QStringLiteral("written");
    }
    // The lead's working copy (JSON and audio) lives beside the desk's store until published.
    m_editor->setFilePath(QDir(draftsFolder()).filePath(scenario.id + QStringLiteral(".json")));
    m_editor->setScenario(scenario);
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
    return m_editor;
}

void TrainingFeed::publish(const Scenario &scenario)
{
    QPointer<TrainingFeed> self(this);
    m_centre.publishScenario(scenario, [self, scenario](Result<CentreTrainingService::Published> published) {
        if (!self || !self->m_editor)
            return;
        if (!published) {
            self->m_editor->showProblem(published.error());
            return;
        }
        Scenario kept = scenario;
        kept.version = published.value().version;
        self->m_scenarios.insert(kept.id, kept);
        self->m_titles.insert(kept.id, kept.title);
        const int version = published.value().version;
        self->m_editor->showDone(tr("已发布 %1 第 %2 版").arg(kept.id).arg(version));
        Q_EMIT self->published(kept.id, version);
        // The caller's voice goes with it, when one was made beside the scenario.
        if (scenario.audio.isEmpty())
            return;
        QFile wav(QFileInfo(self->m_editor->filePath()).dir().filePath(scenario.audio));
        if (!wav.open(QIODevice::ReadOnly)) {
            self->m_editor->showProblem(tr("情景已发布，但语音文件 %1 读不到：%2").arg(wav.fileName(), wav.errorString()));
            return;
        }
        self->m_centre.publishAudio(scenario.id, wav.readAll(), [self, id = scenario.id, version](Status sent) {
            if (!self || !self->m_editor)
                return;
            if (sent)
                self->m_editor->showDone(tr("已发布 %1 第 %2 版和来电人语音").arg(id).arg(version));
            else
                self->m_editor->showProblem(tr("情景已发布，语音没有发出：%1").arg(sent.error()));
        });
    });
}

QString TrainingFeed::draftsFolder() const
{
    const QString folder = QFileInfo(m_store.path()).absoluteDir().filePath(QStringLiteral("scenario-drafts"));
    QDir().mkpath(folder);
    return folder;
}

} // namespace hotline
