"""Opening the vault and looking after it: where it lives, unlocking (early, for the first page), keys, checks."""
