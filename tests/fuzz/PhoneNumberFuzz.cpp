// SPDX-License-Identifier: GPL-3.0-or-later
// PhoneNumber::normalize on any text. The canonical form is what the desk stores and compares,
// so it must be a fixed point (normalising it again changes nothing), digits with at most one
// '#' before an extension, and the same number however a caller's separators are written.
#include "FuzzSupport.h"

#include "workorder/PhoneNumber.h"

using namespace hotline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256)
        return 0; // a phone field, not a document
    const QString input = QString::fromUtf8(fuzz::bytes(data, size));
    const std::optional<QString> normalized = PhoneNumber::normalize(input);
    FUZZ_CHECK(PhoneNumber::isValid(input) == normalized.has_value(), input);
    if (!normalized)
        return 0;
    const QString &canonical = *normalized;
    FUZZ_CHECK(!canonical.isEmpty(), input);
    const qsizetype hash = canonical.indexOf(u'#');
    FUZZ_CHECK(hash != 0 && hash == canonical.lastIndexOf(u'#') && hash != canonical.size() - 1,
               input + QStringLiteral(" -> ") + canonical);
    for (QChar ch : canonical)
        FUZZ_CHECK((ch >= u'0' && ch <= u'9') || ch == u'#', input + QStringLiteral(" -> ") + canonical);

    const std::optional<QString> again = PhoneNumber::normalize(canonical);
    FUZZ_CHECK(again && *again == canonical,
               input + QStringLiteral(" -> ") + canonical + QStringLiteral(" -> ") + again.value_or(QStringLiteral("(refused)")));

    // The same digits as an operator might type them: grouped with dashes and spaces, in
    // full-width digits, the extension after 转.
    const QString main = hash < 0 ? canonical : canonical.left(hash);
    const QString extension = hash < 0 ? QString() : canonical.mid(hash + 1);
    QString spaced;
    QString wide;
    for (qsizetype i = 0; i < main.size(); ++i) {
        spaced += main.at(i);
        if (i % 4 == 2 && i + 1 < main.size())
            spaced += i % 8 == 2 ? u'-' : u' ';
        wide += QChar(char16_t(main.at(i).unicode() + 0xFEE0));
    }
    const QString suffix = extension.isEmpty() ? QString() : QStringLiteral("转") + extension;
    const QStringList variants{spaced + suffix, wide + suffix};
    for (const QString &variant : variants) {
        const std::optional<QString> same = PhoneNumber::normalize(variant);
        FUZZ_CHECK(same && *same == canonical,
                   input + QStringLiteral(" -> ") + canonical + QStringLiteral("; ") + variant + QStringLiteral(" -> ")
                       + same.value_or(QStringLiteral("(refused)")));
    }
    return 0;
}
