<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>{model} runs {where} ({offload}); CPU kernels: {kernels}.</source>
        <translation>{model} tourne {where} ({offload}) ; noyaux CPU : {kernels}.</translation>
    </message>
    <message>
        <source>Small language models on your own computer. Nothing leaves this machine.</source>
        <translation>De petits modèles de langage sur votre propre ordinateur. Rien ne quitte cette machine.</translation>
    </message>
    <message>
        <source>About Offline Assistant</source>
        <translation>À propos d’Offline Assistant</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Réponse : {answer}</translation>
    </message>
    <message numerus="yes">
        <source>Answer finished, %n words: {start}…</source>
        <translation>
            <numerusform>Réponse terminée, %n mot : {start}…</numerusform>
            <numerusform>Réponse terminée, %n mots : {start}…</numerusform>
        </translation>
    </message>
    <message>
        <source>The API server could not start (details in the log).</source>
        <translation>Le serveur d’API n’a pas pu démarrer (détails dans le journal).</translation>
    </message>
    <message>
        <source>The API server is an optional part: install offline-assistant[server].</source>
        <translation>Le serveur d’API est une partie facultative : installez offline-assistant[server].</translation>
    </message>
    <message>
        <source>The API server could not start: {error}</source>
        <translation>Le serveur d’API n’a pas pu démarrer : {error}</translation>
    </message>
    <message>
        <source>Something went wrong (details in the log).</source>
        <translation>Un problème est survenu (détails dans le journal).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>No model is loaded yet.</source>
        <translation>Aucun modèle n’est encore chargé.</translation>
    </message>
    <message>
        <source>The model stopped unexpectedly. Your next message will restart it.</source>
        <translation>Le modèle s’est arrêté de façon inattendue. Votre prochain message le redémarrera.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Code copié</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Answer from documents</source>
        <translation>Répondre à partir de documents</translation>
    </message>
    <message>
        <source>Choose document collections this chat answers from</source>
        <translation>Choisir les collections de documents dont ce chat tire ses réponses</translation>
    </message>
    <message>
        <source>Manage documents…</source>
        <translation>Gérer les documents…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents: {names}</source>
        <translation>Documents : {names}</translation>
    </message>
    <message>
        <source>Answers cite {names}</source>
        <translation>Les réponses citent {names}</translation>
    </message>
    <message>
        <source>No documents chosen</source>
        <translation>Aucun document choisi</translation>
    </message>
    <message>
        <source>all-MiniLM-L6-v2 (built-in)</source>
        <translation>all-MiniLM-L6-v2 (intégré)</translation>
    </message>
    <message>
        <source>Documents now use {model}: each collection is indexed again at its next sync.</source>
        <translation>Les documents utilisent désormais {model} : chaque collection sera réindexée à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcriptions</translation>
    </message>
    <message>
        <source>Add to a collection</source>
        <translation>Ajouter à une collection</translation>
    </message>
    <message>
        <source>The collection to add the transcript of {file} to (or a new name):</source>
        <translation>La collection où ajouter la transcription de {file} (ou un nouveau nom) :</translation>
    </message>
    <message>
        <source>The transcript could not be saved: {error}</source>
        <translation>La transcription n’a pas pu être enregistrée : {error}</translation>
    </message>
    <message>
        <source>Indexing failed (details in the log).</source>
        <translation>L’indexation a échoué (détails dans le journal).</translation>
    </message>
    <message>
        <source>Indexing stopped.</source>
        <translation>Indexation arrêtée.</translation>
    </message>
    <message>
        <source>Indexed</source>
        <translation>Indexé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Inachevé</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n files</source>
        <translation>
            <numerusform>{done} sur %n fichier</numerusform>
            <numerusform>{done} sur %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>{rate} passages/s</source>
        <translation>{rate} passages/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>environ %n s restante</numerusform>
            <numerusform>environ %n s restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the collection&apos;s index (not your files)</source>
        <translation>Supprimer l’index de la collection (pas vos fichiers)</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modèle d’embedding</translation>
    </message>
    <message>
        <source>The model that turns passages into vectors; another one indexes every collection again</source>
        <translation>Le modèle qui transforme les passages en vecteurs ; en changer réindexe chaque collection</translation>
    </message>
    <message>
        <source>Embedding model:</source>
        <translation>Modèle d’embedding :</translation>
    </message>
    <message>
        <source>Folders and files in the collection</source>
        <translation>Dossiers et fichiers de la collection</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen folders or files from the collection</source>
        <translation>Retirer de la collection les dossiers ou fichiers choisis</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Index new and changed files, drop deleted ones</source>
        <translation>Indexer les fichiers nouveaux et modifiés, oublier ceux supprimés</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progression de l’indexation</translation>
    </message>
    <message>
        <source>Indexing figures</source>
        <translation>Chiffres de l’indexation</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Files and their status</source>
        <translation>Fichiers et leur état</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Create a collection, then add folders or files to it (or drop them here). Their text is indexed on this computer; pick the collection by the message box to ask questions about it.</source>
        <translation>Créez une collection, puis ajoutez-y des dossiers ou des fichiers (ou déposez-les ici). Leur texte est indexé sur cet ordinateur ; choisissez la collection près de la zone de message pour poser des questions à son sujet.</translation>
    </message>
    <message>
        <source>cut short; indexed again by the next sync</source>
        <translation>interrompu ; réindexé à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Looking for new and changed files…</source>
        <translation>Recherche des fichiers nouveaux et modifiés…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Nom de la collection :</translation>
    </message>
    <message>
        <source>Add a folder to the collection</source>
        <translation>Ajouter un dossier à la collection</translation>
    </message>
    <message>
        <source>Add files to the collection</source>
        <translation>Ajouter des fichiers à la collection</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Message the assistant…</source>
        <translation>Écrire à l’assistant…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <source>Let the model reason before it answers: slower, often better on hard questions</source>
        <translation>Laisser le modèle réfléchir avant de répondre : plus lent, souvent meilleur sur les questions difficiles</translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation>Réfléchir avant de répondre</translation>
    </message>
    <message>
        <source>Attach a document to summarize</source>
        <translation>Joindre un document à résumer</translation>
    </message>
    <message>
        <source>Attach document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>{variable}:</source>
        <translation>{variable} :</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus ancien</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglés</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <source>Untitled chat</source>
        <translation>Chat sans titre</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>Renommer le chat</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exporter le chat</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importer des chats</translation>
    </message>
    <message>
        <source>Chat exports (*.json *.jsonl *.zip);;All files (*)</source>
        <translation>Exports de chats (*.json *.jsonl *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chats from {file}.</source>
        <translation>
            <numerusform>%n chat importé depuis {file}.</numerusform>
            <numerusform>%n chats importés depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Pin / unpin</source>
        <translation>Épingler / détacher</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>interrupted — the app or model stopped before the answer finished</source>
        <translation>interrompue — l’application ou le modèle s’est arrêté avant la fin de la réponse</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remember…</source>
        <translation>Retenir…</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} jetons/s</translation>
    </message>
    <message>
        <source>{kept} of {drafted} drafted kept</source>
        <translation>{kept} sur {drafted} jetons anticipés gardés</translation>
    </message>
    <message numerus="yes">
        <source>%n memories used</source>
        <translation>
            <numerusform>%n souvenir utilisé</numerusform>
            <numerusform>%n souvenirs utilisés</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.pdf *.docx *.html *.htm)</source>
        <translation>Documents (*.txt *.md *.pdf *.docx *.html *.htm)</translation>
    </message>
    <message>
        <source>Summarize a document</source>
        <translation>Résumer un document</translation>
    </message>
    <message>
        <source>Wait for the model to be ready before summarizing a document.</source>
        <translation>Attendez que le modèle soit prêt avant de résumer un document.</translation>
    </message>
    <message>
        <source>Documents are summarized by a model on this computer: pick one in the Models menu first.</source>
        <translation>Les documents sont résumés par un modèle sur cet ordinateur : choisissez-en d’abord un dans le menu Modèles.</translation>
    </message>
    <message>
        <source>Summarizing {file}… (Esc stops)</source>
        <translation>Résumé de {file}… (Échap pour arrêter)</translation>
    </message>
    <message>
        <source>{file}: summarizing part {done} of {total}… (Esc stops)</source>
        <translation>{file} : résumé de la partie {done} sur {total}… (Échap pour arrêter)</translation>
    </message>
    <message>
        <source>{file}: combining, step {done} of {total}… (Esc stops)</source>
        <translation>{file} : fusion, étape {done} sur {total}… (Échap pour arrêter)</translation>
    </message>
    <message>
        <source>Stopped: the summary holds the parts that were finished.</source>
        <translation>Arrêté : le résumé contient les parties terminées.</translation>
    </message>
    <message>
        <source>Speech recognition · about {size}</source>
        <translation>Reconnaissance vocale · environ {size}</translation>
    </message>
    <message>
        <source>Voice · about {size}</source>
        <translation>Voix · environ {size}</translation>
    </message>
    <message>
        <source>{params}B parameters · about {size}</source>
        <translation>{params} Md de paramètres · environ {size}</translation>
    </message>
    <message>
        <source>Good at: {things}</source>
        <translation>Points forts : {things}</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Download {model}</source>
        <translation>Télécharger {model}</translation>
    </message>
    <message>
        <source>Download of {model}</source>
        <translation>Téléchargement de {model}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>outil</translation>
    </message>
    <message>
        <source>⚙ Called `{tool}` with {arguments}</source>
        <translation>⚙ `{tool}` appelé avec {arguments}</translation>
    </message>
    <message>
        <source>not run: declined</source>
        <translation>non exécuté : refusé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Downloading {name} ({size}).</source>
        <translation>Téléchargement de {name} ({size}).</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>un modèle</translation>
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
        <translation>Téléchargement terminé ; le modèle est dans le menu Modèles.</translation>
    </message>
    <message>
        <source>Download of {name} finished.</source>
        <translation>Téléchargement de {name} terminé.</translation>
    </message>
    <message>
        <source>Download of {name} failed: {error}</source>
        <translation>Échec du téléchargement de {name} : {error}</translation>
    </message>
    <message>
        <source>Explain how a rainbow forms, in three sentences.</source>
        <translation>Explique en trois phrases comment se forme un arc-en-ciel.</translation>
    </message>
    <message>
        <source>Write a polite reply declining a meeting invitation.</source>
        <translation>Rédige une réponse polie pour décliner une invitation à une réunion.</translation>
    </message>
    <message>
        <source>Give me five names for a bakery.</source>
        <translation>Donne-moi cinq noms pour une boulangerie.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Offline Assistant&lt;/h2&gt;&lt;p&gt;There is no model on this computer yet. A model is a file the assistant thinks with; small ones are 100 MB to 2 GB.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;catalog&apos;&gt;Browse recommended models&lt;/a&gt; · &lt;a href=&apos;import&apos;&gt;Import a GGUF file you have&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans Offline Assistant&lt;/h2&gt;&lt;p&gt;Il n’y a pas encore de modèle sur cet ordinateur. Un modèle est un fichier avec lequel l’assistant réfléchit ; les petits font de 100 Mo à 2 Go.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;catalog&apos;&gt;Parcourir les modèles recommandés&lt;/a&gt; · &lt;a href=&apos;import&apos;&gt;Importer un fichier GGUF que vous avez&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>answers come from {server}</source>
        <translation>les réponses viennent de {server}</translation>
    </message>
    <message>
        <source>everything stays on this computer</source>
        <translation>tout reste sur cet ordinateur</translation>
    </message>
    <message>
        <source>What can I help with?</source>
        <translation>Comment puis-je vous aider ?</translation>
    </message>
    <message>
        <source>Model: {model} · {where}</source>
        <translation>Modèle : {model} · {where}</translation>
    </message>
    <message>
        <source>Pick an example to start from, or type below.</source>
        <translation>Choisissez un exemple pour commencer, ou écrivez ci-dessous.</translation>
    </message>
    <message>
        <source>The model could not be loaded (details in the log).</source>
        <translation>Le modèle n’a pas pu être chargé (détails dans le journal).</translation>
    </message>
    <message>
        <source>The server could not be used (details in the log).</source>
        <translation>Le serveur n’a pas pu être utilisé (détails dans le journal).</translation>
    </message>
    <message>
        <source>Loading the model was cancelled; the previous model is still in use.</source>
        <translation>Le chargement du modèle a été annulé ; le modèle précédent reste utilisé.</translation>
    </message>
    <message>
        <source>Loading the model was cancelled.</source>
        <translation>Le chargement du modèle a été annulé.</translation>
    </message>
    <message>
        <source>The summary failed (details in the log).</source>
        <translation>Le résumé a échoué (détails dans le journal).</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>tient</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>won&apos;t fit</source>
        <translation>ne tient pas</translation>
    </message>
    <message>
        <source>needs about {need} GiB; {free} GiB free</source>
        <translation>nécessite environ {need} Gio ; {free} Gio libres</translation>
    </message>
    <message>
        <source>needs about {need} GiB; close other apps first</source>
        <translation>nécessite environ {need} Gio ; fermez d’abord d’autres applications</translation>
    </message>
    <message>
        <source>needs about {need} GiB; this computer has {total}</source>
        <translation>nécessite environ {need} Gio ; cet ordinateur en a {total}</translation>
    </message>
    <message>
        <source>; not enough free disk ({free} GiB free)</source>
        <translation> ; pas assez d’espace disque ({free} Gio libres)</translation>
    </message>
    <message>
        <source>Offline Assistant</source>
        <translation>Offline Assistant</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouveau chat</translation>
    </message>
    <message>
        <source>New &amp;private chat</source>
        <translation>Nouvelle conversation &amp;privée</translation>
    </message>
    <message>
        <source>&amp;Summarize document…</source>
        <translation>&amp;Résumer un document…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documents…</translation>
    </message>
    <message>
        <source>T&amp;ranscribe audio or video…</source>
        <translation>T&amp;ranscrire un audio ou une vidéo…</translation>
    </message>
    <message>
        <source>&amp;Voice mode</source>
        <translation>Mode &amp;vocal</translation>
    </message>
    <message>
        <source>&amp;Export chat…</source>
        <translation>&amp;Exporter le chat…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Importer des chats…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>T&amp;ools…</source>
        <translation>&amp;Outils…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find in chats</source>
        <translation>&amp;Rechercher dans les chats</translation>
    </message>
    <message>
        <source>Find (alternate)</source>
        <translation>Rechercher (autre raccourci)</translation>
    </message>
    <message>
        <source>Copy last answer</source>
        <translation>Copier la dernière réponse</translation>
    </message>
    <message>
        <source>&amp;Memory…</source>
        <translation>&amp;Mémoire…</translation>
    </message>
    <message>
        <source>Stop answer</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>&amp;Presets</source>
        <translation>&amp;Préréglages</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Toggle sidebar</source>
        <translation>Afficher/masquer la barre latérale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Offline Assistant stopped unexpectedly last time. &lt;a href=&apos;crash&apos;&gt;Show the crash report&lt;/a&gt; (it stays on this computer).</source>
        <translation>Offline Assistant s’est arrêté de façon inattendue la dernière fois. &lt;a href=&apos;crash&apos;&gt;Afficher le rapport de plantage&lt;/a&gt; (il reste sur cet ordinateur).</translation>
    </message>
    <message>
        <source>{model} runs on the CPU: {reason}.</source>
        <translation>{model} tourne sur le CPU : {reason}.</translation>
    </message>
    <message>
        <source>The transcript is ready to ask about. &lt;a href=&apos;transcript:{cid}&apos;&gt;Add it to a document collection…&lt;/a&gt;</source>
        <translation>La transcription est prête pour vos questions. &lt;a href=&apos;transcript:{cid}&apos;&gt;L’ajouter à une collection de documents…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Chat deleted</source>
        <translation>Chat supprimé</translation>
    </message>
    <message>
        <source>Chat deleted. &lt;a href=&apos;undo&apos;&gt;Undo&lt;/a&gt;</source>
        <translation>Chat supprimé. &lt;a href=&apos;undo&apos;&gt;Annuler&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Réponse précédente</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Réponse suivante</translation>
    </message>
    <message>
        <source>Copy code block {n}</source>
        <translation>Copier le bloc de code {n}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>{who}: {text}</source>
        <translation>{who} : {text}</translation>
    </message>
    <message numerus="yes">
        <source>copy one of %n code blocks</source>
        <translation>
            <numerusform>copier le bloc de code (%n)</numerusform>
            <numerusform>copier l’un des %n blocs de code</numerusform>
        </translation>
    </message>
    <message>
        <source>Menu key: {actions}</source>
        <translation>Touche menu : {actions}</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Wait for the answer to finish (or stop it) before switching models.</source>
        <translation>Attendez la fin de la réponse (ou arrêtez-la) avant de changer de modèle.</translation>
    </message>
    <message>
        <source>This chat used {model}. &lt;a href=&apos;{link}&apos;&gt;Switch back&lt;/a&gt;</source>
        <translation>Ce chat utilisait {model}. &lt;a href=&apos;{link}&apos;&gt;Revenir à ce modèle&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installés</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Rechercher sur le Hub</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Modèle de chat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modèles installés</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Find other apps&apos; models</source>
        <translation>Trouver les modèles d’autres applications</translation>
    </message>
    <message>
        <source>Show on disk</source>
        <translation>Afficher sur le disque</translation>
    </message>
    <message>
        <source>{architecture} · LoRA adapter</source>
        <translation>{architecture} · adaptateur LoRA</translation>
    </message>
    <message>
        <source>Looking for models other apps downloaded…</source>
        <translation>Recherche des modèles téléchargés par d’autres applications…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n, used where they are: {names}.</source>
        <translation>
            <numerusform>%n trouvé, utilisé là où il se trouve : {names}.</numerusform>
            <numerusform>%n trouvés, utilisés là où ils se trouvent : {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No models from other apps were found.</source>
        <translation>Aucun modèle d’autres applications n’a été trouvé.</translation>
    </message>
    <message>
        <source>Select a model first.</source>
        <translation>Sélectionnez d’abord un modèle.</translation>
    </message>
    <message>
        <source>Saved. {model} is loaded again with them.</source>
        <translation>Enregistré. {model} est rechargé avec ces réglages.</translation>
    </message>
    <message>
        <source>Saved; they apply the next time {model} is loaded.</source>
        <translation>Enregistré ; ils s’appliqueront au prochain chargement de {model}.</translation>
    </message>
    <message>
        <source>Saved; they apply from the next answer.</source>
        <translation>Enregistré ; ils s’appliquent dès la prochaine réponse.</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete {model}?</source>
        <translation>Supprimer {model} ?</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Compatibilité</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation>Modèles recommandés</translation>
    </message>
    <message>
        <source> (embedding model)</source>
        <translation> (modèle d’embedding)</translation>
    </message>
    <message>
        <source>Asking the Hub for the files of {repo}…</source>
        <translation>Demande au Hub des fichiers de {repo}…</translation>
    </message>
    <message>
        <source>find, download and manage models</source>
        <translation>trouver, télécharger et gérer des modèles</translation>
    </message>
    <message>
        <source>models you can use</source>
        <translation>les modèles utilisables</translation>
    </message>
    <message>
        <source>recommended models</source>
        <translation>modèles recommandés</translation>
    </message>
    <message>
        <source>search the Hugging Face Hub for GGUF models</source>
        <translation>chercher des modèles GGUF sur le Hub de Hugging Face</translation>
    </message>
    <message>
        <source>the GGUF files of a repository</source>
        <translation>les fichiers GGUF d’un dépôt</translation>
    </message>
    <message>
        <source>download a model</source>
        <translation>télécharger un modèle</translation>
    </message>
    <message>
        <source>pick the file by quantization, e.g. Q4_K_M</source>
        <translation>choisir le fichier par quantification, p. ex. Q4_K_M</translation>
    </message>
    <message>
        <source>queued, paused and failed downloads</source>
        <translation>téléchargements en attente, en pause ou en échec</translation>
    </message>
    <message>
        <source>pause a download</source>
        <translation>mettre un téléchargement en pause</translation>
    </message>
    <message>
        <source>resume a download</source>
        <translation>reprendre un téléchargement</translation>
    </message>
    <message>
        <source>cancel a download</source>
        <translation>annuler un téléchargement</translation>
    </message>
    <message>
        <source>add a GGUF file you already have</source>
        <translation>ajouter un fichier GGUF que vous avez déjà</translation>
    </message>
    <message>
        <source>use it where it is, do not copy</source>
        <translation>l’utiliser là où il est, sans copie</translation>
    </message>
    <message>
        <source>find GGUFs other apps downloaded</source>
        <translation>trouver les GGUF téléchargés par d’autres applications</translation>
    </message>
    <message>
        <source>delete a model</source>
        <translation>supprimer un modèle</translation>
    </message>
    <message>
        <source>do not ask</source>
        <translation>ne pas demander</translation>
    </message>
    <message>
        <source>make a model the default</source>
        <translation>définir un modèle par défaut</translation>
    </message>
    <message>
        <source>facts from a model&apos;s GGUF header</source>
        <translation>les informations de l’en-tête GGUF d’un modèle</translation>
    </message>
    <message>
        <source>a model&apos;s own settings, e.g. context_length=8192 temperature=0.6</source>
        <translation>les réglages propres d’un modèle, p. ex. context_length=8192 temperature=0.6</translation>
    </message>
    <message>
        <source>keys: {join}; KEY= unsets one; none: show them</source>
        <translation>clés : {join} ; KEY= en retire une ; aucune : les afficher</translation>
    </message>
    <message>
        <source>use a model on an OpenAI-compatible server (llama-server…)</source>
        <translation>utiliser un modèle sur un serveur compatible OpenAI (llama-server…)</translation>
    </message>
    <message>
        <source>the name to use it by, e.g. with ask --model</source>
        <translation>le nom sous lequel l’utiliser, p. ex. avec ask --model</translation>
    </message>
    <message>
        <source>the server&apos;s base URL, e.g. http://192.168.1.20:8080/v1</source>
        <translation>l’URL de base du serveur, p. ex. http://192.168.1.20:8080/v1</translation>
    </message>
    <message>
        <source>the server&apos;s API key, if it needs one</source>
        <translation>la clé d’API du serveur, s’il en demande une</translation>
    </message>
    <message>
        <source>the server&apos;s model id (its first by default)</source>
        <translation>l’identifiant du modèle sur le serveur (le premier par défaut)</translation>
    </message>
    <message>
        <source>forget a remote model</source>
        <translation>oublier un modèle distant</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file named {file}.</source>
        <translation>{repo} n’a pas de fichier GGUF nommé {file}.</translation>
    </message>
    <message>
        <source>{repo} has no {quant} file. Available: {have}.</source>
        <translation>{repo} n’a pas de fichier {quant}. Disponibles : {have}.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF files.</source>
        <translation>{repo} n’a pas de fichiers GGUF.</translation>
    </message>
    <message>
        <source>Paused. Resume with: assistant models resume {job_id}</source>
        <translation>En pause. Reprendre avec : assistant models resume {job_id}</translation>
    </message>
    <message>
        <source>Downloaded {name}. Use it with: assistant models use {stem}</source>
        <translation>{name} téléchargé. L’utiliser avec : assistant models use {stem}</translation>
    </message>
    <message>
        <source>LoRA adapters (--adapter NAME[@SCALE], or `models set MODEL adapters=…`):</source>
        <translation>Adaptateurs LoRA (--adapter NOM[@ÉCHELLE] ou `models set MODÈLE adapters=…`) :</translation>
    </message>
    <message>
        <source>These apply the next time the model is loaded.</source>
        <translation>Ils s’appliqueront au prochain chargement du modèle.</translation>
    </message>
    <message>
        <source>Default model: {name}</source>
        <translation>Modèle par défaut : {name}</translation>
    </message>
    <message>
        <source>Added {name} ({size_bytes}).</source>
        <translation>{name} ajouté ({size_bytes}).</translation>
    </message>
    <message>
        <source>Found {name} ({size_bytes}) at {path}</source>
        <translation>{name} ({size_bytes}) trouvé dans {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n new models registered.</source>
        <translation>
            <numerusform>%n nouveau modèle enregistré.</numerusform>
            <numerusform>%n nouveaux modèles enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No new GGUF files found.</source>
        <translation>Aucun nouveau fichier GGUF trouvé.</translation>
    </message>
    <message>
        <source>Delete {name} ({size_bytes})? [y/N] </source>
        <translation>Supprimer {name} ({size_bytes}) ? [y/N] </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>No GGUF repositories found.</source>
        <translation>Aucun dépôt GGUF trouvé.</translation>
    </message>
    <message>
        <source>Not enough free disk for {name}: {reason}.</source>
        <translation>Pas assez d’espace disque pour {name} : {reason}.</translation>
    </message>
    <message>
        <source>{name}: {size}, {label} ({reason})</source>
        <translation>{name} : {size}, {label} ({reason})</translation>
    </message>
    <message>
        <source>No downloads.</source>
        <translation>Aucun téléchargement.</translation>
    </message>
    <message>
        <source>Paused {id}.</source>
        <translation>{id} en pause.</translation>
    </message>
    <message>
        <source>Cancelled {id}; its partial data was deleted.</source>
        <translation>{id} annulé ; ses données partielles ont été supprimées.</translation>
    </message>
    <message>
        <source>No remote model named &apos;{name}&apos;.</source>
        <translation>Aucun modèle distant nommé « {name} ».</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} retiré.</translation>
    </message>
    <message>
        <source>A local model is already called &apos;{name}&apos;; pick another name.</source>
        <translation>Un modèle local s’appelle déjà « {name} » ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>, context {context} tokens</source>
        <translation>, contexte {context} jetons</translation>
    </message>
    <message>
        <source>Added {name}: {model_id} at {url}{context}.</source>
        <translation>{name} ajouté : {model_id} sur {url}{context}.</translation>
    </message>
    <message>
        <source>No GGUF file</source>
        <translation>Aucun fichier GGUF</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Search GGUF models, e.g. qwen 1.5b</source>
        <translation>Rechercher des modèles GGUF, p. ex. qwen 1.5b</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Files of the repository</source>
        <translation>Fichiers du dépôt</translation>
    </message>
    <message>
        <source>Download selected file</source>
        <translation>Télécharger le fichier choisi</translation>
    </message>
    <message>
        <source>Searching the Hub…</source>
        <translation>Recherche sur le Hub…</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories.</source>
        <translation>
            <numerusform>%n dépôt.</numerusform>
            <numerusform>%n dépôts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message numerus="yes">
        <source> (%n parts)</source>
        <translation>
            <numerusform> (%n partie)</numerusform>
            <numerusform> (%n parties)</numerusform>
        </translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur du contexte</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches sur le GPU</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <source>Settings of {model}</source>
        <translation>Paramètres de {model}</translation>
    </message>
    <message>
        <source>What this model was taught</source>
        <translation>Ce qu’on a appris à ce modèle</translation>
    </message>
    <message>
        <source>default ({value})</source>
        <translation>par défaut ({value})</translation>
    </message>
    <message>
        <source>The preset&apos;s (Chat: a helpful assistant)</source>
        <translation>Celui du préréglage (Chat : un assistant serviable)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>none (installed for it: {names})</source>
        <translation>aucun (installés pour lui : {names})</translation>
    </message>
    <message>
        <source>none (no adapter for this model is installed)</source>
        <translation>aucun (aucun adaptateur installé pour ce modèle)</translation>
    </message>
    <message>
        <source>LoRA adapters</source>
        <translation>Adaptateurs LoRA</translation>
    </message>
    <message>
        <source>Chat template in use</source>
        <translation>Modèle de chat utilisé</translation>
    </message>
    <message>
        <source>Reading the model&apos;s chat template…</source>
        <translation>Lecture du modèle de chat du modèle…</translation>
    </message>
    <message>
        <source>Use a file…</source>
        <translation>Utiliser un fichier…</translation>
    </message>
    <message>
        <source>Use the model&apos;s own</source>
        <translation>Utiliser celui du modèle</translation>
    </message>
    <message>
        <source>From {path}</source>
        <translation>Depuis {path}</translation>
    </message>
    <message>
        <source>The model&apos;s own</source>
        <translation>Celui du modèle</translation>
    </message>
    <message>
        <source>(none: this model cannot chat)</source>
        <translation>(aucun : ce modèle ne sait pas discuter)</translation>
    </message>
    <message>
        <source>Jinja templates (*.jinja *.j2 *.txt);;All files (*)</source>
        <translation>Modèles Jinja (*.jinja *.j2 *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>{name} (remote)</source>
        <translation>{name} (distant)</translation>
    </message>
    <message>
        <source>Manage models…</source>
        <translation>Gérer les modèles…</translation>
    </message>
    <message>
        <source>Import GGUF…</source>
        <translation>Importer un GGUF…</translation>
    </message>
    <message>
        <source>Teach a model…</source>
        <translation>Entraîner un modèle…</translation>
    </message>
    <message>
        <source>Add remote server…</source>
        <translation>Ajouter un serveur distant…</translation>
    </message>
    <message>
        <source>Show models folder</source>
        <translation>Afficher le dossier des modèles</translation>
    </message>
    <message>
        <source>Local API server (OpenAI-compatible)</source>
        <translation>Serveur d’API local (compatible OpenAI)</translation>
    </message>
    <message>
        <source>Add a remote server</source>
        <translation>Ajouter un serveur distant</translation>
    </message>
    <message>
        <source>Use a model served by llama.cpp&apos;s llama-server, Ollama, vLLM or another computer running Offline Assistant. Your messages will be sent to this address.</source>
        <translation>Utiliser un modèle servi par llama-server de llama.cpp, Ollama, vLLM ou un autre ordinateur qui exécute Offline Assistant. Vos messages seront envoyés à cette adresse.</translation>
    </message>
    <message>
        <source>e.g. Workstation</source>
        <translation>p. ex. Station de travail</translation>
    </message>
    <message>
        <source>only if the server needs one</source>
        <translation>seulement si le serveur en demande une</translation>
    </message>
    <message>
        <source>the server&apos;s first model</source>
        <translation>le premier modèle du serveur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Model id</source>
        <translation>Identifiant du modèle</translation>
    </message>
    <message>
        <source>A local model already has this name.</source>
        <translation>Un modèle local porte déjà ce nom.</translation>
    </message>
    <message>
        <source>The URL starts with http:// or https://.</source>
        <translation>L’URL commence par http:// ou https://.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Automatic ({n})</source>
        <translation>Automatique ({n})</translation>
    </message>
    <message>
        <source>{n} tokens</source>
        <translation>{n} jetons</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>How many answers the model writes at the same time (this window&apos;s, the local API&apos;s, a summary&apos;s parts). Each needs memory for a whole context.</source>
        <translation>Combien de réponses le modèle écrit en même temps (celles de cette fenêtre, de l&apos;API locale, les parties d&apos;un résumé). Chacune demande la mémoire d&apos;un contexte entier.</translation>
    </message>
    <message>
        <source>Answers at once</source>
        <translation>Réponses simultanées</translation>
    </message>
    <message>
        <source>As many as fit</source>
        <translation>Autant que possible</translation>
    </message>
    <message>
        <source>Layers of the model on the GPU ({gpus}); 0 keeps it on the CPU.</source>
        <translation>Couches du modèle sur le GPU ({gpus}) ; 0 le garde sur le CPU.</translation>
    </message>
    <message>
        <source>No GPU was found: models run on the CPU</source>
        <translation>Aucun GPU trouvé : les modèles tournent sur le CPU</translation>
    </message>
    <message>
        <source>Draft from the input (faster rewrites, same answers)</source>
        <translation>Anticiper à partir du texte donné (réécritures plus rapides, mêmes réponses)</translation>
    </message>
    <message>
        <source>Speculative decoding: when an answer repeats text from the prompt (proofreading, rewriting, extracting, editing code), several tokens are checked at once.</source>
        <translation>Décodage spéculatif : quand une réponse reprend du texte de la demande (relecture, réécriture, extraction, modification de code), plusieurs jetons sont vérifiés à la fois.</translation>
    </message>
    <message>
        <source>Speculative decoding</source>
        <translation>Décodage spéculatif</translation>
    </message>
    <message>
        <source>Resume cache</source>
        <translation>Cache de reprise</translation>
    </message>
    <message>
        <source>First available</source>
        <translation>Le premier disponible</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>Default preset</source>
        <translation>Préréglage par défaut</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the models folder</source>
        <translation>Choisir le dossier des modèles</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter new line</source>
        <translation>Entrée envoie, Maj+Entrée nouvelle ligne</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter new line</source>
        <translation>Ctrl+Entrée envoie, Entrée nouvelle ligne</translation>
    </message>
    <message>
        <source>Send with</source>
        <translation>Envoyer avec</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur du système</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language shows when the app starts again.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>{name} (built-in)</source>
        <translation>{name} (intégré)</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Modèle vocal</translation>
    </message>
    <message>
        <source> (English only)</source>
        <translation> (anglais seulement)</translation>
    </message>
    <message>
        <source>Writes down dictation, voice mode and recordings; more in the model manager.</source>
        <translation>Transcrit la dictée, le mode vocal et les enregistrements ; d’autres dans le gestionnaire de modèles.</translation>
    </message>
    <message>
        <source>Spoken language</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <source>Recognised automatically</source>
        <translation>Détectée automatiquement</translation>
    </message>
    <message>
        <source>Send a dictation when I stop speaking</source>
        <translation>Envoyer la dictée quand j’arrête de parler</translation>
    </message>
    <message>
        <source>Read answers aloud as they are written</source>
        <translation>Lire les réponses à voix haute pendant leur écriture</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>Vitesse de parole</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Tools and MCP servers…</source>
        <translation>Outils et serveurs MCP…</translation>
    </message>
    <message>
        <source>The tools models may call, your MCP servers, what runs unasked</source>
        <translation>Les outils que les modèles peuvent appeler, vos serveurs MCP, ce qui s’exécute sans demander</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Going back to a chat (after another chat, a model switch or a restart) continues from its saved state instead of reading the whole chat again. Saved states are kept on disk up to this size; Off keeps them in memory only.</source>
        <translation>Revenir à un chat (après un autre chat, un changement de modèle ou un redémarrage) reprend depuis son état enregistré au lieu de relire tout le chat. Les états enregistrés sont gardés sur le disque jusqu’à cette taille ; Désactivé les garde seulement en mémoire.</translation>
    </message>
    <message>
        <source>Resume cache size on disk</source>
        <translation>Taille du cache de reprise sur le disque</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Delete every saved conversation state</source>
        <translation>Supprimer tous les états de conversation enregistrés</translation>
    </message>
    <message>
        <source>Clear the resume cache</source>
        <translation>Vider le cache de reprise</translation>
    </message>
    <message>
        <source>{size} MB in use</source>
        <translation>{size} Mo utilisés</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>Rechercher dans les chats</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>Passage source</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>Le fichier n’est plus là</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Modèle actuel</translation>
    </message>
    <message>
        <source>About the model</source>
        <translation>À propos du modèle</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>Chargement du modèle</translation>
    </message>
    <message>
        <source>Stop loading this model and keep the one in use</source>
        <translation>Arrêter de charger ce modèle et garder celui en cours</translation>
    </message>
    <message>
        <source>Cancel loading the model</source>
        <translation>Annuler le chargement du modèle</translation>
    </message>
    <message>
        <source>Local API server address</source>
        <translation>Adresse du serveur d’API local</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Hors ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Only the model manager uses the network, and only when you ask it to.</source>
        <translation>Rien ne quitte cet ordinateur. Seul le gestionnaire de modèles utilise le réseau, et seulement quand vous le lui demandez.</translation>
    </message>
    <message>
        <source>● Remote: {host}</source>
        <translation>● Distant : {host}</translation>
    </message>
    <message>
        <source>Remote model at {host}</source>
        <translation>Modèle distant sur {host}</translation>
    </message>
    <message>
        <source>Your messages go to {server}, the server you added. Pick a local model to be offline again.</source>
        <translation>Vos messages vont à {server}, le serveur que vous avez ajouté. Choisissez un modèle local pour redevenir hors ligne.</translation>
    </message>
    <message numerus="yes">
        <source>context %n tokens</source>
        <translation>
            <numerusform>contexte %n jeton</numerusform>
            <numerusform>contexte %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>context size not reported</source>
        <translation>taille du contexte non indiquée</translation>
    </message>
    <message>
        <source>context {used}/{size}</source>
        <translation>contexte {used}/{size}</translation>
    </message>
    <message>
        <source>context: {used} tokens used</source>
        <translation>contexte : {used} jetons utilisés</translation>
    </message>
    <message numerus="yes">
        <source>%n older messages left out</source>
        <translation>
            <numerusform>%n message plus ancien omis</numerusform>
            <numerusform>%n messages plus anciens omis</numerusform>
        </translation>
    </message>
    <message>
        <source>API {url}</source>
        <translation>API {url}</translation>
    </message>
    <message>
        <source>Programs on this computer can use the current model through this OpenAI-compatible address (Models → Local API server stops it).</source>
        <translation>Les programmes de cet ordinateur peuvent utiliser le modèle actuel via cette adresse compatible OpenAI (Modèles → Serveur d’API local l’arrête).</translation>
    </message>
    <message>
        <source>{model} at {server}</source>
        <translation>{model} sur {server}</translation>
    </message>
    <message>
        <source>{architecture}, {millions}M parameters, {quantization}, context {context}</source>
        <translation>{architecture}, {millions} M de paramètres, {quantization}, contexte {context}</translation>
    </message>
    <message>
        <source>remote · {server}</source>
        <translation>distant · {server}</translation>
    </message>
    <message>
        <source>{millions}M parameters</source>
        <translation>{millions} M de paramètres</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Thought for {min} min {s} s</source>
        <translation>Réflexion de {min} min {s} s</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Réflexion de %n s</numerusform>
            <numerusform>Réflexion de %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>tokens the model can see at once</source>
        <translation>jetons que le modèle voit à la fois</translation>
    </message>
    <message>
        <source>prompt tokens processed per step</source>
        <translation>jetons de la demande traités par étape</translation>
    </message>
    <message>
        <source>layers on the GPU (-1: as many as fit, 0: none)</source>
        <translation>couches sur le GPU (-1 : autant que possible, 0 : aucune)</translation>
    </message>
    <message>
        <source>randomness (0: always the likeliest word)</source>
        <translation>part de hasard (0 : toujours le mot le plus probable)</translation>
    </message>
    <message>
        <source>sample from the likeliest words covering this probability</source>
        <translation>choisir parmi les mots les plus probables couvrant cette probabilité</translation>
    </message>
    <message>
        <source>sample from this many likeliest words (0: all)</source>
        <translation>choisir parmi ce nombre de mots les plus probables (0 : tous)</translation>
    </message>
    <message>
        <source>drop words less likely than this share of the likeliest</source>
        <translation>écarter les mots moins probables que cette part du plus probable</translation>
    </message>
    <message>
        <source>discourage repeating recent words (1: off)</source>
        <translation>décourager la répétition des mots récents (1 : désactivé)</translation>
    </message>
    <message>
        <source>instructions at the start of every new chat</source>
        <translation>instructions au début de chaque nouveau chat</translation>
    </message>
    <message>
        <source>a Jinja file used instead of the model&apos;s own chat template</source>
        <translation>un fichier Jinja utilisé à la place du modèle de chat du modèle</translation>
    </message>
    <message>
        <source>LoRA adapters over the model, e.g. legal-style@0.5, terse</source>
        <translation>adaptateurs LoRA appliqués au modèle, p. ex. legal-style@0.5, terse</translation>
    </message>
    <message>
        <source>A French female voice for reading answers aloud.</source>
        <translation>Une voix féminine française pour lire les réponses à voix haute.</translation>
    </message>
    <message>
        <source>A German male voice for reading answers aloud.</source>
        <translation>Une voix masculine allemande pour lire les réponses à voix haute.</translation>
    </message>
    <message>
        <source>A Spanish male voice for reading answers aloud.</source>
        <translation>Une voix masculine espagnole pour lire les réponses à voix haute.</translation>
    </message>
    <message>
        <source>A dependable everyday assistant for 8 GB laptops.</source>
        <translation>Un assistant fiable au quotidien pour les portables de 8 Go.</translation>
    </message>
    <message>
        <source>A friendly, helpful conversation.</source>
        <translation>Une conversation aimable et utile.</translation>
    </message>
    <message>
        <source>A short paragraph with the main points of a text.</source>
        <translation>Un court paragraphe avec les points principaux d’un texte.</translation>
    </message>
    <message>
        <source>Answer a question using only a text you paste.</source>
        <translation>Répondre à une question uniquement à partir d’un texte collé.</translation>
    </message>
    <message>
        <source>Answer from text</source>
        <translation>Répondre d’après un texte</translation>
    </message>
    <message>
        <source>Balanced multilingual assistant; good at structured output.</source>
        <translation>Assistant multilingue équilibré ; doué pour les sorties structurées.</translation>
    </message>
    <message>
        <source>Capable small reasoning model in 119 languages.</source>
        <translation>Petit modèle de raisonnement compétent en 119 langues.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Classer</translation>
    </message>
    <message>
        <source>Explain code</source>
        <translation>Expliquer du code</translation>
    </message>
    <message>
        <source>Extract (JSON)</source>
        <translation>Extraire (JSON)</translation>
    </message>
    <message>
        <source>Fix spelling, grammar and punctuation.</source>
        <translation>Corriger l’orthographe, la grammaire et la ponctuation.</translation>
    </message>
    <message>
        <source>Google&apos;s compact chat model with a natural writing style.</source>
        <translation>Le modèle de chat compact de Google, au style d’écriture naturel.</translation>
    </message>
    <message>
        <source>Is a text positive, negative or neutral?</source>
        <translation>Un texte est-il positif, négatif ou neutre ?</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Meta&apos;s small model; friendly chat and summaries.</source>
        <translation>Le petit modèle de Meta ; conversation aimable et résumés.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s reasoning-focused small model; good at code and logic.</source>
        <translation>Le petit modèle de Microsoft axé sur le raisonnement ; doué pour le code et la logique.</translation>
    </message>
    <message>
        <source>More accurate speech recognition in about 100 languages, about three times slower than base.</source>
        <translation>Reconnaissance vocale plus précise dans une centaine de langues, environ trois fois plus lente que base.</translation>
    </message>
    <message>
        <source>Multilingual embedding model from Google: documents in 100+ languages.</source>
        <translation>Modèle d’embedding multilingue de Google : documents en plus de 100 langues.</translation>
    </message>
    <message>
        <source>Newest tiny Qwen with a thinking mode; best kept to short tasks.</source>
        <translation>Le plus récent petit Qwen, avec un mode réflexion ; à réserver aux tâches courtes.</translation>
    </message>
    <message>
        <source>Noticeably smarter than 1.5B while still fitting in 4 GB of RAM.</source>
        <translation>Nettement plus malin que le 1.5B tout en tenant dans 4 Go de RAM.</translation>
    </message>
    <message>
        <source>Proofread</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>Pull named fields out of a text as JSON.</source>
        <translation>Extraire d’un texte des champs nommés, en JSON.</translation>
    </message>
    <message>
        <source>Put a text into one of your categories.</source>
        <translation>Ranger un texte dans l’une de vos catégories.</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Réécrire</translation>
    </message>
    <message>
        <source>Rewrite text in a different tone.</source>
        <translation>Réécrire un texte sur un autre ton.</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <source>Small English embedding model; finds passages better than the built-in one.</source>
        <translation>Petit modèle d’embedding anglais ; trouve les passages mieux que le modèle intégré.</translation>
    </message>
    <message>
        <source>Small multilingual Gemma 3 for quick answers.</source>
        <translation>Petit Gemma 3 multilingue pour des réponses rapides.</translation>
    </message>
    <message>
        <source>Strong English embedding model with long passages.</source>
        <translation>Modèle d’embedding anglais performant, pour de longs passages.</translation>
    </message>
    <message>
        <source>Strong all-rounder for machines with 8 GB of RAM.</source>
        <translation>Polyvalent et solide pour les machines avec 8 Go de RAM.</translation>
    </message>
    <message>
        <source>Strong multilingual writer in about 2.5 GB.</source>
        <translation>Rédacteur multilingue performant en environ 2,5 Go.</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>The built-in embedding model, smaller (8-bit); no need to download it.</source>
        <translation>Le modèle d’embedding intégré, en plus petit (8 bits) ; inutile de le télécharger.</translation>
    </message>
    <message>
        <source>The main points of a text as a bulleted list.</source>
        <translation>Les points principaux d’un texte sous forme de liste à puces.</translation>
    </message>
    <message>
        <source>The strongest SmolLM2: solid English chat and summaries in about 1 GB.</source>
        <translation>Le SmolLM2 le plus fort : conversation et résumés solides en anglais dans environ 1 Go.</translation>
    </message>
    <message>
        <source>Tiny and fast; good for short answers and rewriting on any machine.</source>
        <translation>Minuscule et rapide ; bien pour les réponses courtes et la réécriture sur toute machine.</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
    <message>
        <source>Translate text into another language.</source>
        <translation>Traduire un texte dans une autre langue.</translation>
    </message>
    <message>
        <source>Very small multilingual model with a long context.</source>
        <translation>Très petit modèle multilingue avec un long contexte.</translation>
    </message>
    <message>
        <source>What does this code do, step by step.</source>
        <translation>Ce que fait ce code, étape par étape.</translation>
    </message>
    <message>
        <source>Write code</source>
        <translation>Écrire du code</translation>
    </message>
    <message>
        <source>Write code for a task.</source>
        <translation>Écrire du code pour une tâche.</translation>
    </message>
    <message>
        <source>Writes down speech in about 100 languages and translates it into English; more accurate than the built-in English-only model.</source>
        <translation>Transcrit la parole dans une centaine de langues et la traduit en anglais ; plus précis que le modèle intégré, anglais seulement.</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>conversation</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>champs</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langage</translation>
    </message>
    <message>
        <source>length</source>
        <translation>longueur</translation>
    </message>
    <message>
        <source>multilingual</source>
        <translation>multilingue</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>reading aloud</source>
        <translation>lecture à voix haute</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>parole</translation>
    </message>
    <message>
        <source>summarize</source>
        <translation>résumer</translation>
    </message>
    <message>
        <source>target language</source>
        <translation>langue cible</translation>
    </message>
    <message>
        <source>tone</source>
        <translation>ton</translation>
    </message>
    <message>
        <source>check this installation offline (built-in model, history, window) and exit</source>
        <translation>vérifier cette installation hors ligne (modèle intégré, historique, fenêtre) puis quitter</translation>
    </message>
    <message>
        <source>model name or path to a .gguf file</source>
        <translation>nom du modèle ou chemin d’un fichier .gguf</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>prompt système</translation>
    </message>
    <message>
        <source>let a reasoning model think first, or not (where its template allows; default: the model&apos;s own); its reasoning goes to stderr</source>
        <translation>laisser un modèle de raisonnement réfléchir d’abord, ou non (si son modèle le permet ; par défaut : comme le modèle) ; sa réflexion va sur stderr</translation>
    </message>
    <message>
        <source>answer from a document collection (see `assistant docs`), citing its sources</source>
        <translation>répondre à partir d’une collection de documents (voir `assistant docs`), en citant les sources</translation>
    </message>
    <message>
        <source>answer with a LoRA adapter over the model (see `assistant models list`), at a scale (default 1); none: without the model&apos;s own</source>
        <translation>répondre avec un adaptateur LoRA appliqué au modèle (voir `assistant models list`), à une échelle (1 par défaut) ; none : sans celui du modèle</translation>
    </message>
    <message>
        <source>a private chat: your memories are neither used nor added</source>
        <translation>une conversation privée : vos souvenirs ne sont ni utilisés ni ajoutés</translation>
    </message>
    <message>
        <source>answer one prompt and exit</source>
        <translation>répondre à une demande puis quitter</translation>
    </message>
    <message>
        <source>the prompt; read from stdin when omitted</source>
        <translation>la demande ; lue sur stdin si absente</translation>
    </message>
    <message>
        <source>a task preset, e.g. summarize, translate</source>
        <translation>un préréglage de tâche, p. ex. summarize, translate</translation>
    </message>
    <message>
        <source>a preset variable</source>
        <translation>une variable du préréglage</translation>
    </message>
    <message>
        <source>print the answer&apos;s figures on stderr</source>
        <translation>afficher les chiffres de la réponse sur stderr</translation>
    </message>
    <message>
        <source>interactive conversation in the terminal</source>
        <translation>conversation interactive dans le terminal</translation>
    </message>
    <message>
        <source>resume a saved conversation</source>
        <translation>reprendre une conversation enregistrée</translation>
    </message>
    <message>
        <source>error: {exc}</source>
        <translation>erreur : {exc}</translation>
    </message>
    <message>
        <source>error: an internal error occurred; details are in {log_file}</source>
        <translation>erreur : une erreur interne s’est produite ; les détails sont dans {log_file}</translation>
    </message>
    <message>
        <source>Loading the model… (Ctrl+C stops)</source>
        <translation>Chargement du modèle… (Ctrl+C pour arrêter)</translation>
    </message>
    <message>
        <source>Thinking: </source>
        <translation>Réflexion : </translation>
    </message>
    <message>
        <source>{prompt} prompt tokens ({reused} reused), {answer} answer tokens, {speed} tok/s</source>
        <translation>{prompt} jetons de demande ({reused} réutilisés), {answer} jetons de réponse, {speed} jetons/s</translation>
    </message>
    <message>
        <source>{kept} of {drafted} drafted tokens kept ({share}%)</source>
        <translation>{kept} jetons anticipés sur {drafted} gardés ({share} %)</translation>
    </message>
    <message>
        <source>[{dropped} older messages no longer fit in the model&apos;s context and were left out; the system prompt was kept]</source>
        <translation>[{dropped} messages plus anciens ne tenaient plus dans le contexte du modèle et ont été omis ; le prompt système a été conservé]</translation>
    </message>
    <message>
        <source>Nothing to ask: give the prompt as an argument or on stdin.</source>
        <translation>Rien à demander : donnez la demande en argument ou sur stdin.</translation>
    </message>
    <message>
        <source>warning: the answer does not fit the preset: {problem}</source>
        <translation>avertissement : la réponse ne correspond pas au préréglage : {problem}</translation>
    </message>
    <message>
        <source>Continuing &quot;{title}&quot; ({shown_count} messages).</source>
        <translation>Reprise de « {title} » ({shown_count} messages).</translation>
    </message>
    <message>
        <source>{name} · context {context} tokens · conversation {cid}. Ctrl+C stops an answer, Ctrl+D or /exit quits.</source>
        <translation>{name} · contexte {context} jetons · conversation {cid}. Ctrl+C arrête une réponse, Ctrl+D ou /exit quitte.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>
error: {exc}</source>
        <translation>
erreur : {exc}</translation>
    </message>
    <message>
        <source>document collections to ask questions about</source>
        <translation>des collections de documents à interroger</translation>
    </message>
    <message>
        <source>create a collection or add folders/files, then index them</source>
        <translation>créer une collection ou ajouter des dossiers/fichiers, puis les indexer</translation>
    </message>
    <message>
        <source>only record the paths</source>
        <translation>seulement enregistrer les chemins</translation>
    </message>
    <message>
        <source>collections and their size</source>
        <translation>les collections et leur taille</translation>
    </message>
    <message>
        <source>a collection&apos;s files and their status</source>
        <translation>les fichiers d’une collection et leur état</translation>
    </message>
    <message>
        <source>index new and changed files, drop deleted ones</source>
        <translation>indexer les fichiers nouveaux et modifiés, oublier ceux supprimés</translation>
    </message>
    <message>
        <source>one collection (default: all)</source>
        <translation>une collection (par défaut : toutes)</translation>
    </message>
    <message>
        <source>the passages that best match a query</source>
        <translation>les passages qui correspondent le mieux à une requête</translation>
    </message>
    <message>
        <source>delete a collection and its index (not the files)</source>
        <translation>supprimer une collection et son index (pas les fichiers)</translation>
    </message>
    <message>
        <source>show or choose the embedding model documents use</source>
        <translation>afficher ou choisir le modèle d’embedding des documents</translation>
    </message>
    <message>
        <source>an embedding model&apos;s name or path, or &apos;built-in&apos;</source>
        <translation>le nom ou le chemin d’un modèle d’embedding, ou « built-in »</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n folders or files</source>
        <translation>
            <numerusform>{name} : %n dossier ou fichier</numerusform>
            <numerusform>{name} : %n dossiers ou fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>No collections yet: create one with `assistant docs add NAME PATH`.</source>
        <translation>Aucune collection pour l’instant : créez-en une avec `assistant docs add NAME PATH`.</translation>
    </message>
    <message>
        <source>No passage matches.</source>
        <translation>Aucun passage ne correspond.</translation>
    </message>
    <message>
        <source>Deleted the collection {name} (your files were not touched).</source>
        <translation>Collection {name} supprimée (vos fichiers n’ont pas été touchés).</translation>
    </message>
    <message>
        <source>in use: {model_name}</source>
        <translation>utilisé : {model_name}</translation>
    </message>
    <message>
        <source>downloaded embedding models: {names}</source>
        <translation>modèles d’embedding téléchargés : {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Documents now use {model_name}; each collection is indexed again at its next sync.</source>
        <translation>Les documents utilisent désormais {model_name} ; chaque collection sera réindexée à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Not indexed yet: run `assistant docs sync {name}`.</source>
        <translation>Pas encore indexée : lancez `assistant docs sync {name}`.</translation>
    </message>
    <message>
        <source>  indexed   {path}  ({passages} passages)</source>
        <translation>  indexé    {path}  ({passages} passages)</translation>
    </message>
    <message>
        <source>  skipped   {path}  ({reason})</source>
        <translation>  ignoré    {path}  ({reason})</translation>
    </message>
    <message>
        <source>  unfinished {path}  (indexed again by the next sync)</source>
        <translation>  inachevé  {path}  (réindexé à la prochaine synchronisation)</translation>
    </message>
    <message>
        <source>{passages} passages, {rate}/s</source>
        <translation>{passages} passages, {rate}/s</translation>
    </message>
    <message>
        <source>  note: {note}</source>
        <translation>  remarque : {note}</translation>
    </message>
    <message>
        <source>  skipped {path}: {why}</source>
        <translation>  ignoré {path} : {why}</translation>
    </message>
    <message>
        <source>The collection {name} has no indexed documents yet: run `assistant docs sync {name}`.</source>
        <translation>La collection {name} n’a pas encore de documents indexés : lancez `assistant docs sync {name}`.</translation>
    </message>
    <message>
        <source>saved conversations</source>
        <translation>conversations enregistrées</translation>
    </message>
    <message>
        <source>conversations, pinned first, newest first</source>
        <translation>les conversations, épinglées d’abord, plus récentes d’abord</translation>
    </message>
    <message>
        <source>include archived ones</source>
        <translation>inclure les archivées</translation>
    </message>
    <message>
        <source>print a conversation</source>
        <translation>afficher une conversation</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>recherche en texte intégral</translation>
    </message>
    <message>
        <source>write conversations to a file</source>
        <translation>écrire des conversations dans un fichier</translation>
    </message>
    <message>
        <source>import a JSON export</source>
        <translation>importer un export JSON</translation>
    </message>
    <message>
        <source>delete a conversation (undo with restore)</source>
        <translation>supprimer une conversation (annuler avec restore)</translation>
    </message>
    <message>
        <source>undo a delete</source>
        <translation>annuler une suppression</translation>
    </message>
    <message>
        <source>remove deleted conversations for good</source>
        <translation>retirer définitivement les conversations supprimées</translation>
    </message>
    <message>
        <source>figures about the history</source>
        <translation>des chiffres sur l’historique</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Say which conversation to export (an ID) or --all.</source>
        <translation>Indiquez quelle conversation exporter (un identifiant) ou --all.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to {output}.</source>
        <translation>
            <numerusform>%n conversation exportée vers {output}.</numerusform>
            <numerusform>%n conversations exportées vers {output}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n conversations: {ids}.</source>
        <translation>
            <numerusform>%n conversation importée : {ids}.</numerusform>
            <numerusform>%n conversations importées : {ids}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted conversation {id}. Undo with: assistant history restore {id}</source>
        <translation>Conversation {id} supprimée. Annuler avec : assistant history restore {id}</translation>
    </message>
    <message>
        <source>Restored conversation {id}.</source>
        <translation>Conversation {id} restaurée.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n deleted conversations for good.</source>
        <translation>
            <numerusform>%n conversation supprimée retirée définitivement.</numerusform>
            <numerusform>%n conversations supprimées retirées définitivement.</numerusform>
        </translation>
    </message>
    <message>
        <source>show the CPU kernels, GPU devices and how the model is offloaded</source>
        <translation>afficher les noyaux CPU, les GPU et la répartition du modèle</translation>
    </message>
    <message>
        <source>model name or path (default: the default model)</source>
        <translation>nom ou chemin du modèle (par défaut : le modèle par défaut)</translation>
    </message>
    <message>
        <source>only the kernels and devices, load no model</source>
        <translation>seulement les noyaux et les appareils, sans charger de modèle</translation>
    </message>
    <message>
        <source>Data: {data}</source>
        <translation>Données : {data}</translation>
    </message>
    <message>
        <source>Model: {name} ({describe})</source>
        <translation>Modèle : {name} ({describe})</translation>
    </message>
    <message>
        <source>Offload: {runs_on}; {offload}</source>
        <translation>Répartition : {runs_on} ; {offload}</translation>
    </message>
    <message>
        <source>Answers at once: {n}, each with a context of {context} tokens</source>
        <translation>Réponses simultanées : {n}, chacune avec un contexte de {context} jetons</translation>
    </message>
    <message>
        <source>Engine memory ceiling: {size} GiB</source>
        <translation>Plafond mémoire du moteur : {size} Gio</translation>
    </message>
    <message>
        <source>serve the models over an OpenAI-compatible API on this machine</source>
        <translation>servir les modèles via une API compatible OpenAI sur cette machine</translation>
    </message>
    <message>
        <source>Serve /v1/models, /v1/chat/completions and /v1/completions.</source>
        <translation>Sert /v1/models, /v1/chat/completions et /v1/completions.</translation>
    </message>
    <message>
        <source>address to listen on (127.0.0.1)</source>
        <translation>adresse d’écoute (127.0.0.1)</translation>
    </message>
    <message>
        <source>port (8765, or the settings&apos; server_port)</source>
        <translation>port (8765, ou server_port des réglages)</translation>
    </message>
    <message>
        <source>model to load at start (the default model)</source>
        <translation>modèle à charger au démarrage (le modèle par défaut)</translation>
    </message>
    <message>
        <source>answers written at once (default: the settings&apos; parallel_answers, or automatic)</source>
        <translation>réponses écrites en même temps (par défaut : parallel_answers des réglages, ou automatique)</translation>
    </message>
    <message>
        <source>require &apos;Authorization: Bearer KEY&apos; (or set ASSISTANT_API_KEY / server_api_key)</source>
        <translation>exiger « Authorization: Bearer KEY » (ou définir ASSISTANT_API_KEY / server_api_key)</translation>
    </message>
    <message>
        <source>allow listening on an address other machines can reach (needs an API key)</source>
        <translation>autoriser l’écoute sur une adresse accessible à d’autres machines (clé d’API requise)</translation>
    </message>
    <message>
        <source>allow browser pages from ORIGIN to call the API (CORS is off by default)</source>
        <translation>autoriser les pages web d’ORIGIN à appeler l’API (CORS est désactivé par défaut)</translation>
    </message>
    <message>
        <source>also answer requests addressed to NAME (by default only this machine&apos;s names)</source>
        <translation>répondre aussi aux requêtes adressées à NAME (par défaut, seulement aux noms de cette machine)</translation>
    </message>
    <message>
        <source>{host} can be reached from other machines; add --allow-network (and an API key) if that is what you want.</source>
        <translation>{host} est accessible depuis d’autres machines ; ajoutez --allow-network (et une clé d’API) si c’est voulu.</translation>
    </message>
    <message>
        <source>Serving beyond this machine needs an API key: --api-key KEY or ASSISTANT_API_KEY.</source>
        <translation>Servir au-delà de cette machine exige une clé d’API : --api-key KEY ou ASSISTANT_API_KEY.</translation>
    </message>
    <message>
        <source>The API server is an optional part: install it with pip install &apos;offline-assistant[server]&apos;.</source>
        <translation>Le serveur d’API est une partie facultative : installez-le avec pip install &apos;offline-assistant[server]&apos;.</translation>
    </message>
    <message>
        <source>--parallel must be at least 1.</source>
        <translation>--parallel doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>Serving {name} at {url}, {n} answers at once (Ctrl+C stops)</source>
        <translation>{name} est servi à {url}, {n} réponses simultanées (Ctrl+C arrête)</translation>
    </message>
    <message>
        <source>task presets</source>
        <translation>préréglages de tâches</translation>
    </message>
    <message>
        <source>all presets</source>
        <translation>tous les préréglages</translation>
    </message>
    <message>
        <source>a preset&apos;s settings</source>
        <translation>les réglages d’un préréglage</translation>
    </message>
    <message>
        <source>a new preset copied from another</source>
        <translation>un nouveau préréglage copié d’un autre</translation>
    </message>
    <message>
        <source>edit a preset in $EDITOR (saves a user copy)</source>
        <translation>modifier un préréglage dans $EDITOR (enregistre une copie personnelle)</translation>
    </message>
    <message>
        <source>check every preset file</source>
        <translation>vérifier chaque fichier de préréglage</translation>
    </message>
    <message>
        <source>summarize a document</source>
        <translation>résumer un document</translation>
    </message>
    <message>
        <source>summarize or key-points</source>
        <translation>summarize ou key-points</translation>
    </message>
    <message>
        <source>--var needs name=value, got &apos;{item}&apos;.</source>
        <translation>--var attend name=value, reçu « {item} ».</translation>
    </message>
    <message>
        <source>warning: skipped a preset: {problem}</source>
        <translation>avertissement : un préréglage ignoré : {problem}</translation>
    </message>
    <message>
        <source>  (yours)</source>
        <translation>  (le vôtre)</translation>
    </message>
    <message>
        <source>Created {from_id}</source>
        <translation>{from_id} créé</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} enregistré</translation>
    </message>
    <message>
        <source>All presets are valid.</source>
        <translation>Tous les préréglages sont valides.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems.</source>
        <translation>
            <numerusform>%n problème.</numerusform>
            <numerusform>%n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>summarizing parts</source>
        <translation>résumé des parties</translation>
    </message>
    <message>
        <source>combining</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source> (stopped early: partial summary)</source>
        <translation> (arrêté plus tôt : résumé partiel)</translation>
    </message>
    <message numerus="yes">
        <source>saved as conversation {cid}; %n parts</source>
        <translation>
            <numerusform>enregistré comme conversation {cid} ; %n partie</numerusform>
            <numerusform>enregistré comme conversation {cid} ; %n parties</numerusform>
        </translation>
    </message>
    <message>
        <source>write down what is said in an audio or video file</source>
        <translation>écrire ce qui est dit dans un fichier audio ou vidéo</translation>
    </message>
    <message>
        <source>Transcribe wav, mp3, m4a, ogg, flac, webm, mp4 and other audio or video files on this machine, with timestamps.</source>
        <translation>Transcrire sur cette machine les fichiers wav, mp3, m4a, ogg, flac, webm, mp4 et autres fichiers audio ou vidéo, avec horodatage.</translation>
    </message>
    <message>
        <source>the spoken language, e.g. en (default: heard)</source>
        <translation>la langue parlée, par ex. en (par défaut : reconnue)</translation>
    </message>
    <message>
        <source>output format (txt)</source>
        <translation>format de sortie (txt)</translation>
    </message>
    <message>
        <source>write to this file, not the terminal</source>
        <translation>écrire dans ce fichier, pas dans le terminal</translation>
    </message>
    <message>
        <source>translate the speech into English</source>
        <translation>traduire la parole en anglais</translation>
    </message>
    <message>
        <source>also add it to this document collection (made if new) and index it</source>
        <translation>l’ajouter aussi à cette collection de documents (créée si besoin) et l’indexer</translation>
    </message>
    <message>
        <source>also keep it as a conversation to ask about</source>
        <translation>la garder aussi comme conversation pour poser des questions</translation>
    </message>
    <message>
        <source>say a text aloud into an audio file, with a voice on this machine</source>
        <translation>dire un texte à voix haute dans un fichier audio, avec une voix sur cette machine</translation>
    </message>
    <message>
        <source>Speak a text with the built-in voice (or the one the settings name) into a wav, flac, mp3 or raw pcm file. espeak-ng must be installed.</source>
        <translation>Dire un texte avec la voix intégrée (ou celle que nomment les paramètres) dans un fichier wav, flac, mp3 ou pcm brut. espeak-ng doit être installé.</translation>
    </message>
    <message>
        <source>what to say (&apos;-&apos; reads it from standard input)</source>
        <translation>ce qu’il faut dire (« - » le lit sur l’entrée standard)</translation>
    </message>
    <message>
        <source>the audio file to write</source>
        <translation>le fichier audio à écrire</translation>
    </message>
    <message>
        <source>audio format (default: from the file&apos;s suffix, else wav)</source>
        <translation>format audio (par défaut : d’après l’extension du fichier, sinon wav)</translation>
    </message>
    <message>
        <source>0.25 to 4 (default: the settings&apos;, 1)</source>
        <translation>de 0,25 à 4 (par défaut : celle des paramètres, 1)</translation>
    </message>
    <message>
        <source>{seconds:.1f} s of speech written to {file}</source>
        <translation>{seconds:.1f} s de parole écrites dans {file}</translation>
    </message>
    <message>
        <source>transcribing</source>
        <translation>transcription</translation>
    </message>
    <message>
        <source>[saved as conversation {cid}]</source>
        <translation>[enregistrée comme conversation {cid}]</translation>
    </message>
    <message>
        <source>[added to the collection {name} as {file}; {n} passages indexed]</source>
        <translation>[ajoutée à la collection {name} sous le nom {file} ; {n} passages indexés]</translation>
    </message>
    <message>
        <source>Audio and video (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.webm *.mp4)</source>
        <translation>Audio et vidéo (*.wav *.mp3 *.m4a *.ogg *.opus *.flac *.webm *.mp4)</translation>
    </message>
    <message>
        <source>Transcribe audio or video</source>
        <translation>Transcrire un audio ou une vidéo</translation>
    </message>
    <message>
        <source>A transcription is already running; Esc stops it.</source>
        <translation>Une transcription est déjà en cours ; Échap l’arrête.</translation>
    </message>
    <message>
        <source>Transcribing {file}… (Esc stops)</source>
        <translation>Transcription de {file}… (Échap arrête)</translation>
    </message>
    <message>
        <source>Transcribing {file}: {percent}%… (Esc stops)</source>
        <translation>Transcription de {file} : {percent} %… (Échap arrête)</translation>
    </message>
    <message>
        <source>The transcription failed (details in the log).</source>
        <translation>La transcription a échoué (détails dans le journal).</translation>
    </message>
    <message>
        <source>facts the assistant keeps across chats</source>
        <translation>les faits que l’assistant garde d’une conversation à l’autre</translation>
    </message>
    <message>
        <source>Facts about you the assistant is given in every chat (private chats excepted), e.g. &apos;I am vegetarian&apos; or &apos;answer in metric units&apos;.</source>
        <translation>Les faits vous concernant que l’assistant reçoit dans chaque conversation (sauf les privées), par ex. &apos;je suis végétarien&apos; ou &apos;réponds en unités métriques&apos;.</translation>
    </message>
    <message>
        <source>remember a fact</source>
        <translation>retenir un fait</translation>
    </message>
    <message>
        <source>list the memories (off ones marked)</source>
        <translation>lister les souvenirs (ceux désactivés sont marqués)</translation>
    </message>
    <message>
        <source>change a memory&apos;s text</source>
        <translation>modifier le texte d’un souvenir</translation>
    </message>
    <message>
        <source>use a memory again</source>
        <translation>utiliser à nouveau un souvenir</translation>
    </message>
    <message>
        <source>keep a memory but stop using it</source>
        <translation>garder un souvenir sans plus l’utiliser</translation>
    </message>
    <message>
        <source>forget a memory</source>
        <translation>oublier un souvenir</translation>
    </message>
    <message>
        <source>(off)</source>
        <translation>(désactivé)</translation>
    </message>
    <message>
        <source>Private chat: memories are not used or added</source>
        <translation>Conversation privée : les souvenirs ne sont ni utilisés ni ajoutés</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>A fact to keep across chats:</source>
        <translation>Un fait à garder d’une conversation à l’autre :</translation>
    </message>
    <message>
        <source>Memories used</source>
        <translation>Souvenirs utilisés</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Facts about you the assistant is given in every chat, except private ones. Untick one to keep it without using it.</source>
        <translation>Les faits vous concernant que l’assistant reçoit dans chaque conversation, sauf les privées. Décochez-en un pour le garder sans l’utiliser.</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Souvenirs</translation>
    </message>
    <message>
        <source>Nothing is remembered yet. Add a fact, or use Remember… on one of your messages.</source>
        <translation>Rien n’est encore retenu. Ajoutez un fait, ou utilisez Retenir… sur l’un de vos messages.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Edit memory</source>
        <translation>Modifier le souvenir</translation>
    </message>
    <message>
        <source>the tools a model can call</source>
        <translation>les outils qu&apos;un modèle peut appeler</translation>
    </message>
    <message>
        <source>list the tools, what they do and where from</source>
        <translation>lister les outils, ce qu&apos;ils font et d&apos;où ils viennent</translation>
    </message>
    <message>
        <source>add MCP servers from another app&apos;s file (the mcpServers JSON shape)</source>
        <translation>ajouter les serveurs MCP du fichier d&apos;une autre application (au format JSON mcpServers)</translation>
    </message>
    <message>
        <source>let the model call tools: tool or MCP server names separated by commas, or &apos;all&apos; (see `assistant tools list`)</source>
        <translation>laisser le modèle appeler des outils : noms d&apos;outils ou de serveurs MCP séparés par des virgules, ou &apos;all&apos; (voir `assistant tools list`)</translation>
    </message>
    <message>
        <source>run this tool without asking each time</source>
        <translation>exécuter cet outil sans demander à chaque fois</translation>
    </message>
    <message>
        <source>auto: the model decides; required: its first answer must call a tool</source>
        <translation>auto : le modèle décide ; required : sa première réponse doit appeler un outil</translation>
    </message>
    <message>
        <source>tool calls in a row at most before the model must answer</source>
        <translation>nombre maximal d&apos;appels d&apos;outils à la suite avant que le modèle doive répondre</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>avertissement : {problem}</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>may change things</source>
        <translation>peut modifier des choses</translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation>intégré, lecture seule</translation>
    </message>
    <message>
        <source>with --docs: search the chat&apos;s document collections</source>
        <translation>avec --docs : chercher dans les collections de documents de la conversation</translation>
    </message>
    <message>
        <source>MCP server {name}: {state}</source>
        <translation>Serveur MCP {name} : {state}</translation>
    </message>
    <message>
        <source>added MCP server {name}</source>
        <translation>serveur MCP {name} ajouté</translation>
    </message>
    <message>
        <source>Unknown tool: {names}. Available: {known}.</source>
        <translation>Outil inconnu : {names}. Disponibles : {known}.</translation>
    </message>
    <message>
        <source>--max-steps must be at least 1.</source>
        <translation>--max-steps doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>{tool}: not run (no terminal to ask; allow it with --allow {tool})</source>
        <translation>{tool} : non exécuté (aucun terminal pour demander ; autorisez-le avec --allow {tool})</translation>
    </message>
    <message>
        <source>Run {tool} {args}? [y]es, [n]o, [a]lways for this tool: </source>
        <translation>Exécuter {tool} {args} ? [y] oui, [n] non, [a] toujours pour cet outil : </translation>
    </message>
    <message>
        <source>this app</source>
        <translation>cette application</translation>
    </message>
    <message>
        <source>the MCP server “{name}”</source>
        <translation>le serveur MCP « {name} »</translation>
    </message>
    <message>
        <source>Run a tool?</source>
        <translation>Exécuter un outil ?</translation>
    </message>
    <message>
        <source>The model asks to run {tool} from {source}.</source>
        <translation>Le modèle demande à exécuter {tool} de {source}.</translation>
    </message>
    <message>
        <source>What the tool does</source>
        <translation>Ce que fait l’outil</translation>
    </message>
    <message>
        <source>It keeps what you see below; you are asked every time.</source>
        <translation>Il garde ce que vous voyez ci-dessous ; la question vous est posée à chaque fois.</translation>
    </message>
    <message>
        <source>It says it only reads and changes nothing.</source>
        <translation>Il indique ne faire que lire, sans rien modifier.</translation>
    </message>
    <message>
        <source>It may change things: files, messages or data elsewhere.</source>
        <translation>Il peut modifier des choses : fichiers, messages ou données ailleurs.</translation>
    </message>
    <message>
        <source>With these arguments:</source>
        <translation>Avec ces arguments :</translation>
    </message>
    <message>
        <source>Arguments the tool will get</source>
        <translation>Arguments que l’outil recevra</translation>
    </message>
    <message>
        <source>Documents, web pages and tool results can carry instructions that make a model misuse its tools. Run only what you expect.</source>
        <translation>Les documents, pages web et résultats d’outils peuvent contenir des instructions qui poussent un modèle à mal utiliser ses outils. N’exécutez que ce que vous attendez.</translation>
    </message>
    <message>
        <source>Always allow {tool} without asking</source>
        <translation>Toujours autoriser {tool} sans demander</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Don&apos;t run</source>
        <translation>Ne pas exécuter</translation>
    </message>
    <message>
        <source>failed: {why}</source>
        <translation>échec : {why}</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>starts when a chat needs it</source>
        <translation>démarre quand une conversation en a besoin</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>only reads</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>Tools let a model compute, look things up and act. Turn them on per chat with the Tools button under the message box; you approve each call unless you always allow the tool.</source>
        <translation>Les outils permettent à un modèle de calculer, de chercher et d’agir. Activez-les par conversation avec le bouton Outils sous la zone de message ; vous approuvez chaque appel, sauf si vous autorisez toujours l’outil.</translation>
    </message>
    <message>
        <source>Tool or server</source>
        <translation>Outil ou serveur</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu’il fait</translation>
    </message>
    <message>
        <source>Tools and MCP servers</source>
        <translation>Outils et serveurs MCP</translation>
    </message>
    <message>
        <source>&amp;List their tools</source>
        <translation>&amp;Lister leurs outils</translation>
    </message>
    <message>
        <source>Start the servers that are on and list their tools</source>
        <translation>Démarrer les serveurs activés et lister leurs outils</translation>
    </message>
    <message>
        <source>&amp;Add from file…</source>
        <translation>&amp;Ajouter depuis un fichier…</translation>
    </message>
    <message>
        <source>Add MCP servers from another app&apos;s configuration (the mcpServers JSON shape)</source>
        <translation>Ajouter des serveurs MCP depuis la configuration d’une autre application (le format JSON mcpServers)</translation>
    </message>
    <message>
        <source>&amp;Edit mcp.json</source>
        <translation>&amp;Modifier mcp.json</translation>
    </message>
    <message>
        <source>&amp;Remove server</source>
        <translation>&amp;Retirer le serveur</translation>
    </message>
    <message>
        <source>Tools that run without asking</source>
        <translation>Outils exécutés sans demander</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Redemander</translation>
    </message>
    <message>
        <source>Ask before the chosen tool runs again</source>
        <translation>Demander avant que l’outil choisi s’exécute à nouveau</translation>
    </message>
    <message>
        <source>Run without asking</source>
        <translation>Exécuter sans demander</translation>
    </message>
    <message>
        <source>Tool calls in a row before the model must answer</source>
        <translation>Appels d’outils à la suite avant que le modèle doive répondre</translation>
    </message>
    <message>
        <source>Calls in a row at most</source>
        <translation>Appels à la suite au plus</translation>
    </message>
    <message>
        <source>Programs using the local API may call my MCP servers</source>
        <translation>Les programmes utilisant l’API locale peuvent appeler mes serveurs MCP</translation>
    </message>
    <message>
        <source>Off by default. When on, a program on this computer can name your servers in its requests; only the tools you always allow run for it.</source>
        <translation>Désactivé par défaut. Activé, un programme de cet ordinateur peut nommer vos serveurs dans ses requêtes ; seuls les outils que vous autorisez toujours s’exécutent pour lui.</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API locale</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Intégrés</translation>
    </message>
    <message>
        <source>always available</source>
        <translation>toujours disponibles</translation>
    </message>
    <message>
        <source>Searches the chat&apos;s document collections (chats that have some)</source>
        <translation>Cherche dans les collections de documents de la conversation (celles qui en ont)</translation>
    </message>
    <message>
        <source>No MCP server yet: add some from another app&apos;s file.</source>
        <translation>Aucun serveur MCP pour l’instant : ajoutez-en depuis le fichier d’une autre application.</translation>
    </message>
    <message>
        <source>Add MCP servers from a file</source>
        <translation>Ajouter des serveurs MCP depuis un fichier</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} n’existe pas.</translation>
    </message>
    <message>
        <source>Added: {names}.</source>
        <translation>Ajoutés : {names}.</translation>
    </message>
    <message>
        <source>{file} lists no server.</source>
        <translation>{file} ne liste aucun serveur.</translation>
    </message>
    <message>
        <source>Starting the servers…</source>
        <translation>Démarrage des serveurs…</translation>
    </message>
    <message>
        <source>Every server that is on is running.</source>
        <translation>Tous les serveurs activés sont en cours d’exécution.</translation>
    </message>
    <message>
        <source>Let the model call tools in this chat (you approve each call)</source>
        <translation>Laisser le modèle appeler des outils dans cette conversation (vous approuvez chaque appel)</translation>
    </message>
    <message>
        <source>Use tools in this chat</source>
        <translation>Utiliser des outils dans cette conversation</translation>
    </message>
    <message>
        <source>Call a tool first</source>
        <translation>Appeler d’abord un outil</translation>
    </message>
    <message>
        <source>Small models often answer without calling: this makes them call</source>
        <translation>Les petits modèles répondent souvent sans appeler : ceci les fait appeler</translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation>Serveurs MCP</translation>
    </message>
    <message>
        <source>{name} (off in Settings → Tools)</source>
        <translation>{name} (désactivé dans Paramètres → Outils)</translation>
    </message>
    <message>
        <source>Tools and servers…</source>
        <translation>Outils et serveurs…</translation>
    </message>
    <message>
        <source>Tools: on</source>
        <translation>Outils : activés</translation>
    </message>
    <message>
        <source>The model may call tools; you approve each call</source>
        <translation>Le modèle peut appeler des outils ; vous approuvez chaque appel</translation>
    </message>
    <message>
        <source>Tools are off in this chat</source>
        <translation>Les outils sont désactivés dans cette conversation</translation>
    </message>
    <message>
        <source>Reading aloud…</source>
        <translation>Lecture à voix haute…</translation>
    </message>
    <message>
        <source>Reading aloud failed (details in the log).</source>
        <translation>La lecture à voix haute a échoué (détails dans le journal).</translation>
    </message>
    <message>
        <source>Dictate ({shortcut})</source>
        <translation>Dicter ({shortcut})</translation>
    </message>
    <message>
        <source>Dictate</source>
        <translation>Dicter</translation>
    </message>
    <message>
        <source>Writing down what you said…</source>
        <translation>Transcription de vos paroles…</translation>
    </message>
    <message>
        <source>Stop dictating</source>
        <translation>Arrêter la dictée</translation>
    </message>
    <message>
        <source>Listening… speak, then pause</source>
        <translation>À l’écoute… parlez, puis marquez une pause</translation>
    </message>
    <message>
        <source>Dictation failed (details in the log).</source>
        <translation>La dictée a échoué (détails dans le journal).</translation>
    </message>
    <message>
        <source>Nothing was heard.</source>
        <translation>Rien n’a été entendu.</translation>
    </message>
    <message>
        <source>Dictated</source>
        <translation>Dicté</translation>
    </message>
    <message>
        <source>Speaking… speak to interrupt</source>
        <translation>Parle… parlez pour l’interrompre</translation>
    </message>
    <message>
        <source>Voice mode</source>
        <translation>Mode vocal</translation>
    </message>
    <message>
        <source>End voice mode</source>
        <translation>Quitter le mode vocal</translation>
    </message>
    <message>
        <source>End voice mode ({shortcut})</source>
        <translation>Quitter le mode vocal ({shortcut})</translation>
    </message>
    <message>
        <source>Voice mode: {state}</source>
        <translation>Mode vocal : {state}</translation>
    </message>
    <message>
        <source>Starting voice mode…</source>
        <translation>Démarrage du mode vocal…</translation>
    </message>
    <message>
        <source>Voice mode ended.</source>
        <translation>Mode vocal terminé.</translation>
    </message>
    <message>
        <source>Voice mode failed (details in the log).</source>
        <translation>Le mode vocal a échoué (détails dans le journal).</translation>
    </message>
    <message>
        <source>Voice mode ended: nobody spoke for five minutes.</source>
        <translation>Mode vocal terminé : personne n’a parlé pendant cinq minutes.</translation>
    </message>
    <message>
        <source>Half strength</source>
        <translation>Demi-intensité</translation>
    </message>
    <message>
        <source>Full strength</source>
        <translation>Pleine intensité</translation>
    </message>
    <message>
        <source>Stronger</source>
        <translation>Plus fort</translation>
    </message>
    <message>
        <source>Adapters</source>
        <translation>Adaptateurs</translation>
    </message>
    <message>
        <source>LoRA adapters that change how the model writes in this chat</source>
        <translation>Adaptateurs LoRA qui changent la façon dont le modèle écrit dans ce chat</translation>
    </message>
    <message>
        <source>No adapter: the model as it is</source>
        <translation>Aucun adaptateur : le modèle tel quel</translation>
    </message>
    <message>
        <source>Adapter: {names}</source>
        <translation>Adaptateur : {names}</translation>
    </message>
    <message>
        <source>Answers are written with {names}</source>
        <translation>Les réponses sont écrites avec {names}</translation>
    </message>
    <message>
        <source>As the model&apos;s settings say</source>
        <translation>Selon les réglages du modèle</translation>
    </message>
    <message>
        <source>No adapter in this chat</source>
        <translation>Aucun adaptateur dans ce chat</translation>
    </message>
    <message>
        <source>Add an adapter file…</source>
        <translation>Ajouter un fichier d’adaptateur…</translation>
    </message>
    <message>
        <source>Add a LoRA adapter</source>
        <translation>Ajouter un adaptateur LoRA</translation>
    </message>
    <message>
        <source>GGUF adapters (*.gguf)</source>
        <translation>Adaptateurs GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>{name} is not a LoRA adapter (a GGUF whose type is adapter).</source>
        <translation>{name} n’est pas un adaptateur LoRA (un GGUF de type adapter).</translation>
    </message>
    <message>
        <source>teach a model on your text or examples (fine-tuning, on this machine)</source>
        <translation>entraîner un modèle sur vos textes ou exemples (affinage, sur cette machine)</translation>
    </message>
    <message>
        <source>Fine-tune a small model on text files, a folder, or a JSONL of {&quot;prompt&quot;: …, &quot;answer&quot;: …} examples. The result is a new model. Ctrl+C pauses (resume with --resume JOB, also after a restart).</source>
        <translation>Affiner un petit modèle sur des fichiers texte, un dossier ou un JSONL d’exemples {&quot;prompt&quot;: …, &quot;answer&quot;: …}. Le résultat est un nouveau modèle. Ctrl+C met en pause (reprendre avec --resume TÂCHE, même après un redémarrage).</translation>
    </message>
    <message>
        <source>text files, folders or .jsonl</source>
        <translation>fichiers texte, dossiers ou .jsonl</translation>
    </message>
    <message>
        <source>the model to start from (default: the default)</source>
        <translation>le modèle de départ (par défaut : celui par défaut)</translation>
    </message>
    <message>
        <source>the new model&apos;s name</source>
        <translation>nom du nouveau modèle</translation>
    </message>
    <message>
        <source>tokens per window</source>
        <translation>jetons par fenêtre</translation>
    </message>
    <message>
        <source>go on with a paused job</source>
        <translation>reprendre une tâche en pause</translation>
    </message>
    <message>
        <source>forget a paused job</source>
        <translation>oublier une tâche en pause</translation>
    </message>
    <message>
        <source>list paused jobs</source>
        <translation>lister les tâches en pause</translation>
    </message>
    <message>
        <source>Cancelled; the base model is untouched.</source>
        <translation>Annulé ; le modèle de départ est intact.</translation>
    </message>
    <message>
        <source>Job {job}: teaching {name} from {base}.</source>
        <translation>Tâche {job} : entraînement de {name} à partir de {base}.</translation>
    </message>
    <message>
        <source>Paused. Go on with: assistant teach --resume {job}</source>
        <translation>En pause. Reprendre avec : assistant teach --resume {job}</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}  window {pos}/{windows}  loss {loss:.3f}  {minutes:.0f} min left</source>
        <translation>époque {epoch}/{epochs}  fenêtre {pos}/{windows}  perte {loss:.3f}  {minutes:.0f} min restantes</translation>
    </message>
    <message>
        <source>epoch {epoch}: held-out perplexity {ppl:.2f}</source>
        <translation>époque {epoch} : perplexité sur la part mise de côté {ppl:.2f}</translation>
    </message>
    <message>
        <source>Done: {path}</source>
        <translation>Terminé : {path}</translation>
    </message>
    <message>
        <source>Making a working copy in full precision…</source>
        <translation>Création d’une copie de travail en pleine précision…</translation>
    </message>
    <message>
        <source>Measuring the held-out text before teaching…</source>
        <translation>Mesure du texte mis de côté avant l’entraînement…</translation>
    </message>
    <message>
        <source>Held-out perplexity before: {ppl:.2f}; about {gib:.1f} GiB of memory.</source>
        <translation>Perplexité sur la part mise de côté avant : {ppl:.2f} ; environ {gib:.1f} Gio de mémoire.</translation>
    </message>
    <message>
        <source>Saving the taught model…</source>
        <translation>Enregistrement du modèle entraîné…</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Courbe de perte</translation>
    </message>
    <message>
        <source>training loss {loss:.2f}</source>
        <translation>perte d’entraînement {loss:.2f}</translation>
    </message>
    <message>
        <source>held-out loss {loss:.2f}</source>
        <translation>perte sur la part mise de côté {loss:.2f}</translation>
    </message>
    <message>
        <source>The curve appears as it learns.</source>
        <translation>La courbe apparaît au fil de l’apprentissage.</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perte d’entraînement</translation>
    </message>
    <message>
        <source>held-out loss</source>
        <translation>perte (mise de côté)</translation>
    </message>
    <message>
        <source>Teach a model</source>
        <translation>Entraîner un modèle</translation>
    </message>
    <message>
        <source>Model to start from</source>
        <translation>Modèle de départ</translation>
    </message>
    <message>
        <source>What to teach</source>
        <translation>Ce qu’il faut apprendre</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Name of the new model</source>
        <translation>Nom du nouveau modèle</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>How big each step is; 1e-5 is careful, 1e-4 learns faster</source>
        <translation>Taille de chaque pas ; 1e-5 est prudent, 1e-4 apprend plus vite</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Your text or examples</source>
        <translation>Vos textes ou exemples</translation>
    </message>
    <message>
        <source>New model&apos;s name</source>
        <translation>Nom du nouveau modèle</translation>
    </message>
    <message>
        <source>Text files, Markdown, PDF or Word documents, or a JSONL of examples ({&quot;prompt&quot;: …, &quot;answer&quot;: …} per line).</source>
        <translation>Fichiers texte, Markdown, documents PDF ou Word, ou un JSONL d’exemples ({&quot;prompt&quot;: …, &quot;answer&quot;: …} par ligne).</translation>
    </message>
    <message>
        <source>Teaching status</source>
        <translation>État de l’entraînement</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Cancel teaching</source>
        <translation>Annuler l’entraînement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Text or examples to teach</source>
        <translation>Textes ou exemples à apprendre</translation>
    </message>
    <message>
        <source>A folder of text to teach</source>
        <translation>Un dossier de textes à apprendre</translation>
    </message>
    <message>
        <source>Paused: {name}, taught from {base}. Resume goes on where it stopped.</source>
        <translation>En pause : {name}, à partir de {base}. Reprendre continue là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>There is no model to start from.</source>
        <translation>Il n’y a aucun modèle de départ.</translation>
    </message>
    <message>
        <source>The learning rate must be a number, e.g. 1e-5.</source>
        <translation>Le taux d’apprentissage doit être un nombre, p. ex. 1e-5.</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>Pause après cette étape…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Measuring the held-out part before teaching…</source>
        <translation>Mesure de la part mise de côté avant l’entraînement…</translation>
    </message>
    <message>
        <source>Saving the new model…</source>
        <translation>Enregistrement du nouveau modèle…</translation>
    </message>
    <message>
        <source>Epoch {epoch} of {epochs} · step {pos} of {windows}{left}</source>
        <translation>Époque {epoch} sur {epochs} · étape {pos} sur {windows}{left}</translation>
    </message>
    <message>
        <source> · about {minutes} min left</source>
        <translation> · environ {minutes} min restantes</translation>
    </message>
    <message>
        <source>Paused. Resume goes on where it stopped, also after a restart.</source>
        <translation>En pause. Reprendre continue là où il s’est arrêté, même après un redémarrage.</translation>
    </message>
    <message>
        <source>Taught: {name}. Held-out perplexity {before:.1f} before, {after:.1f} after. It is in the Models menu.</source>
        <translation>Entraîné : {name}. Perplexité (mise de côté) {before:.1f} avant, {after:.1f} après. Il est dans le menu Modèles.</translation>
    </message>
</context>
</TS>
