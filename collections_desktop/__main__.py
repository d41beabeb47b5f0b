"""Lets `python -m collections_desktop` behave like the `collections-desktop` command."""

from collections_desktop.cli import main

raise SystemExit(main())
