"""Tools in the window: approval of calls, the composer's Tools button, Settings → Tools."""
