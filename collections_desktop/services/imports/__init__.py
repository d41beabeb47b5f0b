"""Files from the practice system and payers, read, previewed and applied in one transaction each."""
