"""Placeholder: models and queries for locks (filled in by its owner)."""
