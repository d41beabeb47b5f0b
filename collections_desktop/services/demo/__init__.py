"""Synthetic demo accounts, generated in parallel and written in resumable batches."""
