"""Words the window shows for coded errors, reasons, problems and plan states, in the interface language."""
