// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

namespace hotline {

// The interface language. Chinese is the source text and the default; English comes from
// our translation. Qt's own strings — Cancel and OK in dialogs, the context menu of a text
// field — come from Qt's translation of the same language, so a dialog never shows 登录
// beside "Cancel".
class InterfaceLanguage {
public:
    // Installs the translators for `language` ("zh_CN", "en", …); `ourTranslation` is the
    // .qm file of our strings, used for any language but Chinese. False if a translation
    // that should exist could not be loaded (the interface then falls back to the source).
    bool install(const QString &language, const QString &ourTranslation);

private:
    QTranslator m_ours;
    QTranslator m_qt;
};

} // namespace hotline
