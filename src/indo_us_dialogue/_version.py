"""Version numbers of the code and of the curated data."""

__all__ = ["DATASET_VERSION", "__version__"]

#: Version of the Python package.
__version__ = "0.1.0"
#: Version of the curated records; bumped for every data change (see CHANGELOG.md).
DATASET_VERSION = "0.2.0"
