<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Kontor::Cli</name>
    <message numerus="yes">
        <source>The demo company with %n order(s) is in %1 (%2 s).</source>
        <translation>
            <numerusform>The demo company with %n order is in %1 (%2 s).</numerusform>
            <numerusform>The demo company with %n orders is in %1 (%2 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kontor-cli: check found %n problem(s).</source>
        <translation>
            <numerusform>kontor-cli: check found %n problem.</numerusform>
            <numerusform>kontor-cli: check found %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The role %1 has %n permission(s).</source>
        <translation>
            <numerusform>The role %1 has %n permission.</numerusform>
            <numerusform>The role %1 has %n permissions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the updated orders had been edited in the shop (other lines or amounts) and were booked anew.</source>
        <translation>
            <numerusform>%n of the updated orders had been edited in the shop (other lines or amounts) and was booked anew.</numerusform>
            <numerusform>%n of the updated orders had been edited in the shop (other lines or amounts) and were booked anew.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the rejected orders have the numbers of other orders of the shop %1. If the file is another shop&apos;s, import it under that shop&apos;s own name: --shop NAME.</source>
        <translation>
            <numerusform>%n of the rejected orders has the number of another order of the shop %1. If the file is another shop&apos;s, import it under that shop&apos;s own name: --shop NAME.</numerusform>
            <numerusform>%n of the rejected orders have the numbers of other orders of the shop %1. If the file is another shop&apos;s, import it under that shop&apos;s own name: --shop NAME.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::IntegrityCheck</name>
    <message numerus="yes">
        <source>… and %n more of this kind.</source>
        <translation>
            <numerusform>… and %n more of this kind.</numerusform>
            <numerusform>… and %n more of this kind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Money</name>
    <message numerus="yes">
        <source>%1 has only %n decimal place(s)</source>
        <translation>
            <numerusform>%1 has only %n decimal place</numerusform>
            <numerusform>%1 has only %n decimal places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::OrderService</name>
    <message numerus="yes">
        <source>edited in the shop: %1 → %2 %3, %n line(s), booked anew</source>
        <translation>
            <numerusform>edited in the shop: %1 → %2 %3, %n line, booked anew</numerusform>
            <numerusform>edited in the shop: %1 → %2 %3, %n lines, booked anew</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::AccountingPage</name>
    <message numerus="yes">
        <source>%Ln journal entry(s)</source>
        <translation>
            <numerusform>%Ln journal entry</numerusform>
            <numerusform>%Ln journal entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::AdministratorDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::AuditPage</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportPreviewPage</name>
    <message numerus="yes">
        <source>%n of the orders shown cannot be imported as they stand: see the Problem column.</source>
        <translation>
            <numerusform>%n of the orders shown cannot be imported as it stands: see the Problem column.</numerusform>
            <numerusform>%n of the orders shown cannot be imported as they stand: see the Problem column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have the number of another order in the books of the shop “%1”. If this file is another shop&apos;s, go back and give that shop its own name under Shop.</source>
        <translation>
            <numerusform>%n of them has the number of another order in the books of the shop “%1”. If this file is another shop&apos;s, go back and give that shop its own name under Shop.</numerusform>
            <numerusform>%n of them have the number of another order in the books of the shop “%1”. If this file is another shop&apos;s, go back and give that shop its own name under Shop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportResultPage</name>
    <message numerus="yes">
        <source>%n of the updated orders had been edited in the shop (other lines or amounts): their sale, cost of goods and stock were reversed and booked again as the shop states them now, dated today.</source>
        <translation>
            <numerusform>%n of the updated orders had been edited in the shop (other lines or amounts): its sale, cost of goods and stock were reversed and booked again as the shop states them now, dated today.</numerusform>
            <numerusform>%n of the updated orders had been edited in the shop (other lines or amounts): their sale, cost of goods and stock were reversed and booked again as the shop states them now, dated today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have the numbers of other orders in the books of the same shop. If a file is another shop&apos;s, import it again under that shop&apos;s own name (Shop, on the first page).</source>
        <translation>
            <numerusform>%n of them has the number of another order in the books of the same shop. If a file is another shop&apos;s, import it again under that shop&apos;s own name (Shop, on the first page).</numerusform>
            <numerusform>%n of them have the numbers of other orders in the books of the same shop. If a file is another shop&apos;s, import it again under that shop&apos;s own name (Shop, on the first page).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::LoginDialog</name>
    <message numerus="yes">
        <source>An administrator set your password. Choose your own now: at least %n characters, not a common one.</source>
        <translation>
            <numerusform>An administrator set your password. Choose your own now: at least %n character, not a common one.</numerusform>
            <numerusform>An administrator set your password. Choose your own now: at least %n characters, not a common one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::OrdersPage</name>
    <message numerus="yes">
        <source>%Ln order line(s)</source>
        <translation>
            <numerusform>%Ln order line</numerusform>
            <numerusform>%Ln order lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::PersonnelPage</name>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln employee</numerusform>
            <numerusform>%Ln employees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::StockPage</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::UserService</name>
    <message numerus="yes">
        <source>%n wrong password(s) in a row; locked until %1</source>
        <translation>
            <numerusform>%n wrong password in a row; locked until %1</numerusform>
            <numerusform>%n wrong passwords in a row; locked until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row</source>
        <translation>
            <numerusform>%n wrong password in a row</numerusform>
            <numerusform>%n wrong passwords in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user name or the password is wrong. After %n wrong passwords in a row, %1 is locked until %2.</source>
        <translation>
            <numerusform>The user name or the password is wrong. After %n wrong password in a row, %1 is locked until %2.</numerusform>
            <numerusform>The user name or the password is wrong. After %n wrong passwords in a row, %1 is locked until %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
