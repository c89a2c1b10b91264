<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <source>{name}: %n folders or files</source>
        <translation>
            <numerusform>{name}: %n folder or file</numerusform>
            <numerusform>{name}: %n folders or files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to {output}.</source>
        <translation>
            <numerusform>Exported %n conversation to {output}.</numerusform>
            <numerusform>Exported %n conversations to {output}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversations: {ids}.</source>
        <translation>
            <numerusform>Imported %n conversation: {ids}.</numerusform>
            <numerusform>Imported %n conversations: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n deleted conversations for good.</source>
        <translation>
            <numerusform>Removed %n deleted conversation for good.</numerusform>
            <numerusform>Removed %n deleted conversations for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new models registered.</source>
        <translation>
            <numerusform>%n new model registered.</numerusform>
            <numerusform>%n new models registered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems.</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saved as conversation {cid}; %n parts</source>
        <translation>
            <numerusform>saved as conversation {cid}; %n part</numerusform>
            <numerusform>saved as conversation {cid}; %n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answer finished, %n words: {start}…</source>
        <translation>
            <numerusform>Answer finished, %n word: {start}…</numerusform>
            <numerusform>Answer finished, %n words: {start}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation>
            <numerusform>{done} of %n file</numerusform>
            <numerusform>{done} of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chats from {file}.</source>
        <translation>
            <numerusform>Imported %n chat from {file}.</numerusform>
            <numerusform>Imported %n chats from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copy one of %n code blocks</source>
        <translation>
            <numerusform>copy the code block</numerusform>
            <numerusform>copy one of %n code blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n, used where they are: {names}.</source>
        <translation>
            <numerusform>Found %n, used where it is: {names}.</numerusform>
            <numerusform>Found %n, used where they are: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repositories.</source>
        <translation>
            <numerusform>%n repository.</numerusform>
            <numerusform>%n repositories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n parts)</source>
        <translation>
            <numerusform> (%n part)</numerusform>
            <numerusform> (%n parts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>context %n tokens</source>
        <translation>
            <numerusform>context %n token</numerusform>
            <numerusform>context %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older messages left out</source>
        <translation>
            <numerusform>%n older message left out</numerusform>
            <numerusform>%n older messages left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Thought for %n s</numerusform>
            <numerusform>Thought for %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n memories used</source>
        <translation>
            <numerusform>%n memory used</numerusform>
            <numerusform>%n memories used</numerusform>
        </translation>
    </message>
</context>
</TS>
