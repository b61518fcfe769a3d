-- SPDX-FileCopyrightText: 2026 The Kontor authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- SQLite's own floor for a first import: the rows that bench_import's first step writes for
-- 100,000 line items (33,333 orders), inserted by SQLite alone, one INSERT ... SELECT per table,
-- with no program, no parsing and no per-row statement at all. Kontor's import cannot be faster
-- than this on the same schema. Per order, as the first step writes them: 3 lines, 3 stock
-- movements, 2 posted journal entries of 4 lines, 7 audit rows, 0.74 new customers (measured
-- on its export: 3.0 lines, 3.1 movements, 2.1 entries of 3.6 lines, 7 audit rows).
--
-- Run it on a new, empty company with the sqlite3 shell (its generate_series is built in):
--   kontor-cli --db /tmp/floor.sqlite init --name Floor
--   sqlite3 /tmp/floor.sqlite < tests/bench/sqlite_floor.sql
-- and add up the "Run Time" lines.

PRAGMA foreign_keys = ON;
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -16384;
.timer on
BEGIN IMMEDIATE;
INSERT INTO import_batches (id, started_at, finished_at, user_name, shop, file_name, profile)
VALUES (1, '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z', 'bench', 'shopify', 'f', 'shopify');
INSERT INTO articles (id, sku, name, unit, currency, sales_price, purchase_price, vat_rate,
                      stock_tracked, created_at)
SELECT value, 'SKU-' || value, 'Tee ' || value, 'pc', 'EUR', 1190, 500, 1900, 1,
       '2026-12-06T00:00:00.000Z'
FROM generate_series(1, 300);
INSERT INTO customers (id, number, name, email, city, country, created_at)
SELECT value, printf('K%07d', value), 'Kundin ' || value, 'k' || value || '@example.de', 'Köln',
       'DE', '2026-12-06T00:00:00.000Z'
FROM generate_series(1, 24666);
INSERT INTO orders (id, number, shop, external_id, customer_id, ordered_at, status, currency,
                    prices_include_tax, net_total, tax_total, shipping, total, payment_method,
                    created_at, updated_at, financial_status, fulfilment_status,
                    source_fingerprint, import_batch_id)
SELECT value, printf('A%08d', value), 'shopify', '#' || (1000 + value), value % 24666 + 1,
       printf('2025-%02d-%02dT10:00:00.000Z', value % 12 + 1, value % 28 + 1), 'paid', 'EUR', 1,
       3000, 570, 0, 3570, 'paypal', '2026-12-06T00:00:00.000Z', '2026-12-06T00:00:00.000Z',
       'paid', 'fulfilled', value * 7919, 1
FROM generate_series(1, 33333);
INSERT INTO order_lines (order_id, line_no, article_id, sku, description, quantity, unit_price,
                         vat_rate, net_amount, tax_amount, gross_amount)
SELECT o.value, l.value, (o.value * 7 + l.value) % 300 + 1, 'SKU-' || ((o.value * 7 + l.value) % 300 + 1),
       'Grüner Tee', 1, 1190, 1900, 1000, 190, 1190
FROM generate_series(1, 33333) AS o, generate_series(1, 3) AS l;
INSERT INTO stock_movements (article_id, warehouse_id, quantity, kind, occurred_at, unit_cost,
                             order_id, reference, created_by, import_batch_id)
SELECT (o.value * 7 + l.value) % 300 + 1, 1, -1, 'sale', '2025-01-01T10:00:00.000Z', 500, o.value,
       printf('A%08d', o.value), 'bench', 1
FROM generate_series(1, 33333) AS o, generate_series(1, 3) AS l;
INSERT INTO journal_entries (id, booking_date, description, reference, currency, order_id,
                             created_at, created_by, purpose, import_batch_id)
SELECT 1000 + o.value * 2 + e.value, '2025-01-01', 'Auftrag A' || o.value, printf('A%08d', o.value),
       'EUR', o.value, '2026-12-06T00:00:00.000Z', 'bench',
       CASE e.value WHEN 0 THEN 'sale' ELSE 'payment' END, 1
FROM generate_series(1, 33333) AS o, generate_series(0, 1) AS e;
INSERT INTO journal_lines (entry_id, line_no, account_id, debit, credit)
SELECT 1000 + o.value * 2 + e.value, l.value, l.value,
       CASE l.value WHEN 1 THEN 3570 ELSE 0 END, CASE l.value WHEN 1 THEN 0 ELSE 1190 END
FROM generate_series(1, 33333) AS o, generate_series(0, 1) AS e, generate_series(1, 4) AS l;
UPDATE journal_entries SET posted = 1, number = printf('B%08d', id),
       posted_at = '2026-12-06T00:00:00.000Z', posted_by = 'bench'
WHERE posted = 0 AND import_batch_id = 1;
INSERT INTO audit_log (occurred_at, user_name, action, record_type, record_id, summary,
                       import_batch_id, hash)
SELECT '2026-12-06T00:00:00.000Z', 'bench', 'post', 'journal_entry', value,
       'A00000001 shopify #1001 35.70 EUR', 1,
       'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
FROM generate_series(1, 233333);
INSERT INTO import_batch_orders (batch_id, order_id, action)
SELECT 1, value, 'inserted' FROM generate_series(1, 33333);
COMMIT;
