-- SPDX-FileCopyrightText: 2026 The Kontor authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 7: an order keeps how much the customer has paid for it (minor units of its currency,
-- cumulative: refunds are not taken off), so that a partly paid order books what arrived and a
-- later export books the rest once. Until now an order was either paid in full (paid_at set
-- for an imported order; status paid, shipped or completed for one entered in Kontor) or not.
--
-- The batch that changes an order keeps what had been paid before; NULL for the batches from
-- before this schema, whose undo takes the order's total when it was paid then (paid_at).

ALTER TABLE orders ADD COLUMN paid INTEGER NOT NULL DEFAULT 0;
UPDATE orders SET paid = total
 WHERE paid_at IS NOT NULL
    OR (import_batch_id IS NULL AND status IN ('paid', 'shipped', 'completed'));

ALTER TABLE import_batch_orders ADD COLUMN previous_paid INTEGER;
