// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinyinTable.h"

#include <QFile>

namespace hotline {

QString PinyinTable::toneless(const QString &syllable)
{
    QString decomposed = syllable.normalized(QString::NormalizationForm_D).toLower();
    decomposed.replace(QStringLiteral("u\u0308"), QStringLiteral("v"));
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed)
        if (ch.category() != QChar::Mark_NonSpacing)
            out.append(ch);
    return out;
}

std::shared_ptr<const PinyinTable> PinyinTable::fromUnihan(QIODevice &input)
{
    auto table = std::make_shared<PinyinTable>();
    QHash<char32_t, QStringList> secondary;
    while (!input.atEnd()) {
        const QString line = QString::fromUtf8(input.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        if (parts.size() < 3 || !parts[0].startsWith(QStringLiteral("U+")))
            continue;
        bool ok = false;
        const char32_t cp = parts[0].mid(2).toUInt(&ok, 16);
        if (!ok)
            continue;
        const bool primary = parts[1] == QStringLiteral("kMandarin");
        QStringList &target = primary ? table->m_readings[cp] : secondary[cp];
        for (const QString &value : parts[2].split(u' ', Qt::SkipEmptyParts)) {
            // kXHC1983 values look like "1234.010:háng"; several readings may share one entry.
            const QString readingList = value.contains(u':') ? value.section(u':', 1) : value;
            for (const QString &reading : readingList.split(u',', Qt::SkipEmptyParts)) {
                const QString plain = toneless(reading);
                if (!plain.isEmpty() && !target.contains(plain))
                    target.append(plain);
            }
        }
    }
    for (auto it = secondary.cbegin(); it != secondary.cend(); ++it) {
        QStringList &readings = table->m_readings[it.key()];
        for (const QString &reading : it.value())
            if (!readings.contains(reading))
                readings.append(reading);
    }
    return table;
}

std::shared_ptr<const PinyinTable> PinyinTable::builtIn()
{
    QFile file(QStringLiteral(":/hotline/pinyin/unihan_readings.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return std::make_shared<PinyinTable>();
    return fromUnihan(file);
}

QString PinyinTable::initials(const QString &text) const
{
    QString out;
    for (char32_t cp : text.toUcs4()) {
        const auto it = m_readings.constFind(cp);
        if (it != m_readings.cend() && !it->isEmpty())
            out.append(it->first().at(0));
        else if (QChar::isLetterOrNumber(cp) && cp < 0x80)
            out.append(QChar(char16_t(cp)).toLower());
    }
    return out;
}

} // namespace hotline
