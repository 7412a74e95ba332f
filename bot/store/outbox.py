"""Placeholder: the alert outbox (filled in by its owner)."""
