// SPDX-License-Identifier: GPL-3.0-or-later
// hotline-central: the central service the desks sync with. Everything it does is in the
// server library (server/CentralService); this is only the process around it.
#include "server/CentralConfig.h"
#include "server/CentralService.h"

#include <QCoreApplication>

#include <malloc.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Every request allocates and frees a few hundred KiB; glibc would hand the top of the heap
    // back to the kernel after each one, and on a virtual machine the TLB shootdown of that
    // munmap cost a fifth of the service's time under load. Keep the heap.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hotline-central"));
    auto config = hotline::CentralConfig::fromArguments(QCoreApplication::arguments());
    if (const auto *refusal = std::get_if<hotline::CentralConfig::Refusal>(&config)) {
        std::fprintf(refusal->exitCode == 0 ? stdout : stderr, "%s%s\n", refusal->exitCode == 0 ? "" : "hotline-central: ",
                     qPrintable(refusal->message));
        return refusal->exitCode;
    }
    return hotline::CentralService::run(std::get<hotline::CentralConfig>(config));
}
