"""Asking a loaded dataset questions: names, search, selections, timeline and flat tables."""
