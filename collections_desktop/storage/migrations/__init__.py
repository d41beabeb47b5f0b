"""Alembic migrations of the vault schema, numbered and applied in order."""
