// SPDX-FileCopyrightText: 2026 The Kontor authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include "audit/auditlog.h"
#include "persistence/database.h"
#include "persistence/sql.h"

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
        Collector ledger(problems, Area::Ledger);
        Status s = eachRow(
            db,
            QStringLiteral(
                "SELECT e.number, e.currency, coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0), "
                "count(l.id) FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id "
                "WHERE e.posted = 1 GROUP BY e.id, e.number, e.currency "
                "HAVING coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) OR count(l.id) < 2 "
                "ORDER BY e.id"),
            [&](const QSqlQuery &q) {
                if (q.value(4).toLongLong() < 2)
                    ledger.add(tr("Entry %1 has fewer than two lines.").arg(q.value(0).toString()));
                else
                    ledger.add(tr("Entry %1 does not balance: debits %2, credits %3 (%4 minor units).")
                                   .arg(q.value(0).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(1).toString()));
            });
        if (!s)
            return s.error();
        s = eachRow(db,
                    QStringLiteral("SELECT e.currency, sum(l.debit) - sum(l.credit) FROM journal_lines l "
                                   "JOIN journal_entries e ON e.id = l.entry_id WHERE e.posted = 1 "
                                   "GROUP BY e.currency HAVING sum(l.debit) <> sum(l.credit)"),
                    [&](const QSqlQuery &q) {
                        ledger.add(tr("The trial balance in %1 is off by %2 minor units.")
                                       .arg(q.value(0).toString(), q.value(1).toString()));
                    });
        if (!s)
            return s.error();
    }
    {
        Collector stock(problems, Area::Stock);
        const Status s = eachRow(
            db,
            QStringLiteral(
                "SELECT a.sku, w.code, t.level, t.moved FROM ("
                "  SELECT article_id, warehouse_id, sum(level) AS level, sum(moved) AS moved FROM ("
                "    SELECT article_id, warehouse_id, quantity AS level, 0 AS moved FROM stock_levels"
                "    UNION ALL"
                "    SELECT article_id, warehouse_id, 0, quantity FROM stock_movements"
                "  ) AS u GROUP BY article_id, warehouse_id HAVING sum(level) <> sum(moved)"
                ") AS t LEFT JOIN articles a ON a.id = t.article_id "
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
