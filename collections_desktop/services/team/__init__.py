"""Team mode: the desk on a shared PostgreSQL server for a billing office."""
