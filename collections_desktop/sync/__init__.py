"""Parsers and writers of the files exchanged with the practice management system."""
