"""QObject services that adapt the core to signals: the engine, the local API server."""
