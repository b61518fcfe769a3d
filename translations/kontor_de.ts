<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Kontor::AccessPolicy</name>
    <message>
        <source>%1 may not do this; it needs the permission “%2”. Ask an administrator.</source>
        <translation>%1 darf das nicht; dazu gehört die Berechtigung „%2“. Fragen Sie einen Administrator.</translation>
    </message>
</context>
<context>
    <name>Kontor::Account</name>
    <message>
        <source>Asset</source>
        <translation>Vermögen</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Verbindlichkeit</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Ertrag</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Aufwand</translation>
    </message>
</context>
<context>
    <name>Kontor::AccountingService</name>
    <message>
        <source>An account needs a number and a name.</source>
        <translation>Ein Konto benötigt eine Kontonummer und eine Bezeichnung.</translation>
    </message>
    <message>
        <source>The account %1 does not exist in the chart of accounts.</source>
        <translation>Das Konto %1 ist im Kontenrahmen nicht vorhanden.</translation>
    </message>
    <message>
        <source>A journal entry needs a booking date.</source>
        <translation>Eine Buchung benötigt ein Buchungsdatum.</translation>
    </message>
    <message>
        <source>A journal entry needs a description.</source>
        <translation>Eine Buchung benötigt einen Buchungstext.</translation>
    </message>
    <message>
        <source>A journal entry needs a currency.</source>
        <translation>Eine Buchung benötigt eine Währung.</translation>
    </message>
    <message>
        <source>A journal entry needs at least two lines.</source>
        <translation>Eine Buchung benötigt mindestens zwei Buchungszeilen.</translation>
    </message>
    <message>
        <source>All lines of a journal entry must be in %1.</source>
        <translation>Alle Zeilen einer Buchung müssen in %1 sein.</translation>
    </message>
    <message>
        <source>Each line of a journal entry is either a debit or a credit above zero.</source>
        <translation>Jede Zeile einer Buchung muss entweder im Soll oder im Haben einen Betrag über null haben.</translation>
    </message>
    <message>
        <source>The amounts of the journal entry are too large.</source>
        <translation>Die Beträge der Buchung sind zu groß.</translation>
    </message>
    <message>
        <source>The entry does not balance: debits %1, credits %2.</source>
        <translation>Die Buchung ist nicht ausgeglichen: Soll %1, Haben %2.</translation>
    </message>
    <message>
        <source>Only a posted journal entry can be reversed.</source>
        <translation>Nur eine bereits gebuchte Buchung kann storniert werden.</translation>
    </message>
    <message>
        <source>The entry %1 has been reversed already.</source>
        <translation>Die Buchung %1 wurde bereits storniert.</translation>
    </message>
    <message>
        <source>Reversal of %1: %2</source>
        <translation>Storno zu %1: %2</translation>
    </message>
</context>
<context>
    <name>Kontor::App::Application</name>
    <message>
        <source>Open company</source>
        <translation>Firma öffnen</translation>
    </message>
    <message>
        <source>%1 has not been set up as a company yet; create it with File › New company.</source>
        <translation>%1 ist noch nicht als Firma eingerichtet; legen Sie sie mit Datei › Neue Firma… an.</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Creating the demo company…</source>
        <translation>Die Demofirma wird angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
</context>
<context>
    <name>Kontor::AuditLog</name>
    <message>
        <source>audit row %1 has no hash.</source>
        <translation>Protokollzeile %1 hat keinen Hashwert.</translation>
    </message>
    <message>
        <source>audit row %1 does not follow row %2: a row between them was removed, or one of them was changed.</source>
        <translation>Protokollzeile %1 folgt nicht auf Zeile %2: Eine Zeile dazwischen wurde entfernt, oder eine der beiden wurde geändert.</translation>
    </message>
    <message>
        <source>audit row %1 was changed after it was written, or a row before it was.</source>
        <translation>Protokollzeile %1 wurde nach dem Schreiben geändert, oder eine Zeile davor.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>withdrawn (import undone)</source>
        <translation>zurückgenommen (Import rückgängig)</translation>
    </message>
    <message>
        <source>restored (import undone)</source>
        <translation>wiederhergestellt (Import rückgängig)</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>logged in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>Lagerbewegung</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>Kontor::Backups</name>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 lässt sich nicht wiederherstellen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it fails the integrity check (%2).</source>
        <translation>%1 lässt sich nicht wiederherstellen: Die Datei besteht die Integritätsprüfung nicht (%2).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>Die alte Sicherung %1 lässt sich nicht entfernen.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Es gibt keine Sicherung %1.</translation>
    </message>
    <message>
        <source>%1 is open in Kontor (or was not closed properly). Close it everywhere, or open and close it once, then restore.</source>
        <translation>%1 ist in Kontor geöffnet (oder wurde nicht richtig geschlossen). Schließen Sie die Firma überall, oder öffnen und schließen Sie sie einmal, und stellen Sie dann wieder her.</translation>
    </message>
    <message>
        <source>%1 cannot be moved aside; nothing was changed.</source>
        <translation>%1 lässt sich nicht beiseitelegen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The backup cannot take the place of %1; nothing was changed.</source>
        <translation>Die Sicherung kann nicht an die Stelle von %1 treten; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be copied into %2 to be checked.</source>
        <translation>%1 lässt sich zum Prüfen nicht nach %2 kopieren.</translation>
    </message>
</context>
<context>
    <name>Kontor::Charts</name>
    <message>
        <source>Cash</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Money in transit</source>
        <translation>Geldtransit</translation>
    </message>
    <message>
        <source>Accounts receivable</source>
        <translation>Forderungen aus Lieferungen und Leistungen</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Warenbestand</translation>
    </message>
    <message>
        <source>Input VAT</source>
        <translation>Vorsteuer</translation>
    </message>
    <message>
        <source>Accounts payable</source>
        <translation>Verbindlichkeiten aus Lieferungen und Leistungen</translation>
    </message>
    <message>
        <source>VAT and sales tax payable</source>
        <translation>Umsatzsteuer</translation>
    </message>
    <message>
        <source>Wages payable</source>
        <translation>Verbindlichkeiten aus Lohn und Gehalt</translation>
    </message>
    <message>
        <source>Pass-through items (tips)</source>
        <translation>Durchlaufende Posten (Trinkgelder)</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation>Saldenvorträge</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Erlöse</translation>
    </message>
    <message>
        <source>Sales without tax</source>
        <translation>Steuerfreie Umsätze</translation>
    </message>
    <message>
        <source>Refunds and allowances</source>
        <translation>Erlösschmälerungen</translation>
    </message>
    <message>
        <source>Cost of goods sold</source>
        <translation>Wareneinsatz</translation>
    </message>
    <message>
        <source>Wages and salaries</source>
        <translation>Löhne und Gehälter</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Miete</translation>
    </message>
    <message>
        <source>Postage and shipping</source>
        <translation>Porto und Versand</translation>
    </message>
    <message>
        <source>SKR03 (Germany, DATEV)</source>
        <translation>SKR03 (Deutschland, DATEV)</translation>
    </message>
    <message>
        <source>General chart (any country)</source>
        <translation>Allgemeiner Kontenplan (jedes Land)</translation>
    </message>
