"""Services over the core that the faces (command line, window, API) share: a chat turn,
the active model, summaries of files, reasoning blocks. No Qt here."""
