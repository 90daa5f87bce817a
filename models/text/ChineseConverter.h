// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace opencc {
class SimpleConverter;
}

namespace hotline {

// Traditional → simplified with OpenCC (phrases first, then characters), so that a caller's
// 補辦護照 and an article's 补办护照 index and search as the same words.
class ChineseConverter {
public:
    ChineseConverter();
    ~ChineseConverter();
    ChineseConverter(const ChineseConverter &) = delete;
    ChineseConverter &operator=(const ChineseConverter &) = delete;

    // Unchanged when OpenCC's data is missing (isAvailable() says so).
    QString toSimplified(const QString &text) const;
    bool isAvailable() const { return m_converter != nullptr; }

private:
    std::unique_ptr<opencc::SimpleConverter> m_converter;
};

} // namespace hotline
