-- SPDX-FileCopyrightText: 2026 The Kontor authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 8: an imported order keeps the shop system's own id of it when the export has one
-- (Shopify's Id, unique across all shops), so that another shop's order with the same number,
-- day and currency is told apart from an edit of this one. NULL for orders imported before,
-- filled by the next export in which their rows differ from the ones imported.

ALTER TABLE orders ADD COLUMN shop_order_id TEXT;
