"""Everything PySide6: bootstrap, languages, dialogs and windows; reaches data only through services."""
