<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Kontor::Account</name>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::AccountingService</name>
    <message>
        <source>An account needs a number and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 does not exist in the chart of accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry needs a booking date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry needs a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry needs at least two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines of a journal entry must be in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line of a journal entry is either a debit or a credit above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts of the journal entry are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry does not balance: debits %1, credits %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a posted journal entry can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry %1 has been reversed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::Cli</name>
    <message>
        <source>Kontor&apos;s command line: the same core as the desktop program, for automation.

Commands:
  init [--name NAME] [--currency CODE]   set up a new, empty company
  demo [--orders N] [--seed S]           fill a new company with the demo web shop
  info [--json]                          company name, schema and row counts
  check                                  check the file, references, ledger and stock

The company file is --db PATH, else $KONTOR_DB, else %1.

Exit codes:
  0  success; for check: no problems
  1  the command failed or check found problems (each is printed)
  2  usage error: unknown command or option, bad value
  3  the company file could not be opened (missing, damaged, not a Kontor file,
     or written by a newer Kontor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontor-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontor-cli: &apos;%1&apos; is not a currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo company with %n order(s) is in %1 (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set up; run init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: file, references, ledger and stock are consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontor-cli: check found %n problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: how many orders (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: the random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: the company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: the base currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, demo, info or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;kontor-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontor-cli: no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontor-cli: one command at a time, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontor-cli: --orders takes a number from 0 to 10000000, --seed a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontor-cli: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::Company</name>
    <message>
        <source>The company needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company needs a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company file has been set up already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company file has not been set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::CustomerService</name>
    <message>
        <source>A customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::Database</name>
    <message>
        <source>No company file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Kontor company file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Kontor (schema %2; this one knows up to %3). Install the newer Kontor to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Kontor company file; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema step %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the company file to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::DemoCompany</name>
    <message>
        <source>The number of demo orders cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo goes into a new, empty company only; this one has %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamburg outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts lacks 3980, 1576 or 1600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods receipt %1, %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart of accounts lacks 1200 or 0800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share capital paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 demo orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::Error</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::IntegrityCheck</name>
    <message numerus="yes">
        <source>… and %n more of this kind.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 has fewer than two lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not balance: debits %2, credits %3 (%4 minor units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial balance in %1 is off by %2 minor units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1 in warehouse %2: the stock level says %3, its movements add up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::Money</name>
    <message>
        <source>&apos;%1&apos; is not an amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than one sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than one decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than one decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its separators contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is unclear whether &apos;%1&apos; separates thousands or decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n decimal place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a separator stands in the wrong place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the digits are not grouped in thousands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::NumberSeries</name>
    <message>
        <source>The number series &apos;%1&apos; is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::Order</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::OrderService</name>
    <message>
        <source>The order needs a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts of order %1 are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of order %2 needs a quantity above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of order %2 has a VAT rate outside 0–100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of order %2 is not in the order&apos;s currency %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revenue account is set up for VAT %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VAT account is set up for VAT %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs its shop and the shop&apos;s order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 needs an order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 from %2 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of order %2 names an article that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouse is set up to ship order %1 from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of goods, order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment, order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment (%1), order %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::PersonnelService</name>
    <message>
        <source>A department needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee needs a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a hiring date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot leave before being hired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salary of %1 needs a currency and cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly hours of %1 are impossible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::Sql</name>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is read-only. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is busy in another window or program. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a company file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company file cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::Stock</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kontor::StockService</name>
    <message>
        <source>A warehouse needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article needs a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 needs a currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prices of article %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate of article %1 must lie between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An article with SKU %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock movement needs an article and a warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock movement cannot move nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock movement needs a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
