"""What the reports count: periods, the reasons patients give for not paying, and how a trend is told."""
