"""Placeholder: models and queries for cases (filled in by its owner)."""
