"""Writing the dataset in the formats analysts read: JSON, JSON Lines, CSV, Parquet and JSON-LD."""
