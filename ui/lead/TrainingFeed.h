// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/CentreTrainingService.h"
#include "training/Scenario.h"
#include "training/ScenarioEditor.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace hotline {

class ClassView;
class LocalStore;
class SpeechSynthesis;
class SyncEngine;

// The lead window's 培训 page and the centre: reads the published courses, their scenarios'
// titles and every trainee's attempts into the class view (when the page is first shown, on F5
// and when another course is picked), and opens the scenario editor (Ctrl+Shift+E) on a new
// scenario or one the centre has, publishing what the lead saves there (Ctrl+P in the editor)
// with its audio. The view itself fetches nothing; the centre decides who may read and publish.
class TrainingFeed : public QObject {
    Q_OBJECT
public:
    TrainingFeed(ClassView &view, LocalStore &store, SyncEngine &sync);
    ~TrainingFeed() override;

    void refresh();
    // The editor on `scenarioId` (empty: a new scenario); returns it for tests.
    ScenarioEditor *openEditor(const QString &scenarioId = {});
    ScenarioEditor *editor() const { return m_editor; }
    const QHash<QString, Scenario> &scenarios() const { return m_scenarios; }

Q_SIGNALS:
    // The class view holds what the centre answered (or shows why it could not).
    void refreshed();
    void published(const QString &scenarioId, int version);

private:
    void readClass(const QString &courseId);
    void chooseScenarioToEdit();
    void publish(const Scenario &scenario);
    QString draftsFolder() const;

    ClassView &m_view;
    LocalStore &m_store;
    CentreTrainingService m_centre;
    std::unique_ptr<SpeechSynthesis> m_voice;
    QList<Course> m_courses;
    QHash<QString, Scenario> m_scenarios;
    QHash<QString, QString> m_titles;
    QPointer<ScenarioEditor> m_editor;
    bool m_feeding = false; // setClass moves the picker; that is not the lead choosing a course
};

} // namespace hotline
