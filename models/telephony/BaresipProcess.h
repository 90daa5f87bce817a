// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Backoff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QStringList>

class QFile;
class QTimer;

namespace hotline {

// The desk's own baresip process: `baresip -f <config folder>`, started, watched and started
// again (after a growing pause) whenever it ends, until stop(). Its output goes to baresip.log
// in the configuration folder; the last lines are kept to say why it ended.
class BaresipProcess : public QObject {
    Q_OBJECT
public:
    explicit BaresipProcess(QObject *parent = nullptr);
    ~BaresipProcess() override;

    // `program` is a path or a name looked up in PATH.
    void start(const QString &program, const QString &configFolder);
    // Ends baresip (SIGTERM, then SIGKILL if it does not go within a few seconds) and stays
    // down. Blocks for at most those seconds.
    void stop();
    bool isRunning() const;
    // How long the running baresip has been up (0 when it is not running).
    qint64 uptimeMs() const;
    qint64 processId() const;
    // The last lines baresip wrote, colour codes removed.
    QStringList lastOutput() const { return m_output; }
    // Pauses before a restart; a baresip that stayed up `healthyMs` starts the pauses afresh.
    void setRestartDelays(int firstMs, int maxMs, int healthyMs = 10000);

Q_SIGNALS:
    void started();
    // It could not start or it ended (exited, crashed, was killed): the reason for a person.
    // A restart is already scheduled.
    void ended(const QString &reason);

private:
    void launch();
    void finished(int exitCode, QProcess::ExitStatus status);
    void failed(QProcess::ProcessError error);
    void readOutput();
    void scheduleRestart(const QString &reason);
    QString lastWords() const;

    QProcess *m_process = nullptr;
    QTimer *m_restart;
    QFile *m_log = nullptr;
    QString m_program;
    QString m_folder;
    QStringList m_output;
    QByteArray m_partialLine;
    QElapsedTimer m_up;
    Backoff m_backoff{1000, 30000};
    int m_healthyMs = 10000;
    bool m_stopped = true;
};

} // namespace hotline
