// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestData.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace hotline::test {

struct ProcessResult {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

// `input`, when given, is the process's whole standard input.
inline ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
                                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                                const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.exitCode = process.exitCode();
    result.crashed = result.crashed || process.exitStatus() == QProcess::CrashExit;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline ProcessResult ctl(const QString &store, const QStringList &arguments)
{
    return runProcess(QStringLiteral(HOTLINE_CTL_BIN), QStringList{QStringLiteral("--store"), store} + arguments);
}

// A store as the README's set-up leaves it: real divisions, catalogue and units imported.
inline bool prepareStore(const QString &store)
{
    return ctl(store, {QStringLiteral("import"), QStringLiteral("divisions"), seedFile("beijing_divisions.csv")}).exitCode == 0
        && ctl(store, {QStringLiteral("import"), QStringLiteral("catalog"), dataFile("catalog_3level.csv")}).exitCode == 0
        && ctl(store, {QStringLiteral("import"), QStringLiteral("units"), seedFile("beijing_units.csv")}).exitCode == 0;
}

} // namespace hotline::test
