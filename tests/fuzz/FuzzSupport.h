// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: the Qt application some code needs, the input as Qt bytes,
// and the one way a target reports a broken property (a message, then abort(), which libFuzzer
// records as a crash with the input that caused it).
#pragma once

#include "geo/GeoImportOptions.h"

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

// One RFC 4180 field, always quoted: what the targets write back to read it again (the
// project itself writes no CSV).
inline QByteArray csvField(QString text)
{
    return '"' + text.replace(u'"', QStringLiteral("\"\"")).toUtf8() + '"';
}

// The coordinate system an administrator gives a geographic import, chosen by one byte of the
// input: none (the file's own), WGS84 or GCJ-02.
inline GeoImportOptions geoOptions(uint8_t choice)
{
    GeoImportOptions options;
    if (choice % 3 == 1)
        options.crs = CoordinateSystem::Wgs84;
    else if (choice % 3 == 2)
        options.crs = CoordinateSystem::Gcj02;
    return options;
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
