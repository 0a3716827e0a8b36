<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CodeGuru::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep stored key</source>
        <translation>Schlüssel behalten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Paste the new API key</source>
        <translation>Neuen API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Optional: this provider usually needs no key</source>
        <translation>Optional: Dieser Anbieter braucht meist keinen Schlüssel</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>System-Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>The stored key will be removed when you apply.</source>
        <translation>Der gespeicherte Schlüssel wird beim Anwenden entfernt.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you apply.</source>
        <translation>Der neue Schlüssel ersetzt beim Anwenden den gespeicherten.</translation>
    </message>
    <message>
        <source>The key will be stored in the system keyring when you apply.</source>
        <translation>Der Schlüssel wird beim Anwenden im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>•••• stored in the system keyring</source>
        <translation>•••• im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring, never in the settings file.</source>
        <translation>Schlüssel werden im System-Schlüsselbund abgelegt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Gespeicherten Schlüssel entfernen</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AppearancePage</name>
    <message>
        <source>&amp;Keep CodeGuru running in the system tray when the window is closed</source>
        <translation>CodeGuru beim Schließen des Fensters im Systembereich &amp;weiterlaufen lassen</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System default (%1 pt)</source>
        <translation>Systemstandard (%1 pt)</translation>
    </message>
    <message>
        <source>How do I read a file line by line in Python?
Use a with block: for line in open(path): print(line)</source>
        <translation>Wie lese ich in Python eine Datei Zeile für Zeile?
Verwenden Sie einen with-Block: for line in open(path): print(line)</translation>
    </message>
    <message>
        <source>Chat &amp;text size:</source>
        <translation>&amp;Textgröße im Chat:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits.</source>
        <translation>Dieser Desktop hat keinen Systembereich, daher beendet das Schließen des Fensters CodeGuru.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>The new language is used the next time CodeGuru starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von CodeGuru verwendet.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AutostartEntry</name>
    <message>
        <source>Starting CodeGuru when you log in is only possible on desktops with XDG autostart (Linux and BSD).</source>
        <translation>CodeGuru kann nur auf Desktops mit XDG-Autostart (Linux und BSD) bei der Anmeldung gestartet werden.</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: there is no configuration folder.</source>
        <translation>CodeGuru kann nicht bei der Anmeldung starten: Es gibt keinen Konfigurationsordner.</translation>
    </message>
    <message>
        <source>CodeGuru will still start when you log in: %1 could not be deleted (%2).</source>
        <translation>CodeGuru startet weiterhin bei der Anmeldung: %1 konnte nicht gelöscht werden (%2).</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 should be the autostart folder, but it is a file.</source>
        <translation>CodeGuru kann nicht bei der Anmeldung starten: %1 sollte der Autostart-Ordner sein, ist aber eine Datei.</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 could not be created.</source>
        <translation>CodeGuru kann nicht bei der Anmeldung starten: Der Autostart-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 is not writable (%2).</source>
        <translation>CodeGuru kann nicht bei der Anmeldung starten: Der Autostart-Ordner %1 ist nicht beschreibbar (%2).</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 could not be written (%2).</source>
        <translation>CodeGuru kann nicht bei der Anmeldung starten: %1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Starts CodeGuru in the background, so its Quick Ask shortcut works</source>
        <translation>Startet CodeGuru im Hintergrund, damit das Tastenkürzel für Quick Ask funktioniert</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 is a folder where its autostart entry should be.</source>
        <translation>CodeGuru kann nicht bei der Anmeldung starten: %1 ist ein Ordner, sollte aber sein Autostart-Eintrag sein.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ChatListView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy C&amp;ode</source>
        <translation>C&amp;ode kopieren</translation>
    </message>
    <message>
        <source>Copy Message as &amp;Markdown</source>
        <translation>Nachricht als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ChatView</name>
    <message>
        <source>Jump to latest</source>
        <translation>Zum Neuesten</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the answer again</source>
        <translation>Zur neuesten Nachricht scrollen und der Antwort wieder folgen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Right and Left go from one Copy button, link or notice button to the next; Enter presses it.</source>
        <translation>Mit den Pfeiltasten nach rechts und links gelangen Sie von einer Kopieren-Schaltfläche, einem Link oder einer Hinweis-Schaltfläche zur nächsten; Enter betätigt sie.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSet</name>
    <message>
        <source>The classifier file is not valid JSON (%1).</source>
        <translation>Die Klassifikator-Datei ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The classifier file needs a &quot;classifiers&quot; array.</source>
        <translation>Die Klassifikator-Datei braucht ein Array &quot;classifiers&quot;.</translation>
    </message>
    <message>
        <source>The classifier file has %1 classifiers; at most %2 are supported.</source>
        <translation>Die Klassifikator-Datei enthält %1 Klassifikatoren; höchstens %2 werden unterstützt.</translation>
    </message>
    <message>
        <source>Classifier %1 needs an &quot;id&quot;, a &quot;question&quot; and a &quot;context&quot;.</source>
        <translation>Klassifikator %1 braucht &quot;id&quot;, &quot;question&quot; und &quot;context&quot;.</translation>
    </message>
    <message>
        <source>The classifier id “%1” is used twice.</source>
        <translation>Die Klassifikator-ID „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>The classifier file “%1” could not be read: %2.</source>
        <translation>Die Klassifikator-Datei „%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSetWriter</name>
    <message>
        <source>The classifiers could not be saved to “%1”: %2.</source>
        <translation>Die Klassifikatoren konnten nicht in „%1“ gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierTableModel</name>
    <message>
        <source>Asked before every question</source>
        <translation>Wird vor jeder Frage gestellt</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Wird nicht gestellt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The decision when the classifier does not answer before the deadline</source>
        <translation>Die Entscheidung, wenn der Klassifikator nicht innerhalb des Zeitlimits antwortet</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Attaches</source>
        <translation>Hängt an</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AnswerPrinter</name>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The provider is busy (%1); retrying in %2 s (attempt %3)…</source>
        <translation>Der Anbieter ist ausgelastet (%1); nächster Versuch in %2 s (Nr. %3)…</translation>
    </message>
    <message>
        <source>The answer was cut off because the model reached its output limit (finish_reason “length”).</source>
        <translation>Die Antwort wurde abgeschnitten, weil das Modell seine Ausgabegrenze erreicht hat (finish_reason „length“).</translation>
    </message>
    <message>
        <source>The model returned an empty answer.</source>
        <translation>Das Modell hat eine leere Antwort geliefert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>Die Antwort oben ist unvollständig. %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AskCommand</name>
    <message>
        <source>Ask one question and stream the answer to stdout. Text piped on stdin is attached as context.</source>
        <translation>Eine Frage stellen und die Antwort fortlaufend auf stdout ausgeben. Per Pipe auf stdin übergebener Text wird als Kontext angehängt.</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>Die Frage.</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>Diesen System-Prompt statt der Programmier-Persona verwenden.</translation>
    </message>
    <message>
        <source>Wait for the whole answer, then print it.</source>
        <translation>Auf die vollständige Antwort warten und sie dann ausgeben.</translation>
    </message>
    <message>
        <source>Attach a file as context (repeatable).</source>
        <translation>Eine Datei als Kontext anhängen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Do not save the question and answer in the history (“codeguru-cli history”).</source>
        <translation>Frage und Antwort nicht im Verlauf speichern („codeguru-cli history“).</translation>
    </message>
    <message>
        <source>Ask in saved conversation ID: its earlier questions and answers are sent too, and this exchange is added to it.</source>
        <translation>In der gespeicherten Unterhaltung ID fragen: Ihre früheren Fragen und Antworten werden mitgesendet, und dieser Austausch wird ihr hinzugefügt.</translation>
    </message>
    <message>
        <source>Say on stderr which conversation the exchange was saved in.</source>
        <translation>Auf stderr melden, in welcher Unterhaltung der Austausch gespeichert wurde.</translation>
    </message>
    <message>
        <source>ask needs a question, e.g. codeguru-cli ask &quot;why does this segfault?&quot;</source>
        <translation>ask braucht eine Frage, z. B. codeguru-cli ask &quot;Warum gibt das einen Segfault?&quot;</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>„%1“ ist keine Unterhaltungs-ID; IDs sind die Nummern, die „codeguru-cli history list“ anzeigt.</translation>
    </message>
    <message>
        <source>The piped input is long; only its beginning and end were attached.</source>
        <translation>Die Eingabe über die Pipe ist lang; nur ihr Anfang und Ende wurden angehängt.</translation>
    </message>
    <message>
        <source>Left out of %1: %2.</source>
        <translation>Aus %1 weggelassen: %2.</translation>
    </message>
    <message>
        <source>%1 is large; only the first %2 files were attached.</source>
        <translation>%1 ist groß; nur die ersten %2 Dateien wurden angehängt.</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>„%1“ ist lang; nur Anfang und Ende wurden angehängt.</translation>
    </message>
    <message>
        <source>Using %1 at %2 (%3).</source>
        <translation>Verwende %1 auf %2 (%3).</translation>
    </message>
    <message>
        <source>To send them unredacted for this question, repeat it with --redact-secrets never.</source>
        <translation>Um sie bei dieser Frage ungeschwärzt zu senden, wiederholen Sie sie mit --redact-secrets never.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>Saved in conversation %1; continue it with “codeguru-cli ask --continue %1 …”.</source>
        <translation>In Unterhaltung %1 gespeichert; fortsetzen mit „codeguru-cli ask --continue %1 …“.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Give either a question or --audio, not both.</source>
        <translation>Geben Sie entweder eine Frage oder --audio an, nicht beides.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AudioQuestion</name>
    <message>
        <source>Transcribe this recording (WAV, MP3, M4A, OGG, FLAC or WebM; “-” reads stdin) and ask what it says.</source>
        <translation>Diese Aufnahme transkribieren (WAV, MP3, M4A, OGG, FLAC oder WebM; „-“ liest stdin) und fragen, was sie sagt.</translation>
    </message>
    <message>
        <source>Speech-to-text model (default: the settings, else the provider’s usual one, e.g. whisper-1).</source>
        <translation>Sprache-zu-Text-Modell (Standard: die Einstellungen, sonst das übliche des Anbieters, z. B. whisper-1).</translation>
    </message>
    <message>
        <source>Provider profile that transcribes --audio (default: the settings, else the provider that answers).</source>
        <translation>Anbieterprofil, das --audio transkribiert (Standard: die Einstellungen, sonst der antwortende Anbieter).</translation>
    </message>
    <message>
        <source>--audio - found no recording on stdin.</source>
        <translation>--audio - hat auf stdin keine Aufnahme gefunden.</translation>
    </message>
    <message>
        <source>The recording on stdin is larger than %1 MB, the most speech-to-text providers accept; record a shorter question or compress it (e.g. to MP3).</source>
        <translation>Die Aufnahme auf stdin ist größer als %1 MB, das Höchste, was Sprache-zu-Text-Anbieter annehmen; nehmen Sie eine kürzere Frage auf oder komprimieren Sie sie (z. B. zu MP3).</translation>
    </message>
    <message>
        <source>The recording “%1” does not exist.</source>
        <translation>Die Aufnahme „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a recording.</source>
        <translation>„%1“ ist ein Ordner, keine Aufnahme.</translation>
    </message>
    <message>
        <source>The recording “%1” is %2 MB; speech-to-text providers accept at most %3 MB. Record a shorter question or compress it (e.g. to MP3).</source>
        <translation>Die Aufnahme „%1“ ist %2 MB groß; Sprache-zu-Text-Anbieter nehmen höchstens %3 MB an. Nehmen Sie eine kürzere Frage auf oder komprimieren Sie sie (z. B. zu MP3).</translation>
    </message>
    <message>
        <source>The recording “%1” could not be read: %2.</source>
        <translation>Die Aufnahme „%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The recording “%1” is empty.</source>
        <translation>Die Aufnahme „%1“ ist leer.</translation>
    </message>
    <message>
        <source>the provider that answers</source>
        <translation>der antwortende Anbieter</translation>
    </message>
    <message>
        <source>Transcribing with %1 at %2 (%3).</source>
        <translation>Transkribiere mit %1 auf %2 (%3).</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Gehört: %1</translation>
    </message>
    <message>
        <source>The recording could not be transcribed. %1</source>
        <translation>Die Aufnahme konnte nicht transkribiert werden. %1</translation>
    </message>
    <message>
        <source>The recording is unchanged at %1.</source>
        <translation>Die Aufnahme liegt unverändert unter %1.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ChatCommand</name>
    <message>
        <source>Chat with the assistant; it remembers the conversation. Type /help for commands, Ctrl+D to leave.</source>
        <translation>Mit dem Assistenten chatten; er merkt sich die Unterhaltung. /help zeigt die Befehle, Ctrl+D beendet.</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>Diesen System-Prompt statt der Programmier-Persona verwenden.</translation>
    </message>
    <message>
        <source>Do not save the conversation in the history (“codeguru-cli history”).</source>
        <translation>Die Unterhaltung nicht im Verlauf speichern („codeguru-cli history“).</translation>
    </message>
    <message>
        <source>Continue saved conversation ID: its earlier questions and answers are sent too, and new ones are added to it.</source>
        <translation>Gespeicherte Unterhaltung ID fortsetzen: Ihre früheren Fragen und Antworten werden mitgesendet, und neue werden ihr hinzugefügt.</translation>
    </message>
    <message>
        <source>chat takes no question; type it at the prompt.</source>
        <translation>chat nimmt keine Frage entgegen; geben Sie sie an der Eingabeaufforderung ein.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>„%1“ ist keine Unterhaltungs-ID; IDs sind die Nummern, die „codeguru-cli history list“ anzeigt.</translation>
    </message>
    <message>
        <source>CodeGuru — %1 at %2. /help for commands, Ctrl+D to leave.</source>
        <translation>CodeGuru — %1 auf %2. /help für Befehle, Ctrl+D zum Beenden.</translation>
    </message>
    <message numerus="yes">
        <source>Continuing conversation %1 (%n earlier answer(s)).</source>
        <translation>
            <numerusform>Unterhaltung %1 wird fortgesetzt (%n frühere Antwort).</numerusform>
            <numerusform>Unterhaltung %1 wird fortgesetzt (%n frühere Antworten).</numerusform>
        </translation>
    </message>
    <message>
        <source>/new   forget the conversation and start again
