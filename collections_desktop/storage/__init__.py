"""The encrypted vault: SQLCipher engine, key handling, tables, migrations, queries and the audit log."""
