// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/CentreTrainingService.h"
#include "training/TrainingStore.h"

#include <QObject>
#include <QString>

#include <functional>

namespace hotline {

class SyncEngine;

// The training store and the centre, for a trainee signed in on the desk's own (real) store:
// the scenarios, their voices and the courses the centre published come down into the
// training store (by revision, withdrawn ones removed), and every scored attempt goes up, in
// order, once (the centre keeps an attempt by its id, so one sent again after a lost answer is
// not counted twice). The practice desk itself never talks to the centre: its store is a
// simulation store whose engine refuses to.
class TrainingCentreLink : public QObject {
    Q_OBJECT
public:
    TrainingCentreLink(TrainingStore &training, SyncEngine &sync, QObject *parent = nullptr);

    // Reads what changed at the centre, then sends the attempts not sent yet; `done` gets a
    // sentence for the trainee (what came, or why nothing did).
    void syncNow(std::function<void(const QString &summary)> done = {});
    // Sends the attempts not sent yet (after a scored call).
    void sendAttempts(std::function<void(const QString &summary)> done = {});
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The training store's scenarios or courses changed (the window's list is read again).
    void materialChanged();

private:
    void readScenarios(std::function<void(const QString &)> done);
    void readCourses(std::function<void(const QString &)> done);
    void fetchVoices(QStringList ids, std::function<void()> done);
    void sendFrom(QList<StoredAttempt> waiting, int index, int sent, std::function<void(const QString &)> done);
    QString audioFolder() const;

    TrainingStore &m_training;
    SyncEngine &m_sync;
    CentreTrainingService m_centre;
    QStringList m_report;
    bool m_busy = false;
};

} // namespace hotline
