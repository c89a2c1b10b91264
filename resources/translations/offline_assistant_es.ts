<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>{model} runs {where} ({offload}); CPU kernels: {kernels}.</source>
        <translation>{model} se ejecuta {where} ({offload}); núcleos de CPU: {kernels}.</translation>
    </message>
    <message>
        <source>Small language models on your own computer. Nothing leaves this machine.</source>
        <translation>Modelos de lenguaje pequeños en tu propio ordenador. Nada sale de este equipo.</translation>
    </message>
    <message>
        <source>About Offline Assistant</source>
        <translation>Acerca de Offline Assistant</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>La respuesta está vacía.</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Respuesta: {answer}</translation>
    </message>
    <message numerus="yes">
        <source>Answer finished, %n words: {start}…</source>
        <translation>
            <numerusform>Respuesta terminada, %n palabra: {start}…</numerusform>
            <numerusform>Respuesta terminada, %n palabras: {start}…</numerusform>
        </translation>
    </message>
    <message>
        <source>The API server could not start (details in the log).</source>
        <translation>El servidor de la API no pudo iniciarse (detalles en el registro).</translation>
    </message>
    <message>
        <source>The API server is an optional part: install offline-assistant[server].</source>
        <translation>El servidor de la API es una parte opcional: instala offline-assistant[server].</translation>
    </message>
    <message>
        <source>The API server could not start: {error}</source>
        <translation>El servidor de la API no pudo iniciarse: {error}</translation>
    </message>
    <message>
        <source>Something went wrong (details in the log).</source>
        <translation>Algo salió mal (detalles en el registro).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Todavía no hay ningún modelo cargado.</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly. Your next message will restart it.</source>
        <translation>El modelo se detuvo de forma inesperada. Tu próximo mensaje lo reiniciará.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Código copiado</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Answer from documents</source>
        <translation>Responder a partir de documentos</translation>
    </message>
    <message>
        <source>Choose document collections this chat answers from</source>
        <translation>Elige las colecciones de documentos de las que responde este chat</translation>
    </message>
    <message>
        <source>Manage documents…</source>
        <translation>Gestionar documentos…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Documents: {names}</source>
        <translation>Documentos: {names}</translation>
    </message>
    <message>
        <source>Answers cite {names}</source>
        <translation>Las respuestas citan {names}</translation>
    </message>
    <message>
        <source>No documents chosen</source>
        <translation>Ningún documento elegido</translation>
    </message>
    <message>
        <source>all-MiniLM-L6-v2 (built-in)</source>
        <translation>all-MiniLM-L6-v2 (integrado)</translation>
    </message>
    <message>
        <source>Documents now use {model}: each collection is indexed again at its next sync.</source>
        <translation>Los documentos usan ahora {model}: cada colección se volverá a indexar en su próxima sincronización.</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcripciones</translation>
    </message>
    <message>
        <source>Add to a collection</source>
        <translation>Añadir a una colección</translation>
    </message>
    <message>
        <source>The collection to add the transcript of {file} to (or a new name):</source>
        <translation>La colección a la que añadir la transcripción de {file} (o un nombre nuevo):</translation>
    </message>
    <message>
        <source>The transcript could not be saved: {error}</source>
        <translation>No se pudo guardar la transcripción: {error}</translation>
    </message>
    <message>
        <source>Indexing failed (details in the log).</source>
        <translation>La indexación falló (detalles en el registro).</translation>
    </message>
    <message>
        <source>Indexing stopped.</source>
        <translation>Indexación detenida.</translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation>Indexado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation>
            <numerusform>{done} de %n archivo</numerusform>
            <numerusform>{done} de %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n pasaje</numerusform>
            <numerusform>%n pasajes</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} passages/s</source>
        <translation>{rate} pasajes/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda unos %n min</numerusform>
            <numerusform>quedan unos %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>queda unos %n s</numerusform>
            <numerusform>quedan unos %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the collection&apos;s index (not your files)</source>
        <translation>Eliminar el índice de la colección (no tus archivos)</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <source>The model that turns passages into vectors; another one indexes every collection again</source>
        <translation>El modelo que convierte los pasajes en vectores; cambiarlo vuelve a indexar cada colección</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>Modelo de embeddings:</translation>
    </message>
    <message>
        <source>Folders and files in the collection</source>
        <translation>Carpetas y archivos de la colección</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen folders or files from the collection</source>
        <translation>Quitar de la colección las carpetas o archivos elegidos</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Index new and changed files, drop deleted ones</source>
        <translation>Indexar los archivos nuevos y modificados, descartar los eliminados</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <source>Indexing figures</source>
        <translation>Cifras de la indexación</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Files and their status</source>
        <translation>Archivos y su estado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Create a collection, then add folders or files to it (or drop them here). Their text is indexed on this computer; pick the collection by the message box to ask questions about it.</source>
        <translation>Crea una colección y añádele carpetas o archivos (o suéltalos aquí). Su texto se indexa en este ordenador; elige la colección junto al cuadro de mensaje para hacer preguntas sobre ella.</translation>
    </message>
    <message>
        <source>cut short; indexed again by the next sync</source>
        <translation>interrumpido; se indexará de nuevo en la próxima sincronización</translation>
    </message>
    <message>
        <source>Looking for new and changed files…</source>
        <translation>Buscando archivos nuevos y modificados…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Nombre de la colección:</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>Añadir una carpeta a la colección</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>Añadir archivos a la colección</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Message the assistant…</source>
        <translation>Escribe al asistente…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Pensar</translation>
    </message>
    <message>
        <source>Let the model reason before it answers: slower, often better on hard questions</source>
        <translation>Deja que el modelo razone antes de responder: más lento, a menudo mejor en preguntas difíciles</translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation>Pensar antes de responder</translation>
    </message>
    <message>
        <source>Attach a document to summarize</source>
        <translation>Adjuntar un documento para resumir</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Adjuntar documento</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>{variable}:</source>
        <translation>{variable}:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijados</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat sin título</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Renombrar chat</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importar chats</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.jsonl *.zip);;All files (*)</source>
        <translation>Exportaciones de chats (*.json *.jsonl *.zip);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chats from {file}.</source>
        <translation>
            <numerusform>Se importó %n chat de {file}.</numerusform>
            <numerusform>Se importaron %n chats de {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Fijar / soltar</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>interrupted — the app or model stopped before the answer finished</source>
        <translation>interrumpida: la aplicación o el modelo se detuvo antes de terminar la respuesta</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Remember…</source>
        <translation>Recordar…</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>{kept} of {drafted} drafted kept</source>
        <translation>{kept} de {drafted} tokens anticipados aceptados</translation>
    </message>
    <message numerus="yes">
        <source>%n memories used</source>
        <translation>
            <numerusform>%n recuerdo usado</numerusform>
            <numerusform>%n recuerdos usados</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.pdf *.docx *.html *.htm)</source>
        <translation>Documentos (*.txt *.md *.pdf *.docx *.html *.htm)</translation>
    </message>
    <message>
        <source>Summarize a document</source>
        <translation>Resumir un documento</translation>
    </message>
    <message>
        <source>Wait for the model to be ready before summarizing a document.</source>
        <translation>Espera a que el modelo esté listo antes de resumir un documento.</translation>
    </message>
    <message>
        <source>Documents are summarized by a model on this computer: pick one in the Models menu first.</source>
        <translation>Los documentos los resume un modelo de este ordenador: elige primero uno en el menú Modelos.</translation>
    </message>
    <message>
        <source>Summarizing {file}… (Esc stops)</source>
        <translation>Resumiendo {file}… (Esc para detener)</translation>
    </message>
    <message>
        <source>{file}: summarizing part {done} of {total}… (Esc stops)</source>
        <translation>{file}: resumiendo la parte {done} de {total}… (Esc para detener)</translation>
    </message>
    <message>
        <source>{file}: combining, step {done} of {total}… (Esc stops)</source>
        <translation>{file}: combinando, paso {done} de {total}… (Esc para detener)</translation>
    </message>
    <message>
        <source>Stopped: the summary holds the parts that were finished.</source>
        <translation>Detenido: el resumen contiene las partes terminadas.</translation>
    </message>
    <message>
        <source>Speech recognition · about {size}</source>
        <translation>Reconocimiento de voz · unos {size}</translation>
    </message>
    <message>
        <source>Voice · about {size}</source>
        <translation>Voz · unos {size}</translation>
    </message>
    <message>
        <source>{params}B parameters · about {size}</source>
        <translation>{params} mil M de parámetros · unos {size}</translation>
    </message>
    <message>
        <source>Good at: {things}</source>
        <translation>Bueno en: {things}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>Descargar {model}</translation>
    </message>
    <message>
        <source>Download of {model}</source>
        <translation>Descarga de {model}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>descargando</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>herramienta</translation>
    </message>
    <message>
        <source>⚙ Called `{tool}` with {arguments}</source>
        <translation>⚙ Se llamó a `{tool}` con {arguments}</translation>
    </message>
    <message>
        <source>not run: declined</source>
        <translation>no ejecutado: rechazado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}).</source>
        <translation>Descargando {name} ({size}).</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>un modelo</translation>
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
        <translation>Descarga terminada; el modelo está en el menú Modelos.</translation>
    </message>
    <message>
        <source>Download of {name} finished.</source>
        <translation>Descarga de {name} terminada.</translation>
    </message>
    <message>
        <source>Download of {name} failed: {error}</source>
        <translation>La descarga de {name} falló: {error}</translation>
    </message>
    <message>
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>Explica en tres frases cómo se forma un arcoíris.</translation>
    </message>
    <message>
        <source>Write a polite reply declining a meeting invitation.</source>
        <translation>Escribe una respuesta cortés para rechazar una invitación a una reunión.</translation>
    </message>
    <message>
        <source>Give me five names for a bakery.</source>
        <translation>Dame cinco nombres para una panadería.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Offline Assistant&lt;/h2&gt;&lt;p&gt;There is no model on this computer yet. A model is a file the assistant thinks with; small ones are 100 MB to 2 GB.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;catalog&apos;&gt;Browse recommended models&lt;/a&gt; · &lt;a href=&apos;import&apos;&gt;Import a GGUF file you have&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Te damos la bienvenida a Offline Assistant&lt;/h2&gt;&lt;p&gt;Todavía no hay ningún modelo en este ordenador. Un modelo es un archivo con el que piensa el asistente; los pequeños ocupan de 100 MB a 2 GB.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;catalog&apos;&gt;Ver los modelos recomendados&lt;/a&gt; · &lt;a href=&apos;import&apos;&gt;Importar un archivo GGUF que tengas&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>answers come from {server}</source>
        <translation>las respuestas vienen de {server}</translation>
    </message>
    <message>
        <source>everything stays on this computer</source>
        <translation>todo se queda en este ordenador</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>¿En qué puedo ayudarte?</translation>
    </message>
    <message>
        <source>Model: {model} · {where}</source>
        <translation>Modelo: {model} · {where}</translation>
    </message>
    <message>
        <source>Pick an example to start from, or type below.</source>
        <translation>Elige un ejemplo para empezar o escribe abajo.</translation>
    </message>
    <message>
        <source>The model could not be loaded (details in the log).</source>
        <translation>No se pudo cargar el modelo (detalles en el registro).</translation>
    </message>
    <message>
        <source>The server could not be used (details in the log).</source>
        <translation>No se pudo usar el servidor (detalles en el registro).</translation>
    </message>
    <message>
        <source>Loading the model was cancelled; the previous model is still in use.</source>
        <translation>Se canceló la carga del modelo; se sigue usando el modelo anterior.</translation>
    </message>
    <message>
        <source>Loading the model was cancelled.</source>
        <translation>Se canceló la carga del modelo.</translation>
    </message>
    <message>
        <source>The summary failed (details in the log).</source>
        <translation>El resumen falló (detalles en el registro).</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>cabe</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>justo</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>no cabe</translation>
    </message>
    <message>
        <source>needs about {need} GiB; {free} GiB free</source>
        <translation>necesita unos {need} GiB; {free} GiB libres</translation>
    </message>
    <message>
        <source>needs about {need} GiB; close other apps first</source>
        <translation>necesita unos {need} GiB; cierra antes otras aplicaciones</translation>
    </message>
    <message>
        <source>needs about {need} GiB; this computer has {total}</source>
        <translation>necesita unos {need} GiB; este ordenador tiene {total}</translation>
    </message>
    <message>
        <source>; not enough free disk ({free} GiB free)</source>
        <translation>; no hay suficiente espacio en disco ({free} GiB libres)</translation>
    </message>
    <message>
        <source>Offline Assistant</source>
        <translation>Offline Assistant</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>New &amp;private chat</source>
        <translation>Nueva conversación &amp;privada</translation>
    </message>
    <message>
        <source>&amp;Summarize document…</source>
        <translation>&amp;Resumir documento…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documentos…</translation>
    </message>
    <message>
        <source>T&amp;ranscribe audio or video…</source>
        <translation>T&amp;ranscribir audio o vídeo…</translation>
    </message>
    <message>
        <source>&amp;Voice mode</source>
        <translation>Modo de &amp;voz</translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation>&amp;Exportar chat…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Importar chats…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Aj&amp;ustes…</translation>
    </message>
    <message>
        <source>T&amp;ools…</source>
        <translation>Herramient&amp;as…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find in chats</source>
        <translation>&amp;Buscar en los chats</translation>
    </message>
    <message>
        <source>Find (alternate)</source>
        <translation>Buscar (atajo alternativo)</translation>
    </message>
    <message>
        <source>Copy last answer</source>
        <translation>Copiar la última respuesta</translation>
    </message>
    <message>
        <source>&amp;Memory…</source>
        <translation>&amp;Memoria…</translation>
    </message>
    <message>
        <source>Stop answer</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>A&amp;justes predefinidos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Toggle sidebar</source>
        <translation>Mostrar u ocultar la barra lateral</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Offline Assistant stopped unexpectedly last time. &lt;a href=&apos;crash&apos;&gt;Show the crash report&lt;/a&gt; (it stays on this computer).</source>
        <translation>Offline Assistant se cerró de forma inesperada la última vez. &lt;a href=&apos;crash&apos;&gt;Mostrar el informe de fallo&lt;/a&gt; (se queda en este ordenador).</translation>
    </message>
    <message>
        <source>{model} runs on the CPU: {reason}.</source>
        <translation>{model} se ejecuta en la CPU: {reason}.</translation>
    </message>
    <message>
        <source>The transcript is ready to ask about. &lt;a href=&apos;transcript:{cid}&apos;&gt;Add it to a document collection…&lt;/a&gt;</source>
        <translation>La transcripción está lista para preguntar. &lt;a href=&apos;transcript:{cid}&apos;&gt;Añadirla a una colección de documentos…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>Chat eliminado</translation>
    </message>
    <message>
        <source>Chat deleted. &lt;a href=&apos;undo&apos;&gt;Undo&lt;/a&gt;</source>
        <translation>Chat eliminado. &lt;a href=&apos;undo&apos;&gt;Deshacer&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Respuesta anterior</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Respuesta siguiente</translation>
    </message>
    <message>
        <source>Copy code block {n}</source>
        <translation>Copiar el bloque de código {n}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>{who}: {text}</source>
        <translation>{who}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>copy one of %n code blocks</source>
        <translation>
            <numerusform>copiar el bloque de código (%n)</numerusform>
            <numerusform>copiar uno de los %n bloques de código</numerusform>
        </translation>
    </message>
    <message>
        <source>Menu key: {actions}</source>
        <translation>Tecla de menú: {actions}</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Sin modelo</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or stop it) before switching models.</source>
        <translation>Espera a que termine la respuesta (o detenla) antes de cambiar de modelo.</translation>
    </message>
    <message>
        <source>This chat used {model}. &lt;a href=&apos;{link}&apos;&gt;Switch back&lt;/a&gt;</source>
        <translation>Este chat usaba {model}. &lt;a href=&apos;{link}&apos;&gt;Volver a ese modelo&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importar un modelo GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modelos GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Buscar en el Hub</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Arquitectura</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Cuantización</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Plantilla de chat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Usar por defecto</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Find other apps&apos; models</source>
        <translation>Buscar modelos de otras aplicaciones</translation>
    </message>
    <message>
        <source>Show on disk</source>
        <translation>Mostrar en el disco</translation>
    </message>
    <message>
        <source>{architecture} · LoRA adapter</source>
        <translation>{architecture} · adaptador LoRA</translation>
    </message>
    <message>
        <source>Looking for models other apps downloaded…</source>
        <translation>Buscando modelos que descargaron otras aplicaciones…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n, used where they are: {names}.</source>
        <translation>
            <numerusform>Se encontró %n, usado donde está: {names}.</numerusform>
            <numerusform>Se encontraron %n, usados donde están: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No models from other apps were found.</source>
        <translation>No se encontraron modelos de otras aplicaciones.</translation>
    </message>
    <message>
        <source>Select a model first.</source>
        <translation>Selecciona primero un modelo.</translation>
    </message>
    <message>
        <source>Saved. {model} is loaded again with them.</source>
        <translation>Guardado. {model} se vuelve a cargar con ellos.</translation>
    </message>
    <message>
        <source>Saved; they apply the next time {model} is loaded.</source>
        <translation>Guardado; se aplicarán la próxima vez que se cargue {model}.</translation>
    </message>
    <message>
        <source>Saved; they apply from the next answer.</source>
        <translation>Guardado; se aplican desde la próxima respuesta.</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <source>Delete {model}?</source>
        <translation>¿Eliminar {model}?</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation>Modelos recomendados</translation>
    </message>
    <message>
        <source> (embedding model)</source>
        <translation> (modelo de embeddings)</translation>
    </message>
    <message>
        <source>Asking the Hub for the files of {repo}…</source>
        <translation>Pidiendo al Hub los archivos de {repo}…</translation>
    </message>
    <message>
        <source>find, download and manage models</source>
        <translation>buscar, descargar y gestionar modelos</translation>
    </message>
    <message>
        <source>models you can use</source>
        <translation>los modelos que puedes usar</translation>
    </message>
    <message>
        <source>recommended models</source>
        <translation>modelos recomendados</translation>
    </message>
    <message>
        <source>search the Hugging Face Hub for GGUF models</source>
        <translation>buscar modelos GGUF en el Hub de Hugging Face</translation>
    </message>
    <message>
        <source>the GGUF files of a repository</source>
        <translation>los archivos GGUF de un repositorio</translation>
    </message>
    <message>
        <source>download a model</source>
        <translation>descargar un modelo</translation>
    </message>
    <message>
        <source>pick the file by quantization, e.g. Q4_K_M</source>
        <translation>elegir el archivo por cuantización, p. ej. Q4_K_M</translation>
    </message>
    <message>
        <source>queued, paused and failed downloads</source>
        <translation>descargas en cola, en pausa y fallidas</translation>
    </message>
    <message>
        <source>pause a download</source>
        <translation>pausar una descarga</translation>
    </message>
    <message>
        <source>resume a download</source>
        <translation>reanudar una descarga</translation>
    </message>
    <message>
        <source>cancel a download</source>
        <translation>cancelar una descarga</translation>
    </message>
    <message>
        <source>add a GGUF file you already have</source>
        <translation>añadir un archivo GGUF que ya tienes</translation>
    </message>
    <message>
        <source>use it where it is, do not copy</source>
        <translation>usarlo donde está, sin copiarlo</translation>
    </message>
    <message>
        <source>find GGUFs other apps downloaded</source>
        <translation>buscar los GGUF que descargaron otras aplicaciones</translation>
    </message>
    <message>
        <source>delete a model</source>
        <translation>eliminar un modelo</translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation>no preguntar</translation>
    </message>
    <message>
        <source>make a model the default</source>
        <translation>usar un modelo por defecto</translation>
    </message>
    <message>
        <source>facts from a model&apos;s GGUF header</source>
        <translation>datos de la cabecera GGUF de un modelo</translation>
    </message>
    <message>
        <source>a model&apos;s own settings, e.g. context_length=8192 temperature=0.6</source>
        <translation>los ajustes propios de un modelo, p. ej. context_length=8192 temperature=0.6</translation>
    </message>
    <message>
        <source>keys: {join}; KEY= unsets one; none: show them</source>
        <translation>claves: {join}; KEY= quita una; ninguna: mostrarlas</translation>
    </message>
    <message>
        <source>use a model on an OpenAI-compatible server (llama-server…)</source>
        <translation>usar un modelo en un servidor compatible con OpenAI (llama-server…)</translation>
    </message>
    <message>
        <source>the name to use it by, e.g. with ask --model</source>
        <translation>el nombre con el que usarlo, p. ej. con ask --model</translation>
    </message>
    <message>
        <source>the server&apos;s base URL, e.g. http://192.168.1.20:8080/v1</source>
        <translation>la URL base del servidor, p. ej. http://192.168.1.20:8080/v1</translation>
    </message>
    <message>
        <source>the server&apos;s API key, if it needs one</source>
        <translation>la clave de API del servidor, si la necesita</translation>
    </message>
    <message>
        <source>the server&apos;s model id (its first by default)</source>
        <translation>el ID del modelo en el servidor (el primero por defecto)</translation>
    </message>
    <message>
        <source>forget a remote model</source>
        <translation>olvidar un modelo remoto</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file named {file}.</source>
        <translation>{repo} no tiene ningún archivo GGUF llamado {file}.</translation>
    </message>
    <message>
        <source>{repo} has no {quant} file. Available: {have}.</source>
        <translation>{repo} no tiene ningún archivo {quant}. Disponibles: {have}.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF files.</source>
        <translation>{repo} no tiene archivos GGUF.</translation>
    </message>
    <message>
        <source>Paused. Resume with: assistant models resume {job_id}</source>
        <translation>En pausa. Reanudar con: assistant models resume {job_id}</translation>
    </message>
    <message>
        <source>Downloaded {name}. Use it with: assistant models use {stem}</source>
        <translation>{name} descargado. Úsalo con: assistant models use {stem}</translation>
    </message>
    <message>
        <source>LoRA adapters (--adapter NAME[@SCALE], or `models set MODEL adapters=…`):</source>
        <translation>Adaptadores LoRA (--adapter NOMBRE[@ESCALA] o `models set MODELO adapters=…`):</translation>
    </message>
    <message>
        <source>These apply the next time the model is loaded.</source>
        <translation>Se aplicarán la próxima vez que se cargue el modelo.</translation>
    </message>
    <message>
        <source>Default model: {name}</source>
        <translation>Modelo por defecto: {name}</translation>
    </message>
    <message>
        <source>Added {name} ({size_bytes}).</source>
        <translation>{name} añadido ({size_bytes}).</translation>
    </message>
    <message>
        <source>Found {name} ({size_bytes}) at {path}</source>
        <translation>{name} ({size_bytes}) encontrado en {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n new models registered.</source>
        <translation>
            <numerusform>%n modelo nuevo registrado.</numerusform>
            <numerusform>%n modelos nuevos registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new GGUF files found.</source>
        <translation>No se encontraron archivos GGUF nuevos.</translation>
    </message>
    <message>
        <source>Delete {name} ({size_bytes})? [y/N] </source>
        <translation>¿Eliminar {name} ({size_bytes})? [y/N] </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>No GGUF repositories found.</source>
        <translation>No se encontraron repositorios GGUF.</translation>
    </message>
    <message>
        <source>Not enough free disk for {name}: {reason}.</source>
        <translation>No hay suficiente espacio en disco para {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name}: {size}, {label} ({reason})</source>
        <translation>{name}: {size}, {label} ({reason})</translation>
    </message>
    <message>
        <source>No downloads.</source>
        <translation>No hay descargas.</translation>
    </message>
    <message>
        <source>Paused {id}.</source>
        <translation>{id} en pausa.</translation>
    </message>
    <message>
        <source>Cancelled {id}; its partial data was deleted.</source>
        <translation>{id} cancelada; se eliminaron sus datos parciales.</translation>
    </message>
    <message>
        <source>No remote model named &apos;{name}&apos;.</source>
        <translation>No hay ningún modelo remoto llamado «{name}».</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} quitado.</translation>
    </message>
    <message>
        <source>A local model is already called &apos;{name}&apos;; pick another name.</source>
        <translation>Un modelo local ya se llama «{name}»; elige otro nombre.</translation>
    </message>
    <message>
        <source>, context {context} tokens</source>
        <translation>, contexto de {context} tokens</translation>
    </message>
    <message>
        <source>Added {name}: {model_id} at {url}{context}.</source>
        <translation>{name} añadido: {model_id} en {url}{context}.</translation>
    </message>
    <message>
        <source>No GGUF file</source>
        <translation>Ningún archivo GGUF</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Search GGUF models, e.g. qwen 1.5b</source>
        <translation>Buscar modelos GGUF, p. ej. qwen 1.5b</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Files of the repository</source>
        <translation>Archivos del repositorio</translation>
    </message>
    <message>
        <source>Download selected file</source>
        <translation>Descargar el archivo elegido</translation>
    </message>
    <message>
        <source>Searching the Hub…</source>
        <translation>Buscando en el Hub…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories.</source>
        <translation>
            <numerusform>%n repositorio.</numerusform>
            <numerusform>%n repositorios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message numerus="yes">
        <source> (%n parts)</source>
        <translation>
            <numerusform> (%n parte)</numerusform>
            <numerusform> (%n partes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longitud del contexto</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Capas en la GPU</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
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
        <translation>Penalización por repetición</translation>
    </message>
    <message>
        <source>Settings of {model}</source>
        <translation>Ajustes de {model}</translation>
    </message>
    <message>
        <source>What this model was taught</source>
        <translation>Lo que se enseñó a este modelo</translation>
    </message>
    <message>
        <source>default ({value})</source>
        <translation>por defecto ({value})</translation>
    </message>
    <message>
        <source>The preset&apos;s (Chat: a helpful assistant)</source>
        <translation>El del ajuste (Chat: un asistente servicial)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
    <message>
        <source>none (installed for it: {names})</source>
        <translation>ninguno (instalados para él: {names})</translation>
    </message>
    <message>
        <source>none (no adapter for this model is installed)</source>
        <translation>ninguno (no hay adaptadores instalados para este modelo)</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>Adaptadores LoRA</translation>
    </message>
    <message>
        <source>Chat template in use</source>
        <translation>Plantilla de chat en uso</translation>
    </message>
    <message>
        <source>Reading the model&apos;s chat template…</source>
        <translation>Leyendo la plantilla de chat del modelo…</translation>
    </message>
    <message>
        <source>Use a file…</source>
        <translation>Usar un archivo…</translation>
    </message>
    <message>
        <source>Use the model&apos;s own</source>
        <translation>Usar la del modelo</translation>
    </message>
    <message>
        <source>From {path}</source>
        <translation>Desde {path}</translation>
    </message>
    <message>
        <source>The model&apos;s own</source>
        <translation>La del modelo</translation>
    </message>
    <message>
        <source>(none: this model cannot chat)</source>
        <translation>(ninguna: este modelo no puede conversar)</translation>
    </message>
    <message>
        <source>Jinja templates (*.jinja *.j2 *.txt);;All files (*)</source>
        <translation>Plantillas Jinja (*.jinja *.j2 *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>{name} (remote)</source>
        <translation>{name} (remoto)</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gestionar modelos…</translation>
    </message>
    <message>
        <source>Import GGUF…</source>
        <translation>Importar GGUF…</translation>
    </message>
    <message>
        <source>Teach a model…</source>
        <translation>Enseñar a un modelo…</translation>
    </message>
    <message>
        <source>Add remote server…</source>
        <translation>Añadir servidor remoto…</translation>
    </message>
    <message>
        <source>Show models folder</source>
        <translation>Mostrar la carpeta de modelos</translation>
    </message>
    <message>
        <source>Local API server (OpenAI-compatible)</source>
        <translation>Servidor de API local (compatible con OpenAI)</translation>
    </message>
    <message>
        <source>Add a remote server</source>
        <translation>Añadir un servidor remoto</translation>
    </message>
    <message>
        <source>Use a model served by llama.cpp&apos;s llama-server, Ollama, vLLM or another computer running Offline Assistant. Your messages will be sent to this address.</source>
        <translation>Usar un modelo servido por llama-server de llama.cpp, Ollama, vLLM u otro ordenador con Offline Assistant. Tus mensajes se enviarán a esta dirección.</translation>
    </message>
    <message>
        <source>e.g. Workstation</source>
        <translation>p. ej. Estación de trabajo</translation>
    </message>
    <message>
        <source>only if the server needs one</source>
        <translation>solo si el servidor la pide</translation>
    </message>
    <message>
        <source>the server&apos;s first model</source>
        <translation>el primer modelo del servidor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>ID del modelo</translation>
    </message>
    <message>
        <source>A local model already has this name.</source>
        <translation>Un modelo local ya tiene este nombre.</translation>
    </message>
    <message>
        <source>The URL starts with http:// or https://.</source>
        <translation>La URL empieza por http:// o https://.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Automatic ({n})</source>
        <translation>Automático ({n})</translation>
    </message>
    <message>
        <source>{n} tokens</source>
        <translation>{n} tokens</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>How many answers the model writes at the same time (this window&apos;s, the local API&apos;s, a summary&apos;s parts). Each needs memory for a whole context.</source>
        <translation>Cuántas respuestas escribe el modelo a la vez (las de esta ventana, las de la API local, las partes de un resumen). Cada una necesita memoria para un contexto entero.</translation>
    </message>
    <message>
        <source>Answers at once</source>
        <translation>Respuestas a la vez</translation>
    </message>
    <message>
        <source>As many as fit</source>
        <translation>Tantas como quepan</translation>
    </message>
    <message>
        <source>Layers of the model on the GPU ({gpus}); 0 keeps it on the CPU.</source>
        <translation>Capas del modelo en la GPU ({gpus}); 0 lo mantiene en la CPU.</translation>
    </message>
    <message>
        <source>No GPU was found: models run on the CPU</source>
        <translation>No se encontró ninguna GPU: los modelos se ejecutan en la CPU</translation>
    </message>
    <message>
        <source>Draft from the input (faster rewrites, same answers)</source>
        <translation>Anticipar a partir del texto dado (reescrituras más rápidas, mismas respuestas)</translation>
    </message>
    <message>
        <source>Speculative decoding: when an answer repeats text from the prompt (proofreading, rewriting, extracting, editing code), several tokens are checked at once.</source>
        <translation>Decodificación especulativa: cuando una respuesta repite texto de la petición (corrección, reescritura, extracción, edición de código), se comprueban varios tokens a la vez.</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>Decodificación especulativa</translation>
    </message>
    <message>
        <source>Resume cache</source>
        <translation>Caché de reanudación</translation>
    </message>
    <message>
        <source>First available</source>
        <translation>El primero disponible</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modelo por defecto</translation>
    </message>
    <message>
        <source>Default preset</source>
        <translation>Ajuste por defecto</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Carpeta de modelos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the models folder</source>
        <translation>Elegir la carpeta de modelos</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Intro envía, Mayús+Intro nueva línea</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Ctrl+Intro envía, Intro nueva línea</translation>
    </message>
    <message>
        <source>Send with</source>
        <translation>Enviar con</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language shows when the app starts again.</source>
        <translation>Un idioma nuevo se muestra al volver a iniciar la aplicación.</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (integrado)</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Modelo de voz</translation>
    </message>
    <message>
        <source> (English only)</source>
        <translation> (solo inglés)</translation>
    </message>
    <message>
        <source>Writes down dictation, voice mode and recordings; more in the model manager.</source>
        <translation>Transcribe el dictado, el modo de voz y las grabaciones; hay más en el gestor de modelos.</translation>
    </message>
    <message>
        <source>Spoken language</source>
        <translation>Idioma hablado</translation>
    </message>
    <message>
        <source>Recognised automatically</source>
        <translation>Detectado automáticamente</translation>
    </message>
    <message>
        <source>Send a dictation when I stop speaking</source>
        <translation>Enviar el dictado cuando deje de hablar</translation>
    </message>
    <message>
        <source>Read answers aloud as they are written</source>
        <translation>Leer las respuestas en voz alta mientras se escriben</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>Velocidad de habla</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Tools and MCP servers…</source>
        <translation>Herramientas y servidores MCP…</translation>
    </message>
    <message>
        <source>The tools models may call, your MCP servers, what runs unasked</source>
        <translation>Las herramientas que los modelos pueden llamar, sus servidores MCP, lo que se ejecuta sin preguntar</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Going back to a chat (after another chat, a model switch or a restart) continues from its saved state instead of reading the whole chat again. Saved states are kept on disk up to this size; Off keeps them in memory only.</source>
        <translation>Volver a un chat (tras otro chat, un cambio de modelo o un reinicio) continúa desde su estado guardado en lugar de leer de nuevo todo el chat. Los estados guardados se conservan en el disco hasta este tamaño; Desactivado los mantiene solo en memoria.</translation>
    </message>
    <message>
        <source>Resume cache size on disk</source>
        <translation>Tamaño de la caché de reanudación en el disco</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Delete every saved conversation state</source>
        <translation>Eliminar todos los estados de conversación guardados</translation>
    </message>
    <message>
        <source>Clear the resume cache</source>
        <translation>Vaciar la caché de reanudación</translation>
    </message>
    <message>
        <source>{size} MB in use</source>
        <translation>{size} MB en uso</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Buscar chats</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>Pasaje de origen</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>El archivo ya no está</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Modelo actual</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>Sobre el modelo</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Cargando el modelo</translation>
    </message>
    <message>
        <source>Stop loading this model and keep the one in use</source>
        <translation>Dejar de cargar este modelo y mantener el que está en uso</translation>
    </message>
    <message>
        <source>Cancel loading the model</source>
        <translation>Cancelar la carga del modelo</translation>
    </message>
    <message>
        <source>Local API server address</source>
        <translation>Dirección del servidor de API local</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Only the model manager uses the network, and only when you ask it to.</source>
        <translation>Nada sale de este ordenador. Solo el gestor de modelos usa la red, y solo cuando tú se lo pides.</translation>
    </message>
    <message>
        <source>● Remote: {host}</source>
        <translation>● Remoto: {host}</translation>
    </message>
    <message>
        <source>Remote model at {host}</source>
        <translation>Modelo remoto en {host}</translation>
    </message>
    <message>
        <source>Your messages go to {server}, the server you added. Pick a local model to be offline again.</source>
        <translation>Tus mensajes van a {server}, el servidor que añadiste. Elige un modelo local para volver a estar sin conexión.</translation>
    </message>
    <message numerus="yes">
        <source>context %n tokens</source>
        <translation>
            <numerusform>contexto de %n token</numerusform>
            <numerusform>contexto de %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>context size not reported</source>
        <translation>tamaño del contexto no indicado</translation>
    </message>
    <message>
        <source>context {used}/{size}</source>
        <translation>contexto {used}/{size}</translation>
    </message>
    <message>
        <source>context: {used} tokens used</source>
        <translation>contexto: {used} tokens usados</translation>
    </message>
    <message numerus="yes">
        <source>%n older messages left out</source>
        <translation>
            <numerusform>%n mensaje anterior omitido</numerusform>
            <numerusform>%n mensajes anteriores omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>API {url}</source>
        <translation>API {url}</translation>
    </message>
    <message>
        <source>Programs on this computer can use the current model through this OpenAI-compatible address (Models → Local API server stops it).</source>
        <translation>Los programas de este ordenador pueden usar el modelo actual a través de esta dirección compatible con OpenAI (Modelos → Servidor de API local lo detiene).</translation>
    </message>
    <message>
        <source>{model} at {server}</source>
        <translation>{model} en {server}</translation>
    </message>
    <message>
        <source>{architecture}, {millions}M parameters, {quantization}, context {context}</source>
        <translation>{architecture}, {millions} M de parámetros, {quantization}, contexto {context}</translation>
    </message>
    <message>
        <source>remote · {server}</source>
        <translation>remoto · {server}</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>{millions} M de parámetros</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Thought for {min} min {s} s</source>
        <translation>Pensó durante {min} min {s} s</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Pensó durante %n s</numerusform>
            <numerusform>Pensó durante %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Pensamiento</translation>
    </message>
    <message>
        <source>tokens the model can see at once</source>
        <translation>tokens que el modelo ve a la vez</translation>
    </message>
    <message>
        <source>prompt tokens processed per step</source>
        <translation>tokens de la petición procesados por paso</translation>
    </message>
    <message>
        <source>layers on the GPU (-1: as many as fit, 0: none)</source>
        <translation>capas en la GPU (-1: tantas como quepan, 0: ninguna)</translation>
    </message>
    <message>
        <source>randomness (0: always the likeliest word)</source>
        <translation>aleatoriedad (0: siempre la palabra más probable)</translation>
    </message>
    <message>
        <source>sample from the likeliest words covering this probability</source>
        <translation>elegir entre las palabras más probables que cubren esta probabilidad</translation>
    </message>
    <message>
        <source>sample from this many likeliest words (0: all)</source>
        <translation>elegir entre este número de palabras más probables (0: todas)</translation>
    </message>
    <message>
        <source>drop words less likely than this share of the likeliest</source>
        <translation>descartar las palabras menos probables que esta fracción de la más probable</translation>
    </message>
    <message>
        <source>discourage repeating recent words (1: off)</source>
        <translation>desalentar la repetición de palabras recientes (1: desactivado)</translation>
    </message>
    <message>
        <source>instructions at the start of every new chat</source>
        <translation>instrucciones al comienzo de cada chat nuevo</translation>
    </message>
    <message>
        <source>a Jinja file used instead of the model&apos;s own chat template</source>
        <translation>un archivo Jinja usado en lugar de la plantilla de chat del modelo</translation>
    </message>
    <message>
        <source>LoRA adapters over the model, e.g. legal-style@0.5, terse</source>
        <translation>adaptadores LoRA sobre el modelo, p. ej. legal-style@0.5, terse</translation>
    </message>
    <message>
        <source>A French female voice for reading answers aloud.</source>
        <translation>Una voz femenina francesa para leer las respuestas en voz alta.</translation>
    </message>
    <message>
        <source>A German male voice for reading answers aloud.</source>
        <translation>Una voz masculina alemana para leer las respuestas en voz alta.</translation>
    </message>
    <message>
        <source>A Spanish male voice for reading answers aloud.</source>
        <translation>Una voz masculina española para leer las respuestas en voz alta.</translation>
    </message>
    <message>
        <source>A dependable everyday assistant for 8 GB laptops.</source>
        <translation>Un asistente fiable para el día a día en portátiles de 8 GB.</translation>
    </message>
    <message>
        <source>A friendly, helpful conversation.</source>
        <translation>Una conversación amable y útil.</translation>
    </message>
    <message>
        <source>A short paragraph with the main points of a text.</source>
        <translation>Un párrafo breve con las ideas principales de un texto.</translation>
    </message>
    <message>
        <source>Answer a question using only a text you paste.</source>
        <translation>Responder a una pregunta usando solo un texto que pegues.</translation>
    </message>
    <message>
        <source>Answer from text</source>
        <translation>Responder según un texto</translation>
    </message>
    <message>
        <source>Balanced multilingual assistant; good at structured output.</source>
        <translation>Asistente multilingüe equilibrado; bueno con salidas estructuradas.</translation>
    </message>
    <message>
        <source>Capable small reasoning model in 119 languages.</source>
        <translation>Pequeño modelo de razonamiento capaz en 119 idiomas.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Clasificar</translation>
    </message>
    <message>
        <source>Explain code</source>
        <translation>Explicar código</translation>
    </message>
    <message>
        <source>Extract (JSON)</source>
        <translation>Extraer (JSON)</translation>
    </message>
    <message>
        <source>Fix spelling, grammar and punctuation.</source>
        <translation>Corregir ortografía, gramática y puntuación.</translation>
    </message>
    <message>
        <source>Google&apos;s compact chat model with a natural writing style.</source>
        <translation>El modelo de chat compacto de Google, con un estilo de escritura natural.</translation>
    </message>
    <message>
        <source>Is a text positive, negative or neutral?</source>
        <translation>¿Un texto es positivo, negativo o neutro?</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Meta&apos;s small model; friendly chat and summaries.</source>
        <translation>El modelo pequeño de Meta; conversación amable y resúmenes.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s reasoning-focused small model; good at code and logic.</source>
        <translation>El modelo pequeño de Microsoft centrado en el razonamiento; bueno en código y lógica.</translation>
    </message>
    <message>
        <source>More accurate speech recognition in about 100 languages, about three times slower than base.</source>
        <translation>Reconocimiento de voz más preciso en unos 100 idiomas, unas tres veces más lento que base.</translation>
    </message>
    <message>
        <source>Multilingual embedding model from Google: documents in 100+ languages.</source>
        <translation>Modelo de embeddings multilingüe de Google: documentos en más de 100 idiomas.</translation>
    </message>
    <message>
        <source>Newest tiny Qwen with a thinking mode; best kept to short tasks.</source>
        <translation>El Qwen diminuto más reciente, con modo de pensamiento; mejor para tareas cortas.</translation>
    </message>
    <message>
        <source>Noticeably smarter than 1.5B while still fitting in 4 GB of RAM.</source>
        <translation>Notablemente más listo que el 1.5B y aun así cabe en 4 GB de RAM.</translation>
    </message>
    <message>
        <source>Proofread</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Pull named fields out of a text as JSON.</source>
        <translation>Sacar campos con nombre de un texto como JSON.</translation>
    </message>
    <message>
        <source>Put a text into one of your categories.</source>
        <translation>Poner un texto en una de tus categorías.</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Reescribir</translation>
    </message>
    <message>
        <source>Rewrite text in a different tone.</source>
        <translation>Reescribir un texto con otro tono.</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Small English embedding model; finds passages better than the built-in one.</source>
        <translation>Modelo de embeddings pequeño en inglés; encuentra pasajes mejor que el integrado.</translation>
    </message>
    <message>
        <source>Small multilingual Gemma 3 for quick answers.</source>
        <translation>Gemma 3 pequeño y multilingüe para respuestas rápidas.</translation>
    </message>
    <message>
        <source>Strong English embedding model with long passages.</source>
        <translation>Modelo de embeddings potente en inglés, con pasajes largos.</translation>
    </message>
    <message>
        <source>Strong all-rounder for machines with 8 GB of RAM.</source>
        <translation>Todoterreno sólido para equipos con 8 GB de RAM.</translation>
    </message>
    <message>
        <source>Strong multilingual writer in about 2.5 GB.</source>
        <translation>Potente redactor multilingüe en unos 2,5 GB.</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Resumir</translation>
    </message>
    <message>
        <source>The built-in embedding model, smaller (8-bit); no need to download it.</source>
        <translation>El modelo de embeddings integrado, más pequeño (8 bits); no hace falta descargarlo.</translation>
    </message>
    <message>
        <source>The main points of a text as a bulleted list.</source>
        <translation>Las ideas principales de un texto como lista de viñetas.</translation>
    </message>
    <message>
        <source>The strongest SmolLM2: solid English chat and summaries in about 1 GB.</source>
        <translation>El SmolLM2 más potente: chat y resúmenes sólidos en inglés en aproximadamente 1 GB.</translation>
    </message>
    <message>
        <source>Tiny and fast; good for short answers and rewriting on any machine.</source>
        <translation>Diminuto y rápido; bueno para respuestas cortas y reescrituras en cualquier equipo.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traducir</translation>
    </message>
    <message>
        <source>Translate text into another language.</source>
        <translation>Traducir un texto a otro idioma.</translation>
    </message>
    <message>
        <source>Very small multilingual model with a long context.</source>
        <translation>Modelo multilingüe muy pequeño con un contexto largo.</translation>
    </message>
    <message>
        <source>What does this code do, step by step.</source>
        <translation>Qué hace este código, paso a paso.</translation>
    </message>
    <message>
        <source>Write code</source>
        <translation>Escribir código</translation>
    </message>
    <message>
        <source>Write code for a task.</source>
        <translation>Escribir código para una tarea.</translation>
    </message>
    <message>
        <source>Writes down speech in about 100 languages and translates it into English; more accurate than the built-in English-only model.</source>
        <translation>Transcribe el habla en unos 100 idiomas y la traduce al inglés; más preciso que el modelo integrado, solo en inglés.</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>campos</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>categorías</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lenguaje</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>multilingual</source>
        <translation>multilingüe</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>reading aloud</source>
        <translation>lectura en voz alta</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>voz</translation>
    </message>
    <message>
        <source>summarize</source>
        <translation>resumir</translation>
    </message>
    <message>
        <source>target language</source>
        <translation>idioma de destino</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>tono</translation>
    </message>
    <message>
        <source>check this installation offline (built-in model, history, window) and exit</source>
        <translation>comprobar esta instalación sin conexión (modelo integrado, historial, ventana) y salir</translation>
    </message>
    <message>
        <source>model name or path to a .gguf file</source>
        <translation>nombre del modelo o ruta a un archivo .gguf</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>prompt del sistema</translation>
    </message>
    <message>
        <source>let a reasoning model think first, or not (where its template allows; default: the model&apos;s own); its reasoning goes to stderr</source>
        <translation>dejar que un modelo de razonamiento piense primero, o no (donde su plantilla lo permita; por defecto: lo que haga el modelo); su razonamiento va a stderr</translation>
    </message>
    <message>
        <source>answer from a document collection (see `assistant docs`), citing its sources</source>
        <translation>responder a partir de una colección de documentos (ver `assistant docs`), citando sus fuentes</translation>
    </message>
    <message>
        <source>answer with a LoRA adapter over the model (see `assistant models list`), at a scale (default 1); none: without the model&apos;s own</source>
        <translation>responder con un adaptador LoRA sobre el modelo (ver `assistant models list`), con una escala (1 por defecto); none: sin el del modelo</translation>
    </message>
    <message>
        <source>a private chat: your memories are neither used nor added</source>
        <translation>una conversación privada: tus recuerdos no se usan ni se añaden</translation>
    </message>
    <message>
        <source>answer one prompt and exit</source>
        <translation>responder a una petición y salir</translation>
    </message>
    <message>
        <source>the prompt; read from stdin when omitted</source>
        <translation>la petición; se lee de stdin si se omite</translation>
    </message>
    <message>
        <source>a task preset, e.g. summarize, translate</source>
        <translation>un ajuste de tarea, p. ej. summarize, translate</translation>
    </message>
    <message>
        <source>a preset variable</source>
        <translation>una variable del ajuste</translation>
    </message>
    <message>
        <source>print the answer&apos;s figures on stderr</source>
        <translation>mostrar las cifras de la respuesta en stderr</translation>
    </message>
    <message>
        <source>interactive conversation in the terminal</source>
        <translation>conversación interactiva en la terminal</translation>
    </message>
    <message>
        <source>resume a saved conversation</source>
        <translation>retomar una conversación guardada</translation>
    </message>
    <message>
        <source>error: {exc}</source>
        <translation>error: {exc}</translation>
    </message>
    <message>
        <source>error: an internal error occurred; details are in {log_file}</source>
        <translation>error: se produjo un error interno; los detalles están en {log_file}</translation>
    </message>
    <message>
        <source>Loading the model… (Ctrl+C stops)</source>
        <translation>Cargando el modelo… (Ctrl+C para detener)</translation>
    </message>
    <message>
        <source>Thinking: </source>
        <translation>Pensando: </translation>
    </message>
    <message>
        <source>{prompt} prompt tokens ({reused} reused), {answer} answer tokens, {speed} tok/s</source>
        <translation>{prompt} tokens de petición ({reused} reutilizados), {answer} tokens de respuesta, {speed} tok/s</translation>
    </message>
    <message>
        <source>{kept} of {drafted} drafted tokens kept ({share}%)</source>
        <translation>{kept} de {drafted} tokens anticipados aceptados ({share} %)</translation>
    </message>
    <message>
        <source>[{dropped} older messages no longer fit in the model&apos;s context and were left out; the system prompt was kept]</source>
        <translation>[{dropped} mensajes anteriores ya no cabían en el contexto del modelo y se omitieron; se conservó el prompt del sistema]</translation>
    </message>
    <message>
        <source>Nothing to ask: give the prompt as an argument or on stdin.</source>
        <translation>Nada que preguntar: da la petición como argumento o por stdin.</translation>
    </message>
    <message>
        <source>warning: the answer does not fit the preset: {problem}</source>
        <translation>aviso: la respuesta no se ajusta al ajuste: {problem}</translation>
    </message>
    <message>
        <source>Continuing &quot;{title}&quot; ({shown_count} messages).</source>
        <translation>Continuando «{title}» ({shown_count} mensajes).</translation>
    </message>
    <message>
        <source>{name} · context {context} tokens · conversation {cid}. Ctrl+C stops an answer, Ctrl+D or /exit quits.</source>
        <translation>{name} · contexto de {context} tokens · conversación {cid}. Ctrl+C detiene una respuesta, Ctrl+D o /exit sale.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>
error: {exc}</source>
        <translation>
error: {exc}</translation>
    </message>
    <message>
        <source>document collections to ask questions about</source>
        <translation>colecciones de documentos sobre las que preguntar</translation>
    </message>
    <message>
        <source>create a collection or add folders/files, then index them</source>
        <translation>crear una colección o añadir carpetas/archivos y luego indexarlos</translation>
    </message>
    <message>
        <source>only record the paths</source>
        <translation>solo guardar las rutas</translation>
    </message>
    <message>
        <source>collections and their size</source>
        <translation>las colecciones y su tamaño</translation>
    </message>
    <message>
        <source>a collection&apos;s files and their status</source>
        <translation>los archivos de una colección y su estado</translation>
    </message>
    <message>
        <source>index new and changed files, drop deleted ones</source>
        <translation>indexar los archivos nuevos y modificados, descartar los eliminados</translation>
    </message>
    <message>
        <source>one collection (default: all)</source>
        <translation>una colección (por defecto: todas)</translation>
    </message>
    <message>
        <source>the passages that best match a query</source>
        <translation>los pasajes que mejor coinciden con una consulta</translation>
    </message>
    <message>
        <source>delete a collection and its index (not the files)</source>
        <translation>eliminar una colección y su índice (no los archivos)</translation>
    </message>
    <message>
        <source>show or choose the embedding model documents use</source>
        <translation>mostrar o elegir el modelo de embeddings de los documentos</translation>
    </message>
    <message>
        <source>an embedding model&apos;s name or path, or &apos;built-in&apos;</source>
        <translation>el nombre o la ruta de un modelo de embeddings, o «built-in»</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n folders or files</source>
        <translation>
            <numerusform>{name}: %n carpeta o archivo</numerusform>
            <numerusform>{name}: %n carpetas o archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>No collections yet: create one with `assistant docs add NAME PATH`.</source>
        <translation>Todavía no hay colecciones: crea una con `assistant docs add NAME PATH`.</translation>
    </message>
    <message>
        <source>No passage matches.</source>
        <translation>Ningún pasaje coincide.</translation>
    </message>
    <message>
        <source>Deleted the collection {name} (your files were not touched).</source>
        <translation>Colección {name} eliminada (tus archivos no se tocaron).</translation>
    </message>
    <message>
        <source>in use: {model_name}</source>
        <translation>en uso: {model_name}</translation>
    </message>
    <message>
        <source>downloaded embedding models: {names}</source>
        <translation>modelos de embeddings descargados: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Documents now use {model_name}; each collection is indexed again at its next sync.</source>
        <translation>Los documentos usan ahora {model_name}; cada colección se volverá a indexar en su próxima sincronización.</translation>
    </message>
    <message>
        <source>Not indexed yet: run `assistant docs sync {name}`.</source>
        <translation>Aún sin indexar: ejecuta `assistant docs sync {name}`.</translation>
    </message>
    <message>
        <source>  indexed   {path}  ({passages} passages)</source>
        <translation>  indexado  {path}  ({passages} pasajes)</translation>
    </message>
    <message>
        <source>  skipped   {path}  ({reason})</source>
        <translation>  omitido   {path}  ({reason})</translation>
    </message>
    <message>
        <source>  unfinished {path}  (indexed again by the next sync)</source>
        <translation>  sin terminar {path}  (se indexará en la próxima sincronización)</translation>
    </message>
    <message>
        <source>{passages} passages, {rate}/s</source>
        <translation>{passages} pasajes, {rate}/s</translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation>  nota: {note}</translation>
    </message>
    <message>
        <source>  skipped {path}: {why}</source>
        <translation>  omitido {path}: {why}</translation>
    </message>
    <message>
        <source>The collection {name} has no indexed documents yet: run `assistant docs sync {name}`.</source>
        <translation>La colección {name} todavía no tiene documentos indexados: ejecuta `assistant docs sync {name}`.</translation>
    </message>
    <message>
        <source>saved conversations</source>
        <translation>conversaciones guardadas</translation>
    </message>
    <message>
        <source>conversations, pinned first, newest first</source>
        <translation>conversaciones, primero las fijadas y las más recientes</translation>
    </message>
    <message>
        <source>include archived ones</source>
        <translation>incluir las archivadas</translation>
    </message>
    <message>
        <source>print a conversation</source>
        <translation>mostrar una conversación</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>búsqueda de texto completo</translation>
    </message>
    <message>
        <source>write conversations to a file</source>
        <translation>escribir conversaciones en un archivo</translation>
    </message>
    <message>
        <source>import a JSON export</source>
        <translation>importar una exportación JSON</translation>
    </message>
    <message>
        <source>delete a conversation (undo with restore)</source>
        <translation>eliminar una conversación (deshacer con restore)</translation>
    </message>
    <message>
        <source>undo a delete</source>
        <translation>deshacer una eliminación</translation>
    </message>
    <message>
        <source>remove deleted conversations for good</source>
        <translation>quitar definitivamente las conversaciones eliminadas</translation>
    </message>
    <message>
        <source>figures about the history</source>
        <translation>cifras del historial</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Sin resultados.</translation>
    </message>
    <message>
        <source>Say which conversation to export (an ID) or --all.</source>
        <translation>Indica qué conversación exportar (un ID) o --all.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to {output}.</source>
        <translation>
            <numerusform>Se exportó %n conversación a {output}.</numerusform>
            <numerusform>Se exportaron %n conversaciones a {output}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversations: {ids}.</source>
        <translation>
            <numerusform>Se importó %n conversación: {ids}.</numerusform>
            <numerusform>Se importaron %n conversaciones: {ids}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted conversation {id}. Undo with: assistant history restore {id}</source>
        <translation>Conversación {id} eliminada. Deshacer con: assistant history restore {id}</translation>
    </message>
    <message>
        <source>Restored conversation {id}.</source>
        <translation>Conversación {id} restaurada.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n deleted conversations for good.</source>
        <translation>
            <numerusform>Se quitó definitivamente %n conversación eliminada.</numerusform>
            <numerusform>Se quitaron definitivamente %n conversaciones eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>show the CPU kernels, GPU devices and how the model is offloaded</source>
        <translation>mostrar los núcleos de CPU, las GPU y cómo se reparte el modelo</translation>
    </message>
    <message>
        <source>model name or path (default: the default model)</source>
        <translation>nombre o ruta del modelo (por defecto: el modelo por defecto)</translation>
    </message>
    <message>
        <source>only the kernels and devices, load no model</source>
        <translation>solo los núcleos y dispositivos, sin cargar ningún modelo</translation>
    </message>
    <message>
        <source>Data: {data}</source>
        <translation>Datos: {data}</translation>
    </message>
    <message>
        <source>Model: {name} ({describe})</source>
        <translation>Modelo: {name} ({describe})</translation>
    </message>
    <message>
        <source>Offload: {runs_on}; {offload}</source>
        <translation>Reparto: {runs_on}; {offload}</translation>
    </message>
    <message>
        <source>Answers at once: {n}, each with a context of {context} tokens</source>
        <translation>Respuestas a la vez: {n}, cada una con un contexto de {context} tokens</translation>
    </message>
    <message>
        <source>Engine memory ceiling: {size} GiB</source>
        <translation>Límite de memoria del motor: {size} GiB</translation>
    </message>
    <message>
        <source>serve the models over an OpenAI-compatible API on this machine</source>
        <translation>servir los modelos con una API compatible con OpenAI en este equipo</translation>
    </message>
    <message>
        <source>Serve /v1/models, /v1/chat/completions and /v1/completions.</source>
        <translation>Sirve /v1/models, /v1/chat/completions y /v1/completions.</translation>
    </message>
    <message>
        <source>address to listen on (127.0.0.1)</source>
        <translation>dirección en la que escuchar (127.0.0.1)</translation>
    </message>
    <message>
        <source>port (8765, or the settings&apos; server_port)</source>
        <translation>puerto (8765, o el server_port de los ajustes)</translation>
    </message>
    <message>
        <source>model to load at start (the default model)</source>
        <translation>modelo que cargar al inicio (el modelo por defecto)</translation>
    </message>
    <message>
        <source>answers written at once (default: the settings&apos; parallel_answers, or automatic)</source>
        <translation>respuestas escritas a la vez (por defecto: parallel_answers de los ajustes, o automático)</translation>
    </message>
    <message>
        <source>require &apos;Authorization: Bearer KEY&apos; (or set ASSISTANT_API_KEY / server_api_key)</source>
        <translation>exigir «Authorization: Bearer KEY» (o definir ASSISTANT_API_KEY / server_api_key)</translation>
    </message>
    <message>
        <source>allow listening on an address other machines can reach (needs an API key)</source>
        <translation>permitir escuchar en una dirección accesible desde otros equipos (requiere una clave de API)</translation>
    </message>
    <message>
        <source>allow browser pages from ORIGIN to call the API (CORS is off by default)</source>
        <translation>permitir que las páginas de ORIGIN llamen a la API (CORS está desactivado por defecto)</translation>
    </message>
    <message>
        <source>also answer requests addressed to NAME (by default only this machine&apos;s names)</source>
        <translation>responder también a las peticiones dirigidas a NAME (por defecto, solo a los nombres de este equipo)</translation>
    </message>
    <message>
        <source>{host} can be reached from other machines; add --allow-network (and an API key) if that is what you want.</source>
        <translation>{host} es accesible desde otros equipos; añade --allow-network (y una clave de API) si es lo que quieres.</translation>
    </message>
    <message>
        <source>Serving beyond this machine needs an API key: --api-key KEY or ASSISTANT_API_KEY.</source>
        <translation>Servir más allá de este equipo requiere una clave de API: --api-key KEY o ASSISTANT_API_KEY.</translation>
    </message>
    <message>
        <source>The API server is an optional part: install it with pip install &apos;offline-assistant[server]&apos;.</source>
        <translation>El servidor de la API es una parte opcional: instálalo con pip install &apos;offline-assistant[server]&apos;.</translation>
    </message>
    <message>
        <source>--parallel must be at least 1.</source>
        <translation>--parallel debe ser al menos 1.</translation>
    </message>
    <message>
        <source>Serving {name} at {url}, {n} answers at once (Ctrl+C stops)</source>
        <translation>Sirviendo {name} en {url}, {n} respuestas a la vez (Ctrl+C detiene)</translation>
    </message>
    <message>
        <source>task presets</source>
        <translation>ajustes de tareas</translation>
    </message>
    <message>
        <source>all presets</source>
        <translation>todos los ajustes</translation>
    </message>
    <message>
        <source>a preset&apos;s settings</source>
        <translation>los ajustes de un ajuste predefinido</translation>
    </message>
    <message>
        <source>a new preset copied from another</source>
        <translation>un ajuste nuevo copiado de otro</translation>
    </message>
    <message>
        <source>edit a preset in $EDITOR (saves a user copy)</source>
        <translation>editar un ajuste en $EDITOR (guarda una copia propia)</translation>
    </message>
    <message>
        <source>check every preset file</source>
        <translation>comprobar cada archivo de ajustes</translation>
    </message>
    <message>
        <source>summarize a document</source>
        <translation>resumir un documento</translation>
    </message>
    <message>
        <source>summarize or key-points</source>
        <translation>summarize o key-points</translation>
    </message>
    <message>
        <source>--var needs name=value, got &apos;{item}&apos;.</source>
        <translation>--var necesita name=value; se recibió «{item}».</translation>
    </message>
    <message>
        <source>warning: skipped a preset: {problem}</source>
        <translation>aviso: se omitió un ajuste: {problem}</translation>
    </message>
    <message>
        <source>  (yours)</source>
        <translation>  (tuyo)</translation>
    </message>
    <message>
        <source>Created {from_id}</source>
        <translation>{from_id} creado</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} guardado</translation>
    </message>
    <message>
        <source>All presets are valid.</source>
        <translation>Todos los ajustes son válidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems.</source>
        <translation>
            <numerusform>%n problema.</numerusform>
            <numerusform>%n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>summarizing parts</source>
        <translation>resumiendo partes</translation>
    </message>
    <message>
        <source>combining</source>
        <translation>combinando</translation>
    </message>
    <message>
        <source> (stopped early: partial summary)</source>
        <translation> (detenido antes: resumen parcial)</translation>
    </message>
    <message numerus="yes">
        <source>saved as conversation {cid}; %n parts</source>
        <translation>
            <numerusform>guardado como conversación {cid}; %n parte</numerusform>
            <numerusform>guardado como conversación {cid}; %n partes</numerusform>
        </translation>
    </message>
    <message>
        <source>write down what is said in an audio or video file</source>
        <translation>escribir lo que se dice en un archivo de audio o vídeo</translation>
    </message>
    <message>
        <source>Transcribe wav, mp3, m4a, ogg, flac, webm, mp4 and other audio or video files on this machine, with timestamps.</source>
        <translation>Transcribir en este equipo archivos wav, mp3, m4a, ogg, flac, webm, mp4 y otros de audio o vídeo, con marcas de tiempo.</translation>
    </message>
    <message>
        <source>the spoken language, e.g. en (default: heard)</source>
        <translation>el idioma hablado, p. ej. en (por defecto: el detectado)</translation>
    </message>
    <message>
        <source>output format (txt)</source>
        <translation>formato de salida (txt)</translation>
    </message>
    <message>
        <source>write to this file, not the terminal</source>
        <translation>escribir en este archivo, no en la terminal</translation>
    </message>
    <message>
        <source>translate the speech into English</source>
        <translation>traducir lo hablado al inglés</translation>
    </message>
    <message>
        <source>also add it to this document collection (made if new) and index it</source>
        <translation>añadirla también a esta colección de documentos (creada si es nueva) e indexarla</translation>
    </message>
    <message>
        <source>also keep it as a conversation to ask about</source>
        <translation>guardarla también como conversación para hacer preguntas</translation>
    </message>
    <message>
        <source>say a text aloud into an audio file, with a voice on this machine</source>
        <translation>decir un texto en voz alta en un archivo de audio, con una voz de este equipo</translation>
    </message>
    <message>
        <source>Speak a text with the built-in voice (or the one the settings name) into a wav, flac, mp3 or raw pcm file. espeak-ng must be installed.</source>
        <translation>Decir un texto con la voz integrada (o la que indiquen los ajustes) en un archivo wav, flac, mp3 o pcm sin procesar. espeak-ng debe estar instalado.</translation>
    </message>
    <message>
        <source>what to say (&apos;-&apos; reads it from standard input)</source>
        <translation>qué decir (&apos;-&apos; lo lee de la entrada estándar)</translation>
    </message>
    <message>
        <source>the audio file to write</source>
        <translation>el archivo de audio que se escribirá</translation>
    </message>
    <message>
        <source>audio format (default: from the file&apos;s suffix, else wav)</source>
        <translation>formato de audio (por defecto: según la extensión del archivo, si no wav)</translation>
    </message>
    <message>
        <source>0.25 to 4 (default: the settings&apos;, 1)</source>
        <translation>de 0,25 a 4 (por defecto: la de los ajustes, 1)</translation>
    </message>
    <message>
        <source>{seconds:.1f} s of speech written to {file}</source>
        <translation>{seconds:.1f} s de voz escritos en {file}</translation>
    </message>
    <message>
        <source>transcribing</source>
        <translation>transcribiendo</translation>
    </message>
    <message>
        <source>[saved as conversation {cid}]</source>
        <translation>[guardada como conversación {cid}]</translation>
    </message>
    <message>
        <source>[added to the collection {name} as {file}; {n} passages indexed]</source>
        <translation>[añadida a la colección {name} como {file}; {n} pasajes indexados]</translation>
    </message>
    <message>
        <source>Audio and video (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.webm *.mp4)</source>
        <translation>Audio y vídeo (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.webm *.mp4)</translation>
    </message>
    <message>
        <source>Transcribe audio or video</source>
        <translation>Transcribir audio o vídeo</translation>
    </message>
    <message>
        <source>A transcription is already running; Esc stops it.</source>
        <translation>Ya hay una transcripción en curso; Esc la detiene.</translation>
    </message>
    <message>
        <source>Transcribing {file}… (Esc stops)</source>
        <translation>Transcribiendo {file}… (Esc detiene)</translation>
    </message>
    <message>
        <source>Transcribing {file}: {percent}%… (Esc stops)</source>
        <translation>Transcribiendo {file}: {percent} %… (Esc detiene)</translation>
    </message>
    <message>
        <source>The transcription failed (details in the log).</source>
        <translation>La transcripción falló (detalles en el registro).</translation>
    </message>
    <message>
        <source>facts the assistant keeps across chats</source>
        <translation>datos que el asistente guarda entre conversaciones</translation>
    </message>
    <message>
        <source>Facts about you the assistant is given in every chat (private chats excepted), e.g. &apos;I am vegetarian&apos; or &apos;answer in metric units&apos;.</source>
        <translation>Datos sobre ti que el asistente recibe en cada conversación (salvo las privadas), p. ej. &apos;soy vegetariano&apos; o &apos;responde en unidades métricas&apos;.</translation>
    </message>
    <message>
        <source>remember a fact</source>
        <translation>recordar un dato</translation>
    </message>
    <message>
        <source>list the memories (off ones marked)</source>
        <translation>listar los recuerdos (los desactivados, marcados)</translation>
    </message>
    <message>
        <source>change a memory&apos;s text</source>
        <translation>cambiar el texto de un recuerdo</translation>
    </message>
    <message>
        <source>use a memory again</source>
        <translation>volver a usar un recuerdo</translation>
    </message>
    <message>
        <source>keep a memory but stop using it</source>
        <translation>guardar un recuerdo sin usarlo</translation>
    </message>
    <message>
        <source>forget a memory</source>
        <translation>olvidar un recuerdo</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(desactivado)</translation>
    </message>
    <message>
        <source>Private chat: memories are not used or added</source>
        <translation>Conversación privada: los recuerdos no se usan ni se añaden</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <source>A fact to keep across chats:</source>
        <translation>Un dato para guardar entre conversaciones:</translation>
    </message>
    <message>
        <source>Memories used</source>
        <translation>Recuerdos usados</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Facts about you the assistant is given in every chat, except private ones. Untick one to keep it without using it.</source>
        <translation>Datos sobre ti que el asistente recibe en cada conversación, salvo las privadas. Desmarca uno para guardarlo sin usarlo.</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Recuerdos</translation>
    </message>
    <message>
        <source>Nothing is remembered yet. Add a fact, or use Remember… on one of your messages.</source>
        <translation>Aún no se recuerda nada. Añade un dato o usa Recordar… en uno de tus mensajes.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Edit memory</source>
        <translation>Editar recuerdo</translation>
    </message>
    <message>
        <source>the tools a model can call</source>
        <translation>las herramientas que un modelo puede llamar</translation>
    </message>
    <message>
        <source>list the tools, what they do and where from</source>
        <translation>listar las herramientas, qué hacen y de dónde vienen</translation>
    </message>
    <message>
        <source>add MCP servers from another app&apos;s file (the mcpServers JSON shape)</source>
        <translation>añadir servidores MCP del archivo de otra aplicación (con la forma JSON mcpServers)</translation>
    </message>
    <message>
        <source>let the model call tools: tool or MCP server names separated by commas, or &apos;all&apos; (see `assistant tools list`)</source>
        <translation>dejar que el modelo llame a herramientas: nombres de herramientas o de servidores MCP separados por comas, o &apos;all&apos; (véase `assistant tools list`)</translation>
    </message>
    <message>
        <source>run this tool without asking each time</source>
        <translation>ejecutar esta herramienta sin preguntar cada vez</translation>
    </message>
    <message>
        <source>auto: the model decides; required: its first answer must call a tool</source>
        <translation>auto: el modelo decide; required: su primera respuesta debe llamar a una herramienta</translation>
    </message>
    <message>
        <source>tool calls in a row at most before the model must answer</source>
        <translation>llamadas a herramientas seguidas como máximo antes de que el modelo deba responder</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>aviso: {problem}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>may change things</source>
        <translation>puede cambiar cosas</translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation>integrada, solo lectura</translation>
    </message>
    <message>
        <source>with --docs: search the chat&apos;s document collections</source>
        <translation>con --docs: buscar en las colecciones de documentos del chat</translation>
    </message>
    <message>
        <source>MCP server {name}: {state}</source>
        <translation>Servidor MCP {name}: {state}</translation>
    </message>
    <message>
        <source>added MCP server {name}</source>
        <translation>servidor MCP {name} añadido</translation>
    </message>
    <message>
        <source>Unknown tool: {names}. Available: {known}.</source>
        <translation>Herramienta desconocida: {names}. Disponibles: {known}.</translation>
    </message>
    <message>
        <source>--max-steps must be at least 1.</source>
        <translation>--max-steps debe ser al menos 1.</translation>
    </message>
    <message>
        <source>{tool}: not run (no terminal to ask; allow it with --allow {tool})</source>
        <translation>{tool}: no ejecutada (no hay terminal para preguntar; permítala con --allow {tool})</translation>
    </message>
    <message>
        <source>Run {tool} {args}? [y]es, [n]o, [a]lways for this tool: </source>
        <translation>¿Ejecutar {tool} {args}? [y] sí, [n] no, [a] siempre para esta herramienta: </translation>
    </message>
    <message>
        <source>this app</source>
        <translation>esta aplicación</translation>
    </message>
    <message>
        <source>the MCP server “{name}”</source>
        <translation>el servidor MCP «{name}»</translation>
    </message>
    <message>
        <source>Run a tool?</source>
        <translation>¿Ejecutar una herramienta?</translation>
    </message>
    <message>
        <source>The model asks to run {tool} from {source}.</source>
        <translation>El modelo pide ejecutar {tool} de {source}.</translation>
    </message>
    <message>
        <source>What the tool does</source>
        <translation>Qué hace la herramienta</translation>
    </message>
    <message>
        <source>It keeps what you see below; you are asked every time.</source>
        <translation>Guarda lo que ve abajo; se le pregunta cada vez.</translation>
    </message>
    <message>
        <source>It says it only reads and changes nothing.</source>
        <translation>Indica que solo lee y no cambia nada.</translation>
    </message>
    <message>
        <source>It may change things: files, messages or data elsewhere.</source>
        <translation>Puede cambiar cosas: archivos, mensajes o datos en otro lugar.</translation>
    </message>
    <message>
        <source>With these arguments:</source>
        <translation>Con estos argumentos:</translation>
    </message>
    <message>
        <source>Arguments the tool will get</source>
        <translation>Argumentos que recibirá la herramienta</translation>
    </message>
    <message>
        <source>Documents, web pages and tool results can carry instructions that make a model misuse its tools. Run only what you expect.</source>
        <translation>Los documentos, las páginas web y los resultados de herramientas pueden contener instrucciones que hagan que un modelo use mal sus herramientas. Ejecute solo lo que espera.</translation>
    </message>
    <message>
        <source>Always allow {tool} without asking</source>
        <translation>Permitir siempre {tool} sin preguntar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Don&apos;t run</source>
        <translation>No ejecutar</translation>
    </message>
    <message>
        <source>failed: {why}</source>
        <translation>falló: {why}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>starts when a chat needs it</source>
        <translation>se inicia cuando un chat lo necesita</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>only reads</source>
        <translation>solo lee</translation>
    </message>
    <message>
        <source>Tools let a model compute, look things up and act. Turn them on per chat with the Tools button under the message box; you approve each call unless you always allow the tool.</source>
        <translation>Las herramientas permiten a un modelo calcular, buscar y actuar. Actívelas por chat con el botón Herramientas bajo el cuadro de mensaje; usted aprueba cada llamada salvo que permita siempre la herramienta.</translation>
    </message>
    <message>
        <source>Tool or server</source>
        <translation>Herramienta o servidor</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Tools and MCP servers</source>
        <translation>Herramientas y servidores MCP</translation>
    </message>
    <message>
        <source>&amp;List their tools</source>
        <translation>&amp;Listar sus herramientas</translation>
    </message>
    <message>
        <source>Start the servers that are on and list their tools</source>
        <translation>Iniciar los servidores activados y listar sus herramientas</translation>
    </message>
    <message>
        <source>&amp;Add from file…</source>
        <translation>&amp;Añadir desde un archivo…</translation>
    </message>
    <message>
        <source>Add MCP servers from another app&apos;s configuration (the mcpServers JSON shape)</source>
        <translation>Añadir servidores MCP desde la configuración de otra aplicación (el formato JSON mcpServers)</translation>
    </message>
    <message>
        <source>&amp;Edit mcp.json</source>
        <translation>&amp;Editar mcp.json</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>&amp;Quitar servidor</translation>
    </message>
    <message>
        <source>Tools that run without asking</source>
        <translation>Herramientas que se ejecutan sin preguntar</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Volver a preguntar</translation>
    </message>
    <message>
        <source>Ask before the chosen tool runs again</source>
        <translation>Preguntar antes de que la herramienta elegida se ejecute de nuevo</translation>
    </message>
    <message>
        <source>Run without asking</source>
        <translation>Ejecutar sin preguntar</translation>
    </message>
    <message>
        <source>Tool calls in a row before the model must answer</source>
        <translation>Llamadas a herramientas seguidas antes de que el modelo deba responder</translation>
    </message>
    <message>
        <source>Calls in a row at most</source>
        <translation>Llamadas seguidas como máximo</translation>
    </message>
    <message>
        <source>Programs using the local API may call my MCP servers</source>
        <translation>Los programas que usan la API local pueden llamar a mis servidores MCP</translation>
    </message>
    <message>
        <source>Off by default. When on, a program on this computer can name your servers in its requests; only the tools you always allow run for it.</source>
        <translation>Desactivado por defecto. Activado, un programa de este equipo puede nombrar sus servidores en sus peticiones; solo se ejecutan para él las herramientas que usted permite siempre.</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API local</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Integradas</translation>
    </message>
    <message>
        <source>always available</source>
        <translation>siempre disponibles</translation>
    </message>
    <message>
        <source>Searches the chat&apos;s document collections (chats that have some)</source>
        <translation>Busca en las colecciones de documentos del chat (los que tienen)</translation>
    </message>
    <message>
        <source>No MCP server yet: add some from another app&apos;s file.</source>
        <translation>Aún no hay servidores MCP: añada algunos desde el archivo de otra aplicación.</translation>
    </message>
    <message>
        <source>Add MCP servers from a file</source>
        <translation>Añadir servidores MCP desde un archivo</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} no existe.</translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation>Añadidos: {names}.</translation>
    </message>
    <message>
        <source>{file} lists no server.</source>
        <translation>{file} no contiene ningún servidor.</translation>
    </message>
    <message>
        <source>Starting the servers…</source>
        <translation>Iniciando los servidores…</translation>
    </message>
    <message>
        <source>Every server that is on is running.</source>
        <translation>Todos los servidores activados están en ejecución.</translation>
    </message>
    <message>
        <source>Let the model call tools in this chat (you approve each call)</source>
        <translation>Dejar que el modelo llame herramientas en este chat (usted aprueba cada llamada)</translation>
    </message>
    <message>
        <source>Use tools in this chat</source>
        <translation>Usar herramientas en este chat</translation>
    </message>
    <message>
        <source>Call a tool first</source>
        <translation>Llamar primero a una herramienta</translation>
    </message>
    <message>
        <source>Small models often answer without calling: this makes them call</source>
        <translation>Los modelos pequeños suelen responder sin llamar: esto hace que llamen</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Servidores MCP</translation>
    </message>
    <message>
        <source>{name} (off in Settings → Tools)</source>
        <translation>{name} (desactivado en Ajustes → Herramientas)</translation>
    </message>
    <message>
        <source>Tools and servers…</source>
        <translation>Herramientas y servidores…</translation>
    </message>
    <message>
        <source>Tools: on</source>
        <translation>Herramientas: activadas</translation>
    </message>
    <message>
        <source>The model may call tools; you approve each call</source>
        <translation>El modelo puede llamar herramientas; usted aprueba cada llamada</translation>
    </message>
    <message>
        <source>Tools are off in this chat</source>
        <translation>Las herramientas están desactivadas en este chat</translation>
    </message>
    <message>
        <source>Reading aloud…</source>
        <translation>Leyendo en voz alta…</translation>
    </message>
    <message>
        <source>Reading aloud failed (details in the log).</source>
        <translation>La lectura en voz alta falló (detalles en el registro).</translation>
    </message>
    <message>
        <source>Dictate ({shortcut})</source>
        <translation>Dictar ({shortcut})</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Dictar</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>Escribiendo lo que dijo…</translation>
    </message>
    <message>
        <source>Stop dictating</source>
        <translation>Detener el dictado</translation>
    </message>
    <message>
        <source>Listening… speak, then pause</source>
        <translation>Escuchando… hable y luego haga una pausa</translation>
    </message>
    <message>
        <source>Dictation failed (details in the log).</source>
        <translation>El dictado falló (detalles en el registro).</translation>
    </message>
    <message>
        <source>Nothing was heard.</source>
        <translation>No se oyó nada.</translation>
    </message>
    <message>
        <source>Dictated</source>
        <translation>Dictado</translation>
    </message>
    <message>
        <source>Speaking… speak to interrupt</source>
        <translation>Hablando… hable para interrumpir</translation>
    </message>
    <message>
        <source>Voice mode</source>
        <translation>Modo de voz</translation>
    </message>
    <message>
        <source>End voice mode</source>
        <translation>Salir del modo de voz</translation>
    </message>
    <message>
        <source>End voice mode ({shortcut})</source>
        <translation>Salir del modo de voz ({shortcut})</translation>
    </message>
    <message>
        <source>Voice mode: {state}</source>
        <translation>Modo de voz: {state}</translation>
    </message>
    <message>
        <source>Starting voice mode…</source>
        <translation>Iniciando el modo de voz…</translation>
    </message>
    <message>
        <source>Voice mode ended.</source>
        <translation>Modo de voz terminado.</translation>
    </message>
    <message>
        <source>Voice mode failed (details in the log).</source>
        <translation>El modo de voz falló (detalles en el registro).</translation>
    </message>
    <message>
        <source>Voice mode ended: nobody spoke for five minutes.</source>
        <translation>Modo de voz terminado: nadie habló durante cinco minutos.</translation>
    </message>
    <message>
        <source>Half strength</source>
        <translation>Media intensidad</translation>
    </message>
    <message>
        <source>Full strength</source>
        <translation>Intensidad completa</translation>
    </message>
    <message>
        <source>Stronger</source>
        <translation>Más fuerte</translation>
    </message>
    <message>
        <source>Adapters</source>
        <translation>Adaptadores</translation>
    </message>
    <message>
        <source>LoRA adapters that change how the model writes in this chat</source>
        <translation>Adaptadores LoRA que cambian cómo escribe el modelo en este chat</translation>
    </message>
    <message>
        <source>No adapter: the model as it is</source>
        <translation>Sin adaptador: el modelo tal cual</translation>
    </message>
    <message>
        <source>Adapter: {names}</source>
        <translation>Adaptador: {names}</translation>
    </message>
    <message>
        <source>Answers are written with {names}</source>
        <translation>Las respuestas se escriben con {names}</translation>
    </message>
    <message>
        <source>As the model&apos;s settings say</source>
        <translation>Según los ajustes del modelo</translation>
    </message>
    <message>
        <source>No adapter in this chat</source>
        <translation>Ningún adaptador en este chat</translation>
    </message>
    <message>
        <source>Add an adapter file…</source>
        <translation>Añadir un archivo de adaptador…</translation>
    </message>
    <message>
        <source>Add a LoRA adapter</source>
        <translation>Añadir un adaptador LoRA</translation>
    </message>
    <message>
        <source>GGUF adapters (*.gguf)</source>
        <translation>Adaptadores GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>{name} is not a LoRA adapter (a GGUF whose type is adapter).</source>
        <translation>{name} no es un adaptador LoRA (un GGUF de tipo adapter).</translation>
    </message>
    <message>
        <source>teach a model on your text or examples (fine-tuning, on this machine)</source>
        <translation>enseñar a un modelo con sus textos o ejemplos (ajuste fino, en este equipo)</translation>
    </message>
    <message>
        <source>Fine-tune a small model on text files, a folder, or a JSONL of {&quot;prompt&quot;: …, &quot;answer&quot;: …} examples. The result is a new model. Ctrl+C pauses (resume with --resume JOB, also after a restart).</source>
        <translation>Ajustar un modelo pequeño con archivos de texto, una carpeta o un JSONL de ejemplos {&quot;prompt&quot;: …, &quot;answer&quot;: …}. El resultado es un modelo nuevo. Ctrl+C pausa (se reanuda con --resume TAREA, también tras reiniciar).</translation>
    </message>
    <message>
        <source>text files, folders or .jsonl</source>
        <translation>archivos de texto, carpetas o .jsonl</translation>
    </message>
    <message>
        <source>the model to start from (default: the default)</source>
        <translation>el modelo de partida (por defecto: el predeterminado)</translation>
    </message>
    <message>
        <source>the new model&apos;s name</source>
        <translation>nombre del modelo nuevo</translation>
    </message>
    <message>
        <source>tokens per window</source>
        <translation>tokens por ventana</translation>
    </message>
    <message>
        <source>go on with a paused job</source>
        <translation>continuar una tarea en pausa</translation>
    </message>
    <message>
        <source>forget a paused job</source>
        <translation>olvidar una tarea en pausa</translation>
    </message>
    <message>
        <source>list paused jobs</source>
        <translation>listar las tareas en pausa</translation>
    </message>
    <message>
        <source>Cancelled; the base model is untouched.</source>
        <translation>Cancelado; el modelo de partida no se ha tocado.</translation>
    </message>
    <message>
        <source>Job {job}: teaching {name} from {base}.</source>
        <translation>Tarea {job}: enseñando {name} a partir de {base}.</translation>
    </message>
    <message>
        <source>Paused. Go on with: assistant teach --resume {job}</source>
        <translation>En pausa. Continúe con: assistant teach --resume {job}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}  window {pos}/{windows}  loss {loss:.3f}  {minutes:.0f} min left</source>
        <translation>época {epoch}/{epochs}  ventana {pos}/{windows}  pérdida {loss:.3f}  faltan {minutes:.0f} min</translation>
    </message>
    <message>
        <source>epoch {epoch}: held-out perplexity {ppl:.2f}</source>
        <translation>época {epoch}: perplejidad reservada {ppl:.2f}</translation>
    </message>
    <message>
        <source>Done: {path}</source>
        <translation>Listo: {path}</translation>
    </message>
    <message>
        <source>Making a working copy in full precision…</source>
        <translation>Creando una copia de trabajo en precisión completa…</translation>
    </message>
    <message>
        <source>Measuring the held-out text before teaching…</source>
        <translation>Midiendo el texto reservado antes de enseñar…</translation>
    </message>
    <message>
        <source>Held-out perplexity before: {ppl:.2f}; about {gib:.1f} GiB of memory.</source>
        <translation>Perplejidad reservada antes: {ppl:.2f}; unos {gib:.1f} GiB de memoria.</translation>
    </message>
    <message>
        <source>Saving the taught model…</source>
        <translation>Guardando el modelo enseñado…</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Curva de pérdida</translation>
    </message>
    <message>
        <source>training loss {loss:.2f}</source>
        <translation>pérdida de entrenamiento {loss:.2f}</translation>
    </message>
    <message>
        <source>held-out loss {loss:.2f}</source>
        <translation>pérdida reservada {loss:.2f}</translation>
    </message>
    <message>
        <source>The curve appears as it learns.</source>
        <translation>La curva aparece mientras aprende.</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>pérdida reservada</translation>
    </message>
    <message>
        <source>Teach a model</source>
        <translation>Enseñar a un modelo</translation>
    </message>
    <message>
        <source>Model to start from</source>
        <translation>Modelo de partida</translation>
    </message>
    <message>
        <source>What to teach</source>
        <translation>Qué enseñar</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Añadir una carpeta…</translation>
    </message>
    <message>
        <source>Name of the new model</source>
        <translation>Nombre del modelo nuevo</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>How big each step is; 1e-5 is careful, 1e-4 learns faster</source>
        <translation>El tamaño de cada paso; 1e-5 es prudente, 1e-4 aprende más rápido</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Your text or examples</source>
        <translation>Sus textos o ejemplos</translation>
    </message>
    <message>
        <source>New model&apos;s name</source>
        <translation>Nombre del modelo nuevo</translation>
    </message>
    <message>
        <source>Text files, Markdown, PDF or Word documents, or a JSONL of examples ({&quot;prompt&quot;: …, &quot;answer&quot;: …} per line).</source>
        <translation>Archivos de texto, Markdown, documentos PDF o Word, o un JSONL de ejemplos ({&quot;prompt&quot;: …, &quot;answer&quot;: …} por línea).</translation>
    </message>
    <message>
        <source>Teaching status</source>
        <translation>Estado del aprendizaje</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Cancel teaching</source>
        <translation>Cancelar el aprendizaje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Text or examples to teach</source>
        <translation>Textos o ejemplos para enseñar</translation>
    </message>
    <message>
        <source>A folder of text to teach</source>
        <translation>Una carpeta de textos para enseñar</translation>
    </message>
    <message>
        <source>Paused: {name}, taught from {base}. Resume goes on where it stopped.</source>
        <translation>En pausa: {name}, a partir de {base}. Reanudar sigue donde se quedó.</translation>
    </message>
    <message>
        <source>There is no model to start from.</source>
        <translation>No hay ningún modelo de partida.</translation>
    </message>
    <message>
        <source>The learning rate must be a number, e.g. 1e-5.</source>
        <translation>La tasa de aprendizaje debe ser un número, p. ej. 1e-5.</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>Pausa tras este paso…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Measuring the held-out part before teaching…</source>
        <translation>Midiendo la parte reservada antes de enseñar…</translation>
    </message>
    <message>
        <source>Saving the new model…</source>
        <translation>Guardando el modelo nuevo…</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs} · step {pos} of {windows}{left}</source>
        <translation>Época {epoch} de {epochs} · paso {pos} de {windows}{left}</translation>
    </message>
    <message>
        <source> · about {minutes} min left</source>
        <translation> · faltan unos {minutes} min</translation>
    </message>
    <message>
        <source>Paused. Resume goes on where it stopped, also after a restart.</source>
        <translation>En pausa. Reanudar sigue donde se quedó, también tras reiniciar.</translation>
    </message>
    <message>
        <source>Taught: {name}. Held-out perplexity {before:.1f} before, {after:.1f} after. It is in the Models menu.</source>
        <translation>Enseñado: {name}. Perplejidad reservada {before:.1f} antes, {after:.1f} después. Está en el menú Modelos.</translation>
    </message>
</context>
</TS>
