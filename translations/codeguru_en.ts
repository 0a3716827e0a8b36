<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CodeGuru::Cli::ChatCommand</name>
    <message numerus="yes">
        <source>Continuing conversation %1 (%n earlier answer(s)).</source>
        <translation>
            <numerusform>Continuing conversation %1 (%n earlier answer).</numerusform>
            <numerusform>Continuing conversation %1 (%n earlier answers).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::HistoryCommand</name>
    <message numerus="yes">
        <source>Delete conversation %1 “%2” (%n message(s))? [y/N] </source>
        <translation>
            <numerusform>Delete conversation %1 “%2” (%n message)? [y/N] </numerusform>
            <numerusform>Delete conversation %1 “%2” (%n messages)? [y/N] </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::FolderContextLoader</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>skipped files beyond the listed ones</comment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryExporter</name>
    <message numerus="yes">
        <source>%1 (%n characters)</source>
        <translation>
            <numerusform>%1 (%n character)</numerusform>
            <numerusform>%1 (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted.</source>
        <translation>
            <numerusform>%n secret redacted.</numerusform>
            <numerusform>%n secrets redacted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), last on %1</source>
        <translation>
            <numerusform>%n message, last on %1</numerusform>
            <numerusform>%n messages, last on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskWindow</name>
    <message numerus="yes">
        <source>%n line(s), %1, about %2 tokens</source>
        <translation>
            <numerusform>%n line, %1, about %2 tokens</numerusform>
            <numerusform>%n lines, %1, about %2 tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::SessionPresenter</name>
    <message numerus="yes">
        <source>(%n secret(s) redacted)</source>
        <translation>
            <numerusform>(%n secret redacted)</numerusform>
            <numerusform>(%n secrets redacted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpeakableText</name>
    <message numerus="yes">
        <source>A code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block.</extracomment>
        <translation>
            <numerusform>A code block of %n line.</numerusform>
            <numerusform>A code block of %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (HTML, SQL, R), kept as is; English needs &quot;An&quot; before it, other languages translate this like the &quot;A %1&quot; string.</extracomment>
        <translation>
            <numerusform>An %1 code block of %n line.</numerusform>
            <numerusform>An %1 code block of %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (Python, C++, shell), kept as is.</extracomment>
        <translation>
            <numerusform>A %1 code block of %n line.</numerusform>
            <numerusform>A %1 code block of %n lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table with %n row(s).</source>
        <extracomment>Read aloud in place of a table; the rows below its header.</extracomment>
        <translation>
            <numerusform>A table with %n row.</numerusform>
            <numerusform>A table with %n rows.</numerusform>
        </translation>
    </message>
</context>
</TS>
