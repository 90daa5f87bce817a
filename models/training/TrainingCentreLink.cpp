// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingCentreLink.h"

#include "store/LocalStore.h"
#include "sync/SyncEngine.h"
#include "training/TrainingStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>


namespace hotline {

namespace {
const QString scenarioRevisionKey = QStringLiteral("training.centre.scenarioRevision");
const QString courseRevisionKey = QStringLiteral("training.centre.courseRevision");
const QString sentUpToKey = QStringLiteral("training.centre.attemptsSentUpTo");
} // namespace

TrainingCentreLink::TrainingCentreLink(TrainingStore &training, SyncEngine &sync, QObject *parent)
    : QObject(parent), m_training(training), m_sync(sync), m_centre(sync)
{
}

void TrainingCentreLink::syncNow(std::function<void(const QString &)> done)
{
    if (!done)
        done = [](const QString &) {};
    if (!m_sync.signedIn()) {
        done(tr("未登录中心（Ctrl+Shift+I 登录）：只用本机的情景，成绩留在本机"));
        return;
    }
    if (m_busy) {
        done(tr("正在与中心同步培训资料"));
        return;
    }
    m_busy = true;
    m_report.clear();
    QPointer<TrainingCentreLink> self(this);
    readScenarios([self, done](const QString &problem) {
        if (!self)
            return;
        if (!problem.isEmpty())
            self->m_report.append(problem);
        self->readCourses([self, done](const QString &problem) {
            if (!self)
                return;
            if (!problem.isEmpty())
                self->m_report.append(problem);
            self->m_busy = false;
            self->sendAttempts([self, done](const QString &sent) {
                if (!self)
                    return;
                if (!sent.isEmpty())
                    self->m_report.append(sent);
                done(self->m_report.join(tr("；")));
            });
        });
    });
}

void TrainingCentreLink::readScenarios(std::function<void(const QString &)> done)
{
    LocalStore &store = m_training.store();
    const qint64 since = store.meta(scenarioRevisionKey, QStringLiteral("0")).toLongLong();
    QPointer<TrainingCentreLink> self(this);
    m_centre.fetchScenarios(since, [self, done](Result<CentreTrainingService::ScenarioChanges> changes) {
        if (!self)
            return;
        if (!changes) {
            done(tr("情景没有从中心读到：%1").arg(changes.error()));
            return;
        }
        int saved = 0;
        QStringList voiced;
        for (const CentreTrainingService::ScenarioUpdate &update : changes.value().scenarios) {
            if (update.withdrawn || !update.scenario) {
                if (Status removed = self->m_training.removeScenario(update.id); !removed) {
                    done(removed.error());
                    return;
                }
                continue;
            }
            Scenario scenario = *update.scenario;
            // The voice comes next, into the training store's folder; until it is there the
            // transcript alone carries the call.
            scenario.audio.clear();
            if (Status kept = self->m_training.saveScenario(scenario); !kept) {
                done(kept.error());
                return;
            }
            ++saved;
            if (update.audioBytes > 0)
                voiced.append(update.id);
        }
        // The revision moves on only once every change of it is stored.
        // Not kept: read again next time, stored again the same.
        (void)self->m_training.store().setMeta(scenarioRevisionKey, QString::number(changes.value().revision));
        if (saved > 0 || !changes.value().scenarios.isEmpty())
            Q_EMIT self->materialChanged();
        self->fetchVoices(voiced, [self, done, saved] {
            if (self)
                done(saved > 0 ? tr("从中心收到 %1 个情景").arg(saved) : QString());
        });
    });
}

void TrainingCentreLink::fetchVoices(QStringList ids, std::function<void()> done)
{
    if (ids.isEmpty()) {
        done();
        return;
    }
    const QString id = ids.takeFirst();
    QPointer<TrainingCentreLink> self(this);
    m_centre.fetchAudio(id, [self, id, ids, done](Result<QByteArray> wav) {
        if (!self)
            return;
        if (wav) {
            QSaveFile file(QDir(self->audioFolder()).filePath(id + QStringLiteral(".wav")));
            std::optional<Scenario> scenario = self->m_training.scenario(id);
            if (scenario && file.open(QIODevice::WriteOnly) && file.write(wav.value()) == wav.value().size() && file.commit()) {
                scenario->audio = QFileInfo(file.fileName()).absoluteFilePath();
                (void)self->m_training.saveScenario(*scenario);
            } else {
                self->m_report.append(tr("情景 %1 的语音没能保存").arg(id));
            }
        } else {
            self->m_report.append(tr("情景 %1 的语音没有读到：%2").arg(id, wav.error()));
        }
        self->fetchVoices(ids, done);
    });
}

void TrainingCentreLink::readCourses(std::function<void(const QString &)> done)
{
    const qint64 since = m_training.store().meta(courseRevisionKey, QStringLiteral("0")).toLongLong();
    QPointer<TrainingCentreLink> self(this);
    m_centre.fetchCourses(since, [self, done](Result<CentreTrainingService::CourseChanges> changes) {
        if (!self)
            return;
        if (!changes) {
            done(tr("课程没有从中心读到：%1").arg(changes.error()));
            return;
        }
        int saved = 0;
        for (const CentreTrainingService::CourseUpdate &update : changes.value().courses) {
            const Status kept = update.withdrawn || !update.course ? self->m_training.removeCourse(update.id)
                                                                   : self->m_training.saveCourse(*update.course);
            if (!kept) {
                done(kept.error());
                return;
            }
            saved += update.withdrawn ? 0 : 1;
        }
        (void)self->m_training.store().setMeta(courseRevisionKey, QString::number(changes.value().revision));
        if (!changes.value().courses.isEmpty())
            Q_EMIT self->materialChanged();
        done(saved > 0 ? tr("从中心收到 %1 门课程").arg(saved) : QString());
    });
}

void TrainingCentreLink::sendAttempts(std::function<void(const QString &)> done)
{
    if (!done)
        done = [](const QString &) {};
    if (!m_sync.signedIn()) {
        done(QString());
        return;
    }
    const qint64 sentUpTo = m_training.store().meta(sentUpToKey, QStringLiteral("0")).toLongLong();
    QList<StoredAttempt> waiting;
    for (const StoredAttempt &stored : m_training.attempts())
        if (stored.id > sentUpTo)
            waiting.prepend(stored); // attempts() is newest first; the centre gets them in order
    if (waiting.isEmpty()) {
        done(QString());
        return;
    }
    sendFrom(waiting, 0, 0, done);
}

// One at a time, in order, so that the mark of what was sent only ever moves forward. A mark
// that could not be written only means an attempt is sent again: the centre answers it as a
// duplicate.
void TrainingCentreLink::sendFrom(QList<StoredAttempt> waiting, int index, int sent, std::function<void(const QString &)> done)
{
    if (index == waiting.size()) {
        done(sent > 0 ? tr("%1 次练习的成绩已交到中心").arg(sent) : QString());
        return;
    }
    const StoredAttempt stored = waiting.at(index);
    const QJsonObject json = QJsonDocument::fromJson(stored.json.toUtf8()).object().value(QLatin1String("attempt")).toObject();
    Result<TrainingAttempt> attempt = TrainingAttempt::fromJson(json);
    if (!attempt) {
        // Kept before attempts carried the centre's form: it stays on this desk.
        (void)m_training.store().setMeta(sentUpToKey, QString::number(stored.id));
        sendFrom(std::move(waiting), index + 1, sent, std::move(done));
        return;
    }
    // The centre takes an attempt from the trainee who is signed in.
    attempt.value().trainee = m_sync.login();
    QPointer<TrainingCentreLink> self(this);
    m_centre.postAttempt(attempt.value(), [self, waiting, index, sent, done, id = stored.id](Result<bool> posted) {
        if (!self)
            return;
        if (!posted) {
            done(tr("成绩没有交到中心（下次再交）：%1").arg(posted.error()));
            return;
        }
        (void)self->m_training.store().setMeta(sentUpToKey, QString::number(id));
        self->sendFrom(waiting, index + 1, sent + 1, done);
    });
}

QString TrainingCentreLink::audioFolder() const
{
    const QString folder = QFileInfo(m_training.store().path()).absoluteDir().filePath(QStringLiteral("training-audio"));
    QDir().mkpath(folder);
    return folder;
}

} // namespace hotline
