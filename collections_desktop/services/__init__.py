"""Use cases: one public function per user action, one transaction each, audited; the only layer the UI and CLI call."""
