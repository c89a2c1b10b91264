"""Document loaders and the map-reduce summarizer. No Qt here."""
