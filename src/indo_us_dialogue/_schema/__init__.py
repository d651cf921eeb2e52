"""The JSON Schemas: writing them from the field declarations, and validators built from them."""
