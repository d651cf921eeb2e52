"""The curated records, written as code so that every span is located, not typed.

``build_dataset()`` assembles the records from the modules beside this one;
``scripts/build_data.py`` writes them to the package as JSON.
"""

from indo_us_dialogue import DATASET_VERSION, Dataset

from .initiatives import INITIATIVES
from .meetings import MEETINGS
from .officials import OFFICIALS
from .sources import SOURCES
from .statements import STATEMENTS


def build_dataset() -> Dataset:
    """Every curated record, in a stable order."""
    return Dataset(
        version=DATASET_VERSION,
        sources=SOURCES,
        officials=OFFICIALS,
        meetings=MEETINGS,
        initiatives=INITIATIVES,
        statements=STATEMENTS,
    )
