-- SPDX-FileCopyrightText: 2026 The Kontor authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 5: an order edited in the shop after it was imported (other lines, other amounts) is
-- booked anew instead of being refused. The batch that does so keeps the order's amounts and
-- lines as they were before (JSON, importing/importbatch.cpp), so that undoing the batch
-- gives the order back as it was; NULL for every other change.

ALTER TABLE import_batch_orders ADD COLUMN previous_order TEXT;
