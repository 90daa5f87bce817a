// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QString>

// For the code that writes SQL (repositories, the centre's services): never included above
// the models and server libraries, which alone link Qt SQL.
namespace hotline {

// Qt binds a null QString as SQL NULL; text columns that are NOT NULL want ''.
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Runs a statement and turns a failure into an Error naming the statement's purpose.
Status execSql(QSqlQuery &query, const char *purpose);

} // namespace hotline
