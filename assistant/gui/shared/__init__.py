"""Plumbing every part of the window uses: the background worker, translations,
screen-reader announcements, keyboard, menus, roles."""
