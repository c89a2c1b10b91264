<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>{model} runs {where} ({offload}); CPU kernels: {kernels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small language models on your own computer. Nothing leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Offline Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answer finished, %n words: {start}…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The API server could not start (details in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server is an optional part: install offline-assistant[server].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server could not start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (details in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model stopped unexpectedly. Your next message will restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose document collections this chat answers from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers cite </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all-MiniLM-L6-v2 (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents now use {model}: each collection is indexed again at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing failed (details in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} passages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection&apos;s index (not your files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that turns passages into vectors; another one indexes every collection again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders and files in the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen folders or files from the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index new and changed files, drop deleted ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a collection, then add folders or files to it (or drop them here). Their text is indexed on this computer; pick the collection by the message box to ask questions about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut short; indexed again by the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for new and changed files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message the assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model reason before it answers: slower, often better on hard questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document to summarize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{variable}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat exports (*.json *.jsonl *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chats from {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted — the app or model stopped before the answer finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kept} of {drafted} drafted kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.pdf *.docx *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the model to be ready before summarizing a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are summarized by a model on this computer: pick one in the Models menu first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarizing {file}… (Esc stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: summarizing part {done} of {total}… (Esc stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: combining, step {done} of {total}… (Esc stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the summary holds the parts that were finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {name} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Download finished; the model is in the Models menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of {name} finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of {name} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a polite reply declining a meeting invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give me five names for a bakery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Offline Assistant&lt;/h2&gt;&lt;p&gt;There is no model on this computer yet. A model is a file the assistant thinks with; small ones are 100 MB to 2 GB.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;catalog&apos;&gt;Browse recommended models&lt;/a&gt; · &lt;a href=&apos;import&apos;&gt;Import a GGUF file you have&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers come from {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything stays on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: {model} · {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an example to start from, or type below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be loaded (details in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be used (details in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model was cancelled; the previous model is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary failed (details in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs about {need} GiB; {free} GiB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs about {need} GiB; close other apps first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs about {need} GiB; this computer has {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not enough free disk ({free} GiB free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div align=&apos;center&apos;&gt;&lt;h2&gt;What can I help with?&lt;/h2&gt;&lt;p style=&apos;color:gray&apos;&gt;Starting…&lt;/p&gt;&lt;/div&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summarize document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find (alternate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline Assistant stopped unexpectedly last time. &lt;a href=&apos;crash&apos;&gt;Show the crash report&lt;/a&gt; (it stays on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} runs on the CPU: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat deleted. &lt;a href=&apos;undo&apos;&gt;Undo&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code block {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or stop it) before switching models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat used {model}. &lt;a href=&apos;{link}&apos;&gt;Switch back&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find other apps&apos; models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for models other apps downloaded…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n, used where they are: {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No models from other apps were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. {model} is loaded again with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; they apply the next time {model} is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; they apply from the next answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {model}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (embedding model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download recommended file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the Hub for the files of {repo}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{repo} has no GGUF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search GGUF models, e.g. qwen 1.5b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the Hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n repositories.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n parts)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset&apos;s (Chat: a helpful assistant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat template in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the model&apos;s chat template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the model&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: this model cannot chat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jinja templates (*.jinja *.j2 *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import GGUF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add remote server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API server (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a remote server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a model served by llama.cpp&apos;s llama-server, Ollama, vLLM or another computer running Offline Assistant. Your messages will be sent to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the server needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s first model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local model already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As many as fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers of the model on the GPU ({gpus}); 0 keeps it on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU was found: models run on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from the input (faster rewrites, same answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speculative decoding: when an answer repeats text from the prompt (proofreading, rewriting, extracting, editing code), several tokens are checked at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows when the app starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going back to a chat (after another chat, a model switch or a restart) continues from its saved state instead of reading the whole chat again. Saved states are kept on disk up to this size; Off keeps them in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume cache size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every saved conversation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the resume cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading this model and keep the one in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Only the model manager uses the network, and only when you ask it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Remote: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote model at {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your messages go to {server}, the server you added. Pick a local model to be offline again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>context %n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>context size not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context {used}/{size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context: {used} tokens used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older messages left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>API {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs on this computer can use the current model through this OpenAI-compatible address (Models → Local API server stops it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} at {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{architecture}, {millions}M parameters, {quantization}, context {context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought for {min} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Thought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens the model can see at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt tokens processed per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers on the GPU (-1: as many as fit, 0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>randomness (0: always the likeliest word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample from the likeliest words covering this probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample from this many likeliest words (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop words less likely than this share of the likeliest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discourage repeating recent words (1: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instructions at the start of every new chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Jinja file used instead of the model&apos;s own chat template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dependable everyday assistant for 8 GB laptops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friendly, helpful conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short paragraph with the main points of a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a question using only a text you paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced multilingual assistant; good at structured output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capable small reasoning model in 119 languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix spelling, grammar and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s compact chat model with a natural writing style.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is a text positive, negative or neutral?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s small model; friendly chat and summaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft&apos;s reasoning-focused small model; good at code and logic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multilingual embedding model from Google: documents in 100+ languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest tiny Qwen with a thinking mode; best kept to short tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticeably smarter than 1.5B while still fitting in 4 GB of RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proofread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull named fields out of a text as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a text into one of your categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite text in a different tone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small English embedding model; finds passages better than the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small multilingual Gemma 3 for quick answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong English embedding model with long passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong all-rounder for machines with 8 GB of RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong multilingual writer in about 2.5 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in embedding model, smaller (8-bit); no need to download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main points of a text as a bulleted list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strongest SmolLM2: solid English chat and summaries in about 1 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny and fast; good for short answers and rewriting on any machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate text into another language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very small multilingual model with a long context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does this code do, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write code for a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multilingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summarize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