/exit  leave (Ctrl+D works too)
Ctrl+C stops an answer that is being written.
</source>
        <translation>/new   die Unterhaltung vergessen und neu beginnen
/exit  beenden (Ctrl+D geht auch)
Ctrl+C stoppt eine Antwort, die gerade geschrieben wird.
</translation>
    </message>
    <message>
        <source>Started a new conversation.</source>
        <translation>Neue Unterhaltung begonnen.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try “codeguru-cli %1 --help”.</source>
        <translation>Versuchen Sie „codeguru-cli %1 --help“.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ContextOptions</name>
    <message>
        <source>Decide which context to attach with the classifiers in this JSON file.</source>
        <translation>Mit den Klassifikatoren in dieser JSON-Datei entscheiden, welcher Kontext angehängt wird.</translation>
    </message>
    <message>
        <source>Use this text as the clipboard instead of the system clipboard.</source>
        <translation>Diesen Text statt der System-Zwischenablage als Zwischenablage verwenden.</translation>
    </message>
    <message>
        <source>Folder where a file named in the question is looked for (default: here).</source>
        <translation>Ordner, in dem eine in der Frage genannte Datei gesucht wird (Standard: hier).</translation>
    </message>
    <message>
        <source>Write the routing decisions as JSON to this file.</source>
        <translation>Die Routing-Entscheidungen als JSON in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Where attached text is scanned for secrets: always, remote (default: providers not on this machine) or never.</source>
        <translation>Wann angehängter Text nach Geheimnissen durchsucht wird: always, remote (Standard: Anbieter, die nicht auf diesem Rechner laufen) oder never.</translation>
    </message>
    <message>
        <source>Model for the routing questions (default: the answer model).</source>
        <translation>Modell für die Routing-Fragen (Standard: das Antwortmodell).</translation>
    </message>
    <message>
        <source>Milliseconds to wait for routing answers (default 2000).</source>
        <translation>Millisekunden, die auf Routing-Antworten gewartet wird (Standard 2000).</translation>
    </message>
    <message>
        <source>Attach only what was given explicitly; ask no routing questions.</source>
        <translation>Nur ausdrücklich Angegebenes anhängen; keine Routing-Fragen stellen.</translation>
    </message>
    <message>
        <source>--redact-secrets takes always, remote or never.</source>
        <translation>--redact-secrets erwartet always, remote oder never.</translation>
    </message>
    <message>
        <source>--routing-deadline needs a positive number of milliseconds.</source>
        <translation>--routing-deadline braucht eine positive Zahl von Millisekunden.</translation>
    </message>
    <message>
        <source>The workspace “%1” is not a folder.</source>
        <translation>Der Arbeitsbereich „%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>The routing report could not be written to “%1”.</source>
        <translation>Der Routing-Bericht konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ExchangeRecorder</name>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>Im Verlauf gibt es keine Unterhaltung %1 (siehe „codeguru-cli history list“).</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written (%2); this exchange was not saved.</source>
        <translation>Der Verlauf in %1 kann nicht geschrieben werden (%2); dieser Austausch wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The disk is full; this exchange was not saved in the history.</source>
        <translation>Der Datenträger ist voll; dieser Austausch wurde nicht im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>The history is busy (another CodeGuru is writing to it); this exchange was not saved.</source>
        <translation>Der Verlauf ist belegt (ein anderes CodeGuru schreibt gerade hinein); dieser Austausch wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>This exchange was not saved in the history: %1</source>
        <translation>Dieser Austausch wurde nicht im Verlauf gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::HistoryCommand</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Usage: codeguru-cli history list [--limit N]
       codeguru-cli history show ID
       codeguru-cli history search TEXT [--limit N]
       codeguru-cli history export ID [--format md|json] [-o FILE]
       codeguru-cli history import FILE
       codeguru-cli history delete ID [--yes]

The conversations saved by “ask”, “chat” and the window, in
%1.
list    one line per conversation, most recently updated first: id, last update
        (local time), number of messages, title. Aligned with a heading on a
        terminal; tab-separated without heading into a pipe.
show    the conversation as Markdown.
search  every message containing all the words (the last one as a prefix):
        conversation id, title and the words around the match, highlighted on a
        terminal; tab-separated and without highlighting into a pipe.
export  Markdown (the default) or JSON, which “import” reads back, to stdout or FILE.
import  adds a conversation from a CodeGuru JSON export (“-”: stdin) and prints
        its new id.
delete  removes the conversation and its search entries. On a terminal it asks
        first unless --yes is given; in a script it deletes without asking.
Exit status: 0 done, 1 no such conversation or the history cannot be used,
2 bad usage.
</source>
        <translation>Aufruf: codeguru-cli history list [--limit N]
        codeguru-cli history show ID
        codeguru-cli history search TEXT [--limit N]
        codeguru-cli history export ID [--format md|json] [-o FILE]
        codeguru-cli history import FILE
        codeguru-cli history delete ID [--yes]

