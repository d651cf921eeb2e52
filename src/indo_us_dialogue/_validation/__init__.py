"""Validating documents: the semantic rules, whole documents and JSON Lines."""
