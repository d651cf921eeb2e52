"""What a record is: field declarations, dates, vocabularies and the record classes."""
