"""Contact compliance: may this person be contacted now, on this channel, and what may be said."""
