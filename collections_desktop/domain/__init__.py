"""Pure rules and value types of patient collections; no Qt, no database, no files."""
