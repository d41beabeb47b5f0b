"""Reaching people inside the rules: contacts, phone decisions, zones, scripts, the review before a call, agencies."""
