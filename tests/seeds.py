"""The packaged seeds as ``strategies.datasets(sources="packaged")`` cites them, for tests that edit spans by hand."""

from indo_us_dialogue.strategies._documents import packaged_documents, source_id

__all__ = ["SEED_DIGESTS", "SOURCE_TEXTS", "source_id"]

#: SHA-256 of each packaged seed's raw bytes, by file name.
SEED_DIGESTS = {document.file_name: document.sha256 for document in packaged_documents()}

#: Normalised text of each seed, by source id.
SOURCE_TEXTS = {document.source_id: document.text for document in packaged_documents()}
