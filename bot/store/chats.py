"""Placeholder: models and queries for chats (filled in by its owner)."""
