"""The escalation ladder: the clinic's steps before an account leaves it, and the gates each step must pass."""
