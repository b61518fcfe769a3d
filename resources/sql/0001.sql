-- SPDX-FileCopyrightText: 2026 The Kontor authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Kontor schema 1: the company, customers, orders, stock, personnel, accounting, audit log.
-- Money is INTEGER minor units beside a currency code; rates are basis points (1900 = 19 %);
-- timestamps are ISO 8601 UTC text, business dates YYYY-MM-DD.

CREATE TABLE company (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT    NOT NULL,
    base_currency TEXT    NOT NULL CHECK (length(base_currency) = 3),
    country       TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
);

-- Gapless numbers (orders, customers, employees, journal entries), one row per series.
CREATE TABLE number_series (
    name       TEXT    PRIMARY KEY,
    prefix     TEXT    NOT NULL,
    next_value INTEGER NOT NULL CHECK (next_value > 0),
    width      INTEGER NOT NULL
);

-- Row counts of the big tables, kept by triggers: an unfiltered list knows its size at once.
-- `kontor-cli check` compares them with the tables.
CREATE TABLE row_counts (
    name      TEXT    PRIMARY KEY,
    row_count INTEGER NOT NULL
);
INSERT INTO row_counts (name, row_count) VALUES
    ('orders', 0), ('order_lines', 0), ('stock_movements', 0), ('journal_entries_posted', 0);

-- Who did what, when. Append-only: written in the same transaction as the change it names.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    occurred_at TEXT    NOT NULL,
    user_name   TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    record_type TEXT    NOT NULL,
    record_id   INTEGER,
    summary     TEXT    NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (record_type, record_id);
