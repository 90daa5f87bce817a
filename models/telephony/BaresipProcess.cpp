// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaresipProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace hotline {

namespace {

constexpr int keptLines = 30;

} // namespace

BaresipProcess::BaresipProcess(QObject *parent) : QObject(parent), m_restart(new QTimer(this))
{
    m_restart->setSingleShot(true);
    connect(m_restart, &QTimer::timeout, this, &BaresipProcess::launch);
}

BaresipProcess::~BaresipProcess()
{
    stop();
}

void BaresipProcess::setRestartDelays(int firstMs, int maxMs, int healthyMs)
{
    m_backoff.setDelays(firstMs, maxMs);
    m_healthyMs = healthyMs;
}

void BaresipProcess::start(const QString &program, const QString &configFolder)
{
    stop();
    m_program = program;
    m_folder = configFolder;
    m_stopped = false;
    m_backoff.succeeded();
    // A fresh log per start of the desk; restarts append, so a crash and what came after it
    // are read together.
    delete m_log;
    m_log = new QFile(QDir(configFolder).filePath(QStringLiteral("baresip.log")), this);
    if (!m_log->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        delete m_log;
        m_log = nullptr;
    }
    launch();
}

void BaresipProcess::launch()
{
    if (m_stopped)
        return;
    // QProcess would say only "No such file or directory"; the desk says which program and
    // which package brings it.
    const QString path = m_program.contains(QLatin1Char('/')) ? m_program : QStandardPaths::findExecutable(m_program);
    if (path.isEmpty() || !QFileInfo(path).isExecutable()) {
        scheduleRestart(tr("找不到 baresip 程序“%1”：请安装 Debian 软件包 baresip-core，或在设置中填写 baresip 的路径").arg(m_program));
        return;
    }
    m_output.clear();
    m_partialLine.clear();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // No terminal: baresip's stdin is closed, and its menu takes commands from ctrl_tcp only.
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyRead, this, &BaresipProcess::readOutput);
    connect(m_process, &QProcess::finished, this, &BaresipProcess::finished);
    connect(m_process, &QProcess::errorOccurred, this, &BaresipProcess::failed);
    connect(m_process, &QProcess::started, this, [this] {
        m_up.start();
        Q_EMIT started();
    });
    m_process->start(path, {QStringLiteral("-f"), m_folder});
}

void BaresipProcess::stop()
{
    m_stopped = true;
    m_restart->stop();
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        // SIGTERM lets baresip hang up its calls and close its recordings properly.
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
    delete process;
    m_up.invalidate();
}

bool BaresipProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 BaresipProcess::uptimeMs() const
{
    return isRunning() && m_up.isValid() ? m_up.elapsed() : 0;
}

qint64 BaresipProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void BaresipProcess::readOutput()
{
    if (!m_process)
        return;
    const QByteArray bytes = m_process->readAll();
    if (m_log) {
        m_log->write(bytes);
        m_log->flush();
    }
    static const QRegularExpression colour(QStringLiteral("\x1b\\[[0-9;]*[A-Za-z]"));
    m_partialLine += bytes;
    qsizetype newline;
    while ((newline = m_partialLine.indexOf('\n')) >= 0) {
        QString line = QString::fromUtf8(m_partialLine.left(newline)).remove(colour).trimmed();
        m_partialLine.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        m_output.append(line);
        if (m_output.size() > keptLines)
            m_output.removeFirst();
    }
}

QString BaresipProcess::lastWords() const
{
    // baresip's last line before it ended is usually the reason ("sip: listen: Address
    // already in use", "module ctrl_tcp.so: …").
    for (auto line = m_output.crbegin(); line != m_output.crend(); ++line)
        if (!line->startsWith(QLatin1String("ua: stop all")) && !line->startsWith(QLatin1String("terminated by signal")))
            return *line;
    return {};
}

void BaresipProcess::finished(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    const qint64 up = m_up.isValid() ? m_up.elapsed() : 0;
    m_up.invalidate();
    m_process->deleteLater();
    m_process = nullptr;
    if (up >= m_healthyMs)
        m_backoff.succeeded();
    QString reason = status == QProcess::CrashExit ? tr("baresip 意外终止（崩溃或被杀死）")
                                                   : tr("baresip 已退出（退出码 %1）").arg(exitCode);
    const QString words = lastWords();
    if (!words.isEmpty())
        reason += tr("，最后的输出：%1").arg(words);
    scheduleRestart(reason);
}

void BaresipProcess::failed(QProcess::ProcessError error)
{
    // Only a failure to start arrives without a `finished` after it.
    if (error != QProcess::FailedToStart || !m_process)
        return;
    const QString why = m_process->errorString();
    m_process->deleteLater();
    m_process = nullptr;
    scheduleRestart(tr("无法启动 baresip（%1）：%2").arg(m_program, why));
}

void BaresipProcess::scheduleRestart(const QString &reason)
{
    if (m_stopped)
        return;
    const int delay = m_backoff.failed();
    m_restart->start(delay);
    Q_EMIT ended(reason + tr("；%1 秒后重新启动").arg(QString::number(delay / 1000.0, 'g', 3)));
}

} // namespace hotline
