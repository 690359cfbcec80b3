"""Generating documents: choices, preview and the dialog."""
