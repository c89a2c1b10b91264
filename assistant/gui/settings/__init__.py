"""The Settings dialog and the watch that takes in settings another process saved."""
