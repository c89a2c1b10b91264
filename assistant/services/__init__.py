"""Services over the core that the faces (command line, window, API) share: a chat turn,
the active model, summaries of files, transcripts. The core below never imports
them. No Qt here."""
