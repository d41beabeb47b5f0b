"""The panes of the main window: the worklist, the account and the call script."""
