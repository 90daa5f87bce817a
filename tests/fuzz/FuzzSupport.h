// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: the Qt application some code needs, the input as Qt bytes,
// and the one way a target reports a broken property (a message, then abort(), which libFuzzer
// records as a crash with the input that caused it).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace hotline::fuzz {

// Created once, before the first input, by the targets whose code needs an application
// (SQL drivers are plugins; translations go through it).
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "hotline-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *file, int line, const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s:%d: property broken: %s\n%s\n", file, line, what, detail.toUtf8().constData());
    std::abort();
}

} // namespace hotline::fuzz

// A property of the code under test; never used for what the input is allowed to be.
#define FUZZ_CHECK(condition, detail)                                                    \
    do {                                                                                 \
        if (!(condition))                                                                \
            ::hotline::fuzz::fail(__FILE__, __LINE__, #condition, (detail));           \
    } while (false)