CREATE INDEX audit_log_occurred ON audit_log (occurred_at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Customers -------------------------------------------------------------------------------

CREATE TABLE customers (
    id         INTEGER PRIMARY KEY,
    number     TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    email      TEXT,
    phone      TEXT,
    street     TEXT,
    postcode   TEXT,
    city       TEXT,
    country    TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);
CREATE INDEX customers_name ON customers (name);
CREATE INDEX customers_email ON customers (email);
CREATE INDEX customers_city ON customers (city);
CREATE VIRTUAL TABLE customers_search USING fts5 (
    number, name, email, city, content = 'customers', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER customers_search_insert AFTER INSERT ON customers
BEGIN
    INSERT INTO customers_search (rowid, number, name, email, city)
    VALUES (NEW.id, NEW.number, NEW.name, NEW.email, NEW.city);
END;
CREATE TRIGGER customers_search_delete AFTER DELETE ON customers
BEGIN
    INSERT INTO customers_search (customers_search, rowid, number, name, email, city)
    VALUES ('delete', OLD.id, OLD.number, OLD.name, OLD.email, OLD.city);
END;
CREATE TRIGGER customers_search_update AFTER UPDATE ON customers
BEGIN
    INSERT INTO customers_search (customers_search, rowid, number, name, email, city)
    VALUES ('delete', OLD.id, OLD.number, OLD.name, OLD.email, OLD.city);
    INSERT INTO customers_search (rowid, number, name, email, city)
    VALUES (NEW.id, NEW.number, NEW.name, NEW.email, NEW.city);
END;

-- Stock -----------------------------------------------------------------------------------

CREATE TABLE warehouses (
    id   INTEGER PRIMARY KEY,
    code TEXT    NOT NULL UNIQUE,
    name TEXT    NOT NULL
);

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY,
    sku            TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    ean            TEXT,
    unit           TEXT    NOT NULL,
    currency       TEXT    NOT NULL CHECK (length(currency) = 3),
    sales_price    INTEGER NOT NULL CHECK (sales_price >= 0),     -- gross, per unit
    purchase_price INTEGER NOT NULL CHECK (purchase_price >= 0),  -- net, per unit
    vat_rate       INTEGER NOT NULL CHECK (vat_rate >= 0),
    stock_tracked  INTEGER NOT NULL CHECK (stock_tracked IN (0, 1)),
    needs_review   INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    created_at     TEXT    NOT NULL
);
CREATE INDEX articles_name ON articles (name);
CREATE INDEX articles_sales_price ON articles (sales_price);
CREATE VIRTUAL TABLE articles_search USING fts5 (
    sku, name, ean, content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER articles_search_insert AFTER INSERT ON articles
BEGIN
    INSERT INTO articles_search (rowid, sku, name, ean) VALUES (NEW.id, NEW.sku, NEW.name, NEW.ean);
END;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles
BEGIN
    INSERT INTO articles_search (articles_search, rowid, sku, name, ean)
    VALUES ('delete', OLD.id, OLD.sku, OLD.name, OLD.ean);
END;
CREATE TRIGGER articles_search_update AFTER UPDATE ON articles
BEGIN
    INSERT INTO articles_search (articles_search, rowid, sku, name, ean)
    VALUES ('delete', OLD.id, OLD.sku, OLD.name, OLD.ean);
    INSERT INTO articles_search (rowid, sku, name, ean) VALUES (NEW.id, NEW.sku, NEW.name, NEW.ean);
END;

-- Every change of stock is a movement; movements are never changed or removed, only
-- countered by another movement.
CREATE TABLE stock_movements (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id),
    warehouse_id INTEGER NOT NULL REFERENCES warehouses (id),
    quantity     INTEGER NOT NULL CHECK (quantity <> 0),
    kind         TEXT    NOT NULL
                 CHECK (kind IN ('receipt', 'sale', 'return', 'adjustment', 'transfer')),
    occurred_at  TEXT    NOT NULL,
    unit_cost    INTEGER NOT NULL DEFAULT 0,
    order_id     INTEGER REFERENCES orders (id),
    reference    TEXT,
    created_by   TEXT    NOT NULL
);
CREATE INDEX stock_movements_article ON stock_movements (article_id, occurred_at);
CREATE INDEX stock_movements_order ON stock_movements (order_id);
CREATE TRIGGER stock_movements_no_update BEFORE UPDATE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock movements cannot be changed; record a counter-movement');
END;
CREATE TRIGGER stock_movements_no_delete BEFORE DELETE ON stock_movements
BEGIN
    SELECT RAISE(ABORT, 'stock movements cannot be deleted; record a counter-movement');
END;

-- Kept by the trigger below: the level is always the sum of the movements.
CREATE TABLE stock_levels (
    article_id   INTEGER NOT NULL REFERENCES articles (id),
    warehouse_id INTEGER NOT NULL REFERENCES warehouses (id),
    quantity     INTEGER NOT NULL,
    PRIMARY KEY (article_id, warehouse_id)
);
CREATE TRIGGER stock_movements_level AFTER INSERT ON stock_movements
BEGIN
    INSERT INTO stock_levels (article_id, warehouse_id, quantity)
    VALUES (NEW.article_id, NEW.warehouse_id, NEW.quantity)
    ON CONFLICT (article_id, warehouse_id)
    DO UPDATE SET quantity = stock_levels.quantity + excluded.quantity;
END;

-- Orders ----------------------------------------------------------------------------------

CREATE TABLE orders (
    id                 INTEGER PRIMARY KEY,
    number             TEXT    NOT NULL UNIQUE,
    shop               TEXT    NOT NULL,
    external_id        TEXT    NOT NULL,
    customer_id        INTEGER REFERENCES customers (id),
    ordered_at         TEXT    NOT NULL,
    status             TEXT    NOT NULL
                       CHECK (status IN ('open', 'paid', 'shipped', 'completed', 'cancelled', 'refunded')),
    currency           TEXT    NOT NULL CHECK (length(currency) = 3),
    prices_include_tax INTEGER NOT NULL CHECK (prices_include_tax IN (0, 1)),
    net_total          INTEGER NOT NULL,
    tax_total          INTEGER NOT NULL,
    shipping           INTEGER NOT NULL DEFAULT 0,
    total              INTEGER NOT NULL,
    payment_method     TEXT,
    payment_reference  TEXT,
    note               TEXT,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    UNIQUE (shop, external_id)
);
CREATE INDEX orders_ordered_at ON orders (ordered_at);
CREATE INDEX orders_external_id ON orders (external_id);
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_status ON orders (status);
CREATE INDEX orders_total ON orders (total);

CREATE TABLE order_lines (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders (id),
    line_no      INTEGER NOT NULL,
    article_id   INTEGER REFERENCES articles (id),
    sku          TEXT,
    description  TEXT    NOT NULL,
    quantity     INTEGER NOT NULL,
    unit_price   INTEGER NOT NULL,   -- as quoted: gross when the order's prices include tax
    discount     INTEGER NOT NULL DEFAULT 0,
    vat_rate     INTEGER NOT NULL,
    net_amount   INTEGER NOT NULL,
    tax_amount   INTEGER NOT NULL,
    gross_amount INTEGER NOT NULL,
    UNIQUE (order_id, line_no),
    CHECK (gross_amount = net_amount + tax_amount)
);
CREATE INDEX order_lines_order ON order_lines (order_id);
CREATE INDEX order_lines_article ON order_lines (article_id);
-- Covers a SKU filter under the default sort by order, without touching the table.
CREATE INDEX order_lines_sku ON order_lines (sku, order_id, line_no);
CREATE INDEX order_lines_gross ON order_lines (gross_amount);

-- Personnel -------------------------------------------------------------------------------

CREATE TABLE departments (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    cost_centre TEXT
);

CREATE TABLE employees (
    id             INTEGER PRIMARY KEY,
    number         TEXT    NOT NULL UNIQUE,
    first_name     TEXT    NOT NULL,
    last_name      TEXT    NOT NULL,
    department_id  INTEGER REFERENCES departments (id),
    job_title      TEXT    NOT NULL,
    email          TEXT,
    phone          TEXT,
    street         TEXT,
    postcode       TEXT,
    city           TEXT,
    birth_date     TEXT,
    hired_on       TEXT    NOT NULL,
    left_on        TEXT,
    weekly_minutes INTEGER NOT NULL CHECK (weekly_minutes >= 0),
    monthly_salary INTEGER NOT NULL CHECK (monthly_salary >= 0),
    currency       TEXT    NOT NULL CHECK (length(currency) = 3),
    created_at     TEXT    NOT NULL
);
CREATE INDEX employees_last_name ON employees (last_name, first_name);
CREATE INDEX employees_department ON employees (department_id);
CREATE INDEX employees_hired_on ON employees (hired_on);
CREATE VIRTUAL TABLE employees_search USING fts5 (
    number, first_name, last_name, job_title, city, content = 'employees', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER employees_search_insert AFTER INSERT ON employees
BEGIN
    INSERT INTO employees_search (rowid, number, first_name, last_name, job_title, city)
    VALUES (NEW.id, NEW.number, NEW.first_name, NEW.last_name, NEW.job_title, NEW.city);
END;
CREATE TRIGGER employees_search_delete AFTER DELETE ON employees
BEGIN
    INSERT INTO employees_search (employees_search, rowid, number, first_name, last_name, job_title, city)
    VALUES ('delete', OLD.id, OLD.number, OLD.first_name, OLD.last_name, OLD.job_title, OLD.city);
END;
CREATE TRIGGER employees_search_update AFTER UPDATE ON employees
BEGIN
    INSERT INTO employees_search (employees_search, rowid, number, first_name, last_name, job_title, city)
    VALUES ('delete', OLD.id, OLD.number, OLD.first_name, OLD.last_name, OLD.job_title, OLD.city);
    INSERT INTO employees_search (rowid, number, first_name, last_name, job_title, city)
    VALUES (NEW.id, NEW.number, NEW.first_name, NEW.last_name, NEW.job_title, NEW.city);
END;

-- Accounting ------------------------------------------------------------------------------

CREATE TABLE accounts (
    id       INTEGER PRIMARY KEY,
    number   TEXT    NOT NULL UNIQUE,
    name     TEXT    NOT NULL,
    kind     TEXT    NOT NULL CHECK (kind IN ('asset', 'liability', 'equity', 'income', 'expense')),
    vat_rate INTEGER
);

-- An entry is a draft until posted. Posting needs balanced lines; posted entries and their
-- lines are never changed or deleted: a correction is a reversing entry.
CREATE TABLE journal_entries (
    id           INTEGER PRIMARY KEY,
    number       TEXT    UNIQUE,
    booking_date TEXT    NOT NULL,
    description  TEXT    NOT NULL,
    reference    TEXT,
    currency     TEXT    NOT NULL CHECK (length(currency) = 3),
    order_id     INTEGER REFERENCES orders (id),
    reverses_id  INTEGER REFERENCES journal_entries (id),
    posted       INTEGER NOT NULL DEFAULT 0 CHECK (posted IN (0, 1)),
    posted_at    TEXT,
    posted_by    TEXT,
    created_at   TEXT    NOT NULL,
    created_by   TEXT    NOT NULL,
    CHECK (posted = 0 OR (number IS NOT NULL AND posted_at IS NOT NULL AND posted_by IS NOT NULL))
);
CREATE INDEX journal_entries_date ON journal_entries (booking_date);
CREATE INDEX journal_entries_order ON journal_entries (order_id);
CREATE INDEX journal_entries_reference ON journal_entries (reference);
CREATE UNIQUE INDEX journal_entries_reversal ON journal_entries (reverses_id);

CREATE TABLE journal_lines (
    id         INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL REFERENCES journal_entries (id),
    line_no    INTEGER NOT NULL,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    debit      INTEGER NOT NULL DEFAULT 0 CHECK (debit >= 0),
    credit     INTEGER NOT NULL DEFAULT 0 CHECK (credit >= 0),
    memo       TEXT,
    UNIQUE (entry_id, line_no),
    CHECK ((debit = 0) <> (credit = 0))
);
CREATE INDEX journal_lines_account ON journal_lines (account_id);

CREATE TRIGGER journal_entries_insert_draft BEFORE INSERT ON journal_entries
WHEN NEW.posted <> 0
BEGIN
    SELECT RAISE(ABORT, 'a journal entry is posted only after its lines are written');
END;
CREATE TRIGGER journal_entries_post_balanced BEFORE UPDATE OF posted ON journal_entries
WHEN OLD.posted = 0 AND NEW.posted = 1
BEGIN
    SELECT RAISE(ABORT, 'a journal entry needs at least two lines')
    WHERE (SELECT count(*) FROM journal_lines WHERE entry_id = NEW.id) < 2;
    SELECT RAISE(ABORT, 'the debits and credits of a journal entry must be equal')
    WHERE (SELECT sum(debit) - sum(credit) FROM journal_lines WHERE entry_id = NEW.id) <> 0;
END;
CREATE TRIGGER journal_entries_posted_no_update BEFORE UPDATE ON journal_entries
WHEN OLD.posted = 1
BEGIN
    SELECT RAISE(ABORT, 'a posted journal entry cannot be changed; post a reversal');
END;
CREATE TRIGGER journal_entries_posted_no_delete BEFORE DELETE ON journal_entries
WHEN OLD.posted = 1
BEGIN
    SELECT RAISE(ABORT, 'a posted journal entry cannot be deleted; post a reversal');
END;
CREATE TRIGGER journal_lines_posted_no_insert BEFORE INSERT ON journal_lines
WHEN (SELECT posted FROM journal_entries WHERE id = NEW.entry_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'lines cannot be added to a posted journal entry; post a reversal');
END;
CREATE TRIGGER journal_lines_posted_no_update BEFORE UPDATE ON journal_lines
WHEN (SELECT posted FROM journal_entries WHERE id = OLD.entry_id) = 1
  OR (SELECT posted FROM journal_entries WHERE id = NEW.entry_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'posted journal lines cannot be changed; post a reversal');
END;
CREATE TRIGGER journal_lines_posted_no_delete BEFORE DELETE ON journal_lines
WHEN (SELECT posted FROM journal_entries WHERE id = OLD.entry_id) = 1
BEGIN
    SELECT RAISE(ABORT, 'posted journal lines cannot be deleted; post a reversal');
END;

-- Row counts ----------------------------------------------------------------------------------

CREATE TRIGGER orders_count_insert AFTER INSERT ON orders
BEGIN
    UPDATE row_counts SET row_count = row_count + 1 WHERE name = 'orders';
END;
CREATE TRIGGER orders_count_delete AFTER DELETE ON orders
BEGIN
    UPDATE row_counts SET row_count = row_count - 1 WHERE name = 'orders';
END;
CREATE TRIGGER order_lines_count_insert AFTER INSERT ON order_lines
BEGIN
    UPDATE row_counts SET row_count = row_count + 1 WHERE name = 'order_lines';
END;
CREATE TRIGGER order_lines_count_delete AFTER DELETE ON order_lines
BEGIN
    UPDATE row_counts SET row_count = row_count - 1 WHERE name = 'order_lines';
END;
CREATE TRIGGER stock_movements_count_insert AFTER INSERT ON stock_movements
BEGIN
    UPDATE row_counts SET row_count = row_count + 1 WHERE name = 'stock_movements';
END;
CREATE TRIGGER journal_entries_count_post AFTER UPDATE OF posted ON journal_entries
WHEN OLD.posted = 0 AND NEW.posted = 1
BEGIN
    UPDATE row_counts SET row_count = row_count + 1 WHERE name = 'journal_entries_posted';
END;
