"""The window's operations: each runs one service call off the GUI thread and refreshes what it changed."""
