-- SPDX-FileCopyrightText: 2026 The Kontor authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Schema 6: a company keeps its books in the chart of accounts it was set up with (Charts in
-- company/charts.h): SKR03, or the general chart for a company outside Germany. Every company
-- before this schema was set up with SKR03.

ALTER TABLE company ADD COLUMN chart TEXT NOT NULL DEFAULT 'skr03'
    CHECK (chart IN ('skr03', 'general'));
