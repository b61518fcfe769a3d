-- SPDX-FileCopyrightText: 2026 The Kontor authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 2: storefront imports. Each run of the importer is an import batch; orders remember
-- what the shop said about their money and shipping, and every booking and stock movement an
-- import caused names its batch, so a batch can be undone by reversing exactly those.

CREATE TABLE import_batches (
    id                INTEGER PRIMARY KEY,
    started_at        TEXT    NOT NULL,
    finished_at       TEXT    NOT NULL,
    user_name         TEXT    NOT NULL,
    shop              TEXT    NOT NULL,
    file_name         TEXT    NOT NULL,
    profile           TEXT    NOT NULL,
    inserted          INTEGER NOT NULL DEFAULT 0,
    updated           INTEGER NOT NULL DEFAULT 0,
    unchanged         INTEGER NOT NULL DEFAULT 0,
    rejected          INTEGER NOT NULL DEFAULT 0,
    lines             INTEGER NOT NULL DEFAULT 0,
    customers_created INTEGER NOT NULL DEFAULT 0,
    articles_created  INTEGER NOT NULL DEFAULT 0,
    undone_at         TEXT,
    undone_by         TEXT,
    undo_of           INTEGER REFERENCES import_batches (id)
);

-- The orders a batch inserted or changed, with what they were before it changed them.
CREATE TABLE import_batch_orders (
    batch_id                  INTEGER NOT NULL REFERENCES import_batches (id),
    order_id                  INTEGER NOT NULL REFERENCES orders (id),
    action                    TEXT    NOT NULL CHECK (action IN ('inserted', 'updated')),
    previous_status           TEXT,
    previous_financial_status TEXT,
    previous_fulfilment       TEXT,
    previous_refunded         INTEGER,
    previous_paid_at          TEXT,
    previous_cancelled_at     TEXT,
    previous_fingerprint      INTEGER,
    previous_batch_id         INTEGER,
    PRIMARY KEY (batch_id, order_id)
) WITHOUT ROWID;
CREATE INDEX import_batch_orders_order ON import_batch_orders (order_id, batch_id);

ALTER TABLE orders ADD COLUMN financial_status TEXT;
ALTER TABLE orders ADD COLUMN fulfilment_status TEXT;
ALTER TABLE orders ADD COLUMN refunded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN discount INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN tip INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN paid_at TEXT;
ALTER TABLE orders ADD COLUMN cancelled_at TEXT;
-- The taxes as the shop reported them, per rate in basis points: "1900:304;700:12".
ALTER TABLE orders ADD COLUMN tax_breakdown TEXT;
-- Withdrawn by undoing the batch that imported it: the order's bookings are reversed and its
-- stock is back, but the row stays so that its history does.
ALTER TABLE orders ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1));
ALTER TABLE orders ADD COLUMN source_fingerprint INTEGER;
ALTER TABLE orders ADD COLUMN import_batch_id INTEGER REFERENCES import_batches (id);

-- What an entry books, so that a later change can find the entries to reverse.
ALTER TABLE journal_entries ADD COLUMN purpose TEXT
    CHECK (purpose IN ('sale', 'cost_of_goods', 'payment', 'refund'));
ALTER TABLE journal_entries ADD COLUMN import_batch_id INTEGER REFERENCES import_batches (id);
CREATE INDEX journal_entries_import_batch ON journal_entries (import_batch_id)
    WHERE import_batch_id IS NOT NULL;

ALTER TABLE stock_movements ADD COLUMN import_batch_id INTEGER REFERENCES import_batches (id);
CREATE INDEX stock_movements_import_batch ON stock_movements (import_batch_id)
    WHERE import_batch_id IS NOT NULL;

ALTER TABLE audit_log ADD COLUMN import_batch_id INTEGER REFERENCES import_batches (id);

-- Accounts an import books to beyond the 19 % / 7 % / tax-free ones: revenue and VAT at any
-- other rate (foreign shops), refunds, and tips passed on to the staff.
INSERT INTO accounts (number, name, kind, vat_rate)
SELECT v.number, v.name, v.kind, v.vat_rate
FROM (SELECT '1590' AS number, 'Durchlaufende Posten' AS name, 'liability' AS kind,
             NULL AS vat_rate
      UNION ALL SELECT '1770', 'Umsatzsteuer', 'liability', NULL
      UNION ALL SELECT '8200', 'Erlöse', 'income', NULL
      UNION ALL SELECT '8700', 'Erlösschmälerungen', 'income', NULL) AS v
WHERE EXISTS (SELECT 1 FROM accounts)
  AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.number = v.number);
