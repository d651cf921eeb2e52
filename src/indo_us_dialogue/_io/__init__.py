"""Reading and writing: strict JSON, conversion to and from records, files, packaged resources, source texts."""
