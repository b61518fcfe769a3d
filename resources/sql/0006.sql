-- SPDX-FileCopyrightText: 2026 The Kontor authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 6: a company keeps its books in the chart of accounts it was set up with (Charts in
-- company/charts.h): SKR03, or the general chart for a company outside Germany. Every company
-- before this schema was set up with SKR03.
--
-- A journal line of revenue or tax keeps the tax rate it was booked at (basis points), so that
-- the amounts per rate stay in the books where one account takes several rates: the general
-- chart's sales and tax accounts, SKR03's for rates other than Germany's. NULL for other lines
-- and for lines from before.

ALTER TABLE company ADD COLUMN chart TEXT NOT NULL DEFAULT 'skr03'
    CHECK (chart IN ('skr03', 'general'));
ALTER TABLE journal_lines ADD COLUMN vat_rate INTEGER CHECK (vat_rate >= 0);
