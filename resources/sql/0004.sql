-- SPDX-FileCopyrightText: 2026 The Kontor authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 4: names sort as people read them. SQLite compares text by code point: "Schäfer"
-- came after "Schulz", "Ölmann" and "de Vries" after "Zander". Each name that a list sorts by
-- gets a sort key beside it (common/sortkey.h: without case and accents, "ß" as "ss", as
-- DIN 5007-1 has it), written with the name, and the list's index is on the key.
-- SQLite cannot compute the key itself (it folds ASCII only, and Qt gives no way to teach it
-- a collation), so the rows written before schema 4 get theirs when Kontor next opens the
-- company (company/company.cpp); until then their keys are NULL.

ALTER TABLE customers ADD COLUMN name_key TEXT;
ALTER TABLE customers ADD COLUMN city_key TEXT;
DROP INDEX customers_name;
CREATE INDEX customers_name ON customers (name_key);
DROP INDEX customers_city;
CREATE INDEX customers_city ON customers (city_key);

ALTER TABLE articles ADD COLUMN name_key TEXT;
DROP INDEX articles_name;
CREATE INDEX articles_name ON articles (name_key);

ALTER TABLE employees ADD COLUMN last_name_key TEXT;
ALTER TABLE employees ADD COLUMN first_name_key TEXT;
DROP INDEX employees_last_name;
CREATE INDEX employees_name ON employees (last_name_key, first_name_key);

-- Few rows, read whole: no index.
ALTER TABLE departments ADD COLUMN name_key TEXT;

-- The lines of an order are found through UNIQUE (order_id, line_no), which starts with the
-- same column: a second index on order_id alone only cost every imported line a write.
DROP INDEX order_lines_order;
