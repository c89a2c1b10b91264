<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>{model} runs {where} ({offload}); CPU kernels: {kernels}.</source>
        <translation>{model} läuft {where} ({offload}); CPU-Kernel: {kernels}.</translation>
    </message>
    <message>
        <source>Small language models on your own computer. Nothing leaves this machine.</source>
        <translation>Kleine Sprachmodelle auf Ihrem eigenen Computer. Nichts verlässt dieses Gerät.</translation>
    </message>
    <message>
        <source>About Offline Assistant</source>
        <translation>Über Offline Assistant</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Antwort: {answer}</translation>
    </message>
    <message numerus="yes">
        <source>Answer finished, %n words: {start}…</source>
        <translation>
            <numerusform>Antwort fertig, %n Wort: {start}…</numerusform>
            <numerusform>Antwort fertig, %n Wörter: {start}…</numerusform>
        </translation>
    </message>
    <message>
        <source>The API server could not start (details in the log).</source>
        <translation>Der API-Server konnte nicht starten (Details im Protokoll).</translation>
    </message>
    <message>
        <source>The API server is an optional part: install offline-assistant[server].</source>
        <translation>Der API-Server ist ein optionaler Teil: Installieren Sie offline-assistant[server].</translation>
    </message>
    <message>
        <source>The API server could not start: {error}</source>
        <translation>Der API-Server konnte nicht starten: {error}</translation>
    </message>
    <message>
        <source>Something went wrong (details in the log).</source>
        <translation>Etwas ist schiefgelaufen (Details im Protokoll).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Es ist noch kein Modell geladen.</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly. Your next message will restart it.</source>
        <translation>Das Modell wurde unerwartet beendet. Ihre nächste Nachricht startet es neu.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Code kopiert</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Answer from documents</source>
        <translation>Aus Dokumenten antworten</translation>
    </message>
    <message>
        <source>Choose document collections this chat answers from</source>
        <translation>Dokumentsammlungen wählen, aus denen dieser Chat antwortet</translation>
    </message>
    <message>
        <source>Manage documents…</source>
        <translation>Dokumente verwalten…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Documents: {names}</source>
        <translation>Dokumente: {names}</translation>
    </message>
    <message>
        <source>Answers cite {names}</source>
        <translation>Antworten zitieren {names}</translation>
    </message>
    <message>
        <source>No documents chosen</source>
        <translation>Keine Dokumente gewählt</translation>
    </message>
    <message>
        <source>all-MiniLM-L6-v2 (built-in)</source>
        <translation>all-MiniLM-L6-v2 (eingebaut)</translation>
    </message>
    <message>
        <source>Documents now use {model}: each collection is indexed again at its next sync.</source>
        <translation>Dokumente verwenden jetzt {model}: Jede Sammlung wird beim nächsten Abgleich neu indiziert.</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transkripte</translation>
    </message>
    <message>
        <source>Add to a collection</source>
        <translation>Zu einer Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>The collection to add the transcript of {file} to (or a new name):</source>
        <translation>Die Sammlung, der das Transkript von {file} hinzugefügt wird (oder ein neuer Name):</translation>
    </message>
    <message>
        <source>The transcript could not be saved: {error}</source>
        <translation>Das Transkript konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Indexing failed (details in the log).</source>
        <translation>Indizierung fehlgeschlagen (Details im Protokoll).</translation>
    </message>
    <message>
        <source>Indexing stopped.</source>
        <translation>Indizierung angehalten.</translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation>Indiziert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Unvollständig</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation>
            <numerusform>{done} von %n Datei</numerusform>
            <numerusform>{done} von %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} passages/s</source>
        <translation>{rate} Abschnitte/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n Min.</numerusform>
            <numerusform>noch etwa %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the collection&apos;s index (not your files)</source>
        <translation>Den Index der Sammlung löschen (nicht Ihre Dateien)</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>The model that turns passages into vectors; another one indexes every collection again</source>
        <translation>Das Modell, das Abschnitte in Vektoren umwandelt; ein anderes indiziert jede Sammlung neu</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>Embedding-Modell:</translation>
    </message>
    <message>
        <source>Folders and files in the collection</source>
        <translation>Ordner und Dateien der Sammlung</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen folders or files from the collection</source>
        <translation>Die gewählten Ordner oder Dateien aus der Sammlung entfernen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Index new and changed files, drop deleted ones</source>
        <translation>Neue und geänderte Dateien indizieren, gelöschte entfernen</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Fortschritt der Indizierung</translation>
    </message>
    <message>
        <source>Indexing figures</source>
        <translation>Kennzahlen der Indizierung</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Files and their status</source>
        <translation>Dateien und ihr Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Create a collection, then add folders or files to it (or drop them here). Their text is indexed on this computer; pick the collection by the message box to ask questions about it.</source>
        <translation>Legen Sie eine Sammlung an und fügen Sie Ordner oder Dateien hinzu (oder ziehen Sie sie hierher). Ihr Text wird auf diesem Computer indiziert; wählen Sie die Sammlung neben dem Eingabefeld, um Fragen dazu zu stellen.</translation>
    </message>
    <message>
        <source>cut short; indexed again by the next sync</source>
        <translation>abgebrochen; wird beim nächsten Abgleich neu indiziert</translation>
    </message>
    <message>
        <source>Looking for new and changed files…</source>
        <translation>Suche nach neuen und geänderten Dateien…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Name der Sammlung:</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>Einen Ordner zur Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>Dateien zur Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Message the assistant…</source>
        <translation>Nachricht an den Assistenten…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>Let the model reason before it answers: slower, often better on hard questions</source>
        <translation>Das Modell vor der Antwort nachdenken lassen: langsamer, bei schweren Fragen oft besser</translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation>Vor dem Antworten nachdenken</translation>
    </message>
    <message>
        <source>Attach a document to summarize</source>
        <translation>Ein Dokument zum Zusammenfassen anhängen</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Dokument anhängen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>{variable}:</source>
        <translation>{variable}:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat ohne Titel</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Chats importieren</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.jsonl *.zip);;All files (*)</source>
        <translation>Chat-Exporte (*.json *.jsonl *.zip);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chats from {file}.</source>
        <translation>
            <numerusform>%n Chat aus {file} importiert.</numerusform>
            <numerusform>%n Chats aus {file} importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Anheften / lösen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted — the app or model stopped before the answer finished</source>
        <translation>unterbrochen – die App oder das Modell wurde vor dem Ende der Antwort beendet</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Remember…</source>
        <translation>Merken…</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} Tok./s</translation>
    </message>
    <message>
        <source>{kept} of {drafted} drafted kept</source>
        <translation>{kept} von {drafted} Entwurfs-Token übernommen</translation>
    </message>
    <message numerus="yes">
        <source>%n memories used</source>
        <translation>
            <numerusform>%n Erinnerung verwendet</numerusform>
            <numerusform>%n Erinnerungen verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.pdf *.docx *.html *.htm)</source>
        <translation>Dokumente (*.txt *.md *.pdf *.docx *.html *.htm)</translation>
    </message>
    <message>
        <source>Summarize a document</source>
        <translation>Ein Dokument zusammenfassen</translation>
    </message>
    <message>
        <source>Wait for the model to be ready before summarizing a document.</source>
        <translation>Warten Sie, bis das Modell bereit ist, bevor Sie ein Dokument zusammenfassen.</translation>
    </message>
    <message>
        <source>Documents are summarized by a model on this computer: pick one in the Models menu first.</source>
        <translation>Dokumente werden von einem Modell auf diesem Computer zusammengefasst: Wählen Sie zuerst eines im Menü Modelle.</translation>
    </message>
    <message>
        <source>Summarizing {file}… (Esc stops)</source>
        <translation>{file} wird zusammengefasst… (Esc hält an)</translation>
    </message>
    <message>
        <source>{file}: summarizing part {done} of {total}… (Esc stops)</source>
        <translation>{file}: Teil {done} von {total} wird zusammengefasst… (Esc hält an)</translation>
    </message>
    <message>
        <source>{file}: combining, step {done} of {total}… (Esc stops)</source>
        <translation>{file}: wird zusammengeführt, Schritt {done} von {total}… (Esc hält an)</translation>
    </message>
    <message>
        <source>Stopped: the summary holds the parts that were finished.</source>
        <translation>Angehalten: Die Zusammenfassung enthält die fertigen Teile.</translation>
    </message>
    <message>
        <source>Speech recognition · about {size}</source>
        <translation>Spracherkennung · etwa {size}</translation>
    </message>
    <message>
        <source>Voice · about {size}</source>
        <translation>Stimme · etwa {size}</translation>
    </message>
    <message>
        <source>{params}B parameters · about {size}</source>
        <translation>{params} Mrd. Parameter · etwa {size}</translation>
    </message>
    <message>
        <source>Good at: {things}</source>
        <translation>Stark bei: {things}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>{model} herunterladen</translation>
    </message>
    <message>
        <source>Download of {model}</source>
        <translation>Download von {model}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>lädt herunter</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>⚙ Called `{tool}` with {arguments}</source>
        <translation>⚙ `{tool}` aufgerufen mit {arguments}</translation>
    </message>
    <message>
        <source>not run: declined</source>
        <translation>nicht ausgeführt: abgelehnt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}).</source>
        <translation>{name} wird heruntergeladen ({size}).</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>ein Modell</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Download finished; the model is in the Models menu.</source>
        <translation>Download abgeschlossen; das Modell steht im Menü Modelle.</translation>
    </message>
    <message>
        <source>Download of {name} finished.</source>
        <translation>Download von {name} abgeschlossen.</translation>
    </message>
    <message>
        <source>Download of {name} failed: {error}</source>
        <translation>Download von {name} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>Erkläre in drei Sätzen, wie ein Regenbogen entsteht.</translation>
    </message>
    <message>
        <source>Write a polite reply declining a meeting invitation.</source>
        <translation>Schreibe eine höfliche Absage auf eine Einladung zu einem Treffen.</translation>
    </message>
    <message>
        <source>Give me five names for a bakery.</source>
        <translation>Nenne mir fünf Namen für eine Bäckerei.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Offline Assistant&lt;/h2&gt;&lt;p&gt;There is no model on this computer yet. A model is a file the assistant thinks with; small ones are 100 MB to 2 GB.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;catalog&apos;&gt;Browse recommended models&lt;/a&gt; · &lt;a href=&apos;import&apos;&gt;Import a GGUF file you have&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Offline Assistant&lt;/h2&gt;&lt;p&gt;Auf diesem Computer ist noch kein Modell. Ein Modell ist eine Datei, mit der der Assistent denkt; kleine sind 100 MB bis 2 GB groß.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;catalog&apos;&gt;Empfohlene Modelle ansehen&lt;/a&gt; · &lt;a href=&apos;import&apos;&gt;Eine vorhandene GGUF-Datei importieren&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>answers come from {server}</source>
        <translation>Antworten kommen von {server}</translation>
    </message>
    <message>
        <source>everything stays on this computer</source>
        <translation>alles bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>Wobei kann ich helfen?</translation>
    </message>
    <message>
        <source>Model: {model} · {where}</source>
        <translation>Modell: {model} · {where}</translation>
    </message>
    <message>
        <source>Pick an example to start from, or type below.</source>
        <translation>Wählen Sie ein Beispiel als Anfang oder schreiben Sie unten.</translation>
    </message>
    <message>
        <source>The model could not be loaded (details in the log).</source>
        <translation>Das Modell konnte nicht geladen werden (Details im Protokoll).</translation>
    </message>
    <message>
        <source>The server could not be used (details in the log).</source>
        <translation>Der Server konnte nicht verwendet werden (Details im Protokoll).</translation>
    </message>
    <message>
        <source>Loading the model was cancelled; the previous model is still in use.</source>
        <translation>Das Laden des Modells wurde abgebrochen; das vorige Modell bleibt in Gebrauch.</translation>
    </message>
    <message>
        <source>Loading the model was cancelled.</source>
        <translation>Das Laden des Modells wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The summary failed (details in the log).</source>
        <translation>Die Zusammenfassung ist fehlgeschlagen (Details im Protokoll).</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>needs about {need} GiB; {free} GiB free</source>
        <translation>braucht etwa {need} GiB; {free} GiB frei</translation>
    </message>
    <message>
        <source>needs about {need} GiB; close other apps first</source>
        <translation>braucht etwa {need} GiB; schließen Sie zuerst andere Apps</translation>
    </message>
    <message>
        <source>needs about {need} GiB; this computer has {total}</source>
        <translation>braucht etwa {need} GiB; dieser Computer hat {total}</translation>
    </message>
    <message>
        <source>; not enough free disk ({free} GiB free)</source>
        <translation>; zu wenig freier Speicherplatz ({free} GiB frei)</translation>
    </message>
    <message>
        <source>Offline Assistant</source>
        <translation>Offline Assistant</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
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
        <source>New &amp;private chat</source>
        <translation>Neuer &amp;privater Chat</translation>
    </message>
    <message>
        <source>&amp;Summarize document…</source>
        <translation>Dokument &amp;zusammenfassen…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Dokumente…</translation>
    </message>
    <message>
        <source>T&amp;ranscribe audio or video…</source>
        <translation>Audio oder Video t&amp;ranskribieren…</translation>
    </message>
    <message>
        <source>&amp;Voice mode</source>
        <translation>&amp;Sprachmodus</translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation>Chat &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>Chats &amp;importieren…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>T&amp;ools…</source>
        <translation>&amp;Werkzeuge…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in chats</source>
        <translation>In Chats &amp;suchen</translation>
    </message>
    <message>
        <source>Find (alternate)</source>
        <translation>Suchen (alternativ)</translation>
    </message>
    <message>
        <source>Copy last answer</source>
        <translation>Letzte Antwort kopieren</translation>
    </message>
    <message>
        <source>&amp;Memory…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>Stop answer</source>
        <translation>Antwort anhalten</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Toggle sidebar</source>
        <translation>Seitenleiste ein/aus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Offline Assistant stopped unexpectedly last time. &lt;a href=&apos;crash&apos;&gt;Show the crash report&lt;/a&gt; (it stays on this computer).</source>
        <translation>Offline Assistant wurde beim letzten Mal unerwartet beendet. &lt;a href=&apos;crash&apos;&gt;Absturzbericht anzeigen&lt;/a&gt; (er bleibt auf diesem Computer).</translation>
    </message>
    <message>
        <source>{model} runs on the CPU: {reason}.</source>
        <translation>{model} läuft auf der CPU: {reason}.</translation>
    </message>
    <message>
        <source>The transcript is ready to ask about. &lt;a href=&apos;transcript:{cid}&apos;&gt;Add it to a document collection…&lt;/a&gt;</source>
        <translation>Das Transkript ist bereit für Fragen. &lt;a href=&apos;transcript:{cid}&apos;&gt;Zu einer Dokumentsammlung hinzufügen…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>Chat gelöscht</translation>
    </message>
    <message>
        <source>Chat deleted. &lt;a href=&apos;undo&apos;&gt;Undo&lt;/a&gt;</source>
        <translation>Chat gelöscht. &lt;a href=&apos;undo&apos;&gt;Rückgängig&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Vorige Antwort</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Nächste Antwort</translation>
    </message>
    <message>
        <source>Copy code block {n}</source>
        <translation>Codeblock {n} kopieren</translation>
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
        <source>{who}: {text}</source>
        <translation>{who}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>copy one of %n code blocks</source>
        <translation>
            <numerusform>einen Codeblock kopieren (%n)</numerusform>
            <numerusform>einen von %n Codeblöcken kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Menu key: {actions}</source>
        <translation>Menütaste: {actions}</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or stop it) before switching models.</source>
        <translation>Warten Sie, bis die Antwort fertig ist (oder halten Sie sie an), bevor Sie das Modell wechseln.</translation>
    </message>
    <message>
        <source>This chat used {model}. &lt;a href=&apos;{link}&apos;&gt;Switch back&lt;/a&gt;</source>
        <translation>Dieser Chat nutzte {model}. &lt;a href=&apos;{link}&apos;&gt;Zurückwechseln&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Ein GGUF-Modell importieren</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Im Hub suchen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chat-Vorlage</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Installierte Modelle</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Find other apps&apos; models</source>
        <translation>Modelle anderer Apps finden</translation>
    </message>
    <message>
        <source>Show on disk</source>
        <translation>Auf der Festplatte zeigen</translation>
    </message>
    <message>
        <source>{architecture} · LoRA adapter</source>
        <translation>{architecture} · LoRA-Adapter</translation>
    </message>
    <message>
        <source>Looking for models other apps downloaded…</source>
        <translation>Suche nach Modellen, die andere Apps heruntergeladen haben…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n, used where they are: {names}.</source>
        <translation>
            <numerusform>%n gefunden, wird dort verwendet, wo es liegt: {names}.</numerusform>
            <numerusform>%n gefunden, werden dort verwendet, wo sie liegen: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No models from other apps were found.</source>
        <translation>Es wurden keine Modelle anderer Apps gefunden.</translation>
    </message>
    <message>
        <source>Select a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Saved. {model} is loaded again with them.</source>
        <translation>Gespeichert. {model} wird damit neu geladen.</translation>
    </message>
    <message>
        <source>Saved; they apply the next time {model} is loaded.</source>
        <translation>Gespeichert; sie gelten ab dem nächsten Laden von {model}.</translation>
    </message>
    <message>
        <source>Saved; they apply from the next answer.</source>
        <translation>Gespeichert; sie gelten ab der nächsten Antwort.</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <source>Delete {model}?</source>
        <translation>{model} löschen?</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation>Empfohlene Modelle</translation>
    </message>
    <message>
        <source> (embedding model)</source>
        <translation> (Embedding-Modell)</translation>
    </message>
    <message>
        <source>Asking the Hub for the files of {repo}…</source>
        <translation>Frage den Hub nach den Dateien von {repo}…</translation>
    </message>
    <message>
        <source>find, download and manage models</source>
        <translation>Modelle finden, herunterladen und verwalten</translation>
    </message>
    <message>
        <source>models you can use</source>
        <translation>Modelle, die Sie verwenden können</translation>
    </message>
    <message>
        <source>recommended models</source>
        <translation>empfohlene Modelle</translation>
    </message>
    <message>
        <source>search the Hugging Face Hub for GGUF models</source>
        <translation>im Hugging Face Hub nach GGUF-Modellen suchen</translation>
    </message>
    <message>
        <source>the GGUF files of a repository</source>
        <translation>die GGUF-Dateien eines Repositorys</translation>
    </message>
    <message>
        <source>download a model</source>
        <translation>ein Modell herunterladen</translation>
    </message>
    <message>
        <source>pick the file by quantization, e.g. Q4_K_M</source>
        <translation>die Datei nach Quantisierung wählen, z. B. Q4_K_M</translation>
    </message>
    <message>
        <source>queued, paused and failed downloads</source>
        <translation>wartende, pausierte und fehlgeschlagene Downloads</translation>
    </message>
    <message>
        <source>pause a download</source>
        <translation>einen Download pausieren</translation>
    </message>
    <message>
        <source>resume a download</source>
        <translation>einen Download fortsetzen</translation>
    </message>
    <message>
        <source>cancel a download</source>
        <translation>einen Download abbrechen</translation>
    </message>
    <message>
        <source>add a GGUF file you already have</source>
        <translation>eine vorhandene GGUF-Datei hinzufügen</translation>
    </message>
    <message>
        <source>use it where it is, do not copy</source>
        <translation>am jetzigen Ort verwenden, nicht kopieren</translation>
    </message>
    <message>
        <source>find GGUFs other apps downloaded</source>
        <translation>GGUF-Dateien anderer Apps finden</translation>
    </message>
    <message>
        <source>delete a model</source>
        <translation>ein Modell löschen</translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation>nicht nachfragen</translation>
    </message>
    <message>
        <source>make a model the default</source>
        <translation>ein Modell zum Standard machen</translation>
    </message>
    <message>
        <source>facts from a model&apos;s GGUF header</source>
        <translation>Angaben aus dem GGUF-Kopf eines Modells</translation>
    </message>
    <message>
        <source>a model&apos;s own settings, e.g. context_length=8192 temperature=0.6</source>
        <translation>die eigenen Einstellungen eines Modells, z. B. context_length=8192 temperature=0.6</translation>
    </message>
    <message>
        <source>keys: {join}; KEY= unsets one; none: show them</source>
        <translation>Schlüssel: {join}; KEY= entfernt einen; keiner: anzeigen</translation>
    </message>
    <message>
        <source>use a model on an OpenAI-compatible server (llama-server…)</source>
        <translation>ein Modell auf einem OpenAI-kompatiblen Server nutzen (llama-server…)</translation>
    </message>
    <message>
        <source>the name to use it by, e.g. with ask --model</source>
        <translation>der Name, unter dem es genutzt wird, z. B. mit ask --model</translation>
    </message>
    <message>
        <source>the server&apos;s base URL, e.g. http://192.168.1.20:8080/v1</source>
        <translation>die Basis-URL des Servers, z. B. http://192.168.1.20:8080/v1</translation>
    </message>
    <message>
        <source>the server&apos;s API key, if it needs one</source>
        <translation>der API-Schlüssel des Servers, falls nötig</translation>
    </message>
    <message>
        <source>the server&apos;s model id (its first by default)</source>
        <translation>die Modell-ID auf dem Server (standardmäßig die erste)</translation>
    </message>
    <message>
        <source>forget a remote model</source>
        <translation>ein entferntes Modell vergessen</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file named {file}.</source>
        <translation>{repo} hat keine GGUF-Datei namens {file}.</translation>
    </message>
    <message>
        <source>{repo} has no {quant} file. Available: {have}.</source>
        <translation>{repo} hat keine {quant}-Datei. Verfügbar: {have}.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF files.</source>
        <translation>{repo} hat keine GGUF-Dateien.</translation>
    </message>
    <message>
        <source>Paused. Resume with: assistant models resume {job_id}</source>
        <translation>Pausiert. Fortsetzen mit: assistant models resume {job_id}</translation>
    </message>
    <message>
        <source>Downloaded {name}. Use it with: assistant models use {stem}</source>
        <translation>{name} heruntergeladen. Verwenden mit: assistant models use {stem}</translation>
    </message>
    <message>
        <source>LoRA adapters (--adapter NAME[@SCALE], or `models set MODEL adapters=…`):</source>
        <translation>LoRA-Adapter (--adapter NAME[@STÄRKE] oder `models set MODELL adapters=…`):</translation>
    </message>
    <message>
        <source>These apply the next time the model is loaded.</source>
        <translation>Diese gelten ab dem nächsten Laden des Modells.</translation>
    </message>
    <message>
        <source>Default model: {name}</source>
        <translation>Standardmodell: {name}</translation>
    </message>
    <message>
        <source>Added {name} ({size_bytes}).</source>
        <translation>{name} hinzugefügt ({size_bytes}).</translation>
    </message>
    <message>
        <source>Found {name} ({size_bytes}) at {path}</source>
        <translation>{name} ({size_bytes}) gefunden in {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n new models registered.</source>
        <translation>
            <numerusform>%n neues Modell registriert.</numerusform>
            <numerusform>%n neue Modelle registriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new GGUF files found.</source>
        <translation>Keine neuen GGUF-Dateien gefunden.</translation>
    </message>
    <message>
        <source>Delete {name} ({size_bytes})? [y/N] </source>
        <translation>{name} ({size_bytes}) löschen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Nichts gelöscht.</translation>
    </message>
    <message>
        <source>No GGUF repositories found.</source>
        <translation>Keine GGUF-Repositorys gefunden.</translation>
    </message>
    <message>
        <source>Not enough free disk for {name}: {reason}.</source>
        <translation>Zu wenig freier Speicherplatz für {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name}: {size}, {label} ({reason})</source>
        <translation>{name}: {size}, {label} ({reason})</translation>
    </message>
    <message>
        <source>No downloads.</source>
        <translation>Keine Downloads.</translation>
    </message>
    <message>
        <source>Paused {id}.</source>
        <translation>{id} pausiert.</translation>
    </message>
    <message>
        <source>Cancelled {id}; its partial data was deleted.</source>
        <translation>{id} abgebrochen; die Teildaten wurden gelöscht.</translation>
    </message>
    <message>
        <source>No remote model named &apos;{name}&apos;.</source>
        <translation>Kein entferntes Modell namens „{name}“.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <source>A local model is already called &apos;{name}&apos;; pick another name.</source>
        <translation>Ein lokales Modell heißt bereits „{name}“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>, context {context} tokens</source>
        <translation>, Kontext {context} Token</translation>
    </message>
    <message>
        <source>Added {name}: {model_id} at {url}{context}.</source>
        <translation>{name} hinzugefügt: {model_id} auf {url}{context}.</translation>
    </message>
    <message>
        <source>No GGUF file</source>
        <translation>Keine GGUF-Datei</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Search GGUF models, e.g. qwen 1.5b</source>
        <translation>GGUF-Modelle suchen, z. B. qwen 1.5b</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Files of the repository</source>
        <translation>Dateien des Repositorys</translation>
    </message>
    <message>
        <source>Download selected file</source>
        <translation>Gewählte Datei herunterladen</translation>
    </message>
    <message>
        <source>Searching the Hub…</source>
        <translation>Suche im Hub…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories.</source>
        <translation>
            <numerusform>%n Repository.</numerusform>
            <numerusform>%n Repositorys.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <source> (%n parts)</source>
        <translation>
            <numerusform> (%n Teil)</numerusform>
            <numerusform> (%n Teile)</numerusform>
        </translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU-Schichten</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <source>Settings of {model}</source>
        <translation>Einstellungen von {model}</translation>
    </message>
    <message>
        <source>What this model was taught</source>
        <translation>Was diesem Modell beigebracht wurde</translation>
    </message>
    <message>
        <source>default ({value})</source>
        <translation>Standard ({value})</translation>
    </message>
    <message>
        <source>The preset&apos;s (Chat: a helpful assistant)</source>
        <translation>Die der Vorlage (Chat: ein hilfsbereiter Assistent)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>none (installed for it: {names})</source>
        <translation>keine (dafür installiert: {names})</translation>
    </message>
    <message>
        <source>none (no adapter for this model is installed)</source>
        <translation>keine (für dieses Modell ist kein Adapter installiert)</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>LoRA-Adapter</translation>
    </message>
    <message>
        <source>Chat template in use</source>
        <translation>Verwendete Chat-Vorlage</translation>
    </message>
    <message>
        <source>Reading the model&apos;s chat template…</source>
        <translation>Chat-Vorlage des Modells wird gelesen…</translation>
    </message>
    <message>
        <source>Use a file…</source>
        <translation>Datei verwenden…</translation>
    </message>
    <message>
        <source>Use the model&apos;s own</source>
        <translation>Die des Modells verwenden</translation>
    </message>
    <message>
        <source>From {path}</source>
        <translation>Aus {path}</translation>
    </message>
    <message>
        <source>The model&apos;s own</source>
        <translation>Die des Modells</translation>
    </message>
    <message>
        <source>(none: this model cannot chat)</source>
        <translation>(keine: dieses Modell kann nicht chatten)</translation>
    </message>
    <message>
        <source>Jinja templates (*.jinja *.j2 *.txt);;All files (*)</source>
        <translation>Jinja-Vorlagen (*.jinja *.j2 *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>{name} (remote)</source>
        <translation>{name} (entfernt)</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Modelle verwalten…</translation>
    </message>
    <message>
        <source>Import GGUF…</source>
        <translation>GGUF importieren…</translation>
    </message>
    <message>
        <source>Teach a model…</source>
        <translation>Ein Modell anlernen…</translation>
    </message>
    <message>
        <source>Add remote server…</source>
        <translation>Entfernten Server hinzufügen…</translation>
    </message>
    <message>
        <source>Show models folder</source>
        <translation>Modellordner anzeigen</translation>
    </message>
    <message>
        <source>Local API server (OpenAI-compatible)</source>
        <translation>Lokaler API-Server (OpenAI-kompatibel)</translation>
    </message>
    <message>
        <source>Add a remote server</source>
        <translation>Einen entfernten Server hinzufügen</translation>
    </message>
    <message>
        <source>Use a model served by llama.cpp&apos;s llama-server, Ollama, vLLM or another computer running Offline Assistant. Your messages will be sent to this address.</source>
        <translation>Ein Modell verwenden, das llama.cpps llama-server, Ollama, vLLM oder ein anderer Computer mit Offline Assistant bereitstellt. Ihre Nachrichten werden an diese Adresse gesendet.</translation>
    </message>
    <message>
        <source>e.g. Workstation</source>
        <translation>z. B. Workstation</translation>
    </message>
    <message>
        <source>only if the server needs one</source>
        <translation>nur wenn der Server einen verlangt</translation>
    </message>
    <message>
        <source>the server&apos;s first model</source>
        <translation>das erste Modell des Servers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <source>A local model already has this name.</source>
        <translation>Ein lokales Modell hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>The URL starts with http:// or https://.</source>
        <translation>Die URL beginnt mit http:// oder https://.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Automatic ({n})</source>
        <translation>Automatisch ({n})</translation>
    </message>
    <message>
        <source>{n} tokens</source>
        <translation>{n} Token</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>How many answers the model writes at the same time (this window&apos;s, the local API&apos;s, a summary&apos;s parts). Each needs memory for a whole context.</source>
        <translation>Wie viele Antworten das Modell gleichzeitig schreibt (die dieses Fensters, der lokalen API, Teile einer Zusammenfassung). Jede braucht Speicher für einen ganzen Kontext.</translation>
    </message>
    <message>
        <source>Answers at once</source>
        <translation>Antworten gleichzeitig</translation>
    </message>
    <message>
        <source>As many as fit</source>
        <translation>So viele wie passen</translation>
    </message>
    <message>
        <source>Layers of the model on the GPU ({gpus}); 0 keeps it on the CPU.</source>
        <translation>Schichten des Modells auf der GPU ({gpus}); 0 lässt es auf der CPU.</translation>
    </message>
    <message>
        <source>No GPU was found: models run on the CPU</source>
        <translation>Keine GPU gefunden: Modelle laufen auf der CPU</translation>
    </message>
    <message>
        <source>Draft from the input (faster rewrites, same answers)</source>
        <translation>Entwürfe aus der Eingabe (schnellere Umformulierungen, gleiche Antworten)</translation>
    </message>
    <message>
        <source>Speculative decoding: when an answer repeats text from the prompt (proofreading, rewriting, extracting, editing code), several tokens are checked at once.</source>
        <translation>Spekulatives Dekodieren: Wenn eine Antwort Text aus der Eingabe wiederholt (Korrekturlesen, Umformulieren, Extrahieren, Code bearbeiten), werden mehrere Token auf einmal geprüft.</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>Spekulatives Dekodieren</translation>
    </message>
    <message>
        <source>Resume cache</source>
        <translation>Fortsetzungs-Cache</translation>
    </message>
    <message>
        <source>First available</source>
        <translation>Erstes verfügbares</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Default preset</source>
        <translation>Standardvorlage</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the models folder</source>
        <translation>Den Modellordner wählen</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Eingabe sendet, Umschalt+Eingabe neue Zeile</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Strg+Eingabe sendet, Eingabe neue Zeile</translation>
    </message>
    <message>
        <source>Send with</source>
        <translation>Senden mit</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language shows when the app starts again.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start der App.</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (integriert)</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <source> (English only)</source>
        <translation> (nur Englisch)</translation>
    </message>
    <message>
        <source>Writes down dictation, voice mode and recordings; more in the model manager.</source>
        <translation>Schreibt Diktate, Sprachmodus und Aufnahmen mit; weitere in der Modellverwaltung.</translation>
    </message>
    <message>
        <source>Spoken language</source>
        <translation>Gesprochene Sprache</translation>
    </message>
    <message>
        <source>Recognised automatically</source>
        <translation>Automatisch erkannt</translation>
    </message>
    <message>
        <source>Send a dictation when I stop speaking</source>
        <translation>Diktat senden, sobald ich aufhöre zu sprechen</translation>
    </message>
    <message>
        <source>Read answers aloud as they are written</source>
        <translation>Antworten beim Schreiben vorlesen</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>Sprechgeschwindigkeit</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Tools and MCP servers…</source>
        <translation>Werkzeuge und MCP-Server…</translation>
    </message>
    <message>
        <source>The tools models may call, your MCP servers, what runs unasked</source>
        <translation>Die Werkzeuge, die Modelle aufrufen dürfen, Ihre MCP-Server, was ohne Nachfrage läuft</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Going back to a chat (after another chat, a model switch or a restart) continues from its saved state instead of reading the whole chat again. Saved states are kept on disk up to this size; Off keeps them in memory only.</source>
        <translation>Die Rückkehr zu einem Chat (nach einem anderen Chat, einem Modellwechsel oder einem Neustart) setzt an seinem gespeicherten Zustand fort, statt den ganzen Chat neu zu lesen. Gespeicherte Zustände werden bis zu dieser Größe auf der Festplatte gehalten; Aus hält sie nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Resume cache size on disk</source>
        <translation>Größe des Fortsetzungs-Caches auf der Festplatte</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Delete every saved conversation state</source>
        <translation>Alle gespeicherten Gesprächszustände löschen</translation>
    </message>
    <message>
        <source>Clear the resume cache</source>
        <translation>Den Fortsetzungs-Cache leeren</translation>
    </message>
    <message>
        <source>{size} MB in use</source>
        <translation>{size} MB belegt</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>Quellabschnitt</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>Die Datei ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Aktuelles Modell</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>Über das Modell</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <source>Stop loading this model and keep the one in use</source>
        <translation>Laden dieses Modells abbrechen und das aktuelle behalten</translation>
    </message>
    <message>
        <source>Cancel loading the model</source>
        <translation>Laden des Modells abbrechen</translation>
    </message>
    <message>
        <source>Local API server address</source>
        <translation>Adresse des lokalen API-Servers</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Only the model manager uses the network, and only when you ask it to.</source>
        <translation>Nichts verlässt diesen Computer. Nur die Modellverwaltung nutzt das Netzwerk, und nur wenn Sie es wollen.</translation>
    </message>
    <message>
        <source>● Remote: {host}</source>
        <translation>● Entfernt: {host}</translation>
    </message>
    <message>
        <source>Remote model at {host}</source>
        <translation>Entferntes Modell auf {host}</translation>
    </message>
    <message>
        <source>Your messages go to {server}, the server you added. Pick a local model to be offline again.</source>
        <translation>Ihre Nachrichten gehen an {server}, den Server, den Sie hinzugefügt haben. Wählen Sie ein lokales Modell, um wieder offline zu sein.</translation>
    </message>
    <message numerus="yes">
        <source>context %n tokens</source>
        <translation>
            <numerusform>Kontext %n Token</numerusform>
            <numerusform>Kontext %n Token</numerusform>
        </translation>
    </message>
    <message>
        <source>context size not reported</source>
        <translation>Kontextgröße nicht gemeldet</translation>
    </message>
    <message>
        <source>context {used}/{size}</source>
        <translation>Kontext {used}/{size}</translation>
    </message>
    <message>
        <source>context: {used} tokens used</source>
        <translation>Kontext: {used} Token belegt</translation>
    </message>
    <message numerus="yes">
        <source>%n older messages left out</source>
        <translation>
            <numerusform>%n ältere Nachricht ausgelassen</numerusform>
            <numerusform>%n ältere Nachrichten ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>API {url}</source>
        <translation>API {url}</translation>
    </message>
    <message>
        <source>Programs on this computer can use the current model through this OpenAI-compatible address (Models → Local API server stops it).</source>
        <translation>Programme auf diesem Computer können das aktuelle Modell über diese OpenAI-kompatible Adresse nutzen (Modelle → Lokaler API-Server beendet ihn).</translation>
    </message>
    <message>
        <source>{model} at {server}</source>
        <translation>{model} auf {server}</translation>
    </message>
    <message>
        <source>{architecture}, {millions}M parameters, {quantization}, context {context}</source>
        <translation>{architecture}, {millions} Mio. Parameter, {quantization}, Kontext {context}</translation>
    </message>
    <message>
        <source>remote · {server}</source>
        <translation>entfernt · {server}</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>{millions} Mio. Parameter</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Thought for {min} min {s} s</source>
        <translation>{min} Min. {s} s nachgedacht</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>%n s nachgedacht</numerusform>
            <numerusform>%n s nachgedacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Nachgedacht</translation>
    </message>
    <message>
        <source>tokens the model can see at once</source>
        <translation>Token, die das Modell auf einmal sieht</translation>
    </message>
    <message>
        <source>prompt tokens processed per step</source>
        <translation>Eingabe-Token pro Schritt</translation>
    </message>
    <message>
        <source>layers on the GPU (-1: as many as fit, 0: none)</source>
        <translation>Schichten auf der GPU (-1: so viele wie passen, 0: keine)</translation>
    </message>
    <message>
        <source>randomness (0: always the likeliest word)</source>
        <translation>Zufälligkeit (0: immer das wahrscheinlichste Wort)</translation>
    </message>
    <message>
        <source>sample from the likeliest words covering this probability</source>
        <translation>aus den wahrscheinlichsten Wörtern wählen, die diese Wahrscheinlichkeit abdecken</translation>
    </message>
    <message>
        <source>sample from this many likeliest words (0: all)</source>
        <translation>aus so vielen wahrscheinlichsten Wörtern wählen (0: alle)</translation>
    </message>
    <message>
        <source>drop words less likely than this share of the likeliest</source>
        <translation>Wörter verwerfen, die unwahrscheinlicher sind als dieser Anteil des wahrscheinlichsten</translation>
    </message>
    <message>
        <source>discourage repeating recent words (1: off)</source>
        <translation>Wiederholung kürzlich genutzter Wörter bremsen (1: aus)</translation>
    </message>
    <message>
        <source>instructions at the start of every new chat</source>
        <translation>Anweisungen zu Beginn jedes neuen Chats</translation>
    </message>
    <message>
        <source>a Jinja file used instead of the model&apos;s own chat template</source>
        <translation>eine Jinja-Datei statt der Chat-Vorlage des Modells</translation>
    </message>
    <message>
        <source>LoRA adapters over the model, e.g. legal-style@0.5, terse</source>
        <translation>LoRA-Adapter über dem Modell, z. B. legal-style@0.5, terse</translation>
    </message>
    <message>
        <source>A French female voice for reading answers aloud.</source>
        <translation>Eine französische Frauenstimme zum Vorlesen von Antworten.</translation>
    </message>
    <message>
        <source>A German male voice for reading answers aloud.</source>
        <translation>Eine deutsche Männerstimme zum Vorlesen von Antworten.</translation>
    </message>
    <message>
        <source>A Spanish male voice for reading answers aloud.</source>
        <translation>Eine spanische Männerstimme zum Vorlesen von Antworten.</translation>
    </message>
    <message>
        <source>A dependable everyday assistant for 8 GB laptops.</source>
        <translation>Ein verlässlicher Alltagsassistent für Laptops mit 8 GB.</translation>
    </message>
    <message>
        <source>A friendly, helpful conversation.</source>
        <translation>Ein freundliches, hilfreiches Gespräch.</translation>
    </message>
    <message>
        <source>A short paragraph with the main points of a text.</source>
        <translation>Ein kurzer Absatz mit den Hauptpunkten eines Textes.</translation>
    </message>
    <message>
        <source>Answer a question using only a text you paste.</source>
        <translation>Eine Frage nur anhand eines eingefügten Textes beantworten.</translation>
    </message>
    <message>
        <source>Answer from text</source>
        <translation>Aus Text antworten</translation>
    </message>
    <message>
        <source>Balanced multilingual assistant; good at structured output.</source>
        <translation>Ausgewogener mehrsprachiger Assistent; gut bei strukturierten Ausgaben.</translation>
    </message>
    <message>
        <source>Capable small reasoning model in 119 languages.</source>
        <translation>Fähiges kleines Denkmodell in 119 Sprachen.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Einordnen</translation>
    </message>
    <message>
        <source>Explain code</source>
        <translation>Code erklären</translation>
    </message>
    <message>
        <source>Extract (JSON)</source>
        <translation>Extrahieren (JSON)</translation>
    </message>
    <message>
        <source>Fix spelling, grammar and punctuation.</source>
        <translation>Rechtschreibung, Grammatik und Zeichensetzung korrigieren.</translation>
    </message>
    <message>
        <source>Google&apos;s compact chat model with a natural writing style.</source>
        <translation>Googles kompaktes Chatmodell mit natürlichem Schreibstil.</translation>
    </message>
    <message>
        <source>Is a text positive, negative or neutral?</source>
        <translation>Ist ein Text positiv, negativ oder neutral?</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Meta&apos;s small model; friendly chat and summaries.</source>
        <translation>Metas kleines Modell; freundlicher Chat und Zusammenfassungen.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s reasoning-focused small model; good at code and logic.</source>
        <translation>Microsofts auf Denken ausgerichtetes kleines Modell; gut bei Code und Logik.</translation>
    </message>
    <message>
        <source>More accurate speech recognition in about 100 languages, about three times slower than base.</source>
        <translation>Genauere Spracherkennung in etwa 100 Sprachen, etwa dreimal langsamer als base.</translation>
    </message>
    <message>
        <source>Multilingual embedding model from Google: documents in 100+ languages.</source>
        <translation>Mehrsprachiges Embedding-Modell von Google: Dokumente in über 100 Sprachen.</translation>
    </message>
    <message>
        <source>Newest tiny Qwen with a thinking mode; best kept to short tasks.</source>
        <translation>Neuestes winziges Qwen mit Denkmodus; am besten für kurze Aufgaben.</translation>
    </message>
    <message>
        <source>Noticeably smarter than 1.5B while still fitting in 4 GB of RAM.</source>
        <translation>Merklich klüger als 1.5B und passt dennoch in 4 GB RAM.</translation>
    </message>
    <message>
        <source>Proofread</source>
        <translation>Korrekturlesen</translation>
    </message>
    <message>
        <source>Pull named fields out of a text as JSON.</source>
        <translation>Benannte Felder als JSON aus einem Text ziehen.</translation>
    </message>
    <message>
        <source>Put a text into one of your categories.</source>
        <translation>Einen Text einer Ihrer Kategorien zuordnen.</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Umschreiben</translation>
    </message>
    <message>
        <source>Rewrite text in a different tone.</source>
        <translation>Text in einem anderen Ton umschreiben.</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Small English embedding model; finds passages better than the built-in one.</source>
        <translation>Kleines englisches Embedding-Modell; findet Abschnitte besser als das eingebaute.</translation>
    </message>
    <message>
        <source>Small multilingual Gemma 3 for quick answers.</source>
        <translation>Kleines mehrsprachiges Gemma 3 für schnelle Antworten.</translation>
    </message>
    <message>
        <source>Strong English embedding model with long passages.</source>
        <translation>Starkes englisches Embedding-Modell mit langen Abschnitten.</translation>
    </message>
    <message>
        <source>Strong all-rounder for machines with 8 GB of RAM.</source>
        <translation>Starker Allrounder für Rechner mit 8 GB RAM.</translation>
    </message>
    <message>
        <source>Strong multilingual writer in about 2.5 GB.</source>
        <translation>Starker mehrsprachiger Schreiber in etwa 2,5 GB.</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>The built-in embedding model, smaller (8-bit); no need to download it.</source>
        <translation>Das eingebaute Embedding-Modell, kleiner (8 Bit); ein Download ist nicht nötig.</translation>
    </message>
    <message>
        <source>The main points of a text as a bulleted list.</source>
        <translation>Die Hauptpunkte eines Textes als Stichpunktliste.</translation>
    </message>
    <message>
        <source>The strongest SmolLM2: solid English chat and summaries in about 1 GB.</source>
        <translation>Das stärkste SmolLM2: solider englischer Chat und Zusammenfassungen in etwa 1 GB.</translation>
    </message>
    <message>
        <source>Tiny and fast; good for short answers and rewriting on any machine.</source>
        <translation>Winzig und schnell; gut für kurze Antworten und Umformulierungen auf jedem Rechner.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Translate text into another language.</source>
        <translation>Text in eine andere Sprache übersetzen.</translation>
    </message>
    <message>
        <source>Very small multilingual model with a long context.</source>
        <translation>Sehr kleines mehrsprachiges Modell mit langem Kontext.</translation>
    </message>
    <message>
        <source>What does this code do, step by step.</source>
        <translation>Was dieser Code tut, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Write code</source>
        <translation>Code schreiben</translation>
    </message>
    <message>
        <source>Write code for a task.</source>
        <translation>Code für eine Aufgabe schreiben.</translation>
    </message>
    <message>
        <source>Writes down speech in about 100 languages and translates it into English; more accurate than the built-in English-only model.</source>
        <translation>Schreibt Sprache in etwa 100 Sprachen mit und übersetzt sie ins Englische; genauer als das integrierte, nur englische Modell.</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>multilingual</source>
        <translation>mehrsprachig</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>reading aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>summarize</source>
        <translation>zusammenfassen</translation>
    </message>
    <message>
        <source>target language</source>
        <translation>Zielsprache</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>check this installation offline (built-in model, history, window) and exit</source>
        <translation>diese Installation offline prüfen (eingebautes Modell, Verlauf, Fenster) und beenden</translation>
    </message>
    <message>
        <source>model name or path to a .gguf file</source>
        <translation>Modellname oder Pfad zu einer .gguf-Datei</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>let a reasoning model think first, or not (where its template allows; default: the model&apos;s own); its reasoning goes to stderr</source>
        <translation>ein Denkmodell zuerst nachdenken lassen oder nicht (wo seine Vorlage es erlaubt; Standard: wie das Modell); sein Nachdenken geht nach stderr</translation>
    </message>
    <message>
        <source>answer from a document collection (see `assistant docs`), citing its sources</source>
        <translation>aus einer Dokumentsammlung antworten (siehe `assistant docs`) und die Quellen nennen</translation>
    </message>
    <message>
        <source>answer with a LoRA adapter over the model (see `assistant models list`), at a scale (default 1); none: without the model&apos;s own</source>
        <translation>mit einem LoRA-Adapter über dem Modell antworten (siehe `assistant models list`), in einer Stärke (Standard 1); none: ohne den des Modells</translation>
    </message>
    <message>
        <source>a private chat: your memories are neither used nor added</source>
        <translation>ein privater Chat: Ihre Erinnerungen werden weder verwendet noch ergänzt</translation>
    </message>
    <message>
        <source>answer one prompt and exit</source>
        <translation>eine Eingabe beantworten und beenden</translation>
    </message>
    <message>
        <source>the prompt; read from stdin when omitted</source>
        <translation>die Eingabe; ohne Angabe von stdin gelesen</translation>
    </message>
    <message>
        <source>a task preset, e.g. summarize, translate</source>
        <translation>eine Aufgabenvorlage, z. B. summarize, translate</translation>
    </message>
    <message>
        <source>a preset variable</source>
        <translation>eine Variable der Vorlage</translation>
    </message>
    <message>
        <source>print the answer&apos;s figures on stderr</source>
        <translation>die Kennzahlen der Antwort auf stderr ausgeben</translation>
    </message>
    <message>
        <source>interactive conversation in the terminal</source>
        <translation>interaktives Gespräch im Terminal</translation>
    </message>
    <message>
        <source>resume a saved conversation</source>
        <translation>ein gespeichertes Gespräch fortsetzen</translation>
    </message>
    <message>
        <source>error: {exc}</source>
        <translation>Fehler: {exc}</translation>
    </message>
    <message>
        <source>error: an internal error occurred; details are in {log_file}</source>
        <translation>Fehler: ein interner Fehler ist aufgetreten; Details stehen in {log_file}</translation>
    </message>
    <message>
        <source>Loading the model… (Ctrl+C stops)</source>
        <translation>Modell wird geladen… (Strg+C hält an)</translation>
    </message>
    <message>
        <source>Thinking: </source>
        <translation>Denkt nach: </translation>
    </message>
    <message>
        <source>{prompt} prompt tokens ({reused} reused), {answer} answer tokens, {speed} tok/s</source>
        <translation>{prompt} Eingabe-Token ({reused} wiederverwendet), {answer} Antwort-Token, {speed} Tok./s</translation>
    </message>
    <message>
        <source>{kept} of {drafted} drafted tokens kept ({share}%)</source>
        <translation>{kept} von {drafted} Entwurfs-Token übernommen ({share} %)</translation>
    </message>
    <message>
        <source>[{dropped} older messages no longer fit in the model&apos;s context and were left out; the system prompt was kept]</source>
        <translation>[{dropped} ältere Nachrichten passten nicht mehr in den Kontext des Modells und wurden ausgelassen; der Systemprompt blieb erhalten]</translation>
    </message>
    <message>
        <source>Nothing to ask: give the prompt as an argument or on stdin.</source>
        <translation>Nichts zu fragen: Geben Sie die Eingabe als Argument oder über stdin an.</translation>
    </message>
    <message>
        <source>warning: the answer does not fit the preset: {problem}</source>
        <translation>Warnung: Die Antwort passt nicht zur Vorlage: {problem}</translation>
    </message>
    <message>
        <source>Continuing &quot;{title}&quot; ({shown_count} messages).</source>
        <translation>„{title}“ wird fortgesetzt ({shown_count} Nachrichten).</translation>
    </message>
    <message>
        <source>{name} · context {context} tokens · conversation {cid}. Ctrl+C stops an answer, Ctrl+D or /exit quits.</source>
        <translation>{name} · Kontext {context} Token · Gespräch {cid}. Strg+C hält eine Antwort an, Strg+D oder /exit beendet.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>
error: {exc}</source>
        <translation>
Fehler: {exc}</translation>
    </message>
    <message>
        <source>document collections to ask questions about</source>
        <translation>Dokumentsammlungen, zu denen Sie Fragen stellen</translation>
    </message>
    <message>
        <source>create a collection or add folders/files, then index them</source>
        <translation>eine Sammlung anlegen oder Ordner/Dateien hinzufügen, dann indizieren</translation>
    </message>
    <message>
        <source>only record the paths</source>
        <translation>nur die Pfade speichern</translation>
    </message>
    <message>
        <source>collections and their size</source>
        <translation>Sammlungen und ihre Größe</translation>
    </message>
    <message>
        <source>a collection&apos;s files and their status</source>
        <translation>die Dateien einer Sammlung und ihr Status</translation>
    </message>
    <message>
        <source>index new and changed files, drop deleted ones</source>
        <translation>neue und geänderte Dateien indizieren, gelöschte entfernen</translation>
    </message>
    <message>
        <source>one collection (default: all)</source>
        <translation>eine Sammlung (Standard: alle)</translation>
    </message>
    <message>
        <source>the passages that best match a query</source>
        <translation>die Abschnitte, die am besten zu einer Suche passen</translation>
    </message>
    <message>
        <source>delete a collection and its index (not the files)</source>
        <translation>eine Sammlung und ihren Index löschen (nicht die Dateien)</translation>
    </message>
    <message>
        <source>show or choose the embedding model documents use</source>
        <translation>das Embedding-Modell der Dokumente anzeigen oder wählen</translation>
    </message>
    <message>
        <source>an embedding model&apos;s name or path, or &apos;built-in&apos;</source>
        <translation>Name oder Pfad eines Embedding-Modells oder „built-in“</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n folders or files</source>
        <translation>
            <numerusform>{name}: %n Ordner oder Datei</numerusform>
            <numerusform>{name}: %n Ordner oder Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>No collections yet: create one with `assistant docs add NAME PATH`.</source>
        <translation>Noch keine Sammlungen: Legen Sie eine an mit `assistant docs add NAME PATH`.</translation>
    </message>
    <message>
        <source>No passage matches.</source>
        <translation>Kein Abschnitt passt.</translation>
    </message>
    <message>
        <source>Deleted the collection {name} (your files were not touched).</source>
        <translation>Sammlung {name} gelöscht (Ihre Dateien blieben unberührt).</translation>
    </message>
    <message>
        <source>in use: {model_name}</source>
        <translation>in Gebrauch: {model_name}</translation>
    </message>
    <message>
        <source>downloaded embedding models: {names}</source>
        <translation>heruntergeladene Embedding-Modelle: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Documents now use {model_name}; each collection is indexed again at its next sync.</source>
        <translation>Dokumente verwenden jetzt {model_name}; jede Sammlung wird beim nächsten Abgleich neu indiziert.</translation>
    </message>
    <message>
        <source>Not indexed yet: run `assistant docs sync {name}`.</source>
        <translation>Noch nicht indiziert: Führen Sie `assistant docs sync {name}` aus.</translation>
    </message>
    <message>
        <source>  indexed   {path}  ({passages} passages)</source>
        <translation>  indiziert     {path}  ({passages} Abschnitte)</translation>
    </message>
    <message>
        <source>  skipped   {path}  ({reason})</source>
        <translation>  übersprungen  {path}  ({reason})</translation>
    </message>
    <message>
        <source>  unfinished {path}  (indexed again by the next sync)</source>
        <translation>  unvollständig {path}  (wird beim nächsten Abgleich neu indiziert)</translation>
    </message>
    <message>
        <source>{passages} passages, {rate}/s</source>
        <translation>{passages} Abschnitte, {rate}/s</translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation>  Hinweis: {note}</translation>
    </message>
    <message>
        <source>  skipped {path}: {why}</source>
        <translation>  übersprungen {path}: {why}</translation>
    </message>
    <message>
        <source>The collection {name} has no indexed documents yet: run `assistant docs sync {name}`.</source>
        <translation>Die Sammlung {name} hat noch keine indizierten Dokumente: Führen Sie `assistant docs sync {name}` aus.</translation>
    </message>
    <message>
        <source>saved conversations</source>
        <translation>gespeicherte Gespräche</translation>
    </message>
    <message>
        <source>conversations, pinned first, newest first</source>
        <translation>Gespräche, angeheftete zuerst, neueste zuerst</translation>
    </message>
    <message>
        <source>include archived ones</source>
        <translation>archivierte einschließen</translation>
    </message>
    <message>
        <source>print a conversation</source>
        <translation>ein Gespräch ausgeben</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <source>write conversations to a file</source>
        <translation>Gespräche in eine Datei schreiben</translation>
    </message>
    <message>
        <source>import a JSON export</source>
        <translation>einen JSON-Export importieren</translation>
    </message>
    <message>
        <source>delete a conversation (undo with restore)</source>
        <translation>ein Gespräch löschen (rückgängig mit restore)</translation>
    </message>
    <message>
        <source>undo a delete</source>
        <translation>ein Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>remove deleted conversations for good</source>
        <translation>gelöschte Gespräche endgültig entfernen</translation>
    </message>
    <message>
        <source>figures about the history</source>
        <translation>Kennzahlen zum Verlauf</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>Say which conversation to export (an ID) or --all.</source>
        <translation>Geben Sie an, welches Gespräch exportiert werden soll (eine ID), oder --all.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to {output}.</source>
        <translation>
            <numerusform>%n Gespräch nach {output} exportiert.</numerusform>
            <numerusform>%n Gespräche nach {output} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversations: {ids}.</source>
        <translation>
            <numerusform>%n Gespräch importiert: {ids}.</numerusform>
            <numerusform>%n Gespräche importiert: {ids}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted conversation {id}. Undo with: assistant history restore {id}</source>
        <translation>Gespräch {id} gelöscht. Rückgängig mit: assistant history restore {id}</translation>
    </message>
    <message>
        <source>Restored conversation {id}.</source>
        <translation>Gespräch {id} wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n deleted conversations for good.</source>
        <translation>
            <numerusform>%n gelöschtes Gespräch endgültig entfernt.</numerusform>
            <numerusform>%n gelöschte Gespräche endgültig entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>show the CPU kernels, GPU devices and how the model is offloaded</source>
        <translation>CPU-Kernel, GPU-Geräte und die Auslagerung des Modells anzeigen</translation>
    </message>
    <message>
        <source>model name or path (default: the default model)</source>
        <translation>Modellname oder Pfad (Standard: das Standardmodell)</translation>
    </message>
    <message>
        <source>only the kernels and devices, load no model</source>
        <translation>nur Kernel und Geräte, kein Modell laden</translation>
    </message>
    <message>
        <source>Data: {data}</source>
        <translation>Daten: {data}</translation>
    </message>
    <message>
        <source>Model: {name} ({describe})</source>
        <translation>Modell: {name} ({describe})</translation>
    </message>
    <message>
        <source>Offload: {runs_on}; {offload}</source>
        <translation>Auslagerung: {runs_on}; {offload}</translation>
    </message>
    <message>
        <source>Answers at once: {n}, each with a context of {context} tokens</source>
        <translation>Antworten gleichzeitig: {n}, jede mit einem Kontext von {context} Token</translation>
    </message>
    <message>
        <source>Engine memory ceiling: {size} GiB</source>
        <translation>Speichergrenze der Engine: {size} GiB</translation>
    </message>
    <message>
        <source>serve the models over an OpenAI-compatible API on this machine</source>
        <translation>die Modelle über eine OpenAI-kompatible API auf diesem Rechner bereitstellen</translation>
    </message>
    <message>
        <source>Serve /v1/models, /v1/chat/completions and /v1/completions.</source>
        <translation>Stellt /v1/models, /v1/chat/completions und /v1/completions bereit.</translation>
    </message>
    <message>
        <source>address to listen on (127.0.0.1)</source>
        <translation>Adresse, auf der gelauscht wird (127.0.0.1)</translation>
    </message>
    <message>
        <source>port (8765, or the settings&apos; server_port)</source>
        <translation>Port (8765 oder server_port aus den Einstellungen)</translation>
    </message>
    <message>
        <source>model to load at start (the default model)</source>
        <translation>beim Start zu ladendes Modell (das Standardmodell)</translation>
    </message>
    <message>
        <source>answers written at once (default: the settings&apos; parallel_answers, or automatic)</source>
        <translation>gleichzeitig geschriebene Antworten (Standard: parallel_answers der Einstellungen oder automatisch)</translation>
    </message>
    <message>
        <source>require &apos;Authorization: Bearer KEY&apos; (or set ASSISTANT_API_KEY / server_api_key)</source>
        <translation>„Authorization: Bearer KEY“ verlangen (oder ASSISTANT_API_KEY / server_api_key setzen)</translation>
    </message>
    <message>
        <source>allow listening on an address other machines can reach (needs an API key)</source>
        <translation>Lauschen auf einer von anderen Rechnern erreichbaren Adresse erlauben (braucht einen API-Schlüssel)</translation>
    </message>
    <message>
        <source>allow browser pages from ORIGIN to call the API (CORS is off by default)</source>
        <translation>Browserseiten von ORIGIN den Zugriff auf die API erlauben (CORS ist standardmäßig aus)</translation>
    </message>
    <message>
        <source>also answer requests addressed to NAME (by default only this machine&apos;s names)</source>
        <translation>auch Anfragen an NAME beantworten (sonst nur die Namen dieses Rechners)</translation>
    </message>
    <message>
        <source>{host} can be reached from other machines; add --allow-network (and an API key) if that is what you want.</source>
        <translation>{host} ist von anderen Rechnern erreichbar; fügen Sie --allow-network (und einen API-Schlüssel) hinzu, wenn Sie das wollen.</translation>
    </message>
    <message>
        <source>Serving beyond this machine needs an API key: --api-key KEY or ASSISTANT_API_KEY.</source>
        <translation>Bereitstellung über diesen Rechner hinaus braucht einen API-Schlüssel: --api-key KEY oder ASSISTANT_API_KEY.</translation>
    </message>
    <message>
        <source>The API server is an optional part: install it with pip install &apos;offline-assistant[server]&apos;.</source>
        <translation>Der API-Server ist ein optionaler Teil: Installieren Sie ihn mit pip install &apos;offline-assistant[server]&apos;.</translation>
    </message>
    <message>
        <source>--parallel must be at least 1.</source>
        <translation>--parallel muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Serving {name} at {url}, {n} answers at once (Ctrl+C stops)</source>
        <translation>{name} wird unter {url} bereitgestellt, {n} Antworten gleichzeitig (Strg+C beendet)</translation>
    </message>
    <message>
        <source>task presets</source>
        <translation>Aufgabenvorlagen</translation>
    </message>
    <message>
        <source>all presets</source>
        <translation>alle Vorlagen</translation>
    </message>
    <message>
        <source>a preset&apos;s settings</source>
        <translation>die Einstellungen einer Vorlage</translation>
    </message>
    <message>
        <source>a new preset copied from another</source>
        <translation>eine neue Vorlage als Kopie einer anderen</translation>
    </message>
    <message>
        <source>edit a preset in $EDITOR (saves a user copy)</source>
        <translation>eine Vorlage in $EDITOR bearbeiten (speichert eine eigene Kopie)</translation>
    </message>
    <message>
        <source>check every preset file</source>
        <translation>jede Vorlagendatei prüfen</translation>
    </message>
    <message>
        <source>summarize a document</source>
        <translation>ein Dokument zusammenfassen</translation>
    </message>
    <message>
        <source>summarize or key-points</source>
        <translation>summarize oder key-points</translation>
    </message>
    <message>
        <source>--var needs name=value, got &apos;{item}&apos;.</source>
        <translation>--var braucht name=value, erhalten: „{item}“.</translation>
    </message>
    <message>
        <source>warning: skipped a preset: {problem}</source>
        <translation>Warnung: eine Vorlage übersprungen: {problem}</translation>
    </message>
    <message>
        <source>  (yours)</source>
        <translation>  (Ihre)</translation>
    </message>
    <message>
        <source>Created {from_id}</source>
        <translation>{from_id} angelegt</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>All presets are valid.</source>
        <translation>Alle Vorlagen sind gültig.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems.</source>
        <translation>
            <numerusform>%n Problem.</numerusform>
            <numerusform>%n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>summarizing parts</source>
        <translation>Teile werden zusammengefasst</translation>
    </message>
    <message>
        <source>combining</source>
        <translation>wird zusammengeführt</translation>
    </message>
    <message>
        <source> (stopped early: partial summary)</source>
        <translation> (vorzeitig angehalten: Teilzusammenfassung)</translation>
    </message>
    <message numerus="yes">
        <source>saved as conversation {cid}; %n parts</source>
        <translation>
            <numerusform>als Gespräch {cid} gespeichert; %n Teil</numerusform>
            <numerusform>als Gespräch {cid} gespeichert; %n Teile</numerusform>
        </translation>
    </message>
    <message>
        <source>write down what is said in an audio or video file</source>
        <translation>aufschreiben, was in einer Audio- oder Videodatei gesagt wird</translation>
    </message>
    <message>
        <source>Transcribe wav, mp3, m4a, ogg, flac, webm, mp4 and other audio or video files on this machine, with timestamps.</source>
        <translation>wav-, mp3-, m4a-, ogg-, flac-, webm-, mp4- und andere Audio- oder Videodateien auf diesem Rechner transkribieren, mit Zeitmarken.</translation>
    </message>
    <message>
        <source>the spoken language, e.g. en (default: heard)</source>
        <translation>die gesprochene Sprache, z. B. en (Standard: erkannt)</translation>
    </message>
    <message>
        <source>output format (txt)</source>
        <translation>Ausgabeformat (txt)</translation>
    </message>
    <message>
        <source>write to this file, not the terminal</source>
        <translation>in diese Datei schreiben, nicht ins Terminal</translation>
    </message>
    <message>
        <source>translate the speech into English</source>
        <translation>das Gesprochene ins Englische übersetzen</translation>
    </message>
    <message>
        <source>also add it to this document collection (made if new) and index it</source>
        <translation>außerdem dieser Dokumentsammlung hinzufügen (neu angelegt, falls nötig) und indizieren</translation>
    </message>
    <message>
        <source>also keep it as a conversation to ask about</source>
        <translation>auch als Unterhaltung behalten, um Fragen dazu zu stellen</translation>
    </message>
    <message>
        <source>say a text aloud into an audio file, with a voice on this machine</source>
        <translation>einen Text mit einer Stimme auf diesem Rechner in eine Audiodatei sprechen</translation>
    </message>
    <message>
        <source>Speak a text with the built-in voice (or the one the settings name) into a wav, flac, mp3 or raw pcm file. espeak-ng must be installed.</source>
        <translation>Einen Text mit der eingebauten Stimme (oder der in den Einstellungen genannten) in eine WAV-, FLAC-, MP3- oder rohe PCM-Datei sprechen. espeak-ng muss installiert sein.</translation>
    </message>
    <message>
        <source>what to say (&apos;-&apos; reads it from standard input)</source>
        <translation>was gesagt werden soll (&apos;-&apos; liest es von der Standardeingabe)</translation>
    </message>
    <message>
        <source>the audio file to write</source>
        <translation>die zu schreibende Audiodatei</translation>
    </message>
    <message>
        <source>audio format (default: from the file&apos;s suffix, else wav)</source>
        <translation>Audioformat (Standard: aus der Dateiendung, sonst wav)</translation>
    </message>
    <message>
        <source>0.25 to 4 (default: the settings&apos;, 1)</source>
        <translation>0,25 bis 4 (Standard: aus den Einstellungen, 1)</translation>
    </message>
    <message>
        <source>{seconds:.1f} s of speech written to {file}</source>
        <translation>{seconds:.1f} s Sprache in {file} geschrieben</translation>
    </message>
    <message>
        <source>transcribing</source>
        <translation>transkribiere</translation>
    </message>
    <message>
        <source>[saved as conversation {cid}]</source>
        <translation>[als Unterhaltung {cid} gespeichert]</translation>
    </message>
    <message>
        <source>[added to the collection {name} as {file}; {n} passages indexed]</source>
        <translation>[zur Sammlung {name} als {file} hinzugefügt; {n} Abschnitte indiziert]</translation>
    </message>
    <message>
        <source>Audio and video (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.webm *.mp4)</source>
        <translation>Audio und Video (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.webm *.mp4)</translation>
    </message>
    <message>
        <source>Transcribe audio or video</source>
        <translation>Audio oder Video transkribieren</translation>
    </message>
    <message>
        <source>A transcription is already running; Esc stops it.</source>
        <translation>Es läuft bereits eine Transkription; Esc hält sie an.</translation>
    </message>
    <message>
        <source>Transcribing {file}… (Esc stops)</source>
        <translation>Transkribiere {file}… (Esc hält an)</translation>
    </message>
    <message>
        <source>Transcribing {file}: {percent}%… (Esc stops)</source>
        <translation>Transkribiere {file}: {percent} %… (Esc hält an)</translation>
    </message>
    <message>
        <source>The transcription failed (details in the log).</source>
        <translation>Die Transkription ist fehlgeschlagen (Einzelheiten im Protokoll).</translation>
    </message>
    <message>
        <source>facts the assistant keeps across chats</source>
        <translation>Fakten, die der Assistent über Chats hinweg behält</translation>
    </message>
    <message>
        <source>Facts about you the assistant is given in every chat (private chats excepted), e.g. &apos;I am vegetarian&apos; or &apos;answer in metric units&apos;.</source>
        <translation>Fakten über Sie, die der Assistent in jedem Chat erhält (außer in privaten), z. B. &apos;Ich bin Vegetarier&apos; oder &apos;antworte in metrischen Einheiten&apos;.</translation>
    </message>
    <message>
        <source>remember a fact</source>
        <translation>einen Fakt merken</translation>
    </message>
    <message>
        <source>list the memories (off ones marked)</source>
        <translation>die Erinnerungen auflisten (ausgeschaltete markiert)</translation>
    </message>
    <message>
        <source>change a memory&apos;s text</source>
        <translation>den Text einer Erinnerung ändern</translation>
    </message>
    <message>
        <source>use a memory again</source>
        <translation>eine Erinnerung wieder verwenden</translation>
    </message>
    <message>
        <source>keep a memory but stop using it</source>
        <translation>eine Erinnerung behalten, aber nicht mehr verwenden</translation>
    </message>
    <message>
        <source>forget a memory</source>
        <translation>eine Erinnerung vergessen</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(aus)</translation>
    </message>
    <message>
        <source>Private chat: memories are not used or added</source>
        <translation>Privater Chat: Erinnerungen werden weder verwendet noch ergänzt</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Merken</translation>
    </message>
    <message>
        <source>A fact to keep across chats:</source>
        <translation>Ein Fakt, der über Chats hinweg bleibt:</translation>
    </message>
    <message>
        <source>Memories used</source>
        <translation>Verwendete Erinnerungen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Facts about you the assistant is given in every chat, except private ones. Untick one to keep it without using it.</source>
        <translation>Fakten über Sie, die der Assistent in jedem Chat erhält, außer in privaten. Nehmen Sie den Haken weg, um einen Fakt zu behalten, ohne ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Nothing is remembered yet. Add a fact, or use Remember… on one of your messages.</source>
        <translation>Noch ist nichts gemerkt. Fügen Sie einen Fakt hinzu oder verwenden Sie Merken… bei einer Ihrer Nachrichten.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Edit memory</source>
        <translation>Erinnerung bearbeiten</translation>
    </message>
    <message>
        <source>the tools a model can call</source>
        <translation>die Werkzeuge, die ein Modell aufrufen kann</translation>
    </message>
    <message>
        <source>list the tools, what they do and where from</source>
        <translation>die Werkzeuge auflisten: was sie tun und woher sie kommen</translation>
    </message>
    <message>
        <source>add MCP servers from another app&apos;s file (the mcpServers JSON shape)</source>
        <translation>MCP-Server aus der Datei einer anderen App hinzufügen (im mcpServers-JSON-Format)</translation>
    </message>
    <message>
        <source>let the model call tools: tool or MCP server names separated by commas, or &apos;all&apos; (see `assistant tools list`)</source>
        <translation>das Modell Werkzeuge aufrufen lassen: Werkzeug- oder MCP-Servernamen durch Kommas getrennt, oder &apos;all&apos; (siehe `assistant tools list`)</translation>
    </message>
    <message>
        <source>run this tool without asking each time</source>
        <translation>dieses Werkzeug ausführen, ohne jedes Mal zu fragen</translation>
    </message>
    <message>
        <source>auto: the model decides; required: its first answer must call a tool</source>
        <translation>auto: das Modell entscheidet; required: seine erste Antwort muss ein Werkzeug aufrufen</translation>
    </message>
    <message>
        <source>tool calls in a row at most before the model must answer</source>
        <translation>höchstens so viele Werkzeugaufrufe hintereinander, bevor das Modell antworten muss</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>Warnung: {problem}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesend</translation>
    </message>
    <message>
        <source>may change things</source>
        <translation>kann etwas verändern</translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation>eingebaut, nur lesend</translation>
    </message>
    <message>
        <source>with --docs: search the chat&apos;s document collections</source>
        <translation>mit --docs: die Dokumentsammlungen des Chats durchsuchen</translation>
    </message>
    <message>
        <source>MCP server {name}: {state}</source>
        <translation>MCP-Server {name}: {state}</translation>
    </message>
    <message>
        <source>added MCP server {name}</source>
        <translation>MCP-Server {name} hinzugefügt</translation>
    </message>
    <message>
        <source>Unknown tool: {names}. Available: {known}.</source>
        <translation>Unbekanntes Werkzeug: {names}. Verfügbar: {known}.</translation>
    </message>
    <message>
        <source>--max-steps must be at least 1.</source>
        <translation>--max-steps muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>{tool}: not run (no terminal to ask; allow it with --allow {tool})</source>
        <translation>{tool}: nicht ausgeführt (kein Terminal zum Fragen; erlauben mit --allow {tool})</translation>
    </message>
    <message>
        <source>Run {tool} {args}? [y]es, [n]o, [a]lways for this tool: </source>
        <translation>{tool} {args} ausführen? [y] ja, [n] nein, [a] immer für dieses Werkzeug: </translation>
    </message>
    <message>
        <source>this app</source>
        <translation>dieser App</translation>
    </message>
    <message>
        <source>the MCP server “{name}”</source>
        <translation>dem MCP-Server „{name}“</translation>
    </message>
    <message>
        <source>Run a tool?</source>
        <translation>Ein Werkzeug ausführen?</translation>
    </message>
    <message>
        <source>The model asks to run {tool} from {source}.</source>
        <translation>Das Modell möchte {tool} von {source} ausführen.</translation>
    </message>
    <message>
        <source>What the tool does</source>
        <translation>Was das Werkzeug tut</translation>
    </message>
    <message>
        <source>It keeps what you see below; you are asked every time.</source>
        <translation>Es behält, was Sie unten sehen; Sie werden jedes Mal gefragt.</translation>
    </message>
    <message>
        <source>It says it only reads and changes nothing.</source>
        <translation>Es gibt an, nur zu lesen und nichts zu ändern.</translation>
    </message>
    <message>
        <source>It may change things: files, messages or data elsewhere.</source>
        <translation>Es kann etwas ändern: Dateien, Nachrichten oder Daten anderswo.</translation>
    </message>
    <message>
        <source>With these arguments:</source>
        <translation>Mit diesen Argumenten:</translation>
    </message>
    <message>
        <source>Arguments the tool will get</source>
        <translation>Argumente, die das Werkzeug erhält</translation>
    </message>
    <message>
        <source>Documents, web pages and tool results can carry instructions that make a model misuse its tools. Run only what you expect.</source>
        <translation>Dokumente, Webseiten und Werkzeugergebnisse können Anweisungen enthalten, die ein Modell zum Missbrauch seiner Werkzeuge bringen. Führen Sie nur aus, was Sie erwarten.</translation>
    </message>
    <message>
        <source>Always allow {tool} without asking</source>
        <translation>{tool} immer ohne Nachfrage erlauben</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Don&apos;t run</source>
        <translation>Nicht ausführen</translation>
    </message>
    <message>
        <source>failed: {why}</source>
        <translation>fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>starts when a chat needs it</source>
        <translation>startet, wenn ein Chat es braucht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>only reads</source>
        <translation>liest nur</translation>
    </message>
    <message>
        <source>Tools let a model compute, look things up and act. Turn them on per chat with the Tools button under the message box; you approve each call unless you always allow the tool.</source>
        <translation>Mit Werkzeugen kann ein Modell rechnen, nachschlagen und handeln. Schalten Sie sie pro Chat mit der Schaltfläche Werkzeuge unter dem Nachrichtenfeld ein; Sie bestätigen jeden Aufruf, außer Sie erlauben das Werkzeug immer.</translation>
    </message>
    <message>
        <source>Tool or server</source>
        <translation>Werkzeug oder Server</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was es tut</translation>
    </message>
    <message>
        <source>Tools and MCP servers</source>
        <translation>Werkzeuge und MCP-Server</translation>
    </message>
    <message>
        <source>&amp;List their tools</source>
        <translation>Ihre Werkzeuge &amp;auflisten</translation>
    </message>
    <message>
        <source>Start the servers that are on and list their tools</source>
        <translation>Die eingeschalteten Server starten und ihre Werkzeuge auflisten</translation>
    </message>
    <message>
        <source>&amp;Add from file…</source>
        <translation>Aus Datei &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add MCP servers from another app&apos;s configuration (the mcpServers JSON shape)</source>
        <translation>MCP-Server aus der Konfiguration einer anderen App hinzufügen (das mcpServers-JSON-Format)</translation>
    </message>
    <message>
        <source>&amp;Edit mcp.json</source>
        <translation>mcp.json &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>Server &amp;entfernen</translation>
    </message>
    <message>
        <source>Tools that run without asking</source>
        <translation>Werkzeuge, die ohne Nachfrage laufen</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Wieder fragen</translation>
    </message>
    <message>
        <source>Ask before the chosen tool runs again</source>
        <translation>Vor der nächsten Ausführung des gewählten Werkzeugs fragen</translation>
    </message>
    <message>
        <source>Run without asking</source>
        <translation>Ohne Nachfrage ausführen</translation>
    </message>
    <message>
        <source>Tool calls in a row before the model must answer</source>
        <translation>Werkzeugaufrufe hintereinander, bevor das Modell antworten muss</translation>
    </message>
    <message>
        <source>Calls in a row at most</source>
        <translation>Höchstens Aufrufe hintereinander</translation>
    </message>
    <message>
        <source>Programs using the local API may call my MCP servers</source>
        <translation>Programme, die die lokale API nutzen, dürfen meine MCP-Server aufrufen</translation>
    </message>
    <message>
        <source>Off by default. When on, a program on this computer can name your servers in its requests; only the tools you always allow run for it.</source>
        <translation>Standardmäßig aus. Eingeschaltet kann ein Programm auf diesem Computer Ihre Server in seinen Anfragen nennen; nur die Werkzeuge, die Sie immer erlauben, laufen dafür.</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>Lokale API</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>always available</source>
        <translation>immer verfügbar</translation>
    </message>
    <message>
        <source>Searches the chat&apos;s document collections (chats that have some)</source>
        <translation>Durchsucht die Dokumentsammlungen des Chats (bei Chats, die welche haben)</translation>
    </message>
    <message>
        <source>No MCP server yet: add some from another app&apos;s file.</source>
        <translation>Noch kein MCP-Server: Fügen Sie welche aus der Datei einer anderen App hinzu.</translation>
    </message>
    <message>
        <source>Add MCP servers from a file</source>
        <translation>MCP-Server aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} existiert nicht.</translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation>Hinzugefügt: {names}.</translation>
    </message>
    <message>
        <source>{file} lists no server.</source>
        <translation>{file} enthält keinen Server.</translation>
    </message>
    <message>
        <source>Starting the servers…</source>
        <translation>Server werden gestartet…</translation>
    </message>
    <message>
        <source>Every server that is on is running.</source>
        <translation>Jeder eingeschaltete Server läuft.</translation>
    </message>
    <message>
        <source>Let the model call tools in this chat (you approve each call)</source>
        <translation>Das Modell in diesem Chat Werkzeuge aufrufen lassen (Sie bestätigen jeden Aufruf)</translation>
    </message>
    <message>
        <source>Use tools in this chat</source>
        <translation>Werkzeuge in diesem Chat verwenden</translation>
    </message>
    <message>
        <source>Call a tool first</source>
        <translation>Zuerst ein Werkzeug aufrufen</translation>
    </message>
    <message>
        <source>Small models often answer without calling: this makes them call</source>
        <translation>Kleine Modelle antworten oft ohne Aufruf: so rufen sie auf</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>MCP-Server</translation>
    </message>
    <message>
        <source>{name} (off in Settings → Tools)</source>
        <translation>{name} (aus in Einstellungen → Werkzeuge)</translation>
    </message>
    <message>
        <source>Tools and servers…</source>
        <translation>Werkzeuge und Server…</translation>
    </message>
    <message>
        <source>Tools: on</source>
        <translation>Werkzeuge: an</translation>
    </message>
    <message>
        <source>The model may call tools; you approve each call</source>
        <translation>Das Modell darf Werkzeuge aufrufen; Sie bestätigen jeden Aufruf</translation>
    </message>
    <message>
        <source>Tools are off in this chat</source>
        <translation>Werkzeuge sind in diesem Chat aus</translation>
    </message>
    <message>
        <source>Reading aloud…</source>
        <translation>Wird vorgelesen…</translation>
    </message>
    <message>
        <source>Reading aloud failed (details in the log).</source>
        <translation>Vorlesen fehlgeschlagen (Details im Protokoll).</translation>
    </message>
    <message>
        <source>Dictate ({shortcut})</source>
        <translation>Diktieren ({shortcut})</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Diktieren</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>Ihre Worte werden aufgeschrieben…</translation>
    </message>
    <message>
        <source>Stop dictating</source>
        <translation>Diktat beenden</translation>
    </message>
    <message>
        <source>Listening… speak, then pause</source>
        <translation>Hört zu… sprechen Sie, dann kurz pausieren</translation>
    </message>
    <message>
        <source>Dictation failed (details in the log).</source>
        <translation>Diktat fehlgeschlagen (Details im Protokoll).</translation>
    </message>
    <message>
        <source>Nothing was heard.</source>
        <translation>Es war nichts zu hören.</translation>
    </message>
    <message>
        <source>Dictated</source>
        <translation>Diktiert</translation>
    </message>
    <message>
        <source>Speaking… speak to interrupt</source>
        <translation>Spricht… sprechen Sie, um zu unterbrechen</translation>
    </message>
    <message>
        <source>Voice mode</source>
        <translation>Sprachmodus</translation>
    </message>
    <message>
        <source>End voice mode</source>
        <translation>Sprachmodus beenden</translation>
    </message>
    <message>
        <source>End voice mode ({shortcut})</source>
        <translation>Sprachmodus beenden ({shortcut})</translation>
    </message>
    <message>
        <source>Voice mode: {state}</source>
        <translation>Sprachmodus: {state}</translation>
    </message>
    <message>
        <source>Starting voice mode…</source>
        <translation>Sprachmodus startet…</translation>
    </message>
    <message>
        <source>Voice mode ended.</source>
        <translation>Sprachmodus beendet.</translation>
    </message>
    <message>
        <source>Voice mode failed (details in the log).</source>
        <translation>Der Sprachmodus ist fehlgeschlagen (Details im Protokoll).</translation>
    </message>
    <message>
        <source>Voice mode ended: nobody spoke for five minutes.</source>
        <translation>Sprachmodus beendet: Fünf Minuten lang hat niemand gesprochen.</translation>
    </message>
    <message>
        <source>Half strength</source>
        <translation>Halbe Stärke</translation>
    </message>
    <message>
        <source>Full strength</source>
        <translation>Volle Stärke</translation>
    </message>
    <message>
        <source>Stronger</source>
        <translation>Stärker</translation>
    </message>
    <message>
        <source>Adapters</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>LoRA adapters that change how the model writes in this chat</source>
        <translation>LoRA-Adapter, die ändern, wie das Modell in diesem Chat schreibt</translation>
    </message>
    <message>
        <source>No adapter: the model as it is</source>
        <translation>Kein Adapter: das Modell, wie es ist</translation>
    </message>
    <message>
        <source>Adapter: {names}</source>
        <translation>Adapter: {names}</translation>
    </message>
    <message>
        <source>Answers are written with {names}</source>
        <translation>Antworten werden mit {names} geschrieben</translation>
    </message>
    <message>
        <source>As the model&apos;s settings say</source>
        <translation>Wie in den Einstellungen des Modells</translation>
    </message>
    <message>
        <source>No adapter in this chat</source>
        <translation>Kein Adapter in diesem Chat</translation>
    </message>
    <message>
        <source>Add an adapter file…</source>
        <translation>Adapterdatei hinzufügen…</translation>
    </message>
    <message>
        <source>Add a LoRA adapter</source>
        <translation>LoRA-Adapter hinzufügen</translation>
    </message>
    <message>
        <source>GGUF adapters (*.gguf)</source>
        <translation>GGUF-Adapter (*.gguf)</translation>
    </message>
    <message>
        <source>{name} is not a LoRA adapter (a GGUF whose type is adapter).</source>
        <translation>{name} ist kein LoRA-Adapter (eine GGUF-Datei vom Typ adapter).</translation>
    </message>
    <message>
        <source>teach a model on your text or examples (fine-tuning, on this machine)</source>
        <translation>ein Modell mit Ihren Texten oder Beispielen anlernen (Feinabstimmung, auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Fine-tune a small model on text files, a folder, or a JSONL of {&quot;prompt&quot;: …, &quot;answer&quot;: …} examples. The result is a new model. Ctrl+C pauses (resume with --resume JOB, also after a restart).</source>
        <translation>Ein kleines Modell mit Textdateien, einem Ordner oder einer JSONL-Datei mit {&quot;prompt&quot;: …, &quot;answer&quot;: …}-Beispielen feinabstimmen. Das Ergebnis ist ein neues Modell. Strg+C pausiert (fortsetzen mit --resume AUFTRAG, auch nach einem Neustart).</translation>
    </message>
    <message>
        <source>text files, folders or .jsonl</source>
        <translation>Textdateien, Ordner oder .jsonl</translation>
    </message>
    <message>
        <source>the model to start from (default: the default)</source>
        <translation>das Ausgangsmodell (Standard: das Standardmodell)</translation>
    </message>
    <message>
        <source>the new model&apos;s name</source>
        <translation>Name des neuen Modells</translation>
    </message>
    <message>
        <source>tokens per window</source>
        <translation>Tokens pro Fenster</translation>
    </message>
    <message>
        <source>go on with a paused job</source>
        <translation>einen pausierten Auftrag fortsetzen</translation>
    </message>
    <message>
        <source>forget a paused job</source>
        <translation>einen pausierten Auftrag verwerfen</translation>
    </message>
    <message>
        <source>list paused jobs</source>
        <translation>pausierte Aufträge auflisten</translation>
    </message>
    <message>
        <source>Cancelled; the base model is untouched.</source>
        <translation>Abgebrochen; das Ausgangsmodell ist unverändert.</translation>
    </message>
    <message>
        <source>Job {job}: teaching {name} from {base}.</source>
        <translation>Auftrag {job}: {name} wird aus {base} angelernt.</translation>
    </message>
    <message>
        <source>Paused. Go on with: assistant teach --resume {job}</source>
        <translation>Pausiert. Fortsetzen mit: assistant teach --resume {job}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}  window {pos}/{windows}  loss {loss:.3f}  {minutes:.0f} min left</source>
        <translation>Epoche {epoch}/{epochs}  Fenster {pos}/{windows}  Verlust {loss:.3f}  noch {minutes:.0f} Min.</translation>
    </message>
    <message>
        <source>epoch {epoch}: held-out perplexity {ppl:.2f}</source>
        <translation>Epoche {epoch}: Perplexität auf zurückgehaltenem Text {ppl:.2f}</translation>
    </message>
    <message>
        <source>Done: {path}</source>
        <translation>Fertig: {path}</translation>
    </message>
    <message>
        <source>Making a working copy in full precision…</source>
        <translation>Arbeitskopie in voller Genauigkeit wird erstellt…</translation>
    </message>
    <message>
        <source>Measuring the held-out text before teaching…</source>
        <translation>Zurückgehaltener Text wird vor dem Anlernen gemessen…</translation>
    </message>
    <message>
        <source>Held-out perplexity before: {ppl:.2f}; about {gib:.1f} GiB of memory.</source>
        <translation>Perplexität auf zurückgehaltenem Text vorher: {ppl:.2f}; etwa {gib:.1f} GiB Speicher.</translation>
    </message>
    <message>
        <source>Saving the taught model…</source>
        <translation>Angelerntes Modell wird gespeichert…</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>training loss {loss:.2f}</source>
        <translation>Trainingsverlust {loss:.2f}</translation>
    </message>
    <message>
        <source>held-out loss {loss:.2f}</source>
        <translation>Verlust auf zurückgehaltenem Text {loss:.2f}</translation>
    </message>
    <message>
        <source>The curve appears as it learns.</source>
        <translation>Die Kurve erscheint, während es lernt.</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>Verlust (zurückgehalten)</translation>
    </message>
    <message>
        <source>Teach a model</source>
        <translation>Ein Modell anlernen</translation>
    </message>
    <message>
        <source>Model to start from</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <source>What to teach</source>
        <translation>Was gelernt werden soll</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Name of the new model</source>
        <translation>Name des neuen Modells</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>How big each step is; 1e-5 is careful, 1e-4 learns faster</source>
        <translation>Wie groß jeder Schritt ist; 1e-5 ist vorsichtig, 1e-4 lernt schneller</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgehend von</translation>
    </message>
    <message>
        <source>Your text or examples</source>
        <translation>Ihre Texte oder Beispiele</translation>
    </message>
    <message>
        <source>New model&apos;s name</source>
        <translation>Name des neuen Modells</translation>
    </message>
    <message>
        <source>Text files, Markdown, PDF or Word documents, or a JSONL of examples ({&quot;prompt&quot;: …, &quot;answer&quot;: …} per line).</source>
        <translation>Textdateien, Markdown, PDF- oder Word-Dokumente oder eine JSONL-Datei mit Beispielen ({&quot;prompt&quot;: …, &quot;answer&quot;: …} pro Zeile).</translation>
    </message>
    <message>
        <source>Teaching status</source>
        <translation>Stand des Anlernens</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel teaching</source>
        <translation>Anlernen abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Text or examples to teach</source>
        <translation>Texte oder Beispiele zum Anlernen</translation>
    </message>
    <message>
        <source>A folder of text to teach</source>
        <translation>Ein Ordner mit Text zum Anlernen</translation>
    </message>
    <message>
        <source>Paused: {name}, taught from {base}. Resume goes on where it stopped.</source>
        <translation>Pausiert: {name}, angelernt aus {base}. Fortsetzen macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>There is no model to start from.</source>
        <translation>Es gibt kein Ausgangsmodell.</translation>
    </message>
    <message>
        <source>The learning rate must be a number, e.g. 1e-5.</source>
        <translation>Die Lernrate muss eine Zahl sein, z. B. 1e-5.</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>Pause nach diesem Schritt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Measuring the held-out part before teaching…</source>
        <translation>Zurückgehaltener Teil wird vor dem Anlernen gemessen…</translation>
    </message>
    <message>
        <source>Saving the new model…</source>
        <translation>Neues Modell wird gespeichert…</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs} · step {pos} of {windows}{left}</source>
        <translation>Epoche {epoch} von {epochs} · Schritt {pos} von {windows}{left}</translation>
    </message>
    <message>
        <source> · about {minutes} min left</source>
        <translation> · noch etwa {minutes} Min.</translation>
    </message>
    <message>
        <source>Paused. Resume goes on where it stopped, also after a restart.</source>
        <translation>Pausiert. Fortsetzen macht dort weiter, wo es aufgehört hat, auch nach einem Neustart.</translation>
    </message>
    <message>
        <source>Taught: {name}. Held-out perplexity {before:.1f} before, {after:.1f} after. It is in the Models menu.</source>
        <translation>Angelernt: {name}. Perplexität (zurückgehalten) vorher {before:.1f}, nachher {after:.1f}. Es steht im Menü Modelle.</translation>
    </message>
</context>
</TS>
