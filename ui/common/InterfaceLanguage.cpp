// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace hotline {

bool InterfaceLanguage::install(const QString &language, const QString &ourTranslation)
{
    bool complete = true;
    if (!language.startsWith(QLatin1String("zh"))) {
        complete = m_ours.load(ourTranslation);
        if (complete)
            QCoreApplication::installTranslator(&m_ours);
    }
    // English is Qt's source language: nothing to load for it.
    if (!language.startsWith(QLatin1String("en"))) {
        const bool loaded = m_qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (loaded)
            QCoreApplication::installTranslator(&m_qt);
        complete = complete && loaded;
    }
    return complete;
}

} // namespace hotline
