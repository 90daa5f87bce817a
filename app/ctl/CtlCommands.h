// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace hotline {

class LocalStore;

// The administrator's commands over a local store. Each returns the process exit code:
// 0 done, 1 refused (the message says why, nothing was changed), 2 wrong usage.
class CtlCommands {
public:
    CtlCommands(LocalStore &store, QTextStream &out, QTextStream &err) : m_store(store), m_out(out), m_err(err) {}

    int run(const QStringList &arguments, bool json);

private:
    int import(const QStringList &arguments);
    int importKb(const QStringList &arguments);
    int importGeo(const QStringList &arguments);
    int geo(const QStringList &arguments);
    int kb(const QStringList &arguments);
    int orders(const QStringList &arguments, bool json);
    int seedDemo();
    int calendar(const QStringList &arguments); // LifecycleCommands.cpp
    int dispatch(const QStringList &arguments); // LifecycleCommands.cpp
    int init(const QStringList &arguments);     // LifecycleCommands.cpp: everything the project ships
    int classify(const QStringList &arguments); // ClassifyCommands.cpp
    int classifyTrain(const QString &file, const QStringList &textColumns, const QString &labelColumn);
    int classifySuggest(int limit);
    int config(const QStringList &arguments);
    static bool isSeatSetting(const QString &key);
    int seatConfig(const QString &key, const QString &value); // SeatCommands.cpp
    int recordings(const QStringList &arguments); // RecordingCommands.cpp
    int upload(QStringList words);                 // RecordingCommands.cpp
    int signIn(const QStringList &arguments);
    int sync();
    int usage(const QString &problem);
    // Takes "--limit N" out of the words into `limit`; false when N is not a positive number.
    static bool takeLimit(QStringList &words, int *limit);

    LocalStore &m_store;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace hotline
