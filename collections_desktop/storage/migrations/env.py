"""Alembic environment: migrations always run on a connection the vault has already keyed."""

from alembic import context

from collections_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through collections_desktop.storage.migrate")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