Die von „ask“, „chat“ und dem Fenster gespeicherten Unterhaltungen, in
%1.
list    eine Zeile je Unterhaltung, zuletzt aktualisierte zuerst: ID, letzte
        Änderung (Ortszeit), Anzahl der Nachrichten, Titel. Im Terminal mit
        Überschrift ausgerichtet; in eine Pipe tabulatorgetrennt ohne
        Überschrift.
show    die Unterhaltung als Markdown.
search  jede Nachricht, die alle Wörter enthält (das letzte als Präfix):
        Unterhaltungs-ID, Titel und die Wörter um den Treffer, im Terminal
        hervorgehoben; in eine Pipe tabulatorgetrennt und ohne Hervorhebung.
export  Markdown (Standard) oder JSON, das „import“ wieder einliest, nach stdout
        oder in FILE.
import  fügt eine Unterhaltung aus einem CodeGuru-JSON-Export hinzu („-“: stdin)
        und gibt ihre neue ID aus.
delete  entfernt die Unterhaltung und ihre Sucheinträge. Im Terminal wird zuerst
        nachgefragt, außer mit --yes; in einem Skript wird ohne Nachfrage
        gelöscht.
Exit-Status: 0 erledigt, 1 keine solche Unterhaltung oder der Verlauf ist nicht
nutzbar, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>history needs one of: list, show ID, search TEXT, export ID, import FILE, delete ID.</source>
        <translation>history braucht eines von: list, show ID, search TEXT, export ID, import FILE, delete ID.</translation>
    </message>
    <message>
        <source>“%1” is not a history command; use list, show, search, export, import or delete.</source>
        <translation>„%1“ ist kein history-Befehl; verwenden Sie list, show, search, export, import oder delete.</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written or opened (%2).</source>
        <translation>Der Verlauf in %1 kann nicht geschrieben oder geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation ID (see “codeguru-cli history list”).</source>
        <translation>%1 braucht genau eine Unterhaltungs-ID (siehe „codeguru-cli history list“).</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>„%1“ ist keine Unterhaltungs-ID; IDs sind die Nummern, die „codeguru-cli history list“ anzeigt.</translation>
    </message>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>Im Verlauf gibt es keine Unterhaltung %1 (siehe „codeguru-cli history list“).</translation>
    </message>
    <message>
        <source>List the saved conversations, most recently updated first: id, last update (local time), number of messages, title. Aligned on a terminal, tab-separated into a pipe.</source>
        <translation>Die gespeicherten Unterhaltungen auflisten, zuletzt aktualisierte zuerst: ID, letzte Änderung (Ortszeit), Anzahl der Nachrichten, Titel. Im Terminal ausgerichtet, in eine Pipe tabulatorgetrennt.</translation>
    </message>
    <message>
        <source>Show at most N conversations.</source>
        <translation>Höchstens N Unterhaltungen anzeigen.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit braucht eine positive Zahl.</translation>
    </message>
    <message>
        <source>history list takes no arguments.</source>
        <translation>history list nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>No conversations saved yet.</source>
        <translation>Noch keine Unterhaltungen gespeichert.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Print a saved conversation as Markdown.</source>
        <translation>Eine gespeicherte Unterhaltung als Markdown ausgeben.</translation>
    </message>
    <message>
        <source>The conversation&apos;s ID (see “history list”).</source>
        <translation>Die ID der Unterhaltung (siehe „history list“).</translation>
    </message>
    <message>
        <source>Find saved messages containing all the words (the last one as a prefix), best matches first. On a terminal the matches are highlighted; into a pipe each line is “ID&lt;tab&gt;title&lt;tab&gt;text”.</source>
        <translation>Gespeicherte Nachrichten finden, die alle Wörter enthalten (das letzte als Präfix), beste Treffer zuerst. Im Terminal werden die Treffer hervorgehoben; in eine Pipe ist jede Zeile „ID&lt;tab&gt;Titel&lt;tab&gt;Text“.</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>Die zu suchenden Wörter.</translation>
    </message>
    <message>
        <source>Show at most N messages (default 50).</source>
        <translation>Höchstens N Nachrichten anzeigen (Standard 50).</translation>
    </message>
    <message>
        <source>history search needs words to look for, e.g. codeguru-cli history search iterator invalidation</source>
        <translation>history search braucht Suchwörter, z. B. codeguru-cli history search iterator invalidation</translation>
    </message>
    <message>
        <source>Nothing in the history matches “%1”.</source>
        <translation>Nichts im Verlauf passt zu „%1“.</translation>
    </message>
    <message>
        <source>Write a saved conversation as Markdown or as JSON (which “history import” reads back).</source>
        <translation>Eine gespeicherte Unterhaltung als Markdown oder als JSON schreiben (das „history import“ wieder einliest).</translation>
    </message>
    <message>
        <source>md (the default) or json.</source>
        <translation>md (Standard) oder json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>In FILE statt nach stdout schreiben.</translation>
    </message>
    <message>
        <source>--format must be md or json, not “%1”.</source>
        <translation>--format muss md oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Add a conversation from a JSON file written by “codeguru-cli history export --format json” or the window, and print its new ID. Importing the same file twice adds two copies.</source>
        <translation>Eine Unterhaltung aus einer JSON-Datei hinzufügen, die „codeguru-cli history export --format json“ oder das Fenster geschrieben hat, und ihre neue ID ausgeben. Wird dieselbe Datei zweimal importiert, entstehen zwei Kopien.</translation>
    </message>
    <message>
        <source>The JSON file; “-” reads stdin.</source>
        <translation>Die JSON-Datei; „-“ liest von stdin.</translation>
    </message>
    <message>
        <source>history import needs exactly one FILE.</source>
        <translation>history import braucht genau eine Datei (FILE).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a conversation exported by CodeGuru: %2</source>
        <translation>%1 ist keine von CodeGuru exportierte Unterhaltung: %2</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>Die Eingabe</translation>
    </message>
    <message>
        <source>Delete a saved conversation, its messages and their search entries. On a terminal it asks first; in a script it does not.</source>
        <translation>Eine gespeicherte Unterhaltung, ihre Nachrichten und deren Sucheinträge löschen. Im Terminal wird vorher nachgefragt, in einem Skript nicht.</translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation>Nicht nachfragen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete conversation %1 “%2” (%n message(s))? [y/N] </source>
        <translation>
            <numerusform>Unterhaltung %1 „%2“ (%n Nachricht) löschen? [y/N] </numerusform>
            <numerusform>Unterhaltung %1 „%2“ (%n Nachrichten) löschen? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted conversation %1.</source>
        <translation>Unterhaltung %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::KeyCommand</name>
    <message>
        <source>Usage: codeguru-cli key set PROFILE     (reads the key from stdin)
       codeguru-cli key delete PROFILE
</source>
        <translation>Aufruf: codeguru-cli key set PROFILE     (liest den Schlüssel von stdin)
        codeguru-cli key delete PROFILE
</translation>
    </message>
    <message>
        <source>key needs “set PROFILE” or “delete PROFILE”.</source>
        <translation>key braucht „set PROFILE“ oder „delete PROFILE“.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; add it first with “codeguru-cli profile add”.</source>
        <translation>Es gibt kein Profil namens „%1“; legen Sie es zuerst mit „codeguru-cli profile add“ an.</translation>
    </message>
    <message>
        <source>No key is stored for profile “%1”.</source>
        <translation>Für das Profil „%1“ ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The system keyring could not be used (%1). CodeGuru never stores keys in a file; use --api-key-env with an environment variable instead.</source>
        <translation>Der System-Schlüsselbund konnte nicht verwendet werden (%1). CodeGuru speichert Schlüssel nie in einer Datei; verwenden Sie stattdessen --api-key-env mit einer Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>Deleted the key of profile “%1”.</source>
        <translation>Der Schlüssel des Profils „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>API key for profile “%1”: </source>
        <translation>API-Schlüssel für das Profil „%1“: </translation>
    </message>
    <message>
        <source>No key was given on stdin.</source>
        <translation>Über stdin wurde kein Schlüssel übergeben.</translation>
    </message>
    <message>
        <source>Stored the key of profile “%1” in the system keyring.</source>
        <translation>Der Schlüssel des Profils „%1“ wurde im System-Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ModelsCommand</name>
    <message>
        <source>List the models the provider offers.</source>
        <translation>Die Modelle auflisten, die der Anbieter anbietet.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ProfileCommand</name>
    <message>
        <source>Usage: codeguru-cli profile list
       codeguru-cli profile add NAME --preset ID [--base-url URL] [--model NAME] [--default]
       codeguru-cli profile remove NAME
       codeguru-cli profile use NAME
Presets: %1. Store the key with: codeguru-cli key set NAME
</source>
        <translation>Aufruf: codeguru-cli profile list
        codeguru-cli profile add NAME --preset ID [--base-url URL] [--model NAME] [--default]
        codeguru-cli profile remove NAME
        codeguru-cli profile use NAME
