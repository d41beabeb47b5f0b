"""The worklist and the account in front of the specialist: rows, views, payments and the files they produce."""
