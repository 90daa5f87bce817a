// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlCommands.h"

#include "catalog/CatalogRepository.h"
#include "desk/DemoOrders.h"
#include "desk/ReferenceIndexes.h"
#include "divisions/DivisionRepository.h"
#include "kb/KbImporter.h"
#include "kb/KnowledgeBase.h"
#include "store/LocalStore.h"
#include "units/UnitRepository.h"
#include "workorder/OrderExport.h"
#include "workorder/WorkOrderRepository.h"

#include <QJsonDocument>

namespace hotline {

int CtlCommands::usage(const QString &problem)
{
    m_err << problem << Qt::endl
          << "usage: hotline-ctl --store PATH import divisions|catalog|units FILE" << Qt::endl
          << "       hotline-ctl --store PATH import kb FILE [--skip-bad]" << Qt::endl
          << "       hotline-ctl --store PATH kb search QUERY [--limit N]" << Qt::endl
          << "       hotline-ctl --store PATH orders list [--json] [--limit N]" << Qt::endl
          << "       hotline-ctl --store PATH orders show NUMBER [--json]" << Qt::endl
          << "       hotline-ctl --store PATH seed-demo" << Qt::endl
          << "       hotline-ctl --store PATH config workstation N" << Qt::endl;
    return 2;
}

int CtlCommands::run(const QStringList &arguments, bool json)
{
    if (arguments.isEmpty())
        return usage(QStringLiteral("missing command"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("import"))
        return import(rest);
    if (command == QLatin1String("orders"))
        return orders(rest, json);
    if (command == QLatin1String("kb"))
        return kb(rest);
    if (command == QLatin1String("seed-demo"))
        return seedDemo();
    if (command == QLatin1String("config"))
        return config(rest);
    return usage(QStringLiteral("unknown command: ") + command);
}

int CtlCommands::import(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("kb"))
        return importKb(arguments.mid(1));
    if (arguments.size() != 2)
        return usage(QStringLiteral("import needs a kind and a file"));
    const QString &kind = arguments.at(0);
    const QString &file = arguments.at(1);
    Result<int> imported = Error{};
    if (kind == QLatin1String("divisions"))
        imported = DivisionRepository(m_store).importCsv(file);
    else if (kind == QLatin1String("catalog"))
        imported = CatalogRepository(m_store).importCsv(file);
    else if (kind == QLatin1String("units"))
        imported = UnitRepository(m_store).importCsv(file);
    else
        return usage(QStringLiteral("unknown import kind: ") + kind);
    if (!imported) {
        m_err << file << ": " << imported.error() << Qt::endl << "nothing was imported" << Qt::endl;
        return 1;
    }
    m_out << "imported " << imported.value() << ' ' << kind << " from " << file << Qt::endl;
    return 0;
}

int CtlCommands::importKb(const QStringList &arguments)
{
    const bool skipBad = arguments.contains(QStringLiteral("--skip-bad"));
    QStringList files = arguments;
    files.removeAll(QStringLiteral("--skip-bad"));
    if (files.size() != 1)
        return usage(QStringLiteral("import kb needs one file"));
    KnowledgeBase kb(m_store, PinyinTable::builtIn());
    Result<KbImportReport> report = KbImporter::importCsv(m_store, kb.articles(), files.first(), skipBad);
    if (!report) {
        m_err << files.first() << ": " << report.error() << Qt::endl;
        return 1;
    }
    for (const QString &line : report.value().skipped)
        m_err << "skipped " << line << Qt::endl;
    m_out << "imported " << report.value().rows - report.value().skipped.size() << " articles ("
          << report.value().format << "): " << report.value().written << " written, " << report.value().unchanged
          << " unchanged, " << report.value().skipped.size() << " skipped" << Qt::endl;
    return 0;
}

int CtlCommands::kb(const QStringList &arguments)
{
    if (arguments.value(0) != QLatin1String("search") || arguments.size() < 2)
        return usage(QStringLiteral("kb needs: search QUERY [--limit N]"));
    int limit = 10;
    QStringList words = arguments.mid(1);
    if (const qsizetype at = words.indexOf(QStringLiteral("--limit")); at >= 0) {
        bool ok = false;
        limit = words.value(at + 1).toInt(&ok);
        if (!ok || limit <= 0)
            return usage(QStringLiteral("--limit needs a positive number"));
        words.remove(at, 2);
    }
    KnowledgeBase kb(m_store, PinyinTable::builtIn());
    m_out << "id\ttitle\tscore" << Qt::endl;
    for (const KbHit &hit : kb.search().search(words.join(u' '), limit))
        m_out << hit.articleId << '\t' << QString(hit.title).replace(u'\t', u' ') << '\t'
              << QString::number(hit.score, 'f', 3) << Qt::endl;
    return 0;
}

int CtlCommands::orders(const QStringList &arguments, bool json)
{
    WorkOrderRepository repository(m_store);
    if (arguments.value(0) == QLatin1String("list")) {
        int limit = 200;
        if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--limit")) {
            bool ok = false;
            limit = arguments.at(2).toInt(&ok);
            if (!ok || limit <= 0)
                return usage(QStringLiteral("--limit needs a positive number"));
        } else if (arguments.size() != 1) {
            return usage(QStringLiteral("orders list takes only --json and --limit N"));
        }
        const QVector<WorkOrderSummary> list = repository.recent(limit);
        if (json)
            m_out << QJsonDocument(OrderExport::listJson(list)).toJson(QJsonDocument::Indented);
        else
            m_out << OrderExport::listTsv(list);
        return 0;
    }
    if (arguments.value(0) == QLatin1String("show") && arguments.size() == 2) {
        const QString number = arguments.at(1);
        const std::optional<WorkOrderState> state = repository.find(number);
        if (!state) {
            m_err << "no work order " << number << Qt::endl;
            return 1;
        }
        const QVector<WorkOrderEvent> events = repository.events(number);
        if (json)
            m_out << QJsonDocument(OrderExport::detailJson(*state, events)).toJson(QJsonDocument::Indented);
        else
            m_out << OrderExport::detailTsv(*state, events);
        return 0;
    }
    return usage(QStringLiteral("orders needs list or show NUMBER"));
}

int CtlCommands::seedDemo()
{
    ReferenceIndexes indexes(m_store, PinyinTable::builtIn());
    Result<int> seeded = DemoOrders::seed(m_store, indexes);
    if (!seeded) {
        m_err << seeded.error() << Qt::endl;
        return 1;
    }
    m_out << "created " << seeded.value() << " demo work orders" << Qt::endl;
    return 0;
}

int CtlCommands::config(const QStringList &arguments)
{
    if (arguments.size() != 2 || arguments.at(0) != QLatin1String("workstation"))
        return usage(QStringLiteral("config takes: workstation N"));
    bool ok = false;
    const int number = arguments.at(1).toInt(&ok);
    const Status status = ok ? WorkOrderRepository(m_store).setWorkstation(number)
                             : Status(Error{QStringLiteral("workstation must be a number")});
    if (!status) {
        m_err << status.error() << Qt::endl;
        return 1;
    }
    m_out << "workstation " << number << Qt::endl;
    return 0;
}

} // namespace hotline