</context>
<context>
    <name>Kontor::Cli</name>
    <message>
        <source>kontor-cli: %1</source>
        <translation>kontor-cli: %1</translation>
    </message>
    <message>
        <source>kontor-cli: &apos;%1&apos; is not a currency code such as EUR.</source>
        <translation>kontor-cli: „%1“ ist kein Währungscode wie etwa EUR.</translation>
    </message>
    <message>
        <source>Set up %1 in %2.</source>
        <translation>%1 in %2 eingerichtet.</translation>
    </message>
    <message>
        <source>%1 of %2 orders…</source>
        <translation>%1 von %2 Bestellungen…</translation>
    </message>
    <message numerus="yes">
        <source>The demo company with %n order(s) is in %1 (%2 s).</source>
        <translation>
            <numerusform>Die Demofirma mit %n Bestellung liegt in %1 (%2 s).</numerusform>
            <numerusform>Die Demofirma mit %n Bestellungen liegt in %1 (%2 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Company file: %1</source>
        <translation>Firmendatei: %1</translation>
    </message>
    <message>
        <source>Company:      %1</source>
        <translation>Firma:       %1</translation>
    </message>
    <message>
        <source>(not set up; run init)</source>
        <translation>(nicht eingerichtet; führen Sie init aus)</translation>
    </message>
    <message>
        <source>Schema:       %1</source>
        <translation>Schema:      %1</translation>
    </message>
    <message numerus="yes">
        <source>kontor-cli: check found %n problem(s).</source>
        <translation>
            <numerusform>kontor-cli: check hat %n Problem gefunden.</numerusform>
            <numerusform>kontor-cli: check hat %n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company file.</source>
        <translation>Die Firmendatei.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>info, import: print JSON.</source>
        <translation>info, import: JSON ausgeben.</translation>
    </message>
    <message>
        <source>demo: how many orders (default 2000).</source>
        <translation>demo: Anzahl der Bestellungen (Standard: 2000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>demo: the random seed.</source>
        <translation>demo: Startwert des Zufallsgenerators.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>init: the company name.</source>
        <translation>init: Name der Firma.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>My Company</source>
        <translation>Meine Firma</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Try &apos;kontor-cli --help&apos;.</source>
        <translation>Hilfe erhalten Sie mit „kontor-cli --help“.</translation>
    </message>
    <message>
        <source>kontor-cli: no command given.</source>
        <translation>kontor-cli: Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>kontor-cli: one command at a time, not &apos;%1&apos;.</source>
        <translation>kontor-cli: Bitte nur einen Befehl auf einmal, nicht „%1“.</translation>
    </message>
    <message>
        <source>kontor-cli: --orders takes a number from 0 to 10000000, --seed a whole number.</source>
        <translation>kontor-cli: --orders erwartet eine Zahl von 0 bis 10000000, --seed eine ganze Zahl.</translation>
    </message>
    <message>
        <source>kontor-cli: unknown command &apos;%1&apos;.</source>
        <translation>kontor-cli: Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>No problems found: file, references, ledger, stock and row counters are consistent.</source>
        <translation>Keine Probleme gefunden: Datei, Verweise, Hauptbuch, Lager und Zeilenzähler sind konsistent.</translation>
    </message>
    <message>
        <source>%1 (%2, shop %3): %4 inserted, %5 updated, %6 unchanged, %7 rejected; line items: %8; new customers: %9; new articles: %10.</source>
        <translation>%1 (%2, Shop %3) – Bestellungen: %4 neu, %5 aktualisiert, %6 unverändert, %7 abgelehnt; Positionen: %8; neu angelegte Kunden: %9, neu angelegte Artikel: %10.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Probelauf: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>All or nothing: nothing was saved, because orders were rejected.</source>
        <translation>Alles oder nichts: Es wurde nichts gespeichert, weil Bestellungen abgelehnt wurden.</translation>
    </message>
    <message>
        <source>Saved as import batch %1.</source>
        <translation>Als Importlauf %1 gespeichert.</translation>
    </message>
    <message>
        <source>kontor-cli: --profile takes auto, shopify, woocommerce or a profile file (.json), not &apos;%1&apos;.</source>
        <translation>kontor-cli: --profile erwartet auto, shopify, woocommerce oder eine Profildatei (.json), nicht „%1“.</translation>
    </message>
    <message>
        <source>kontor-cli: the company is not set up yet; run init first.</source>
        <translation>kontor-cli: Die Firma ist noch nicht eingerichtet; führen Sie zuerst init aus.</translation>
    </message>
    <message>
        <source>The rejected orders&apos; records are in %1.</source>
        <translation>Die Datensätze der abgelehnten Bestellungen stehen in %1.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 (%5): %6 inserted, %7 updated, %8 unchanged, %9 rejected%10</source>
        <translation>%1  %2  %3  %4 (%5): %6 neu, %7 aktualisiert, %8 unverändert, %9 abgelehnt%10</translation>
    </message>
    <message>
        <source> — undone</source>
        <translation> — rückgängig gemacht</translation>
    </message>
    <message>
        <source> — can be undone</source>
        <translation> — kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Import batch %1 is undone: its bookings are reversed and its stock is back.</source>
        <translation>Der Importlauf %1 wurde rückgängig gemacht: Seine Buchungen sind storniert, seine Lagerbewegungen zurückgebucht.</translation>
    </message>
    <message>
        <source>import: auto, shopify, woocommerce or a profile file.</source>
        <translation>import: auto, shopify, woocommerce oder eine Profildatei.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>import: the shop&apos;s name (default: the profile&apos;s id).</source>
        <translation>import: Name des Shops (Standard: die Kennung des Profils).</translation>
    </message>
    <message>
        <source>import: check and count, save nothing.</source>
        <translation>import: nur prüfen und zählen, nichts speichern.</translation>
    </message>
    <message>
        <source>import: save nothing of a file with a rejected order.</source>
        <translation>import: von einer Datei mit einer abgelehnten Bestellung nichts speichern.</translation>
    </message>
    <message>
        <source>import: write the rejected orders&apos; records here.</source>
        <translation>import: die Datensätze abgelehnter Bestellungen in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>OUT.csv</translation>
    </message>
    <message>
        <source>kontor-cli: import takes &apos;orders FILE...&apos;, &apos;history&apos; or &apos;undo BATCH&apos;.</source>
        <translation>kontor-cli: import erwartet „orders FILE...“, „history“ oder „undo BATCH“.</translation>
    </message>
    <message>
        <source>the company has no users yet, so there is no %1 to log in as; &apos;users add NAME&apos; makes its administrator.</source>
        <translation>die Firma hat noch keine Benutzer, also auch keinen %1 zum Anmelden; „users add NAME“ legt ihren Administrator an.</translation>
    </message>
    <message>
        <source>the company is protected by logins: give --user NAME (or $KONTOR_USER), with the password in $KONTOR_PASSWORD or at the prompt.</source>
        <translation>die Firma ist durch Anmeldung geschützt: geben Sie --user NAME (oder $KONTOR_USER) an, das Passwort in $KONTOR_PASSWORD oder an der Eingabeaufforderung.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>%1 must choose a new password first: kontor-cli --user %1 users passwd</source>
        <translation>%1 muss zuerst ein neues Passwort wählen: kontor-cli --user %1 users passwd</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>blockiert bis %1</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>muss das Passwort ändern</translation>
    </message>
    <message>
        <source>the company&apos;s first user is its administrator; leave out --role or give --role administrator.</source>
        <translation>der erste Benutzer der Firma ist ihr Administrator; lassen Sie --role weg oder geben Sie --role administrator an.</translation>
    </message>
    <message>
        <source>%1 is the company&apos;s administrator. From now on the company opens with a login: kontor-cli --user %1 …</source>
        <translation>%1 ist der Administrator der Firma. Ab jetzt öffnet sie sich nur mit Anmeldung: kontor-cli --user %1 …</translation>
    </message>
    <message>
        <source>users add needs --role ROLE (see &apos;users roles&apos;).</source>
        <translation>users add braucht --role ROLLE (siehe „users roles“).</translation>
    </message>
    <message>
        <source>%1 can log in now, as %2, and must choose a new password at the first login.</source>
        <translation>%1 kann sich jetzt anmelden, als %2, und muss bei der ersten Anmeldung ein neues Passwort wählen.</translation>
    </message>
    <message>
        <source>the company has no users yet.</source>
        <translation>die Firma hat noch keine Benutzer.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Das Passwort von %1 ist geändert.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 ist gesperrt.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 ist freigegeben.</translation>
    </message>
    <message>
        <source>%1 has a new password and must change it at the next login.</source>
        <translation>%1 hat ein neues Passwort und muss es bei der nächsten Anmeldung ändern.</translation>
    </message>
    <message>
        <source>%1 is %2 now.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source> (custom)</source>
        <translation> (eigene)</translation>
    </message>
    <message>
        <source>Log in as this user (else $KONTOR_USER).</source>
        <translation>Als dieser Benutzer anmelden (sonst $KONTOR_USER).</translation>
    </message>
    <message>
        <source>users add: the new user&apos;s role.</source>
        <translation>users add: die Rolle des neuen Benutzers.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>users add: the new user&apos;s full name.</source>
        <translation>users add: der volle Name des neuen Benutzers.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The backup is %1.</source>
        <translation>Die Sicherung ist %1.</translation>
    </message>
    <message>
        <source>%1 is restored from %2.</source>
        <translation>%1 ist aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The company as it was is kept in %1.</source>
        <translation>Die Firma, wie sie war, liegt in %1.</translation>
    </message>
    <message>
        <source>backup: the file to write.</source>
        <translation>backup: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>init, demo, info, check, import, users, backup or restore</source>
        <translation>init, demo, info, check, import, users, backup oder restore</translation>
    </message>
    <message>
        <source>kontor-cli: &apos;%1&apos; is no permission; these are: %2.</source>
        <translation>kontor-cli: „%1“ ist keine Berechtigung; es gibt: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The role %1 has %n permission(s).</source>
        <translation>
            <numerusform>Die Rolle %1 hat %n Berechtigung.</numerusform>
            <numerusform>Die Rolle %1 hat %n Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The role %1 is called %2 now.</source>
        <translation>Die Rolle %1 heißt jetzt %2.</translation>
    </message>
    <message>
        <source>The role %1 is deleted.</source>
        <translation>Die Rolle %1 ist gelöscht.</translation>
    </message>
    <message>
        <source>kontor-cli: users takes &apos;list&apos;, &apos;roles&apos;, &apos;add NAME&apos;, &apos;passwd&apos;, &apos;disable NAME&apos;, &apos;enable NAME&apos;, &apos;reset-password NAME&apos;, &apos;set-role NAME ROLE&apos;, &apos;define-role NAME PERMISSION...&apos;, &apos;rename-role NAME NEW&apos; or &apos;delete-role NAME&apos;.</source>
        <translation>kontor-cli: users nimmt „list“, „roles“, „add NAME“, „passwd“, „disable NAME“, „enable NAME“, „reset-password NAME“, „set-role NAME ROLLE“, „define-role NAME BERECHTIGUNG...“, „rename-role NAME NEU“ oder „delete-role NAME“.</translation>
    </message>
    <message>
        <source>kontor-cli: &apos;%1&apos; is not a country Kontor knows; give one of %2.</source>
        <translation>kontor-cli: „%1“ ist kein Land, das Kontor kennt; geben Sie eines von %2 an.</translation>
    </message>
    <message>
        <source>Country:      %1 (%2), books in %3</source>
        <translation>Land:        %1 (%2), Bücher in %3</translation>
    </message>
    <message>
        <source>init: the company&apos;s country (DE, AT, CH, ...).</source>
        <translation>init: das Land der Firma (DE, AT, CH, ...).</translation>
    </message>
    <message>
        <source>init: the base currency (default: the country&apos;s).</source>
        <translation>init: die Buchwährung (Vorgabe: die des Landes).</translation>
    </message>
    <message numerus="yes">
        <source>%n of the updated orders had been edited in the shop (other lines or amounts) and were booked anew.</source>
        <translation>
            <numerusform>%n der aktualisierten Bestellungen wurde im Shop bearbeitet (andere Positionen oder Beträge) und neu gebucht.</numerusform>
            <numerusform>%n der aktualisierten Bestellungen wurden im Shop bearbeitet (andere Positionen oder Beträge) und neu gebucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontor&apos;s command line: the same core as the desktop program, for automation.

Commands:
  init [--name NAME] [--country CODE] [--currency CODE] [--chart skr03|general]
                                         set up a new, empty company (default DE,
                                         in the country&apos;s currency)
  demo [--orders N] [--seed S]           fill a new company with the demo web shop
  info [--json]                          company name, schema and row counts
  check                                  check file, references, ledger, stock, counters
  import orders FILE... [--profile auto|shopify|woocommerce|FILE.json]
         [--shop NAME] [--dry-run] [--all-or-nothing] [--rejects OUT.csv] [--json]
                                         import shop order exports (CSV)
  import history [--json]                the import batches, newest first
  import undo BATCH                      take an import batch back
  users list|roles [--json]              the users; the roles and their permissions
  users add NAME [--role ROLE] [--full-name TEXT]
                                         a new user; the first is the administrator
  users disable|enable|reset-password NAME, users set-role NAME ROLE
  users passwd                           change your own password
  users define-role NAME PERMISSION...   a custom role (permissions: see users roles)
  users rename-role NAME NEW, users delete-role NAME
                                         rename a custom role, delete an unused one
  backup [--out FILE]                    a copy of the company (else into its backups
                                         folder)
  restore FILE                           replace the company by a checked backup

The company file is --db PATH, else $KONTOR_DB, else %1.
A company with users opens with --user NAME (else $KONTOR_USER) and the password
from $KONTOR_PASSWORD, else typed at the prompt. New passwords come from
$KONTOR_NEW_PASSWORD, else the prompt.

Exit codes:
  0  success; for check: no problems; for import: every order went in
  1  the command failed or check found problems (each is printed);
     for import: some orders were rejected (each is printed)
  2  usage error: unknown command or option, bad value
  3  the company file could not be opened (missing, damaged, not a Kontor file,
     or written by a newer Kontor); for import: nothing could be imported
  4  refused: the login failed, or the user may not do this</source>
        <translation>Kontor auf der Befehlszeile: derselbe Kern wie das Desktop-Programm, zur Automatisierung.

Befehle:
  init [--name NAME] [--country CODE] [--currency CODE] [--chart skr03|general]
                                         eine neue, leere Firma einrichten (Vorgabe DE,
                                         in der Währung des Landes)
  demo [--orders N] [--seed S]           eine neue Firma mit dem Demo-Webshop füllen
  info [--json]                          Firmenname, Schema und Anzahl der Datensätze
  check                                  Datei, Verweise, Hauptbuch, Lager, Zähler prüfen
  import orders FILE... [--profile auto|shopify|woocommerce|FILE.json]
         [--shop NAME] [--dry-run] [--all-or-nothing] [--rejects OUT.csv] [--json]
                                         Bestellexporte von Shops (CSV) importieren
  import history [--json]                die Importläufe, der neueste zuerst
  import undo BATCH                      einen Importlauf rückgängig machen
  users list|roles [--json]              die Benutzer; die Rollen und ihre Berechtigungen
  users add NAME [--role ROLE] [--full-name TEXT]
                                         ein neuer Benutzer; der erste ist der Administrator
  users disable|enable|reset-password NAME, users set-role NAME ROLE
  users passwd                           das eigene Passwort ändern
  users define-role NAME PERMISSION...   eine eigene Rolle (Berechtigungen: siehe users roles)
  users rename-role NAME NEW, users delete-role NAME
                                         eine eigene Rolle umbenennen; eine löschen, die
                                         niemand hat
  backup [--out FILE]                    eine Kopie der Firma (sonst in ihren
                                         Sicherungsordner)
  restore FILE                           die Firma durch eine geprüfte Sicherung ersetzen

Die Firmendatei ist --db PATH, sonst $KONTOR_DB, sonst %1.
Eine Firma mit Benutzern öffnet sich mit --user NAME (sonst $KONTOR_USER) und dem
Passwort aus $KONTOR_PASSWORD, sonst an der Eingabeaufforderung getippt. Neue
Passwörter kommen aus $KONTOR_NEW_PASSWORD, sonst von der Eingabeaufforderung.

Exit-Codes:
  0  Erfolg; bei check: keine Probleme gefunden; bei import: alle Bestellungen übernommen
  1  Befehl fehlgeschlagen oder check hat Probleme gefunden (jedes wird ausgegeben);
     bei import: Bestellungen wurden abgelehnt (jede wird ausgegeben)
  2  Aufruffehler: unbekannter Befehl, unbekannte Option oder ungültiger Wert
  3  Firmendatei ließ sich nicht öffnen (fehlt, beschädigt, keine Kontor-Datei
     oder von einer neueren Kontor-Version geschrieben); bei import: nichts importiert
  4  abgewiesen: die Anmeldung schlug fehl, oder der Benutzer darf das nicht</translation>
    </message>
    <message>
        <source>kontor-cli: &apos;%1&apos; is not a chart of accounts; give skr03 or general.</source>
        <translation>kontor-cli: „%1“ ist kein Kontenplan; geben Sie skr03 oder general an.</translation>
    </message>
    <message>
        <source>Chart:        %1</source>
        <translation>Kontenplan:   %1</translation>
    </message>
    <message>
        <source>init: the chart of accounts, skr03 or general (default: SKR03 in Germany, the general chart elsewhere).</source>
        <translation>init: der Kontenplan, skr03 oder general (Vorgabe: SKR03 in Deutschland, sonst der allgemeine Kontenplan).</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>KONTENPLAN</translation>
    </message>
    <message numerus="yes">
        <source>%n of the rejected orders have the numbers of other orders of the shop %1. If the file is another shop&apos;s, import it under that shop&apos;s own name: --shop NAME.</source>
        <translation>
            <numerusform>%n der abgelehnten Bestellungen hat die Nummer einer anderen Bestellung des Shops %1. Stammt die Datei aus einem anderen Shop, importieren Sie sie unter dessen eigenem Namen: --shop NAME.</numerusform>
            <numerusform>%n der abgelehnten Bestellungen haben die Nummern anderer Bestellungen des Shops %1. Stammt die Datei aus einem anderen Shop, importieren Sie sie unter dessen eigenem Namen: --shop NAME.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Company</name>
    <message>
        <source>The company needs a name.</source>
        <translation>Die Firma benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The company needs a currency.</source>
        <translation>Die Firma benötigt eine Währung.</translation>
    </message>
    <message>
        <source>This company file has been set up already.</source>
        <translation>Diese Firmendatei ist bereits eingerichtet.</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>Hauptlager</translation>
    </message>
    <message>
        <source>This company file has not been set up yet.</source>
        <translation>Diese Firmendatei ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Kontor does not know the country “%1”; give its two-letter code, such as DE, AT or CH.</source>
        <translation>Kontor kennt das Land „%1“ nicht; geben Sie seinen zweistelligen Code an, etwa DE, AT oder CH.</translation>
    </message>
    <message>
        <source>This company file names an unknown chart of accounts.</source>
        <translation>Diese Firmendatei nennt einen unbekannten Kontenplan.</translation>
    </message>
</context>
<context>
    <name>Kontor::Countries</name>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
</context>
<context>
    <name>Kontor::CsvReader</name>
    <message>
        <source>The text here is not valid UTF-8. The file may have been saved in another encoding.</source>
        <translation>Der Text ist an dieser Stelle kein gültiges UTF-8. Die Datei wurde möglicherweise in einer anderen Zeichenkodierung gespeichert.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-16 here.</source>
        <translation>Der Text ist an dieser Stelle kein gültiges UTF-16.</translation>
    </message>
    <message>
        <source>The file ends in the middle of a character: it is not complete UTF-16 text.</source>
        <translation>Die Datei endet mitten in einem Zeichen: Sie ist kein vollständiger UTF-16-Text.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>A quoted field that starts here is never closed. Is a quote missing, or is a quote inside the field not doubled?</source>
        <translation>Ein Feld in Anführungszeichen, das hier beginnt, wird nicht mehr geschlossen. Fehlt ein Anführungszeichen, oder ist ein Anführungszeichen innerhalb des Felds nicht verdoppelt?</translation>
    </message>
    <message>
        <source>After the closing quote of a field, text follows where a delimiter or the end of the line should be. Quotes inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>Nach dem schließenden Anführungszeichen eines Felds folgt Text, wo ein Trennzeichen oder das Zeilenende stehen müsste. Anführungszeichen innerhalb eines Felds in Anführungszeichen müssen verdoppelt werden (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>Kontor::CustomerService</name>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde benötigt einen Namen.</translation>
    </message>
</context>
<context>
    <name>Kontor::Database</name>
    <message>
        <source>No company file was given.</source>
        <translation>Es wurde keine Firmendatei angegeben.</translation>
    </message>
    <message>
        <source>The company file %1 does not exist.</source>
        <translation>Die Firmendatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 is not a Kontor company file (%2)</source>
        <translation>%1 ist keine Kontor-Firmendatei (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Kontor (schema %2; this one knows up to %3). Install the newer Kontor to open it; the file was not changed.</source>
        <translation>%1 wurde von einer neueren Kontor-Version geschrieben (Schema %2; diese Version kennt Schemas bis %3). Installieren Sie die neuere Version, um die Datei zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Kontor company file; it was not changed.</source>
        <translation>%1 ist eine SQLite-Datei eines anderen Programms, keine Kontor-Firmendatei; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The schema step %1 is missing from this build.</source>
        <translation>Der Schemaschritt %1 fehlt in dieser Programmversion.</translation>
    </message>
    <message>
        <source>Updating the company file to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der Firmendatei auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen für die Sicherungskopie.</translation>
    </message>
    <message>
        <source>The company file %1 cannot be created: %2</source>
        <translation>Die Firmendatei %1 lässt sich nicht anlegen: %2</translation>
    </message>
</context>
<context>
    <name>Kontor::DemoCompany</name>
    <message>
        <source>The number of demo orders cannot be negative.</source>
        <translation>Die Anzahl der Demo-Bestellungen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The demo goes into a new, empty company only; this one has %1 already.</source>
        <translation>Die Demodaten können nur in eine neue, leere Firma geschrieben werden; diese enthält bereits Daten (Tabelle %1).</translation>
    </message>
    <message>
        <source>Hamburg outlet</source>
        <translation>Filiale Hamburg</translation>
    </message>
    <message>
        <source>The chart of accounts lacks 3980, 1576 or 1600.</source>
        <translation>Im Kontenrahmen fehlt mindestens eines der Konten 3980, 1576 und 1600.</translation>
    </message>
    <message>
        <source>Goods receipt %1, %2 × %3</source>
        <translation>Wareneingang %1, %2 × %3</translation>
    </message>
    <message>
        <source>The chart of accounts lacks 1200 or 0800.</source>
        <translation>Im Kontenrahmen fehlt mindestens eines der Konten 1200 und 0800.</translation>
    </message>
    <message>
        <source>Share capital paid in</source>
        <translation>Einzahlung Stammkapital</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 demo orders.</source>
        <translation>Nach %1 von %2 Demo-Bestellungen abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Kontor::Error</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1, column &apos;%2&apos;</source>
        <translation>%1, Spalte „%2“</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>Kontor::ImportProblem</name>
    <message>
        <source>%1 (the cell holds &apos;%2&apos;)</source>
        <translation>%1 (die Zelle enthält „%2“)</translation>
    </message>
</context>
<context>
    <name>Kontor::ImportProfile</name>
    <message>
        <source>This is a Shopify abandoned-checkouts export, not an orders export: it lists checkouts that customers left without ordering. Export the orders from Shopify&apos;s Orders page instead.</source>
        <translation>Dies ist ein Shopify-Export der abgebrochenen Checkouts, kein Bestellexport: Er listet Bestellvorgänge, die Kunden ohne Bestellung verlassen haben. Exportieren Sie stattdessen die Bestellungen auf der Seite „Bestellungen“ in Shopify.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; must hold a text.</source>
        <translation>Der Schlüssel „%1“ muss einen Text enthalten.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; must hold a list of texts.</source>
        <translation>Der Schlüssel „%1“ muss eine Liste von Texten enthalten.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; must hold a list of texts that are not empty.</source>
        <translation>Der Schlüssel „%1“ muss eine Liste von Texten enthalten, die nicht leer sind.</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation>E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>Fulfilled at</source>
        <translation>Versandt am</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Storniert am</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>Fulfilment status</source>
        <translation>Lieferstatus</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Discount codes</source>
        <translation>Rabattcodes</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Erstatteter Betrag</translation>
    </message>
    <message>
        <source>Shipping method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Artikelbezeichnung</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Item quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Item unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Item discount</source>
        <translation>Positionsrabatt</translation>
    </message>
    <message>
        <source>Item requires shipping</source>
        <translation>Versand erforderlich</translation>
    </message>
    <message>
        <source>Item taxable</source>
        <translation>Steuerpflichtig</translation>
    </message>
    <message>
        <source>Item VAT rate</source>
        <translation>USt-Satz</translation>
    </message>
    <message>
        <source>Item fulfilment status</source>
        <translation>Lieferstatus der Position</translation>
    </message>
    <message>
        <source>This is not a valid import profile: %1 (at character %2).</source>
        <translation>Dies ist kein gültiges Importprofil: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>This is not a valid import profile: it must be one JSON object.</source>
        <translation>Dies ist kein gültiges Importprofil: Es muss aus genau einem JSON-Objekt bestehen.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; is not one an import profile has; is it misspelt?</source>
        <translation>Einen Schlüssel „%1“ gibt es in Importprofilen nicht; ist er falsch geschrieben?</translation>
    </message>
    <message>
        <source>The key &apos;version&apos; must be 1; this profile was written by a newer Kontor or by hand with a mistake.</source>
        <translation>Der Schlüssel „version“ muss 1 sein; dieses Profil stammt von einer neueren Kontor-Version oder wurde von Hand fehlerhaft geschrieben.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; is missing.</source>
        <translation>Der Schlüssel „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The keys &apos;id&apos; and &apos;name&apos; must not be empty.</source>
        <translation>Die Schlüssel „id“ und „name“ dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>The key &apos;encoding&apos; holds &apos;%1&apos;, which is not an encoding Kontor reads (UTF-8, UTF-16LE, UTF-16BE, Windows-1252 or auto).</source>
        <translation>Der Schlüssel „encoding“ enthält „%1“; diese Zeichenkodierung kann Kontor nicht lesen (möglich sind UTF-8, UTF-16LE, UTF-16BE, Windows-1252 oder auto).</translation>
    </message>
    <message>
        <source>The key &apos;delimiter&apos; holds &apos;%1&apos;; it must be one of , ; | tab or auto.</source>
        <translation>Der Schlüssel „delimiter“ enthält „%1“; erlaubt sind , ; | tab oder auto.</translation>
    </message>
    <message>
        <source>The key &apos;decimal_separator&apos; holds &apos;%1&apos;; it must be &apos;.&apos;, &apos;,&apos; or auto.</source>
        <translation>Der Schlüssel „decimal_separator“ enthält „%1“; erlaubt sind „.“, „,“ oder auto.</translation>
    </message>
    <message>
        <source>The key &apos;date_formats&apos; must list at least one date format.</source>
        <translation>Der Schlüssel „date_formats“ muss mindestens ein Datumsformat enthalten.</translation>
    </message>
    <message>
        <source>The key &apos;date_locale&apos; holds &apos;%1&apos;, which is not a locale name such as de or en_GB.</source>
        <translation>Der Schlüssel „date_locale“ enthält „%1“; das ist kein Gebietsschema wie etwa de oder en_GB.</translation>
    </message>
    <message>
        <source>The key &apos;time_zone&apos; holds &apos;%1&apos;, which is neither an offset such as +02:00 nor a time zone this computer knows.</source>
        <translation>Der Schlüssel „time_zone“ enthält „%1“; das ist weder ein UTC-Versatz wie etwa +02:00 noch eine Zeitzone, die dieser Computer kennt.</translation>
    </message>
    <message>
        <source>The key &apos;currency&apos; holds &apos;%1&apos;, which is not a currency code such as EUR.</source>
        <translation>Der Schlüssel „currency“ enthält „%1“; das ist kein Währungscode wie etwa EUR.</translation>
    </message>
    <message>
        <source>The key &apos;columns&apos; is missing or is not an object of field keys and column headers.</source>
        <translation>Der Schlüssel „columns“ fehlt oder ist kein Objekt aus Feldschlüsseln und Spaltenüberschriften.</translation>
    </message>
    <message>
        <source>Under &apos;columns&apos;, &apos;%1&apos; is not a field Kontor knows (such as order.total or line.sku).</source>
        <translation>Unter „columns“ ist „%1“ kein Feld, das Kontor kennt (wie etwa order.total oder line.sku).</translation>
    </message>
    <message>
        <source>Under &apos;columns&apos;, the field &apos;%1&apos; must name a column header or a list of them.</source>
        <translation>Unter „columns“ muss beim Feld „%1“ eine Spaltenüberschrift oder eine Liste von Spaltenüberschriften stehen.</translation>
    </message>
    <message>
        <source>Under &apos;columns&apos;, the required field &apos;%1&apos; (%2) is missing.</source>
        <translation>Unter „columns“ fehlt das Pflichtfeld „%1“ (%2).</translation>
    </message>
    <message>
        <source>The key &apos;tax_columns&apos; must hold a list of objects with &apos;name&apos; and &apos;amount&apos;.</source>
        <translation>Der Schlüssel „tax_columns“ muss eine Liste von Objekten mit „name“ und „amount“ enthalten.</translation>
    </message>
    <message>
        <source>Under &apos;%1&apos;, a status word is empty.</source>
        <translation>Unter „%1“ ist ein Statuswort leer.</translation>
    </message>
    <message>
        <source>The status word &apos;%1&apos; is listed twice.</source>
        <translation>Das Statuswort „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; must hold an object of status words and their meaning.</source>
        <translation>Der Schlüssel „%1“ muss ein Objekt aus Statuswörtern und ihrer Bedeutung enthalten.</translation>
    </message>
    <message>
        <source>Under &apos;%1&apos;, the word &apos;%2&apos; must have a text as its meaning.</source>
        <translation>Unter „%1“ muss als Bedeutung des Worts „%2“ ein Text stehen.</translation>
    </message>
    <message>
        <source>Under &apos;%1&apos;, the word &apos;%2&apos; has the meaning &apos;%3&apos;, which is not a payment status (paid, pending, authorized, partially_paid, partially_refunded, refunded, voided, expired).</source>
        <translation>Unter „%1“ hat das Wort „%2“ die Bedeutung „%3“; das ist kein Zahlungsstatus (paid, pending, authorized, partially_paid, partially_refunded, refunded, voided, expired).</translation>
    </message>
    <message>
        <source>The key &apos;prices_include_tax&apos; must be true, false or &quot;auto&quot;.</source>
        <translation>Der Schlüssel „prices_include_tax“ muss true, false oder &quot;auto&quot; sein.</translation>
    </message>
    <message>
        <source>The key &apos;order_rows&apos; holds &apos;%1&apos;; it must be first, repeated or summed.</source>
        <translation>Der Schlüssel „order_rows“ enthält „%1“; erlaubt sind first, repeated oder summed.</translation>
    </message>
    <message>
        <source>The key &apos;vat_rate_divisor&apos; must be a whole number of at least 1.</source>
        <translation>Der Schlüssel „vat_rate_divisor“ muss eine ganze Zahl größer oder gleich 1 sein.</translation>
    </message>
    <message>
        <source>The key &apos;refuse&apos; must hold a list of rules.</source>
        <translation>Der Schlüssel „refuse“ muss eine Liste von Regeln enthalten.</translation>
    </message>
    <message>
        <source>The key &apos;refuse.%1&apos; is not one a refuse rule has.</source>
        <translation>Einen Schlüssel „refuse.%1“ gibt es in Ablehnungsregeln nicht.</translation>
    </message>
    <message>
        <source>Every rule under &apos;refuse&apos; needs a &apos;message&apos; and headers under &apos;missing&apos; or &apos;present&apos;.</source>
        <translation>Jede Regel unter „refuse“ benötigt eine „message“ und Spaltenüberschriften unter „missing“ oder „present“.</translation>
    </message>
    <message>
        <source>The import profile cannot be read: %1</source>
        <translation>Das Importprofil kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The import profile cannot be saved: %1</source>
        <translation>Das Importprofil kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Outstanding balance</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Shop&apos;s order ID</source>
        <translation>Bestell-ID im Shopsystem</translation>
    </message>
</context>
<context>
    <name>Kontor::ImportService</name>
    <message>
        <source>Customer of order %1</source>
        <translation>Kunde der Bestellung %1</translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation>Es gibt keinen Importlauf %1.</translation>
    </message>
    <message>
        <source>Import batch %1 has been undone already.</source>
        <translation>Der Importlauf %1 wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone: a later import changed some of its orders. Undo that one first.</source>
        <translation>Der Importlauf %1 kann nicht rückgängig gemacht werden: Ein späterer Import hat einige seiner Bestellungen geändert. Machen Sie zuerst diesen rückgängig.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Kontor::IntegrityCheck</name>
    <message numerus="yes">
        <source>… and %n more of this kind.</source>
        <translation>
            <numerusform>… und %n weiteres Problem dieser Art.</numerusform>
            <numerusform>… und %n weitere Probleme dieser Art.</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>references</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>Hauptbuch</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation>SQLite meldet: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile der Tabelle %3.</translation>
    </message>
    <message>
        <source>Entry %1 has fewer than two lines.</source>
        <translation>Die Buchung %1 hat weniger als zwei Buchungszeilen.</translation>
    </message>
    <message>
        <source>Entry %1 does not balance: debits %2, credits %3 (%4 minor units).</source>
        <translation>Die Buchung %1 ist nicht ausgeglichen: Soll %2, Haben %3 (in kleinsten Einheiten von %4).</translation>
    </message>
    <message>
        <source>The trial balance in %1 is off by %2 minor units.</source>
        <translation>Die Summen- und Saldenliste in %1 ist nicht ausgeglichen; Differenz: %2 (in kleinsten Währungseinheiten).</translation>
    </message>
    <message>
        <source>Article %1 in warehouse %2: the stock level says %3, its movements add up to %4.</source>
        <translation>Artikel %1 im Lager %2: Der Bestand beträgt %3, die Lagerbewegungen ergeben aber %4.</translation>
    </message>
    <message>
        <source>counters</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>The row counter %1 counts nothing known.</source>
        <translation>Der Zeilenzähler %1 gehört zu keiner bekannten Tabelle.</translation>
    </message>
    <message>
        <source>The row counter %1 says %2, the table has %3 rows.</source>
        <translation>Der Zeilenzähler %1 steht auf %2, die Tabelle hat aber %3 Zeilen.</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain breaks at row %1: %2</source>
        <translation>Die Kette des Änderungsprotokolls bricht bei Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Kontor::Money</name>
    <message>
        <source>&apos;%1&apos; is not an amount: %2</source>
        <translation>„%1“ ist kein Betrag: %2</translation>
    </message>
    <message>
        <source>no valid currency</source>
        <translation>keine gültige Währung</translation>
    </message>
    <message>
        <source>it has more than one sign</source>
        <translation>er hat mehr als ein Vorzeichen</translation>
    </message>
    <message>
        <source>it holds no digits</source>
        <translation>er enthält keine Ziffern</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>it has more than one decimal point</source>
        <translation>er hat mehr als einen Dezimalpunkt</translation>
    </message>
    <message>
        <source>it has more than one decimal comma</source>
        <translation>er hat mehr als ein Dezimalkomma</translation>
    </message>
    <message>
        <source>its separators contradict each other</source>
        <translation>seine Trennzeichen widersprechen sich</translation>
    </message>
    <message>
        <source>it is unclear whether &apos;%1&apos; separates thousands or decimals</source>
        <translation>es ist unklar, ob „%1“ Tausender oder Nachkommastellen abtrennt</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n decimal place(s)</source>
        <translation>
            <numerusform>%1 hat nur %n Nachkommastelle</numerusform>
            <numerusform>%1 hat nur %n Nachkommastellen</numerusform>
        </translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>der Betrag ist zu groß</translation>
    </message>
    <message>
        <source>a separator stands in the wrong place</source>
        <translation>ein Trennzeichen steht an der falschen Stelle</translation>
    </message>
    <message>
        <source>the digits are not grouped in thousands</source>
        <translation>die Ziffern sind nicht in Tausendergruppen gegliedert</translation>
    </message>
    <message>
        <source>it has letters that are not a currency code</source>
        <translation>er enthält Buchstaben, die kein Währungscode sind</translation>
    </message>
</context>
<context>
    <name>Kontor::NumberSeries</name>
    <message>
        <source>The number series &apos;%1&apos; is not defined.</source>
        <translation>Der Nummernkreis „%1“ ist nicht definiert.</translation>
    </message>
</context>
<context>
    <name>Kontor::Order</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>Kontor::OrderReader</name>
    <message>
        <source>&apos;%1&apos; is not a date and time in a form the profile &apos;%2&apos; reads (%3).</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit in einem Format, das das Profil „%2“ liest (%3).</translation>
    </message>
    <message>
        <source>The spreadsheet turned this number into %1; its digits are lost. Export the file from the shop again.</source>
        <translation>Die Tabellenkalkulation hat diese Zahl in %1 umgewandelt; ihre Ziffern sind verloren. Exportieren Sie die Datei erneut aus dem Shop.</translation>
    </message>
    <message>
        <source>The amounts of this order add up beyond what Kontor can hold.</source>
        <translation>Die Beträge dieser Bestellung ergeben zusammen mehr, als Kontor verarbeiten kann.</translation>
    </message>
    <message>
        <source>This row has %1 cells where the header has %2 columns; a delimiter inside an unquoted value may have shifted the columns.</source>
        <translation>Diese Zeile hat %1 Zellen, die Kopfzeile aber %2 Spalten; möglicherweise hat ein Trennzeichen in einem Wert ohne Anführungszeichen die Spalten verschoben.</translation>
    </message>
    <message>
        <source>The order number is empty.</source>
        <translation>Die Bestellnummer ist leer.</translation>
    </message>
    <message>
        <source>The spreadsheet turned this order number into %1; its digits are lost, and different orders may now share it. Export the file from the shop again.</source>
        <translation>Die Tabellenkalkulation hat diese Bestellnummer in %1 umgewandelt; ihre Ziffern sind verloren, und verschiedene Bestellungen haben nun womöglich dieselbe Nummer. Exportieren Sie die Datei erneut aus dem Shop.</translation>
    </message>
    <message>
        <source>The order has no date.</source>
        <translation>Die Bestellung hat kein Bestelldatum.</translation>
    </message>
    <message>
        <source>The order names no currency.</source>
        <translation>Die Bestellung nennt keine Währung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (three letters such as EUR or USD).</source>
        <translation>„%1“ ist kein Währungscode (drei Buchstaben wie etwa EUR oder USD).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status the profile &apos;%2&apos; knows, so Kontor cannot tell whether the order was paid.</source>
        <translation>„%1“ ist kein Status, den das Profil „%2“ kennt; Kontor kann daher nicht erkennen, ob die Bestellung bezahlt wurde.</translation>
    </message>
    <message>
        <source>The order has no status.</source>
        <translation>Die Bestellung hat keinen Zahlungsstatus.</translation>
    </message>
    <message>
        <source>The order has no total.</source>
        <translation>Die Bestellung hat keinen Gesamtbetrag.</translation>
    </message>
    <message>
        <source>This row gives another order total than the order&apos;s first row (line %1, &apos;%2&apos;); the rows of one order must agree.</source>
        <translation>Diese Zeile nennt einen anderen Gesamtbetrag als die erste Zeile der Bestellung (Zeile %1, „%2“); die Zeilen einer Bestellung müssen übereinstimmen.</translation>
    </message>
    <message>
        <source>The item has no name.</source>
        <translation>Die Position hat keine Bezeichnung.</translation>
    </message>
    <message>
        <source>The item has no quantity.</source>
        <translation>Die Position hat keine Menge.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quantity: it must be a whole number of pieces, 0 or more.</source>
        <translation>„%1“ ist keine Menge: Erwartet wird eine ganze Stückzahl von 0 oder mehr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither yes nor no (true/false).</source>
        <translation>„%1“ ist weder Ja noch Nein (true/false).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a VAT rate in percent.</source>
        <translation>„%1“ ist kein USt-Satz in Prozent.</translation>
    </message>
    <message>
        <source>The file is empty: it does not even have a header line.</source>
        <translation>Die Datei ist leer: Sie hat nicht einmal eine Kopfzeile.</translation>
    </message>
    <message>
        <source>The columns of this file match none of the shop exports Kontor knows (%1). Choose or make an import profile that describes them.</source>
        <translation>Die Spalten dieser Datei passen zu keinem der Shop-Exporte, die Kontor kennt (%1). Wählen oder erstellen Sie ein Importprofil, das sie beschreibt.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; is missing: the profile &apos;%2&apos; reads the %3 from it.</source>
        <translation>Die Spalte „%1“ fehlt: Das Profil „%2“ liest daraus das Feld „%3“.</translation>
    </message>
    <message>
        <source>The profile &apos;%1&apos; does not say which column holds the %2.</source>
        <translation>Das Profil „%1“ gibt nicht an, welche Spalte das Feld „%2“ enthält.</translation>
    </message>
    <message>
        <source>The file has no currency column, and neither the profile &apos;%1&apos; nor the company names a currency.</source>
        <translation>Die Datei hat keine Währungsspalte, und weder das Profil „%1“ noch die Firma gibt eine Währung an.</translation>
    </message>
    <message>
        <source>The file cannot be read beyond this order, so it may be incomplete: %1</source>
        <translation>Die Datei lässt sich über diese Bestellung hinaus nicht lesen und ist daher möglicherweise unvollständig: %1</translation>
    </message>
    <message>
        <source>Order %1 has more than %2 rows, more than any order has: the column &apos;%3&apos; does not seem to hold order numbers.</source>
        <translation>Die Bestellung %1 hat mehr als %2 Zeilen, mehr als eine Bestellung je hat: Die Spalte „%3“ enthält offenbar keine Bestellnummern.</translation>
    </message>
    <message>
        <source>Order %1 appears again at line %2, apart from its first rows at line %3; the rows of one order must stand together.</source>
        <translation>Die Bestellung %1 erscheint in Zeile %2 erneut, getrennt von ihren ersten Zeilen ab Zeile %3; die Zeilen einer Bestellung müssen direkt aufeinanderfolgen.</translation>
    </message>
</context>
<context>
    <name>Kontor::OrderService</name>
    <message>
        <source>The order needs a currency.</source>
        <translation>Die Bestellung benötigt eine Währung.</translation>
    </message>
    <message>
        <source>The amounts of order %1 are too large.</source>
        <translation>Die Beträge der Bestellung %1 sind zu groß.</translation>
    </message>
    <message>
        <source>Line %1 of order %2 needs a quantity above zero.</source>
        <translation>Position %1 der Bestellung %2 benötigt eine Menge über null.</translation>
    </message>
    <message>
        <source>Line %1 of order %2 has a VAT rate outside 0–100 %.</source>
        <translation>Position %1 der Bestellung %2 hat einen USt-Satz außerhalb von 0–100 %.</translation>
    </message>
    <message>
        <source>Line %1 of order %2 is not in the order&apos;s currency %3.</source>
        <translation>Position %1 der Bestellung %2 ist nicht in der Bestellwährung %3.</translation>
    </message>
    <message>
        <source>No revenue account is set up for VAT %1 %.</source>
        <translation>Für USt %1 % ist kein Erlöskonto eingerichtet.</translation>
    </message>
    <message>
        <source>No VAT account is set up for VAT %1 %.</source>
        <translation>Für USt %1 % ist kein Umsatzsteuerkonto eingerichtet.</translation>
    </message>
    <message>
        <source>An order needs its shop and the shop&apos;s order id.</source>
        <translation>Eine Bestellung benötigt ihren Shop und die Bestellnummer im Shop.</translation>
    </message>
    <message>
        <source>Order %1 needs an order date.</source>
        <translation>Die Bestellung %1 benötigt ein Bestelldatum.</translation>
    </message>
    <message>
        <source>Order %1 has no lines.</source>
        <translation>Die Bestellung %1 hat keine Positionen.</translation>
    </message>
    <message>
        <source>Order %1 from %2 exists already.</source>
        <translation>Die Bestellung %1 aus %2 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Line %1 of order %2 names an article that does not exist.</source>
        <translation>Position %1 der Bestellung %2 verweist auf einen Artikel, den es nicht gibt.</translation>
    </message>
    <message>
        <source>No warehouse is set up to ship order %1 from.</source>
        <translation>Es ist kein Lager eingerichtet, aus dem die Bestellung %1 versandt werden kann.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Cost of goods, order %1</source>
        <translation>Wareneinsatz, Bestellung %1</translation>
    </message>
    <message>
        <source>Payment, order %1</source>
        <translation>Zahlungseingang, Bestellung %1</translation>
    </message>
    <message>
        <source>Payment (%1), order %2</source>
        <translation>Zahlungseingang (%1), Bestellung %2</translation>
    </message>
    <message>
        <source>The discount on line %1 of order %2 is not in the order&apos;s currency %3.</source>
        <translation>Der Rabatt in Position %1 der Bestellung %2 ist nicht in der Bestellwährung %3.</translation>
    </message>
    <message>
        <source>The shipping of order %1 is not in the order&apos;s currency %2.</source>
        <translation>Die Versandkosten der Bestellung %1 sind nicht in der Bestellwährung %2.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Trinkgeld</translation>
    </message>
    <message>
        <source>Refund, order %1</source>
        <translation>Erstattung, Bestellung %1</translation>
    </message>
    <message>
        <source>Order %1 has a negative refunded amount.</source>
        <translation>Die Bestellung %1 hat einen negativen Erstattungsbetrag.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled and the shop no longer says so. Kontor does not take back a cancellation; correct it by hand.</source>
        <translation>Die Bestellung %1 wurde storniert, doch der Shop führt sie nicht mehr als storniert. Kontor nimmt keine Stornierung zurück; korrigieren Sie dies manuell.</translation>
    </message>
    <message>
        <source>The refunded amount of order %1 went down from %2 to %3. Kontor does not take back refunds; correct it by hand.</source>
        <translation>Der Erstattungsbetrag der Bestellung %1 ist von %2 auf %3 gesunken. Kontor nimmt keine Erstattungen zurück; korrigieren Sie dies manuell.</translation>
    </message>
    <message>
        <source>%1 %2 refunded</source>
        <translation>%1 %2 erstattet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message numerus="yes">
        <source>edited in the shop: %1 → %2 %3, %n line(s), booked anew</source>
        <translation>
            <numerusform>im Shop bearbeitet: %1 → %2 %3, %n Position, neu gebucht</numerusform>
            <numerusform>im Shop bearbeitet: %1 → %2 %3, %n Positionen, neu gebucht</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 of shop %2 is in the books already, placed on %3 in %4. This one was placed on %5 in %6, so it is another order with the same number, probably of another shop: import each shop under its own shop name.</source>
        <translation>Die Bestellung %1 des Shops %2 ist bereits gebucht, aufgegeben am %3 in %4. Diese wurde am %5 in %6 aufgegeben, ist also eine andere Bestellung mit derselben Nummer, wahrscheinlich eines anderen Shops: Importieren Sie jeden Shop unter seinem eigenen Shopnamen.</translation>
    </message>
    <message>
        <source>Order %1 was cancelled, and the shop now states other lines or amounts for it. Kontor does not book a cancelled order anew; correct it by hand.</source>
        <translation>Die Bestellung %1 wurde storniert, und der Shop führt sie jetzt mit anderen Positionen oder Beträgen. Kontor bucht eine stornierte Bestellung nicht neu; korrigieren Sie dies manuell.</translation>
    </message>
    <message>
        <source>%1 %2 paid</source>
        <translation>%1 %2 bezahlt</translation>
    </message>
    <message>
        <source>Order %1 of shop %2 is in the books already, with the id %3 in the shop system. This one has the id %4, so it is another order with the same number, probably of another shop: import each shop under its own shop name.</source>
        <translation>Die Bestellung %1 des Shops %2 ist bereits gebucht, mit der ID %3 im Shopsystem. Diese hat die ID %4, ist also eine andere Bestellung mit derselben Nummer, wahrscheinlich eines anderen Shops: Importieren Sie jeden Shop unter seinem eigenen Shopnamen.</translation>
    </message>
</context>
<context>
    <name>Kontor::PasswordHasher</name>
    <message>
        <source>The password library could not be started.</source>
        <translation>Die Passwort-Bibliothek ließ sich nicht starten.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>Es ist nicht genug Arbeitsspeicher da, um das Passwort zu schützen.</translation>
    </message>
</context>
<context>
    <name>Kontor::PasswordRules</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Das Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>This password is among the most common ones and easy to guess. Choose another, a short sentence for example.</source>
        <translation>Dieses Passwort gehört zu den häufigsten und ist leicht zu erraten. Wählen Sie ein anderes, zum Beispiel einen kurzen Satz.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Das Passwort darf den Benutzernamen nicht enthalten.</translation>
    </message>
</context>
<context>
    <name>Kontor::Permission</name>
    <message>
        <source>View orders</source>
        <translation>Bestellungen ansehen</translation>
    </message>
    <message>
        <source>Enter and change orders</source>
        <translation>Bestellungen erfassen und ändern</translation>
    </message>
    <message>
        <source>View customers</source>
        <translation>Kunden ansehen</translation>
    </message>
    <message>
        <source>Enter and change customers</source>
        <translation>Kunden erfassen und ändern</translation>
    </message>
    <message>
        <source>View stock</source>
        <translation>Lager ansehen</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Bestände korrigieren</translation>
    </message>
    <message>
        <source>Enter and change articles</source>
        <translation>Artikel erfassen und ändern</translation>
    </message>
    <message>
        <source>View the books</source>
        <translation>Buchhaltung ansehen</translation>
    </message>
    <message>
        <source>Post and reverse bookings</source>
        <translation>Buchen und stornieren</translation>
    </message>
    <message>
        <source>View personnel records</source>
        <translation>Personalakten ansehen</translation>
    </message>
    <message>
        <source>View salaries</source>
        <translation>Gehälter ansehen</translation>
    </message>
    <message>
        <source>Enter and change personnel records</source>
        <translation>Personalakten erfassen und ändern</translation>
    </message>
    <message>
        <source>Run payroll</source>
        <translation>Lohnabrechnung durchführen</translation>
    </message>
    <message>
        <source>Import shop orders and undo imports</source>
        <translation>Shop-Bestellungen importieren und Importläufe rückgängig machen</translation>
    </message>
    <message>
        <source>View and export reports</source>
        <translation>Berichte ansehen und exportieren</translation>
    </message>
    <message>
        <source>View the audit trail</source>
        <translation>Änderungsprotokoll ansehen</translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation>Benutzer und Rollen verwalten</translation>
    </message>
    <message>
        <source>Change the company&apos;s settings</source>
        <translation>Einstellungen der Firma ändern</translation>
    </message>
    <message>
        <source>Back up and restore the company</source>
        <translation>Firma sichern und wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Kontor::PersonnelService</name>
    <message>
        <source>A department needs a name.</source>
        <translation>Eine Abteilung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>An employee needs a last name.</source>
        <translation>Ein Mitarbeiter benötigt einen Nachnamen.</translation>
    </message>
    <message>
        <source>%1 needs a hiring date.</source>
        <translation>Für %1 fehlt das Eintrittsdatum.</translation>
    </message>
    <message>
        <source>%1 cannot leave before being hired.</source>
        <translation>Das Austrittsdatum von %1 liegt vor dem Eintrittsdatum.</translation>
    </message>
    <message>
        <source>The salary of %1 needs a currency and cannot be negative.</source>
        <translation>Das Gehalt von %1 benötigt eine Währung und darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The weekly hours of %1 are impossible.</source>
        <translation>Die Wochenstunden von %1 sind ungültig.</translation>
    </message>
</context>
<context>
    <name>Kontor::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>Bookkeeper</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeitung</translation>
    </message>
</context>
<context>
    <name>Kontor::Sql</name>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Der Datenträger ist voll. Es wurde nichts gespeichert; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The company file is read-only. Nothing was saved.</source>
        <translation>Die Firmendatei ist schreibgeschützt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The company file is busy in another window or program. Nothing was saved; try again in a moment.</source>
        <translation>Die Firmendatei wird gerade in einem anderen Fenster oder Programm verwendet. Es wurde nichts gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The company file is damaged (%1). Restore it from a backup.</source>
        <translation>Die Firmendatei ist beschädigt (%1). Stellen Sie sie aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>This is not a company file (%1).</source>
        <translation>Dies ist keine Firmendatei (%1).</translation>
    </message>
    <message>
        <source>The company file cannot be opened (%1).</source>
        <translation>Die Firmendatei kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>Kontor::Stock</name>
    <message>
        <source>Receipt</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Bestandskorrektur</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <source>pc</source>
        <extracomment>The unit of an article counted in pieces, abbreviated</extracomment>
        <translation>Stk.</translation>
    </message>
</context>
<context>
    <name>Kontor::StockService</name>
    <message>
        <source>A warehouse needs a code and a name.</source>
        <translation>Ein Lager benötigt ein Kürzel und einen Namen.</translation>
    </message>
    <message>
        <source>An article needs a SKU.</source>
        <translation>Ein Artikel benötigt eine Artikelnummer.</translation>
    </message>
    <message>
        <source>The article %1 needs a name.</source>
        <translation>Der Artikel %1 benötigt eine Bezeichnung.</translation>
    </message>
    <message>
        <source>The article %1 needs a currency.</source>
        <translation>Der Artikel %1 benötigt eine Währung.</translation>
    </message>
    <message>
        <source>The prices of article %1 cannot be negative.</source>
        <translation>Die Preise des Artikels %1 dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The VAT rate of article %1 must lie between 0 and 100 %.</source>
        <translation>Der USt-Satz des Artikels %1 muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>An article with SKU %1 exists already.</source>
        <translation>Ein Artikel mit der Artikelnummer %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>A stock movement needs an article and a warehouse.</source>
        <translation>Eine Lagerbewegung benötigt einen Artikel und ein Lager.</translation>
    </message>
    <message>
        <source>A stock movement cannot move nothing.</source>
        <translation>Eine Lagerbewegung mit der Menge null ist nicht möglich.</translation>
    </message>
    <message>
        <source>A stock movement needs a time.</source>
        <translation>Eine Lagerbewegung benötigt einen Zeitpunkt.</translation>
    </message>
    <message>
        <source>%1: %2 × %3</source>
        <translation>%1: %2 × %3</translation>
    </message>
</context>
<context>
    <name>Kontor::Transaction</name>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>Ein Schritt dieser Änderung ist fehlgeschlagen; daher wurde nichts davon gespeichert.</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::AccountingPage</name>
    <message>
        <source>Filter by entry number or reference</source>
        <translation>Nach Buchungsnummer oder Beleg filtern</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Buchhaltung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln journal entry(s)</source>
        <translation>
            <numerusform>%Ln Buchung</numerusform>
            <numerusform>%Ln Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its lines.</source>
        <translation>Wählen Sie eine Buchung aus, um ihre Buchungszeilen zu sehen.</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3</source>
        <extracomment>Caption of a journal entry&apos;s lines: %1 entry number, %2 booking date, %3 description</extracomment>
        <translation>Buchung %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::AdministratorDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Kontor protects the company with logins. Its first user is the administrator, who gives everyone else their access: clerks, bookkeepers, managers.</source>
        <translation>Kontor schützt die Firma durch Anmeldung. Ihr erster Benutzer ist der Administrator, der allen anderen ihren Zugang gibt: Sachbearbeitung, Buchhaltung, Geschäftsleitung.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Voller Name:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Later: until the company has an administrator, anyone who can open its file may see and change everything.</source>
        <translation>Später: Solange die Firma keinen Administrator hat, kann jeder, der ihre Datei öffnen kann, alles sehen und ändern.</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>Administrator &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter sind verschieden.</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ArticleTableModel</name>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>EAN</source>
        <translation>EAN</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Sales price</source>
        <translation>Verkaufspreis</translation>
    </message>
    <message>
        <source>Purchase price</source>
        <translation>Einkaufspreis</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::AuditPage</name>
    <message>
        <source>any day</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Bi&amp;s:</translation>
    </message>
    <message>
        <source>Filter by words in what was done</source>
        <translation>Nach Wörtern im Vorgang filtern</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>alle Datensätze</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An audited record: %1 its type, %2 its number in the database</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::EmployeeDetailWidget</name>
    <message>
        <source>Personnel number:</source>
        <translation>Personalnummer:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <source>Hired on:</source>
        <translation>Eintrittsdatum:</translation>
    </message>
    <message>
        <source>Left on:</source>
        <translation>Austrittsdatum:</translation>
    </message>
    <message>
        <source>Weekly hours:</source>
        <translation>Wochenstunden:</translation>
    </message>
    <message>
        <source>Monthly salary (gross):</source>
        <translation>Monatsgehalt (brutto):</translation>
    </message>
    <message>
        <source>No employee selected</source>
        <translation>Kein Mitarbeiter ausgewählt</translation>
    </message>
    <message>
        <source>%1
%2 %3</source>
        <extracomment>A postal address: %1 street, %2 postcode, %3 city</extracomment>
        <translation>%1
%2 %3</translation>
    </message>
    <message>
        <source>still employed</source>
        <translation>noch beschäftigt</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::EmployeeTableModel</name>
    <message>
        <source>No.</source>
        <extracomment>Column header: personnel number</extracomment>
        <translation>Pers.-Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>An employee&apos;s name in a list sorted by last name: %1 last name, %2 first name</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::Format</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. German writes &quot;19 %&quot;, English &quot;19%&quot;.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportBatchTableModel</name>
    <message>
        <source>Orders the import added</source>
        <translation>Bestellungen, die der Import neu angelegt hat</translation>
    </message>
    <message>
        <source>Known orders whose payment, refunds or state the import changed</source>
        <translation>Bereits bekannte Bestellungen, deren Zahlung, Erstattungen oder Status der Import geändert hat</translation>
    </message>
    <message>
        <source>Known orders the import found as they were</source>
        <translation>Bereits bekannte Bestellungen, die der Import unverändert vorgefunden hat</translation>
    </message>
    <message>
        <source>Orders that could not be read or booked</source>
        <translation>Bestellungen, die nicht gelesen oder gebucht werden konnten</translation>
    </message>
    <message>
        <source>Order items read, of all orders</source>
        <translation>Gelesene Positionen aller Bestellungen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Undone %1 by %2</source>
        <extracomment>An import batch that was taken back: %1 when, %2 by whom</extracomment>
        <translation>Rückgängig gemacht am %1 von %2</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Not yet: a later import changed its orders; undo that one first</source>
        <translation>Vorerst nicht rückgängig zu machen: Ein späterer Import hat Bestellungen daraus geändert; machen Sie zuerst diesen rückgängig</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportFilesPage</name>
    <message>
        <source>Shop exports to import</source>
        <translation>Zu importierende Shop-Exporte</translation>
    </message>
    <message>
        <source>Choose the order exports (CSV) of your shop. Kontor recognises the exports of Shopify and WooCommerce by their columns; for others, make a profile on the next page.</source>
        <translation>Wählen Sie die Bestellexporte (CSV) Ihres Shops aus. Die Exporte von Shopify und WooCommerce erkennt Kontor an ihren Spalten; für andere Exporte legen Sie auf der nächsten Seite ein Profil an.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Kontor tells orders apart by shop and order number. Import every export of one shop under the same name; left empty, the shop is named after the profile.</source>
        <translation>Kontor unterscheidet Bestellungen anhand von Shop und Bestellnummer. Importieren Sie alle Exporte eines Shops unter demselben Namen; bleibt das Feld leer, wird der Shop nach dem Profil benannt.</translation>
    </message>
    <message>
        <source>&amp;Shop:</source>
        <translation>&amp;Shop:</translation>
    </message>
    <message>
        <source>All or &amp;nothing: import nothing of a file when one of its orders cannot be imported</source>
        <translation>Alles oder &amp;nichts: von einer Datei nichts importieren, wenn eine ihrer Bestellungen nicht importiert werden kann</translation>
    </message>
    <message>
        <source>&amp;Dry run: read and check everything, count what would change, save nothing</source>
        <translation>P&amp;robelauf: alles lesen und prüfen, zählen, was sich ändern würde, nichts speichern</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Order exports (*.csv *.txt);;All files (*)</source>
        <translation>Bestellexporte (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import profiles (*.json);;All files (*)</source>
        <translation>Importprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose Shop Exports</source>
        <translation>Shop-Exporte auswählen</translation>
    </message>
    <message>
        <source>Load Import Profile</source>
        <translation>Importprofil laden</translation>
    </message>
    <message>
        <source>Recognise the shop from the columns</source>
        <translation>Shop an den Spalten erkennen</translation>
    </message>
    <message>
        <source>Load Profile File…</source>
        <translation>Profildatei laden…</translation>
    </message>
    <message>
        <source>Not an orders export</source>
        <translation>Kein Bestellexport</translation>
    </message>
    <message>
        <source>No built-in profile fits</source>
        <translation>Kein mitgeliefertes Profil passt</translation>
    </message>
    <message>
        <source>Cannot be read with this profile</source>
        <translation>Mit diesem Profil nicht lesbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A file that cannot be imported: %1 file name, %2 the reason</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>An import is running. Imports can be undone once it has finished.</source>
        <translation>Ein Import läuft gerade. Importe können rückgängig gemacht werden, sobald er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <source>Every imported file, newest first. Undoing an import withdraws the orders it added, reverses its bookings and stock movements and restores the orders it changed to their earlier state. An import whose orders a later import changed can only be undone after that one.</source>
        <translation>Alle importierten Dateien, die neueste zuerst. Wird ein Import rückgängig gemacht, werden die von ihm angelegten Bestellungen zurückgezogen, seine Buchungen storniert und seine Lagerbewegungen zurückgebucht; die von ihm geänderten Bestellungen erhalten ihren vorherigen Stand zurück. Ein Import, dessen Bestellungen ein späterer Import geändert hat, lässt sich erst rückgängig machen, nachdem dieser rückgängig gemacht wurde.</translation>
    </message>
    <message>
        <source>Undo import batch %1 (file %2, shop %3), imported %4 by %5?</source>
        <translation>Importlauf %1 (Datei %2, Shop %3) vom %4, ausgeführt von %5, rückgängig machen?</translation>
    </message>
    <message>
        <source>New orders to withdraw: %1. Updated orders to set back: %2. Their bookings and stock movements are reversed with today&apos;s date; nothing is deleted.</source>
        <translation>Neue Bestellungen, die zurückgezogen werden: %1. Aktualisierte Bestellungen, die zurückgesetzt werden: %2. Ihre Buchungen werden mit dem heutigen Datum storniert und ihre Lagerbewegungen zurückgebucht; gelöscht wird nichts.</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportMappingEditor</name>
    <message>
        <source>Kontor field</source>
        <translation>Feld in Kontor</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First order in the file</source>
        <translation>Erste Bestellung der Datei</translation>
    </message>
    <message>
        <source>Profile key: %1</source>
        <translation>Schlüssel im Profil: %1</translation>
    </message>
    <message>
        <source>Required: every order needs it.</source>
        <translation>Pflichtfeld: Jede Bestellung benötigt es.</translation>
    </message>
    <message>
        <source>— choose a column —</source>
        <translation>— Spalte wählen —</translation>
    </message>
    <message>
        <source>— not read —</source>
        <translation>— wird nicht gelesen —</translation>
    </message>
    <message>
        <source>%1 (not in this file)</source>
        <extracomment>In the column list of the mapping editor: a header the profile names that the file does not have; %1 the header</extracomment>
        <translation>%1 (nicht in dieser Datei)</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportOutcomeModel</name>
    <message>
        <source>Orders Kontor did not know yet</source>
        <translation>Bestellungen, die Kontor noch nicht kannte</translation>
    </message>
    <message>
        <source>Known orders whose payment, refunds or state changed</source>
        <translation>Bereits bekannte Bestellungen, deren Zahlung, Erstattungen oder Status sich geändert haben</translation>
    </message>
    <message>
        <source>Known orders exactly as imported before</source>
        <translation>Bereits bekannte Bestellungen, genau wie beim früheren Import</translation>
    </message>
    <message>
        <source>Orders that could not be read or booked: see the problems</source>
        <translation>Bestellungen, die nicht gelesen oder gebucht werden konnten: siehe „Probleme“</translation>
    </message>
    <message>
        <source>Order items read, of all orders</source>
        <translation>Gelesene Positionen aller Bestellungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <source>New articles</source>
        <translation>Neue Artikel</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Not imported: the import was stopped before this file</source>
        <translation>Nicht importiert: Der Import wurde vor dieser Datei abgebrochen</translation>
    </message>
    <message>
        <source>Stopped: nothing of this file was saved</source>
        <translation>Abgebrochen: Von dieser Datei wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>Checked; nothing saved (dry run)</source>
        <translation>Geprüft; nichts gespeichert (Probelauf)</translation>
    </message>
    <message>
        <source>Nothing saved: orders were rejected (all or nothing)</source>
        <translation>Nichts gespeichert: Bestellungen wurden abgelehnt (alles oder nichts)</translation>
    </message>
    <message>
        <source>Saved as import %1</source>
        <translation>Als Importlauf %1 gespeichert</translation>
    </message>
    <message>
        <source>Nothing saved</source>
        <translation>Nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportPreviewModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A problem of an imported order: %1 the column&apos;s header, %2 what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Nicht importierbar</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Noch nicht bezahlt</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>Column header: how much of the order the customer has paid</extracomment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulliert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>%1, cancelled</source>
        <extracomment>The payment status of a cancelled order: %1 the status (&quot;Refunded, cancelled&quot;)</extracomment>
        <translation>%1, storniert</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>What the import does with an order: new, unchanged, changed, edited in the shop</extracomment>
        <translation>Import</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Edited in the shop</source>
        <translation>Im Shop bearbeitet</translation>
    </message>
    <message>
        <source>Not in the books yet: the import books it.</source>
        <translation>Noch nicht gebucht: Der Import bucht sie.</translation>
    </message>
    <message>
        <source>In the books as the shop states it: the import leaves it alone.</source>
        <translation>So gebucht, wie der Shop sie angibt: Der Import lässt sie unverändert.</translation>
    </message>
    <message>
        <source>In the books; the shop states another payment, refund, cancellation or fulfilment: the import books what changed, once.</source>
        <translation>Gebucht; der Shop gibt eine andere Zahlung, Erstattung, Stornierung oder einen anderen Versandstatus an: Der Import bucht die Änderung, genau einmal.</translation>
    </message>
    <message>
        <source>In the books with other lines or amounts: the import reverses its sale and books it anew as the shop states it now.</source>
        <translation>Mit anderen Positionen oder Beträgen gebucht: Der Import storniert den Verkauf und bucht ihn neu, wie der Shop ihn jetzt angibt.</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>The first orders of the file as Kontor will book them. When something is read from the wrong column, correct it under Columns.</source>
        <translation>Die ersten Bestellungen der Datei, so wie Kontor sie buchen wird. Wird etwas aus der falschen Spalte gelesen, korrigieren Sie es unter „Spalten“.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>Choose the column of the file that holds each field; the fields in bold are required. Your choices make an edited profile that is used for every file of this import. Save it to use it again next time.</source>
        <translation>Wählen Sie für jedes Feld die Spalte der Datei aus, die es enthält; die fett gedruckten Felder sind Pflichtfelder. Aus Ihrer Auswahl entsteht ein bearbeitetes Profil, das für alle Dateien dieses Imports gilt. Speichern Sie es, um es beim nächsten Mal wieder zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Save Profile…</source>
        <translation>Profil spei&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>%1 cannot be imported like this: %2</source>
        <translation>%1 lässt sich so nicht importieren: %2</translation>
    </message>
    <message>
        <source>%1 is read with the profile “%2”. The orders below are its first; the import reads them all.</source>
        <translation>%1 wird mit dem Profil „%2“ gelesen. Unten stehen die ersten Bestellungen der Datei; der Import liest alle.</translation>
    </message>
    <message>
        <source>%1 holds no orders.</source>
        <translation>%1 enthält keine Bestellungen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation>Zeile %1, Spalte „%2“: %3</translation>
    </message>
    <message>
        <source>Choose an order that cannot be imported to read all of its problems.</source>
        <translation>Wählen Sie eine nicht importierbare Bestellung aus, um alle ihre Probleme zu sehen.</translation>
    </message>
    <message>
        <source>Save Import Profile</source>
        <translation>Importprofil speichern</translation>
    </message>
    <message>
        <source>Other files that cannot be imported: %1. Remove them on the previous page, or choose a profile that reads them.</source>
        <translation>Andere nicht importierbare Dateien: %1. Entfernen Sie diese Dateien auf der vorigen Seite, oder wählen Sie ein Profil, das sie lesen kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the orders shown cannot be imported as they stand: see the Problem column.</source>
        <translation>
            <numerusform>In der vorliegenden Form nicht importierbar: %n der angezeigten Bestellungen (siehe Spalte „Problem“).</numerusform>
            <numerusform>In der vorliegenden Form nicht importierbar: %n der angezeigten Bestellungen (siehe Spalte „Problem“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have the number of another order in the books of the shop “%1”. If this file is another shop&apos;s, go back and give that shop its own name under Shop.</source>
        <translation>
            <numerusform>%n davon hat die Nummer einer anderen Bestellung, die im Shop „%1“ bereits gebucht ist. Stammt diese Datei aus einem anderen Shop, gehen Sie zurück und geben Sie diesem Shop unter „Shop“ einen eigenen Namen.</numerusform>
            <numerusform>%n davon haben die Nummer einer anderen Bestellung, die im Shop „%1“ bereits gebucht ist. Stammt diese Datei aus einem anderen Shop, gehen Sie zurück und geben Sie diesem Shop unter „Shop“ einen eigenen Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>How the file writes its dates, shown with 31 March 2026, 14:05. Dates with seconds or without the time are read too, and so is a time zone after them (+0100).</source>
        <translation>Wie die Datei Datumsangaben schreibt, gezeigt am 31. März 2026, 14:05 Uhr. Angaben mit Sekunden oder ohne Uhrzeit werden ebenfalls gelesen, ebenso eine Zeitzone dahinter (+0100).</translation>
    </message>
    <message>
        <source>&amp;Dates look like:</source>
        <translation>&amp;Datumsangaben:</translation>
    </message>
    <message>
        <source>Recognised from the amounts</source>
        <translation>Aus den Beträgen erkannt</translation>
    </message>
    <message>
        <source>1,234.56 (decimal point)</source>
        <translation>1,234.56 (Dezimalpunkt)</translation>
    </message>
    <message>
        <source>1.234,56 (decimal comma)</source>
        <translation>1.234,56 (Dezimalkomma)</translation>
    </message>
    <message>
        <source>&amp;Amounts look like:</source>
        <translation>&amp;Beträge:</translation>
    </message>
    <message>
        <source>As the profile says: %1</source>
        <extracomment>How dates are read: the formats an import profile names, such as &quot;dd/MM/yyyy HH:mm&quot;</extracomment>
        <translation>Wie im Profil: %1</translation>
    </message>
    <message>
        <source>Status word</source>
        <translation>Statuswort</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>The words of the file&apos;s status column, and what each says about the payment. Orders with a word Kontor does not know are rejected: whether money arrived is not Kontor&apos;s to guess.</source>
        <translation>Die Wörter der Statusspalte der Datei und was jedes über die Zahlung sagt. Bestellungen mit einem Wort, das Kontor nicht kennt, werden abgelehnt: Ob Geld eingegangen ist, darf Kontor nicht raten.</translation>
    </message>
    <message>
        <source>— not known: rejected —</source>
        <extracomment>A status word of the file that Kontor does not know the meaning of</extracomment>
        <translation>— unbekannt: abgelehnt —</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Says nothing about the payment</source>
        <extracomment>A status word such as &quot;open&quot; or &quot;archived&quot; that tells nothing of the money</extracomment>
        <translation>Sagt nichts über die Zahlung</translation>
    </message>
    <message>
        <source>in this computer&apos;s time zone</source>
        <translation>in der Zeitzone dieses Computers</translation>
    </message>
    <message>
        <source>in UTC</source>
        <translation>in UTC</translation>
    </message>
    <message>
        <source>at %1</source>
        <extracomment>Dates of a file are at an offset from UTC: %1 the offset, &quot;UTC+01:00&quot;</extracomment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>The time zone of dates that do not name one. A time zone after a date (+0100, UTC+1) counts for that date.</source>
        <translation>Die Zeitzone von Datumsangaben, die keine nennen. Eine Zeitzone hinter einem Datum (+0100, UTC+1) gilt für dieses Datum.</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>Dates without a time zone are in %1, a zone an import profile names (&quot;Europe/Berlin&quot;)</extracomment>
        <translation>in %1</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportProblemModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportResultPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>S&amp;top Import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Nothing of the file being imported is saved; files imported before it stay imported.</source>
        <translation>Von der Datei, die gerade importiert wird, wird nichts gespeichert; zuvor importierte Dateien bleiben importiert.</translation>
    </message>
    <message>
        <source>You can keep working in Kontor&apos;s main window meanwhile.</source>
        <translation>Sie können währenddessen im Hauptfenster von Kontor weiterarbeiten.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Save &amp;Rejected Rows…</source>
        <translation>&amp;Abgelehnte Zeilen speichern…</translation>
    </message>
    <message>
        <source>Saves the rows of the rejected orders of the file selected above as a CSV file, to correct them and import that file.</source>
        <translation>Speichert die Zeilen der abgelehnten Bestellungen der oben ausgewählten Datei als CSV-Datei, damit Sie sie korrigieren und diese Datei importieren können.</translation>
    </message>
    <message>
        <source>Choose a problem to read it in full.</source>
        <translation>Wählen Sie ein Problem aus, um es vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <source>Kontor reads and books every order, then takes it all back: nothing is saved.</source>
        <translation>Kontor liest und bucht jede Bestellung und nimmt danach alles wieder zurück: Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Each file is saved whole when it has been read through.</source>
        <translation>Jede Datei wird in einem Zug gespeichert, sobald sie vollständig gelesen ist.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1 (file %2 of %3)…</source>
        <extracomment>%1 file name, %2 its number, %3 the number of files</extracomment>
        <translation>%1 wird gelesen (Datei %2 von %3)…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Progress of an import: %1 bytes read, %2 bytes in all (&quot;1.2 MB of 3.4 MB&quot;)</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Kontor could not open the company file for the import: %1</source>
        <translation>Kontor konnte die Firmendatei für den Import nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Check finished</source>
        <translation>Prüfung abgeschlossen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>New orders: %1 · updated: %2 · unchanged: %3 · rejected: %4</source>
        <extracomment>Counts of an import over all files</extracomment>
        <translation>Neue Bestellungen: %1 · aktualisiert: %2 · unverändert: %3 · abgelehnt: %4</translation>
    </message>
    <message>
        <source>The import was stopped: the file being imported then was not saved, and the files after it were not read.</source>
        <translation>Der Import wurde abgebrochen: Von der Datei, die zu diesem Zeitpunkt importiert wurde, ist nichts gespeichert, und die folgenden Dateien wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>This was a dry run: nothing was saved.</source>
        <translation>Dies war ein Probelauf: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>An import can be taken back under File › Import History.</source>
        <translation>Ein Import lässt sich unter Datei › Importverlauf… rückgängig machen.</translation>
    </message>
    <message>
        <source>The rejected orders are not in the books. Save their rows, correct them in the shop or the file, and import them again.</source>
        <translation>Die abgelehnten Bestellungen sind nicht gebucht. Speichern Sie ihre Zeilen, korrigieren Sie sie im Shop oder in der Datei, und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>What became of each file, and why orders were rejected.</source>
        <translation>Das Ergebnis für jede Datei und die Gründe, aus denen Bestellungen abgelehnt wurden.</translation>
    </message>
    <message>
        <source>There are no rejected rows to save.</source>
        <translation>Es gibt keine abgelehnten Zeilen zum Speichern.</translation>
    </message>
    <message>
        <source>%1 rejected.csv</source>
        <extracomment>Suggested file name for the rejected rows of an export: %1 the export&apos;s name without suffix</extracomment>
        <translation>%1 abgelehnt.csv</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Taking back what %1 booked…</source>
        <translation>Was %1 gebucht hat, wird zurückgenommen…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>%n of the updated orders had been edited in the shop (other lines or amounts): their sale, cost of goods and stock were reversed and booked again as the shop states them now, dated today.</source>
        <translation>
            <numerusform>%n der aktualisierten Bestellungen wurde im Shop bearbeitet (andere Positionen oder Beträge): Verkauf, Wareneinsatz und Bestand wurden storniert und so neu gebucht, wie der Shop sie jetzt angibt, mit dem heutigen Datum.</numerusform>
            <numerusform>%n der aktualisierten Bestellungen wurden im Shop bearbeitet (andere Positionen oder Beträge): Verkauf, Wareneinsatz und Bestand wurden storniert und so neu gebucht, wie der Shop sie jetzt angibt, mit dem heutigen Datum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have the numbers of other orders in the books of the same shop. If a file is another shop&apos;s, import it again under that shop&apos;s own name (Shop, on the first page).</source>
        <translation>
            <numerusform>%n davon hat die Nummer einer anderen Bestellung desselben Shops, die bereits gebucht ist. Stammt eine Datei aus einem anderen Shop, importieren Sie sie erneut unter dessen eigenem Namen (Shop, auf der ersten Seite).</numerusform>
            <numerusform>%n davon haben die Nummern anderer Bestellungen desselben Shops, die bereits gebucht sind. Stammt eine Datei aus einem anderen Shop, importieren Sie sie erneut unter dessen eigenem Namen (Shop, auf der ersten Seite).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportSession</name>
    <message>
        <source>Own columns</source>
        <translation>Eigene Spalten</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <extracomment>An import profile the user changed; %1 the profile&apos;s name</extracomment>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <source>The profile cannot be saved yet: choose the columns of %1 first.</source>
        <translation>Das Profil kann noch nicht gespeichert werden: Wählen Sie zuerst die Spalten für %1 aus.</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::ImportWizard</name>
    <message>
        <source>Import Orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Abbrechen und schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close When Saved</source>
        <translation>Nach dem Speichern schließen</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::JournalEntryTableModel</name>
    <message>
        <source>Entry</source>
        <extracomment>Column header: journal entry number</extracomment>
        <translation>Buchungsnr.</translation>
    </message>
    <message>
        <source>Booking date</source>
        <translation>Buchungsdatum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Buchungstext</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::JournalLineTableModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontobezeichnung</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <source>VAT</source>
        <extracomment>The tax rate a revenue or tax amount was booked at</extracomment>
        <translation>USt</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::LoginDialog</name>
    <message>
        <source>Log In – %1</source>
        <translation>Anmelden – %1</translation>
    </message>
    <message>
        <source>%1 is protected: log in with your user name and password.</source>
        <translation>%1 ist geschützt: Melden Sie sich mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message numerus="yes">
        <source>An administrator set your password. Choose your own now: at least %n characters, not a common one.</source>
        <translation>
            <numerusform>Ein Administrator hat Ihr Passwort gesetzt. Wählen Sie jetzt Ihr eigenes: mindestens %n Zeichen, kein häufiges.</numerusform>
            <numerusform>Ein Administrator hat Ihr Passwort gesetzt. Wählen Sie jetzt Ihr eigenes: mindestens %n Zeichen, kein häufiges.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change and Log In</source>
        <translation>Ä&amp;ndern und anmelden</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter sind verschieden.</translation>
    </message>
    <message>
        <source>Kontor locked the window after a while without use. %1, log in again to go on.</source>
        <translation>Kontor hat das Fenster nach einer Weile ohne Benutzung gesperrt. %1, melden Sie sich wieder an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>&amp;Quit Kontor</source>
        <translation>Kontor &amp;beenden</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Company…</source>
        <translation>&amp;Neue Firma…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Backup Copy…</source>
        <translation>&amp;Sicherungskopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>Ü&amp;ber Kontor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title: %1 company name, %2 file name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kontor companies (*.sqlite *.kontor);;All files (*)</source>
        <translation>Kontor-Firmen (*.sqlite *.kontor);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>A recent file in the File menu: %1 number (shortcut key), %2 file path</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent companies</source>
        <translation>Keine zuletzt geöffneten Firmen</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>%1 already exists. A new company needs a new file.</source>
        <translation>%1 existiert bereits. Eine neue Firma benötigt eine neue Datei.</translation>
    </message>
    <message>
        <source>Open Company</source>
        <translation>Firma öffnen</translation>
    </message>
    <message>
        <source>%1 backup %2.sqlite</source>
        <extracomment>Suggested file name of a backup: %1 company file name without suffix, %2 today&apos;s date</extracomment>
        <translation>%1 Sicherung %2.sqlite</translation>
    </message>
    <message>
        <source>Save a Backup Copy</source>
        <translation>Sicherungskopie speichern</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name for the backup.</source>
        <translation>%1 existiert bereits. Wählen Sie einen neuen Dateinamen für die Sicherungskopie.</translation>
    </message>
    <message>
        <source>Backup copy saved as %1</source>
        <translation>Sicherungskopie gespeichert unter %1</translation>
    </message>
    <message>
        <source>The back office for small online shops and small companies.</source>
        <translation>Das Backoffice für kleine Onlineshops und kleine Unternehmen.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Company file:</source>
        <translation>Firmendatei:</translation>
    </message>
    <message>
        <source>Rows in the company file:</source>
        <translation>Datensätze in der Firmendatei:</translation>
    </message>
    <message>
        <source>About Kontor</source>
        <translation>Über Kontor</translation>
    </message>
    <message>
        <source>Reading the Company File</source>
        <translation>Lesen der Firmendatei</translation>
    </message>
    <message>
        <source>&amp;Import Orders…</source>
        <translation>Bestellungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the order exports (CSV) of a web shop</source>
        <translation>Bestellexporte (CSV) eines Webshops importieren</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <source>Import Orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <source>An import is running; start the next one when it has finished.</source>
        <translation>Ein Import läuft gerade; starten Sie den nächsten, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The import is finished and the lists show its orders.</source>
        <translation>Der Import ist abgeschlossen; die Listen zeigen seine Bestellungen.</translation>
    </message>
    <message>
        <source>The import is undone.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>No logins</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <source>This company has no users yet: whoever opens its file may see and change everything. Give it an administrator with kontor-cli users add NAME.</source>
        <translation>Diese Firma hat noch keine Benutzer: Wer ihre Datei öffnet, kann alles sehen und ändern. Geben Sie ihr einen Administrator mit kontor-cli users add NAME.</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the company in %1 by the backup %2?

The backup is checked first. The company as it is now is kept in its backups folder.</source>
        <translation>Die Firma in %1 durch die Sicherung %2 ersetzen?

Die Sicherung wird vorher geprüft. Die Firma, wie sie jetzt ist, bleibt in ihrem Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Hide the company until you log in again</source>
        <translation>Die Firma verbergen, bis Sie sich wieder anmelden</translation>
    </message>
    <message>
        <source>%1 on %2 (since %3)</source>
        <extracomment>Another Kontor with the company open: %1 user, %2 computer, %3 since when</extracomment>
        <translation>%1 auf %2 (seit %3)</translation>
    </message>
    <message>
        <source>Also open: %1</source>
        <translation>Auch geöffnet: %1</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Benutzer…</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::OrderBookingTableModel</name>
    <message>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontobezeichnung</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <source>VAT</source>
        <extracomment>The tax rate a revenue or tax amount was booked at</extracomment>
        <translation>USt</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::OrderLineTableModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Pos.</source>
        <extracomment>Column header: the line&apos;s position in its order</extracomment>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Shop order</source>
        <translation>Shop-Bestellnr.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::OrdersPage</name>
    <message>
        <source>Filter by order number, shop order or customer name</source>
        <translation>Nach Bestellnummer, Shop-Bestellnummer oder Kundenname filtern</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Filter by order number or SKU</source>
        <translation>Nach Bestellnummer oder Artikelnummer filtern</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order line(s)</source>
        <translation>
            <numerusform>%Ln Bestellposition</numerusform>
            <numerusform>%Ln Bestellpositionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an order to see its lines.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihre Positionen zu sehen.</translation>
    </message>
    <message>
        <source>Order %1 · %2 · %3</source>
        <extracomment>Caption of an order&apos;s lines: %1 order number, %2 customer, %3 total</extracomment>
        <translation>Bestellung %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::PersonnelPage</name>
    <message>
        <source>Filter by number, name, job title or city</source>
        <translation>Nach Personalnummer, Name, Position oder Ort filtern</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personal</translation>
    </message>
    <message numerus="yes">
        <source>%Ln employee(s)</source>
        <translation>
            <numerusform>%Ln Mitarbeiter</numerusform>
            <numerusform>%Ln Mitarbeiter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::RolesDialog</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>&amp;May:</source>
        <translation>&amp;Darf:</translation>
    </message>
    <message>
        <source>&amp;New Role…</source>
        <translation>&amp;Neue Rolle…</translation>
    </message>
    <message>
        <source>A new role, starting with the permissions of the selected one</source>
        <translation>Eine neue Rolle, zunächst mit den Berechtigungen der ausgewählten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>%1 (Kontor’s own)</source>
        <translation>%1 (von Kontor)</translation>
    </message>
    <message>
        <source>Kontor’s own roles cannot be changed. To give someone a different set, make a new role from this one and change that.</source>
        <translation>Die Rollen von Kontor lassen sich nicht ändern. Wer andere Berechtigungen bekommen soll, erhält eine neue Rolle: Legen Sie sie aus dieser an und ändern Sie sie.</translation>
    </message>
    <message>
        <source>Tick what users with this role may do, then save. Users who are logged in get the change at their next login.</source>
        <translation>Haken Sie an, was Benutzer mit dieser Rolle dürfen, und speichern Sie. Wer gerade angemeldet ist, erhält die Änderung bei der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>There is a role named %1 already.</source>
        <translation>Es gibt bereits eine Rolle namens %1.</translation>
    </message>
    <message>
        <source>&amp;Name of the role:</source>
        <translation>&amp;Name der Rolle:</translation>
    </message>
    <message>
        <source>Save the changes to the role %1?</source>
        <translation>Die Änderungen an der Rolle %1 speichern?</translation>
    </message>
    <message>
        <source>Ren&amp;ame…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Deletes the selected role; no user may have it</source>
        <translation>Löscht die ausgewählte Rolle; kein Benutzer darf sie haben</translation>
    </message>
    <message>
        <source>Rename Role</source>
        <translation>Rolle umbenennen</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>&amp;New name of the role:</source>
        <translation>&amp;Neuer Name der Rolle:</translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>Die Rolle %1 löschen?</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::StartDialog</name>
    <message>
        <source>New Company</source>
        <translation>Neue Firma</translation>
    </message>
    <message>
        <source>Kontor will keep the new company in this file:</source>
        <translation>Kontor speichert die neue Firma in dieser Datei:</translation>
    </message>
    <message>
        <source>What should it hold?</source>
        <translation>Was soll sie enthalten?</translation>
    </message>
    <message>
        <source>An &amp;empty company</source>
        <translation>Eine l&amp;eere Firma</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <source>A &amp;demo company</source>
        <translation>Eine &amp;Demofirma</translation>
    </message>
    <message>
        <source>A small web shop with customers, articles, stock, staff, orders and their bookings, to try Kontor out.</source>
        <translation>Ein kleiner Webshop mit Kunden, Artikeln, Lagerbeständen, Personal, Bestellungen und deren Buchungen, zum Ausprobieren von Kontor.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Also the language of the company&apos;s booking texts and audit log: German for Germany, Austria, Switzerland, Liechtenstein and Luxembourg, English elsewhere.</source>
        <translation>Auch die Sprache der Buchungstexte und des Änderungsprotokolls der Firma: Deutsch für Deutschland, Österreich, die Schweiz, Liechtenstein und Luxemburg, sonst Englisch.</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Coun&amp;try:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>The accounts the books are kept in. SKR03 has an account for each German VAT rate; the general chart books every rate to one sales and one tax account, each order keeping its rates.</source>
        <translation>Die Konten, in denen die Bücher geführt werden. SKR03 hat für jeden deutschen Umsatzsteuersatz ein Konto; der allgemeine Kontenplan bucht jeden Satz auf ein Erlös- und ein Steuerkonto, und jede Bestellung behält ihre Sätze.</translation>
    </message>
    <message>
        <source>C&amp;hart of accounts:</source>
        <translation>&amp;Kontenplan:</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::StockMovementTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column header: receipt, sale, return, ...</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Einstandspreis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::StockPage</name>
    <message>
        <source>Filter by SKU, name or EAN</source>
        <translation>Nach Artikelnummer, Bezeichnung oder EAN filtern</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lager</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an article to see its stock and movements.</source>
        <translation>Wählen Sie einen Artikel aus, um seinen Bestand und seine Lagerbewegungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Caption of an article&apos;s stock: %1 SKU, %2 name</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (not kept in stock)</source>
        <translation>%1 (nicht lagergeführt)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A warehouse in a list: %1 code, %2 name</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Kontor::Ui::UsersDialog</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Voller Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>Erstes &amp;Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter sind verschieden.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Voller Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Change R&amp;ole…</source>
        <translation>R&amp;olle ändern…</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>locked after wrong passwords</source>
        <translation>blockiert nach falschen Passwörtern</translation>
    </message>
    <message>
        <source>must choose a password</source>
        <translation>muss ein Passwort wählen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>New Password for %1</source>
        <translation>Neues Passwort für %1</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>Ro&amp;les…</source>
        <translation>Ro&amp;llen…</translation>
    </message>
    <message>
        <source>What each role may do; custom roles</source>
        <translation>Was jede Rolle darf; eigene Rollen</translation>
    </message>
</context>
<context>
    <name>Kontor::UserService</name>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>The company has its administrator already; log in as one to add users.</source>
        <translation>Die Firma hat schon ihren Administrator; melden Sie sich als Administrator an, um Benutzer hinzuzufügen.</translation>
    </message>
    <message>
        <source>“%1” cannot be a user name: use up to 64 letters, digits, dots, hyphens and underscores, beginning with a letter or digit.</source>
        <translation>„%1“ kann kein Benutzername sein: erlaubt sind bis zu 64 Buchstaben, Ziffern, Punkte, Binde- und Unterstriche, am Anfang ein Buchstabe oder eine Ziffer.</translation>
    </message>
    <message>
        <source>There is no role %1.</source>
        <translation>Es gibt keine Rolle %1.</translation>
    </message>
    <message>
        <source>There is a user %1 already.</source>
        <translation>Es gibt schon einen Benutzer %1.</translation>
    </message>
    <message>
        <source>%1 is the company&apos;s last administrator; make another user administrator first.</source>
        <translation>%1 ist der letzte Administrator der Firma; machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom bisherigen unterscheiden.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>kein Benutzer %1</translation>
    </message>
    <message>
        <source>Too many wrong passwords: %1 is locked until %2.</source>
        <translation>Zu viele falsche Passwörter: %1 ist bis %2 blockiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row; locked until %1</source>
        <translation>
            <numerusform>%n falsches Passwort in Folge; blockiert bis %1</numerusform>
            <numerusform>%n falsche Passwörter in Folge; blockiert bis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wrong password(s) in a row</source>
        <translation>
            <numerusform>%n falsches Passwort in Folge</numerusform>
            <numerusform>%n falsche Passwörter in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user name or the password is wrong. After %n wrong passwords in a row, %1 is locked until %2.</source>
        <translation>
            <numerusform>Benutzername oder Passwort ist falsch. Nach %n falschen Passwort in Folge ist %1 bis %2 blockiert.</numerusform>
            <numerusform>Benutzername oder Passwort ist falsch. Nach %n falschen Passwörtern in Folge ist %1 bis %2 blockiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user %1 is disabled. Ask an administrator.</source>
        <translation>Der Benutzer %1 ist gesperrt. Fragen Sie einen Administrator.</translation>
    </message>
    <message>
        <source>The role %1 of user %2 no longer exists. Ask an administrator.</source>
        <translation>Die Rolle %1 des Benutzers %2 gibt es nicht mehr. Fragen Sie einen Administrator.</translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation>Eine Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 is the name of one of Kontor&apos;s own roles, which cannot be changed; choose another name.</source>
        <translation>%1 ist der Name einer Rolle von Kontor, die sich nicht ändern lässt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is one of Kontor&apos;s own roles, which cannot be renamed or deleted.</source>
        <translation>%1 ist eine Rolle von Kontor, die sich nicht umbenennen oder löschen lässt.</translation>
    </message>
    <message>
        <source>There is a role named %1 already.</source>
        <translation>Es gibt bereits eine Rolle namens %1.</translation>
    </message>
    <message>
        <source>The role %1 cannot be deleted while users have it: %2. Give them another role first.</source>
        <translation>Die Rolle %1 lässt sich nicht löschen, solange Benutzer sie haben: %2. Geben Sie ihnen zuerst eine andere Rolle.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor, the back office of a small shop.</source>
        <translation>Kontor, das Backoffice für kleine Shops.</translation>
    </message>
    <message>
        <source>The company file to open.</source>
        <translation>Die zu öffnende Firmendatei.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
</context>
</TS>
