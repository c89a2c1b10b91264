"""Documents: loaders for each file kind, passages, the collections' indexer, retrieval,
grounding an answer in passages, and the map-reduce summarizer. No Qt here."""