Vorlagen: %1. Schlüssel speichern mit: codeguru-cli key set NAME
</translation>
    </message>
    <message>
        <source>profile needs one of: list, add NAME, remove NAME, use NAME.</source>
        <translation>profile braucht eines von: list, add NAME, remove NAME, use NAME.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with “codeguru-cli profile add NAME --preset openai”.</source>
        <translation>Noch keine Profile. Legen Sie eines an mit „codeguru-cli profile add NAME --preset openai“.</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>(Server-Standard)</translation>
    </message>
    <message>
        <source>Provider preset.</source>
        <translation>Anbieter-Vorlage.</translation>
    </message>
    <message>
        <source>API base URL.</source>
        <translation>Basis-URL der API.</translation>
    </message>
    <message>
        <source>Model.</source>
        <translation>Modell.</translation>
    </message>
    <message>
        <source>Make it the default profile.</source>
        <translation>Als Standardprofil festlegen.</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Profilname.</translation>
    </message>
    <message>
        <source>profile add needs exactly one NAME.</source>
        <translation>profile add braucht genau einen NAME.</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>„%1“ ist kein gültiger Profilname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Unknown or missing --preset; run “codeguru-cli profile --help” for the list.</source>
        <translation>Unbekanntes oder fehlendes --preset; „codeguru-cli profile --help“ zeigt die Liste.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>A custom profile needs --base-url.</source>
        <translation>Ein benutzerdefiniertes Profil braucht --base-url.</translation>
    </message>
    <message>
        <source>Saved profile “%1”.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Store its key with “codeguru-cli key set %1”.</source>
        <translation>Speichern Sie seinen Schlüssel mit „codeguru-cli key set %1“.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The profile was removed, but its key could not be deleted from the keyring (%1).</source>
        <translation>Das Profil wurde entfernt, aber sein Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden (%1).</translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ProviderOptions</name>
    <message>
        <source>OpenAI-compatible API base, e.g. http://localhost:11434/v1.</source>
        <translation>OpenAI-kompatible API-Basis, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Model to use.</source>
        <translation>Zu verwendendes Modell.</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>Den API-Schlüssel aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>Use a saved provider profile.</source>
        <translation>Ein gespeichertes Anbieterprofil verwenden.</translation>
    </message>
    <message>
        <source>Give up after this many seconds without data (default 90).</source>
        <translation>Nach so vielen Sekunden ohne Daten aufgeben (Standard 90).</translation>
    </message>
    <message>
        <source>Say on stderr which provider and model answer.</source>
        <translation>Auf stderr melden, welcher Anbieter und welches Modell antworten.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>--profile and --base-url cannot be used together.</source>
        <translation>--profile und --base-url können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout braucht eine positive Zahl von Sekunden.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ComposerEdit</name>
    <message>
        <source>Ask about code, paste an error, or drop files here…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Fragen Sie zu Code, fügen Sie einen Fehler ein oder ziehen Sie Dateien hierher…  (Enter sendet, Shift+Enter für neue Zeile)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter sendet, Shift+Enter beginnt eine neue Zeile, Esc stoppt die Antwort.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextChip</name>
    <message>
        <source>Include with the next question</source>
        <translation>Bei der nächsten Frage mitsenden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen…)</translation>
    </message>
    <message>
        <source>%1 (loading… %2)</source>
        <comment>file name, progress</comment>
        <translation>%1 (wird geladen… %2)</translation>
    </message>
    <message>
        <source>%1 (deciding…)</source>
        <translation>%1 (wird entschieden…)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · ~%2 tokens</source>
        <translation>%1 · ~%2 Token</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>%1 mitsenden</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextInspector</name>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>anhängen</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>weglassen</translation>
    </message>
    <message>
        <source>What was sent — CodeGuru</source>
        <translation>Was gesendet wurde — CodeGuru</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Was gesendet wurde</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Gefundene Nachrichten</translation>
    </message>
    <message>
        <source>Search all conversations (%1)</source>
        <translation>Alle Unterhaltungen durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Start a new conversation (%1)</source>
        <translation>Eine neue Unterhaltung beginnen (%1)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FileContextLoader</name>
    <message>
        <source>The input is binary data, not text, so it was not attached.</source>
        <translation>Die Eingabe sind Binärdaten, kein Text, daher wurde sie nicht angehängt.</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text, so it was not attached.</source>
        <translation>„%1“ ist eine Binärdatei, kein Text, daher wurde sie nicht angehängt.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder; attach the files in it instead.</source>
        <translation>„%1“ ist ein Ordner; hängen Sie stattdessen die Dateien darin an.</translation>
    </message>
    <message>
        <source>“%1” is too large to attach (%2; the limit is %3).</source>
        <translation>„%1“ ist zu groß zum Anhängen (%2; die Grenze ist %3).</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>Das Laden von „%1“ wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>In dieser Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>match number, number of matches</comment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FolderContextLoader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>“%1” could not be read: permission denied.</source>
        <translation>„%1“ konnte nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>Das Laden von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>versteckt</translation>
    </message>
    <message>
        <source>version control</source>
        <translation>Versionsverwaltung</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>build folder</source>
        <translation>Build-Ordner</translation>
    </message>
    <message>
        <source>virtual environment</source>
        <translation>virtuelle Umgebung</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>editor settings</source>
        <translation>Editor-Einstellungen</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>skipped files beyond the listed ones</comment>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>symbolischer Link</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file or folder (why it was skipped)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::GlobalShortcut</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>%1 is taken by another program</source>
        <translation>%1 ist von einem anderen Programm belegt</translation>
    </message>
    <message>
        <source>Global shortcuts are not supported on this desktop; bind `codeguru --quick-ask` in your desktop&apos;s keyboard settings</source>
        <translation>Globale Tastenkürzel werden auf diesem Desktop nicht unterstützt; legen Sie `codeguru --quick-ask` in den Tastatureinstellungen Ihres Desktops auf eine Taste</translation>
    </message>
    <message>
        <source>“%1” is not a key combination that can be used as a global shortcut</source>
        <translation>„%1“ ist keine Tastenkombination, die als globales Tastenkürzel verwendet werden kann</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryError</name>
    <message>
        <source>The conversation history at %1 is damaged or not a CodeGuru history.</source>
        <translation>Der Unterhaltungsverlauf in %1 ist beschädigt oder kein CodeGuru-Verlauf.</translation>
    </message>
    <message>
        <source>The conversation history is busy: another CodeGuru is writing to it. Try again in a moment.</source>
        <translation>Der Unterhaltungsverlauf ist belegt: Ein anderes CodeGuru schreibt gerade hinein. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The conversation history at %1 cannot be written (read-only file or folder). Conversations are kept only until CodeGuru closes.</source>
        <translation>Der Unterhaltungsverlauf in %1 kann nicht geschrieben werden (schreibgeschützte Datei oder schreibgeschützter Ordner). Unterhaltungen bleiben nur erhalten, bis CodeGuru beendet wird.</translation>
    </message>
    <message>
        <source>The disk is full: the conversation could not be saved. It stays open and will be saved when space is freed.</source>
        <translation>Der Datenträger ist voll: Die Unterhaltung konnte nicht gespeichert werden. Sie bleibt geöffnet und wird gespeichert, sobald wieder Platz frei ist.</translation>
    </message>
    <message>
        <source>The conversation history could not be read or written (%1).</source>
        <translation>Der Unterhaltungsverlauf konnte nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The conversation history is not open.</source>
        <translation>Der Unterhaltungsverlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>That conversation or message does not exist (any more).</source>
        <translation>Diese Unterhaltung oder Nachricht existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Die Eingabe ist ungültig.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryExporter</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Started %1, last updated %2 (UTC)</source>
        <translation>Begonnen am %1, zuletzt geändert am %2 (UTC)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistent (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Gedankengang</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n characters)</source>
        <translation>
            <numerusform>%1 (%n Zeichen)</numerusform>
            <numerusform>%1 (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>Angehängt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted.</source>
        <translation>
            <numerusform>%n Geheimnis geschwärzt.</numerusform>
            <numerusform>%n Geheimnisse geschwärzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer was still being written.</source>
        <translation>Diese Antwort wurde noch geschrieben.</translation>
    </message>
    <message>
        <source>This answer was interrupted.</source>
        <translation>Diese Antwort wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryImporter</name>
    <message>
        <source>This is not a CodeGuru conversation: it is not valid JSON (%1 at byte %2).</source>
        <translation>Dies ist keine CodeGuru-Unterhaltung: Es ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>This JSON is not a CodeGuru conversation (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Dieses JSON ist keine CodeGuru-Unterhaltung (kein &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This conversation was exported in format version %1, which this CodeGuru cannot read.</source>
        <translation>Diese Unterhaltung wurde in Formatversion %1 exportiert, die dieses CodeGuru nicht lesen kann.</translation>
    </message>
    <message>
        <source>The conversation&apos;s time stamps are not valid.</source>
        <translation>Die Zeitstempel der Unterhaltung sind ungültig.</translation>
    </message>
    <message>
        <source>The conversation has no &quot;messages&quot; list.</source>
        <translation>Die Unterhaltung hat keine Liste &quot;messages&quot;.</translation>
    </message>
    <message>
        <source>Message %1 of the conversation is not valid: %2.</source>
        <translation>Nachricht %1 der Unterhaltung ist ungültig: %2.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>unbekannte Rolle</translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>unbekannter Zustand</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>kein Inhalt</translation>
    </message>
    <message>
        <source>bad time stamp</source>
        <translation>ungültiger Zeitstempel</translation>
    </message>
    <message>
        <source>bad token count</source>
        <translation>ungültige Token-Anzahl</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryOpenReport</name>
    <message>
        <source>Your conversation history could not be read; it was moved to %1 and a new one was started.</source>
        <translation>Ihr Unterhaltungsverlauf konnte nicht gelesen werden; er wurde nach %1 verschoben und ein neuer wurde angelegt.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryStore</name>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (truncated)</source>
        <translation>die Datei ist kürzer, als ihr Header angibt (abgeschnitten)</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this CodeGuru knows (%2)</source>
        <translation>Schemaversion %1 ist neuer, als dieses CodeGuru kennt (%2)</translation>
    </message>
    <message>
        <source>The conversation history at %1 was written by a newer CodeGuru.</source>
        <translation>Der Unterhaltungsverlauf in %1 wurde von einem neueren CodeGuru geschrieben.</translation>
    </message>
    <message>
        <source>the file holds tables that are not a CodeGuru history</source>
        <translation>die Datei enthält Tabellen, die kein CodeGuru-Verlauf sind</translation>
    </message>
    <message>
        <source>table %1 lacks column %2</source>
        <translation>in Tabelle %1 fehlt die Spalte %2</translation>
    </message>
    <message>
        <source>could not move the damaged history aside</source>
        <translation>der beschädigte Verlauf konnte nicht beiseitegeschoben werden</translation>
    </message>
</context>
<context>
    <name>CodeGuru::LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
</context>
<context>
    <name>CodeGuru::MainWindow</name>
    <message>
        <source>CodeGuru</source>
        <translation>CodeGuru</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Dateien &amp;anhängen…</translation>
    </message>
    <message>
        <source>Attach a &amp;folder…</source>
        <translation>&amp;Ordner anhängen…</translation>
    </message>
    <message>
        <source>Attach a folder</source>
        <translation>Ordner anhängen</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>Unterhaltung &amp;exportieren…</translation>
    </message>
    <message>
        <source>There is nothing to export yet: ask something first.</source>
        <translation>Es gibt noch nichts zu exportieren: Stellen Sie zuerst eine Frage.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CodeGuru conversation (*.json)</source>
        <translation>CodeGuru-Unterhaltung (*.json)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>Unterhaltung &amp;importieren…</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>Unterhaltung importieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Stop answer</source>
        <translation>Antwort &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu generieren</translation>
    </message>
    <message>
        <source>&amp;Edit last question</source>
        <translation>Letzte Frage &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit last question</source>
        <translation>Letzte Frage bearbeiten</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>&amp;Copy last answer as Markdown</source>
        <translation>Letzte Antwort als Markdown &amp;kopieren</translation>
    </message>
    <message>
        <source>The last answer was copied as Markdown.</source>
        <translation>Die letzte Antwort wurde als Markdown kopiert.</translation>
    </message>
    <message>
        <source>&amp;Find in conversation…</source>
        <translation>In Unterhaltung &amp;suchen…</translation>
    </message>
    <message>
        <source>Search c&amp;onversations</source>
        <translation>Unterhaltungen d&amp;urchsuchen</translation>
    </message>
    <message>
        <source>Show CodeGuru</source>
        <translation>CodeGuru anzeigen</translation>
    </message>
    <message>
        <source>Ask about the clipboard</source>
        <translation>Zur Zwischenablage fragen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No provider</source>
        <translation>Kein Anbieter</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>This conversation could not be saved: %1 It stays open here and is saved as soon as possible.</source>
        <translation>Diese Unterhaltung konnte nicht gespeichert werden: %1 Sie bleibt hier geöffnet und wird so bald wie möglich gespeichert.</translation>
    </message>
    <message>
        <source>This conversation could not be read: %1</source>
        <translation>Diese Unterhaltung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>a concealed item from a password manager; it is never read</source>
        <translation>ein verborgenes Element aus einem Passwortmanager; es wird nie gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>„%1“ und alle zugehörigen Nachrichten löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Conversations cannot be saved: %1 They are kept while CodeGuru runs.</source>
        <translation>Unterhaltungen können nicht gespeichert werden: %1 Sie bleiben erhalten, solange CodeGuru läuft.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), last on %1</source>
        <translation>
            <numerusform>%n Nachricht, zuletzt am %1</numerusform>
            <numerusform>%n Nachrichten, zuletzt am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a CodeGuru conversation.</source>
        <translation>„%1“ ist zu groß für eine CodeGuru-Unterhaltung.</translation>
    </message>
    <message>
        <source>The conversation was imported.</source>
        <translation>Die Unterhaltung wurde importiert.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Abgelegter Text</translation>
    </message>
    <message>
        <source>only local files can be attached</source>
        <translation>nur lokale Dateien können angehängt werden</translation>
    </message>
    <message>
        <source>CodeGuru is still running</source>
        <translation>CodeGuru läuft weiter</translation>
    </message>
    <message>
        <source>It stays in the system tray. Choose Quit in its menu to end it.</source>
        <translation>Es bleibt im Systembereich. Wählen Sie „Beenden“ in seinem Menü, um es zu schließen.</translation>
    </message>
    <message>
        <source>Attach files to the next question (File → Attach files…)</source>
        <translation>Dateien an die nächste Frage anhängen (Datei → Dateien anhängen…)</translation>
    </message>
    <message>
        <source>Stop reading a&amp;loud</source>
        <translation>&amp;Vorlesen beenden</translation>
    </message>
</context>
<context>
    <name>CodeGuru::MessageLayout</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Gedankengang</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>CodeGuru</source>
        <translation>CodeGuru</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PersonaPage</name>
    <message>
        <source>Reset to built-in persona</source>
        <translation>Integrierte Persona wiederherstellen</translation>
    </message>
    <message>
        <source>The system prompt is sent before every conversation and sets how the assistant answers.</source>
        <translation>Der System-Prompt wird vor jeder Unterhaltung gesendet und bestimmt, wie der Assistent antwortet.</translation>
    </message>
    <message>
        <source>An empty prompt means the built-in coding-expert persona.</source>
        <translation>Ein leerer Prompt bedeutet die integrierte Persona eines Programmierexperten.</translation>
    </message>
    <message>
        <source>The built-in coding-expert persona.</source>
        <translation>Die integrierte Persona eines Programmierexperten.</translation>
    </message>
    <message>
        <source>Your own prompt.</source>
        <translation>Ihr eigener Prompt.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PortalGlobalShortcut</name>
    <message>
        <source>Ask CodeGuru about the clipboard</source>
        <translation>CodeGuru zur Zwischenablage fragen</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderError</name>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source> The provider said: “%1”</source>
        <translation> Der Anbieter meldete: „%1“</translation>
    </message>
    <message>
        <source>The provider rejected the API key%1; check the key stored for this provider.</source>
        <translation>Der Anbieter hat den API-Schlüssel abgelehnt%1; prüfen Sie den für diesen Anbieter gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in %2 s.</source>
        <translation>Der Anbieter begrenzt die Anfragen%1; versuchen Sie es in %2 s erneut.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in a moment.</source>
        <translation>Der Anbieter begrenzt die Anfragen%1; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The question and its context are too long for this model; attach less or start a new conversation.</source>
        <translation>Die Frage und ihr Kontext sind zu lang für dieses Modell; hängen Sie weniger an oder beginnen Sie eine neue Unterhaltung.</translation>
    </message>
    <message>
        <source>The provider refused the request%1.</source>
        <translation>Der Anbieter hat die Anfrage abgewiesen%1.</translation>
    </message>
    <message>
        <source>The provider does not know this address or model%1; check the base URL and model name.</source>
        <translation>Der Anbieter kennt diese Adresse oder dieses Modell nicht%1; prüfen Sie die Basis-URL und den Modellnamen.</translation>
    </message>
    <message>
        <source>The provider is overloaded or unavailable%1; try again shortly.</source>
        <translation>Der Anbieter ist überlastet oder nicht verfügbar%1; versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The network is unreachable, so the provider could not be contacted.</source>
        <translation>Das Netzwerk ist nicht erreichbar, daher konnte der Anbieter nicht kontaktiert werden.</translation>
    </message>
    <message>
        <source>The provider’s host name “%1” could not be found; check the base URL and your network.</source>
        <translation>Der Hostname „%1“ des Anbieters wurde nicht gefunden; prüfen Sie die Basis-URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1; is the server running?</source>
        <translation>Unter %1 antwortet nichts; läuft der Server?</translation>
    </message>
    <message>
        <source>The provider sent nothing for %1 s, so the request was stopped.</source>
        <translation>Der Anbieter hat %1 s lang nichts gesendet, daher wurde die Anfrage abgebrochen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2), so nothing was sent.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden (%2), daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The connection to the provider dropped before the answer was complete.</source>
        <translation>Die Verbindung zum Anbieter brach ab, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The provider sent a reply that is not a valid chat completion.</source>
        <translation>Der Anbieter hat eine Antwort gesendet, die keine gültige Chat-Completion ist.</translation>
    </message>
    <message>
        <source>The provider stopped the answer with an error.</source>
        <translation>Der Anbieter hat die Antwort mit einem Fehler beendet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid http:// or https:// address.</source>
        <translation>„%1“ ist keine gültige http://- oder https://-Adresse.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderPreset</name>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp-Server</translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>Eigener (OpenAI-kompatibel)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderResolver</name>
    <message>
        <source>No AI provider is configured, and no local Ollama (port 11434) or llama.cpp server (port 8080) answered. Set OPENAI_API_KEY or GROQ_API_KEY, start a local server, or save a provider with “codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]” followed by “codeguru-cli key set NAME”.</source>
        <translation>Kein KI-Anbieter ist konfiguriert, und kein lokaler Ollama- (Port 11434) oder llama.cpp-Server (Port 8080) hat geantwortet. Setzen Sie OPENAI_API_KEY oder GROQ_API_KEY, starten Sie einen lokalen Server oder speichern Sie einen Anbieter mit „codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]“ und danach „codeguru-cli key set NAME“.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty, so there is no API key to use.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt oder leer, daher gibt es keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>--base-url</source>
        <translation>--base-url</translation>
    </message>
    <message>
        <source>There is no provider profile named “%1”; “codeguru-cli profile list” shows the saved ones.</source>
        <translation>Es gibt kein Anbieterprofil namens „%1“; „codeguru-cli profile list“ zeigt die gespeicherten.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>No API key is stored for profile “%1”; store one with “codeguru-cli key set %1”.</source>
        <translation>Für das Profil „%1“ ist kein API-Schlüssel gespeichert; speichern Sie einen mit „codeguru-cli key set %1“.</translation>
    </message>
    <message>
        <source>The API key for profile “%1” could not be read from the system keyring (%2). Unlock the keyring, or pass the key in an environment variable with --api-key-env.</source>
        <translation>Der API-Schlüssel für das Profil „%1“ konnte nicht aus dem System-Schlüsselbund gelesen werden (%2). Entsperren Sie den Schlüsselbund oder übergeben Sie den Schlüssel mit --api-key-env in einer Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>local server at %1</source>
        <translation>lokaler Server auf %1</translation>
    </message>
    <message>
        <source>The server at %1 lists no models; load or pull a model first, or pass --model.</source>
        <translation>Der Server auf %1 listet keine Modelle auf; laden Sie zuerst ein Modell (load/pull) oder geben Sie --model an.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProvidersPage</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Als Standard</translation>
    </message>
    <message>
        <source>The default profile answers unless you pick another one.</source>
        <translation>Das Standardprofil antwortet, sofern Sie kein anderes wählen.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Ask the provider which models it offers.</source>
        <translation>Den Anbieter fragen, welche Modelle er anbietet.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Send a tiny message to the model and report how long the answer took.</source>
        <translation>Eine kurze Nachricht an das Modell senden und melden, wie lange die Antwort gedauert hat.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>No provider profile yet. Without one, CodeGuru uses OPENAI_API_KEY or GROQ_API_KEY from the environment, or a local Ollama or llama.cpp server. Add a profile to choose the provider yourself.</source>
        <translation>Noch kein Anbieterprofil. Ohne Profil verwendet CodeGuru OPENAI_API_KEY oder GROQ_API_KEY aus der Umgebung oder einen lokalen Ollama- oder llama.cpp-Server. Legen Sie ein Profil an, um den Anbieter selbst zu wählen.</translation>
    </message>
    <message>
        <source>A saved profile keeps its name; add a new one to use another.</source>
        <translation>Ein gespeichertes Profil behält seinen Namen; legen Sie ein neues an, um einen anderen zu verwenden.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>The first model the server lists</source>
        <translation>Das erste Modell, das der Server auflistet</translation>
    </message>
    <message>
        <source>Every profile needs a name.</source>
        <translation>Jedes Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Profilname: Verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Two profiles are named “%1”.</source>
        <translation>Zwei Profile heißen „%1“.</translation>
    </message>
    <message>
        <source>The base URL of “%1” must be an http:// or https:// address.</source>
        <translation>Die Basis-URL von „%1“ muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its key could not be deleted from the system keyring: %2</source>
        <translation>Das Profil „%1“ wurde entfernt, aber sein Schlüssel konnte nicht aus dem System-Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// base URL first.</source>
        <translation>Geben Sie zuerst eine http://- oder https://-Basis-URL ein.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt…</translation>
    </message>
    <message>
        <source>The server lists no models; type the model name.</source>
        <translation>Der Server listet keine Modelle auf; geben Sie den Modellnamen ein.</translation>
    </message>
    <message>
        <source>Models listed by the server: %1.</source>
        <translation>Vom Server aufgelistete Modelle: %1.</translation>
    </message>
    <message>
        <source>Choose a model first; Refresh lists the ones the server offers.</source>
        <translation>Wählen Sie zuerst ein Modell; „Aktualisieren“ listet die Modelle auf, die der Server anbietet.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Testnachricht wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 hat in %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>No system keyring is available, so API keys cannot be stored. Start a Secret Service such as GNOME Keyring or KWallet, then open Settings again.</source>
        <translation>Kein System-Schlüsselbund verfügbar, daher können keine API-Schlüssel gespeichert werden. Starten Sie einen Secret Service wie GNOME Keyring oder KWallet und öffnen Sie dann die Einstellungen erneut.</translation>
    </message>
    <message>
        <source>Access to the system keyring was refused, or it stayed locked. Unlock it and try again.</source>
        <translation>Der Zugriff auf den System-Schlüsselbund wurde verweigert, oder er blieb gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring reported an error.</source>
        <translation>Der System-Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The system keyring reported an error: %1</source>
        <translation>Der System-Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PushToTalkButton</name>
    <message>
        <source>Speak a question</source>
        <translation>Frage sprechen</translation>
    </message>
    <message>
        <source>Listening… let go to stop</source>
        <translation>Aufnahme läuft… zum Beenden loslassen</translation>
    </message>
    <message>
        <source>Hold to speak a question, let go to stop (%1)</source>
        <translation>Gedrückt halten, um eine Frage zu sprechen, zum Beenden loslassen (%1)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtAudioRecorder</name>
    <message>
        <source>No microphone was found. Connect one (or turn it on in the system&apos;s sound settings) and try again.</source>
        <translation>Es wurde kein Mikrofon gefunden. Schließen Sie eines an (oder schalten Sie es in den Toneinstellungen des Systems ein) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it, or access to it was refused; check the system&apos;s privacy and sound settings.</source>
        <translation>Das Mikrofon konnte nicht geöffnet werden. Möglicherweise verwendet ein anderes Programm es, oder der Zugriff wurde verweigert; prüfen Sie die Datenschutz- und Toneinstellungen des Systems.</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound (was it unplugged?).</source>
        <translation>Das Mikrofon liefert keinen Ton mehr (wurde es abgezogen?).</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtSpeechEngine</name>
    <message>
        <source>Answers cannot be read aloud: no text-to-speech engine is installed. Install speech-dispatcher or Flite.</source>
        <translation>Antworten können nicht vorgelesen werden: Es ist keine Sprachausgabe-Engine installiert. Installieren Sie speech-dispatcher oder Flite.</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” is not available.</source>
        <translation>Die Sprachausgabe-Engine „%1“ ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine stopped working.</source>
        <translation>Antworten können nicht vorgelesen werden: Die Sprachausgabe-Engine funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine reported “%1”.</source>
        <translation>Antworten können nicht vorgelesen werden: Die Sprachausgabe-Engine meldete „%1“.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuestionContextBuilder</name>
    <message>
        <source>No file in %1 clearly matches “%2”, so none was attached.</source>
        <translation>Keine Datei in %1 passt eindeutig zu „%2“, daher wurde keine angehängt.</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>„%1“ ist lang; nur Anfang und Ende wurden angehängt.</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskPage</name>
    <message>
        <source>Use the &amp;primary selection (the last highlighted text) instead of the clipboard</source>
        <translation>&amp;Primäre Auswahl (zuletzt markierter Text) statt Zwischenablage verwenden</translation>
    </message>
    <message>
        <source>Quick Ask shortcut</source>
        <translation>Tastenkürzel für Quick Ask</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Tastenkürzel:</translation>
    </message>
    <message>
        <source>Where the desktop offers no global shortcuts, bind the command &lt;code&gt;codeguru --quick-ask&lt;/code&gt; to a key in its keyboard settings.</source>
        <translation>Wo der Desktop keine globalen Tastenkürzel bietet, legen Sie den Befehl &lt;code&gt;codeguru --quick-ask&lt;/code&gt; in dessen Tastatureinstellungen auf eine Taste.</translation>
    </message>
    <message>
        <source>This desktop has no primary selection.</source>
        <translation>Dieser Desktop hat keine primäre Auswahl.</translation>
    </message>
    <message>
        <source>Open &amp;Quick Ask with a global shortcut</source>
        <translation>&amp;Quick Ask mit globalem Tastenkürzel öffnen</translation>
    </message>
    <message>
        <source>Start CodeGuru when I &amp;log in (in the background, so the shortcut works)</source>
        <translation>CodeGuru bei der &amp;Anmeldung starten (im Hintergrund, damit das Tastenkürzel funktioniert)</translation>
    </message>
    <message>
        <source>Adds %1 to the programs your desktop starts when you log in.</source>
        <translation>Fügt %1 zu den Programmen hinzu, die Ihr Desktop bei der Anmeldung startet.</translation>
    </message>
    <message>
        <source>This system has no XDG autostart folder.</source>
        <translation>Dieses System hat keinen XDG-Autostart-Ordner.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskWindow</name>
    <message>
        <source>Open in CodeGuru</source>
        <translation>In CodeGuru öffnen</translation>
    </message>
    <message>
        <source>CodeGuru — Quick Ask</source>
        <translation>CodeGuru — Quick Ask</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Ask about what you copied… (Enter asks, Esc hides)</source>
        <translation>Fragen Sie zum Kopierten… (Enter fragt, Esc blendet aus)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Continue this exchange in the main window</source>
        <translation>Diesen Austausch im Hauptfenster fortsetzen</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy an error or some code, then ask.</source>
        <translation>Die Zwischenablage ist leer. Kopieren Sie einen Fehler oder etwas Code und fragen Sie dann.</translation>
    </message>
    <message>
        <source>The clipboard holds a concealed item from a password manager; it is not read, shown or sent.</source>
        <translation>Die Zwischenablage enthält ein verborgenes Element aus einem Passwortmanager; es wird weder gelesen noch angezeigt noch gesendet.</translation>
    </message>
    <message>
        <source>An image, %1 × %2 pixels. The model cannot see images; only your question is sent.</source>
        <translation>Ein Bild, %1 × %2 Pixel. Das Modell kann keine Bilder sehen; nur Ihre Frage wird gesendet.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1, about %2 tokens</source>
        <translation>
            <numerusform>%n Zeile, %1, etwa %2 Token</numerusform>
            <numerusform>%n Zeilen, %1, etwa %2 Token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::RoutingPage</name>
    <message>
        <source>Same as the answer model</source>
        <translation>Wie das Antwortmodell</translation>
    </message>
    <message>
        <source>A small, fast model answers the routing questions best; the answer model is used when empty.</source>
        <translation>Ein kleines, schnelles Modell beantwortet die Routing-Fragen am besten; ist das Feld leer, wird das Antwortmodell verwendet.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Classifiers that have not answered by then take their default.</source>
        <translation>Klassifikatoren, die bis dahin nicht geantwortet haben, nehmen ihren Standardwert.</translation>
    </message>
    <message>
        <source>For providers on other machines (recommended)</source>
        <translation>Für Anbieter auf anderen Rechnern (empfohlen)</translation>
    </message>
    <message>
        <source>Always, even for a model on this machine</source>
        <translation>Immer, auch für ein Modell auf diesem Rechner</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Classifier &amp;model:</source>
        <translation>Klassifikator-&amp;Modell:</translation>
    </message>
    <message>
        <source>Routing &amp;deadline:</source>
        <translation>Routing-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Hide secrets in attachments:</source>
        <translation>&amp;Geheimnisse in Anhängen verbergen:</translation>
    </message>
    <message>
        <source>Classifiers</source>
        <translation>Klassifikatoren</translation>
    </message>
    <message>
        <source>Before each question is answered, the classifier model is asked these questions to decide what to attach. {query} stands for the question.</source>
        <translation>Bevor eine Frage beantwortet wird, werden dem Klassifikator-Modell diese Fragen gestellt, um zu entscheiden, was angehängt wird. {query} steht für die Frage.</translation>
    </message>
    <message>
        <source>Select a classifier to edit its question.</source>
        <translation>Wählen Sie einen Klassifikator aus, um seine Frage zu bearbeiten.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Question asked by “%1”:</source>
        <translation>Von „%1“ gestellte &amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>Apply saves your classifiers to %1.</source>
        <translation>„Anwenden“ speichert Ihre Klassifikatoren in %1.</translation>
    </message>
    <message>
        <source>Apply deletes %1 and goes back to the built-in classifiers.</source>
        <translation>„Anwenden“ löscht %1 und kehrt zu den integrierten Klassifikatoren zurück.</translation>
    </message>
    <message>
        <source>%1 The built-in classifiers are shown; a change you apply replaces the file.</source>
        <translation>%1 Die integrierten Klassifikatoren werden angezeigt; eine angewendete Änderung ersetzt die Datei.</translation>
    </message>
    <message>
        <source>Your classifiers, from %1.</source>
        <translation>Ihre Klassifikatoren, aus %1.</translation>
    </message>
    <message>
        <source>The built-in classifiers.</source>
        <translation>Die integrierten Klassifikatoren.</translation>
    </message>
    <message>
        <source>The classifier “%1” needs a question.</source>
        <translation>Der Klassifikator „%1“ braucht eine Frage.</translation>
    </message>
    <message>
        <source>%1 could not be deleted; remove it by hand to use the built-in classifiers.</source>
        <translation>%1 konnte nicht gelöscht werden; entfernen Sie die Datei von Hand, um die integrierten Klassifikatoren zu verwenden.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SecretScanner</name>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>ein privater Schlüssel</translation>
    </message>
    <message>
        <source>%1 private keys</source>
        <translation>%1 private Schlüssel</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>ein AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>%1 AWS access keys</source>
        <translation>%1 AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>AWS secret key</source>
        <translation>geheimer AWS-Schlüssel</translation>
    </message>
    <message>
        <source>an AWS secret key</source>
        <translation>ein geheimer AWS-Schlüssel</translation>
    </message>
    <message>
        <source>%1 AWS secret keys</source>
        <translation>%1 geheime AWS-Schlüssel</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>ein GitHub-Token</translation>
    </message>
    <message>
        <source>%1 GitHub tokens</source>
        <translation>%1 GitHub-Tokens</translation>
    </message>
    <message>
        <source>OpenAI-style API key</source>
        <translation>API-Schlüssel im OpenAI-Stil</translation>
    </message>
    <message>
        <source>an OpenAI-style API key</source>
        <translation>ein API-Schlüssel im OpenAI-Stil</translation>
    </message>
    <message>
        <source>%1 OpenAI-style API keys</source>
        <translation>%1 API-Schlüssel im OpenAI-Stil</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>an Anthropic API key</source>
        <translation>ein Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 Anthropic API keys</source>
        <translation>%1 Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Groq-API-Schlüssel</translation>
    </message>
    <message>
        <source>a Groq API key</source>
        <translation>ein Groq-API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 Groq API keys</source>
        <translation>%1 Groq-API-Schlüssel</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack-Token</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>ein Slack-Token</translation>
    </message>
    <message>
        <source>%1 Slack tokens</source>
        <translation>%1 Slack-Tokens</translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation>Slack-Webhook-URL</translation>
    </message>
    <message>
        <source>a Slack webhook URL</source>
        <translation>eine Slack-Webhook-URL</translation>
    </message>
    <message>
        <source>%1 Slack webhook URLs</source>
        <translation>%1 Slack-Webhook-URLs</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>ein Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 Google API keys</source>
        <translation>%1 Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>a JSON Web Token</source>
        <translation>ein JSON Web Token</translation>
    </message>
    <message>
        <source>%1 JSON Web Tokens</source>
        <translation>%1 JSON Web Tokens</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>ein Passwort</translation>
    </message>
    <message>
        <source>%1 passwords</source>
        <translation>%1 Passwörter</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>ein Token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>ein API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 API keys</source>
        <translation>%1 API-Schlüssel</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>a secret</source>
        <translation>ein Geheimnis</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 Geheimnisse</translation>
    </message>
    <message>
        <source>[REDACTED %1]</source>
        <translation>[GESCHWÄRZT: %1]</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>count × kind of secret</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>Zeilen %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>kind of secret (where it was)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Redacted 1 secret: %1.</source>
        <translation>1 Geheimnis geschwärzt: %1.</translation>
    </message>
    <message>
        <source>Redacted %1 secrets: %2.</source>
        <translation>%1 Geheimnisse geschwärzt: %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list</comment>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SessionPresenter</name>
    <message>
        <source>Sent with: %1</source>
        <translation>Gesendet mit: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n secret(s) redacted)</source>
        <translation>
            <numerusform>(%n Geheimnis geschwärzt)</numerusform>
            <numerusform>(%n Geheimnisse geschwärzt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>This answer was interrupted: CodeGuru ended before it was complete.</source>
        <translation>Diese Antwort wurde unterbrochen: CodeGuru wurde beendet, bevor sie vollständig war.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>The answer was cut off because the model reached its output limit.</source>
        <translation>Die Antwort wurde abgeschnitten, weil das Modell seine Ausgabegrenze erreicht hat.</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>Die Antwort oben ist unvollständig. %1</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Please continue your previous answer from where it stopped.</source>
        <translation>Bitte setzen Sie Ihre vorherige Antwort dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>Only the last answer can be asked again.</source>
        <translation>Nur die letzte Antwort kann neu angefordert werden.</translation>
    </message>
    <message>
        <source>The provider should accept requests again now.</source>
        <translation>Der Anbieter sollte jetzt wieder Anfragen annehmen.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests; you can retry in %1 s.</source>
        <translation>Der Anbieter begrenzt die Anfragen; Sie können es in %1 s erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SettingsDialog</name>
    <message>
        <source>CodeGuru Settings</source>
        <translation>CodeGuru-Einstellungen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The settings were saved, but a key could not be stored; the profile shows why.</source>
        <translation>Die Einstellungen wurden gespeichert, aber ein Schlüssel konnte nicht abgelegt werden; das Profil zeigt den Grund.</translation>
    </message>
    <message>
        <source>The other settings were saved, but the classifiers were not; the Routing page shows why.</source>
        <translation>Die übrigen Einstellungen wurden gespeichert, die Klassifikatoren jedoch nicht; die Seite „Routing“ zeigt den Grund.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>The other settings were saved, but starting CodeGuru when you log in could not be changed; the Quick Ask page shows why.</source>
        <translation>Die übrigen Einstellungen wurden gespeichert, aber der Start von CodeGuru bei der Anmeldung konnte nicht geändert werden; die Seite „Quick Ask“ zeigt den Grund.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprachfunktionen</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpeakableText</name>
    <message numerus="yes">
        <source>A code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block.</extracomment>
        <translation>
            <numerusform>Ein Codeblock mit %n Zeile.</numerusform>
            <numerusform>Ein Codeblock mit %n Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (HTML, SQL, R), kept as is; English needs &quot;An&quot; before it, other languages translate this like the &quot;A %1&quot; string.</extracomment>
        <translation>
            <numerusform>Ein %1-Codeblock mit %n Zeile.</numerusform>
            <numerusform>Ein %1-Codeblock mit %n Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (Python, C++, shell), kept as is.</extracomment>
        <translation>
            <numerusform>Ein %1-Codeblock mit %n Zeile.</numerusform>
            <numerusform>Ein %1-Codeblock mit %n Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table with %n row(s).</source>
        <extracomment>Read aloud in place of a table; the rows below its header.</extracomment>
        <translation>
            <numerusform>Eine Tabelle mit %n Zeile.</numerusform>
            <numerusform>Eine Tabelle mit %n Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpokenQuestion</name>
    <message>
        <source>Nothing was heard: the recording is silent. Check that the microphone is connected and not muted, then record again — or press Retry to send it anyway.</source>
        <translation>Es war nichts zu hören: Die Aufnahme ist still. Prüfen Sie, ob das Mikrofon angeschlossen und nicht stummgeschaltet ist, und nehmen Sie erneut auf – oder klicken Sie auf „Wiederholen“, um sie trotzdem zu senden.</translation>
    </message>
    <message>
        <source>Transcription stopped. The recording is kept: press Retry to transcribe it, or Discard.</source>
        <translation>Die Transkription wurde abgebrochen. Die Aufnahme bleibt erhalten: Klicken Sie auf „Wiederholen“, um sie zu transkribieren, oder auf „Verwerfen“.</translation>
    </message>
    <message>
        <source>No provider is set up to turn speech into text. Add one in Settings → Providers (or choose one in Settings → Voice), then press Retry.</source>
        <translation>Kein Anbieter ist dafür eingerichtet, Sprache in Text umzuwandeln. Fügen Sie unter Einstellungen → Anbieter einen hinzu (oder wählen Sie einen unter Einstellungen → Sprachfunktionen) und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>The recording could not be turned into text. %1 The recording is kept: press Retry, or Discard.</source>
        <translation>Die Aufnahme konnte nicht in Text umgewandelt werden. %1 Die Aufnahme bleibt erhalten: Klicken Sie auf „Wiederholen“ oder „Verwerfen“.</translation>
    </message>
    <message>
        <source>%1 What was recorded until then is kept: press Retry to transcribe it, or Discard.</source>
        <translation>%1 Das bis dahin Aufgenommene bleibt erhalten: Klicken Sie auf „Wiederholen“, um es zu transkribieren, oder auf „Verwerfen“.</translation>
    </message>
    <message>
        <source>That was too short to hear a question. Hold the microphone button (or %1) while you speak, and let go when you are done.</source>
        <translation>Das war zu kurz für eine Frage. Halten Sie die Mikrofon-Schaltfläche (oder %1) gedrückt, während Sie sprechen, und lassen Sie sie los, wenn Sie fertig sind.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TextDecoder</name>
    <message>
        <source>[… 1 line omitted …]</source>
        <translation>[… 1 Zeile ausgelassen …]</translation>
    </message>
    <message>
        <source>[… %1 lines omitted …]</source>
        <translation>[… %1 Zeilen ausgelassen …]</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TranscriptionResult</name>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>In der Aufnahme wurde keine Sprache erkannt.</translation>
    </message>
    <message>
        <source>%1 has no speech-to-text endpoint (%2 answered HTTP %3). Choose a transcription provider that offers one, such as OpenAI, Groq or a local Whisper server.</source>
        <translation>%1 hat keinen Sprache-zu-Text-Endpunkt (%2 antwortete mit HTTP %3). Wählen Sie einen Transkriptionsanbieter, der einen anbietet, etwa OpenAI, Groq oder einen lokalen Whisper-Server.</translation>
    </message>
    <message>
        <source>The provider does not know the transcription model “%1”; choose another one.</source>
        <translation>Der Anbieter kennt das Transkriptionsmodell „%1“ nicht; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source> The provider said: “%1”</source>
        <translation> Der Anbieter meldete: „%1“</translation>
    </message>
    <message>
        <source>The provider’s reply from %1 is not a transcription.</source>
        <translation>Die Antwort des Anbieters von %1 ist keine Transkription.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the transcription arrived.</source>
        <translation>Die Verbindung zu %1 brach ab, bevor die Transkription ankam.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoicePage</name>
    <message>
        <source>&amp;Send spoken questions at once</source>
        <translation>Gesprochene Fragen &amp;sofort senden</translation>
    </message>
    <message>
        <source>&amp;Read answers aloud</source>
        <translation>Antworten &amp;vorlesen</translation>
    </message>
    <message>
        <source>The provider profile that turns what you say into text.</source>
        <translation>Das Anbieterprofil, das Ihre gesprochenen Worte in Text umwandelt.</translation>
    </message>
    <message>
        <source>The speech-to-text model; empty uses the provider&apos;s usual one.</source>
        <translation>Das Sprache-zu-Text-Modell; leer bedeutet das übliche des Anbieters.</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed. Install speech-dispatcher or Flite to hear answers.</source>
        <translation>Es ist keine Sprachausgabe-Engine installiert. Installieren Sie speech-dispatcher oder Flite, um Antworten zu hören.</translation>
    </message>
    <message>
        <source>Speaking a question</source>
        <translation>Frage sprechen</translation>
    </message>
    <message>
        <source>Transcription &amp;provider:</source>
        <translation>&amp;Transkriptionsanbieter:</translation>
    </message>
    <message>
        <source>Transcription &amp;model:</source>
        <translation>Transkriptions&amp;modell:</translation>
    </message>
    <message>
        <source>Otherwise the words land in the message box, so you can glance at them before sending.</source>
        <translation>Sonst landen die Worte im Eingabefeld, sodass Sie sie vor dem Senden prüfen können.</translation>
    </message>
    <message>
        <source>To speak a question, hold %1 in the CodeGuru window, or hold the microphone button, and let go when you are done.</source>
        <translation>Um eine Frage zu sprechen, halten Sie im CodeGuru-Fenster %1 oder die Mikrofon-Schaltfläche gedrückt und lassen Sie los, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Hearing the answer</source>
        <translation>Antwort hören</translation>
    </message>
    <message>
        <source>Speech &amp;engine:</source>
        <translation>Sprachausgabe-&amp;Engine:</translation>
    </message>
    <message>
        <source>Same as the chat provider</source>
        <translation>Wie der Chat-Anbieter</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>Provider default (e.g. %1)</source>
        <translation>Anbieterstandard (z. B. %1)</translation>
    </message>
    <message>
        <source>Provider default: %1</source>
        <translation>Anbieterstandard: %1</translation>
    </message>
    <message>
        <source>Push-to-&amp;talk shortcut:</source>
        <translation>&amp;Push-to-Talk-Tastenkürzel:</translation>
    </message>
    <message>
        <source>Choose one key with Ctrl, Alt or Meta (or a function key such as F9): a key held without them would be taken from typing.</source>
        <translation>Wählen Sie eine Taste mit Strg, Alt oder Meta (oder eine Funktionstaste wie F9): Ohne sie wäre die Taste beim Tippen nicht mehr nutzbar.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoiceStrip</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Send the kept recording to be transcribed again</source>
        <translation>Die aufbewahrte Aufnahme erneut zur Transkription senden</translation>
    </message>
    <message>
        <source>Throw the kept recording away</source>
        <translation>Die aufbewahrte Aufnahme verwerfen</translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation>Mikrofon wird geöffnet…</translation>
    </message>
    <message>
        <source>Listening… let go to stop, Esc to cancel.</source>
        <translation>Aufnahme läuft… zum Beenden loslassen, Esc zum Abbrechen.</translation>
    </message>
    <message>
        <source>Turning speech into text…</source>
        <translation>Sprache wird in Text umgewandelt…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>codeguru-cli</name>
    <message>
        <source>Usage: codeguru-cli [COMMAND] [OPTIONS]

Commands:
  ask QUESTION     ask one question; the answer streams to stdout
                   (files with -f, piped stdin is attached as context)
  chat             a conversation in the terminal (the default on a terminal)
  history ...      list, show, search, export, import or delete saved conversations
  models           list the provider&apos;s models
  profile ...      list, add, remove or choose saved providers
  key set|delete   store or delete a profile&apos;s API key in the system keyring

Run “codeguru-cli COMMAND --help” for a command&apos;s options.
Provider: --profile, --base-url, or OPENAI_API_KEY / OPENAI_BASE_URL / GROQ_API_KEY /
OPENROUTER_API_KEY, else a local Ollama (port 11434) or llama.cpp server (port 8080).
</source>
        <translation>Aufruf: codeguru-cli [COMMAND] [OPTIONS]

Befehle:
  ask QUESTION     eine Frage stellen; die Antwort wird nach stdout gestreamt
                   (Dateien mit -f, Text per Pipe auf stdin wird als Kontext
                   angehängt)
  chat             eine Unterhaltung im Terminal (Standard in einem Terminal)
  history ...      gespeicherte Unterhaltungen auflisten, anzeigen, durchsuchen,
                   exportieren, importieren oder löschen
  models           die Modelle des Anbieters auflisten
  profile ...      gespeicherte Anbieter auflisten, hinzufügen, entfernen oder
                   auswählen
  key set|delete   den API-Schlüssel eines Profils im System-Schlüsselbund
                   speichern oder löschen

„codeguru-cli COMMAND --help“ zeigt die Optionen eines Befehls.
Anbieter: --profile, --base-url oder OPENAI_API_KEY / OPENAI_BASE_URL /
GROQ_API_KEY / OPENROUTER_API_KEY, sonst ein lokaler Ollama- (Port 11434) oder
llama.cpp-Server (Port 8080).
</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>„%1“ ist kein Befehl.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CodeGuru, an assistant for programmers.</source>
        <translation>CodeGuru, ein Assistent für Programmierer.</translation>
    </message>
    <message>
        <source>Open Quick Ask with the clipboard, in the running CodeGuru if there is one. Bind this to a key in your desktop&apos;s keyboard settings.</source>
        <translation>Quick Ask mit der Zwischenablage öffnen, im laufenden CodeGuru, falls es eines gibt. Legen Sie dies in den Tastatureinstellungen Ihres Desktops auf eine Taste.</translation>
    </message>
    <message>
        <source>CodeGuru is running but does not answer; starting another window.</source>
        <translation>CodeGuru läuft, antwortet aber nicht; ein weiteres Fenster wird gestartet.</translation>
    </message>
    <message>
        <source>Start without a window, in the system tray if there is one, so the Quick Ask shortcut works. Used when CodeGuru starts at login.</source>
        <translation>Ohne Fenster starten, im Systembereich, falls vorhanden, damit das Tastenkürzel für Quick Ask funktioniert. Wird verwendet, wenn CodeGuru bei der Anmeldung startet.</translation>
    </message>
</context>
</TS>
