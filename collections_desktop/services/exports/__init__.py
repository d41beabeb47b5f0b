"""Files back to the practice system and partners: payments, activity, plans, agency and insurance follow-up."""
