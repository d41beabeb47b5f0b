"""PDF documents and e-mail drafts handed to patients: agreements, receipts, letters, reports."""
