// SPDX-License-Identifier: GPL-3.0-or-later
// The training window and the centre: signing in as the trainee, the published material coming
// down, scored attempts going up, and the trainee's own progress.
#include "training/TrainingWindow.h"

#include "common/SignInDialog.h"
#include "store/LocalStore.h"
#include "sync/SyncEngine.h"
#include "training/MyProgressView.h"
#include "training/TrainingAttempt.h"
#include "training/TrainingCentreLink.h"
#include "training/TrainingStore.h"

#include <QJsonDocument>
#include <QPointer>

namespace hotline {

void TrainingWindow::setCentre(SyncEngine *sync)
{
    m_sync = sync;
    delete m_link;
    m_link = nullptr;
    if (!sync)
        return;
    m_link = new TrainingCentreLink(m_training, *sync, this);
    connect(m_link, &TrainingCentreLink::materialChanged, this, &TrainingWindow::refresh);
    // Each scored call goes to the centre at once when signed in (else at the next sync).
    connect(this, &TrainingWindow::scored, m_link, [this] {
        m_link->sendAttempts([this](const QString &summary) {
            if (!summary.isEmpty())
                say(summary);
        });
    });
    if (sync->signedIn())
        syncWithCentre();
}

void TrainingWindow::syncWithCentre()
{
    if (!m_link) {
        say(tr("这台电脑没有启用与中心的同步：只用本机的情景"));
        return;
    }
    say(tr("正在与中心同步培训资料…"));
    QPointer<TrainingWindow> self(this);
    m_link->syncNow([self](const QString &summary) {
        if (self)
            self->say(summary.isEmpty() ? tr("培训资料已是最新") : summary);
    });
}

void TrainingWindow::openSignIn()
{
    if (!m_sync) {
        say(tr("这台电脑没有启用与中心的同步"));
        return;
    }
    SignInDialog::openFor(*m_sync, m_sync->login(), this, [this] { syncWithCentre(); });
}

MyProgressView *TrainingWindow::showMyProgress()
{
    if (!m_progress) {
        m_progress = new MyProgressView(this);
        m_progress->setWindowFlag(Qt::Window);
        m_progress->setWindowTitle(tr("我的培训进度"));
        m_progress->resize(900, 600);
    }
    QList<TrainingAttempt> attempts;
    for (const StoredAttempt &stored : m_training.attempts()) {
        const QJsonObject json = QJsonDocument::fromJson(stored.json.toUtf8()).object().value(QLatin1String("attempt")).toObject();
        if (Result<TrainingAttempt> attempt = TrainingAttempt::fromJson(json))
            attempts.prepend(attempt.value()); // oldest first, as the centre lists them
    }
    QHash<QString, QString> titles;
    for (const Scenario &scenario : m_training.scenarios())
        titles.insert(scenario.id, scenario.title);
    // Attempts kept before sign-in carry the desk's operator name; all of them are this seat's.
    const QString trainee = attempts.isEmpty() ? QString() : attempts.last().trainee;
    for (TrainingAttempt &attempt : attempts)
        attempt.trainee = trainee;
    m_progress->setProgress(trainee, trainee, m_training.courses(), attempts, titles);
    m_progress->show();
    m_progress->raise();
    m_progress->activateWindow();
    return m_progress;
}

} // namespace hotline
