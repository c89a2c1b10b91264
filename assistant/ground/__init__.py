"""The ground every layer stands on: where files live (paths), settings (the app's and
each model's), errors, logs, atomic writes, locks between processes, private files,
shipped resources. Imports nothing else of the app."""
