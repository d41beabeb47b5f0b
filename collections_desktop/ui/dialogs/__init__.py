"""Dialogs of the window shell: first run, unlock, and the one-time recovery key."""
