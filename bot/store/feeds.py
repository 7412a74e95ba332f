"""Placeholder: models and queries for feeds (filled in by its owner)."""
