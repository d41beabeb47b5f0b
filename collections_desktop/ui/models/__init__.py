"""Qt item models over service results: small, declarative, paged."""
