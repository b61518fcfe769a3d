// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "audit/auditlog.h"
#include "persistence/database.h"
#include "persistence/sql.h"

#include <QMap>

#include <functional>

namespace Kontor {

namespace {

// Reports at most this many problems per check, then how many more there are.
constexpr int reportLimit = 50;

using Area = IntegrityProblem::Area;

Status eachRow(Database &db, const QString &sql, const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Sql::errorFrom(query.lastError());
    while (query.next())
        row(query);
    query.finish();
    return {};
}

// Collects problems of one area, keeping the report short.
class Collector
{
public:
    Collector(std::vector<IntegrityProblem> &problems, Area area)
        : m_problems(problems)
        , m_area(area)
    {
    }
    ~Collector()
    {
        if (m_count > reportLimit)
            m_problems.push_back({m_area, IntegrityCheck::tr("… and %n more of this kind.", nullptr,
                                                             int(m_count - reportLimit))});
    }
    Q_DISABLE_COPY_MOVE(Collector)
    void add(const QString &message)
    {
        if (++m_count <= reportLimit)
            m_problems.push_back({m_area, message});
    }

private:
    std::vector<IntegrityProblem> &m_problems;
    Area m_area;
    qint64 m_count = 0;
};

} // namespace

QString IntegrityCheck::areaName(Area area)
{
    switch (area) {
    case Area::File: return tr("file");
    case Area::ForeignKeys: return tr("references");
    case Area::Ledger: return tr("ledger");
    case Area::Stock: return tr("stock");
    case Area::Counters: return tr("counters");
    case Area::AuditLog: return tr("audit log");
    }
    Q_UNREACHABLE();
    return {};
}

Result<std::vector<IntegrityProblem>> IntegrityCheck::run(Database &db)
{
    std::vector<IntegrityProblem> problems;
    {
        Collector file(problems, Area::File);
        const Status s = eachRow(db, QStringLiteral("PRAGMA integrity_check"), [&](const QSqlQuery &q) {
            const QString text = q.value(0).toString();
            if (text != u"ok")
                file.add(tr("SQLite reports: %1").arg(text));
        });
        if (!s)
            return s.error();
    }
    {
        Collector keys(problems, Area::ForeignKeys);
        const Status s = eachRow(db, QStringLiteral("PRAGMA foreign_key_check"), [&](const QSqlQuery &q) {
            keys.add(tr("Row %1 of table %2 refers to a missing row of table %3.")
                         .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString()));
        });
        if (!s)
            return s.error();
    }
    {
        // Entry by entry, in the order of their ids (no sorting, whatever the size of the
        // journal). The trial balance is off by what the entries that do not balance add up
        // to, so it follows from them without a second pass over every line.
        Collector ledger(problems, Area::Ledger);
        QMap<QString, qint64> offBy; // per currency
        const Status s = eachRow(
            db,
            QStringLiteral(
                "SELECT e.number, e.currency, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0), "
                "count(l.id) FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id "
                "WHERE e.posted = 1 GROUP BY e.id, e.number, e.currency "
                "HAVING coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) OR count(l.id) < 2 "
                "ORDER BY e.id"),
            [&](const QSqlQuery &q) {
                offBy[q.value(1).toString()] += q.value(2).toLongLong() - q.value(3).toLongLong();
                if (q.value(4).toLongLong() < 2)
                    ledger.add(tr("Entry %1 has fewer than two lines.").arg(q.value(0).toString()));
                else
                    ledger.add(tr("Entry %1 does not balance: debits %2, credits %3 (%4 minor units).")
                                   .arg(q.value(0).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(1).toString()));
            });
        if (!s)
            return s.error();
        for (auto it = offBy.cbegin(); it != offBy.cend(); ++it)
            if (it.value() != 0)
                ledger.add(tr("The trial balance in %1 is off by %2 minor units.")
                               .arg(it.key(), QString::number(it.value())));
    }
    {
        Collector stock(problems, Area::Stock);
        const Status s = eachRow(
            db,
            QStringLiteral(
                // Level by level, its movements summed through their index; then movements
                // without a level. Nothing sorts the movements, whatever their number.
                "WITH levels AS MATERIALIZED ("
                "  SELECT l.article_id, l.warehouse_id, l.quantity AS level, coalesce(("
                "    SELECT sum(m.quantity) FROM stock_movements m"
                "    WHERE m.article_id = l.article_id"
                "    AND m.warehouse_id = l.warehouse_id), 0) AS moved FROM stock_levels l),"
                "t AS ("
                "  SELECT article_id, warehouse_id, level, moved FROM levels WHERE level <> moved"
                "  UNION ALL"
                "  SELECT m.article_id, m.warehouse_id, 0, sum(m.quantity) FROM stock_movements m"
                "  WHERE NOT EXISTS (SELECT 1 FROM stock_levels l WHERE l.article_id = m.article_id"
                "    AND l.warehouse_id = m.warehouse_id)"
                "  GROUP BY m.article_id, m.warehouse_id HAVING sum(m.quantity) <> 0) "
                "SELECT a.sku, w.code, t.level, t.moved FROM t "
                "LEFT JOIN articles a ON a.id = t.article_id "
                "LEFT JOIN warehouses w ON w.id = t.warehouse_id ORDER BY a.sku, w.code"),
            [&](const QSqlQuery &q) {
                stock.add(tr("Article %1 in warehouse %2: the stock level says %3, its movements add up to %4.")
                              .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString()));
            });
        if (!s)
            return s.error();
    }
    {
        Collector counters(problems, Area::Counters);
        const Status s = eachRow(
            db,
            QStringLiteral(
                "SELECT c.name, c.row_count, CASE c.name "
                "WHEN 'orders' THEN (SELECT count(*) FROM orders) "
                "WHEN 'order_lines' THEN (SELECT count(*) FROM order_lines) "
                "WHEN 'stock_movements' THEN (SELECT count(*) FROM stock_movements) "
                "WHEN 'journal_entries_posted' THEN (SELECT count(*) FROM journal_entries WHERE posted = 1) "
                "END AS actual FROM row_counts c ORDER BY c.name"),
            [&](const QSqlQuery &q) {
                if (q.value(2).isNull())
                    counters.add(tr("The row counter %1 counts nothing known.").arg(q.value(0).toString()));
                else if (q.value(1).toLongLong() != q.value(2).toLongLong())
                    counters.add(tr("The row counter %1 says %2, the table has %3 rows.")
                                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
            });
        if (!s)
            return s.error();
    }
    {
        AuditLog audit(db);
        auto broken = audit.verifyChain();
        if (!broken)
            return broken.error();
        if (*broken)
            problems.push_back({Area::AuditLog, tr("The audit log's chain breaks at row %1: %2")
                                                     .arg((*broken)->rowId)
                                                     .arg((*broken)->reason)});
    }
    return problems;
}

} // namespace Kontor
