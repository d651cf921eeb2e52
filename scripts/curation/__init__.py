"""The curated records, written as code so that every span is located, not typed.

Every public module of this package (a name without a leading underscore) is a
curation module: it defines tuples of records under the names of the record
groups of a dataset in upper case (``SOURCES``, ``OFFICIALS``, ``MEETINGS``,
``INITIATIVES``, ``STATEMENTS``, ...). ``build_dataset()``
imports them all, in name order, joins their records group by group, fills in
the values that are derived rather than typed (``_derive.py``) and checks that
every seed has its source record. ``scripts/build_data.py`` writes the result
to the package as JSON. Adding a source is dropping its file into ``seeds/``
and writing one module here (see docs/curation.md).
"""

import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

from indo_us_dialogue import DATASET_VERSION, Dataset
from indo_us_dialogue._model.records import GROUPS

from . import _spans
from ._derive import derive

_UNSET = object()
_seeds_used: object = _UNSET

#: The names a curation module defines its records under: each record group of
#: a dataset (``indo_us_dialogue._model.records.GROUPS``), in upper case.
NAMES = tuple(group.name.upper() for group in GROUPS)


def curation_modules() -> list[ModuleType]:
    """Every curation module of this package, imported, in name order."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))
    modules = [importlib.import_module(f"{__name__}.{name}") for name in names]
    for module in modules:
        if not any(hasattr(module, name) for name in NAMES):
            raise ValueError(f"curation module {module.__name__} defines none of {', '.join(NAMES)}")
    return modules


def build_dataset(seeds: Path | None = None) -> Dataset:
    """Every curated record, in a stable order.

    Args:
        seeds: The folder of seed files; None for the package's seeds.

    Raises:
        ValueError: a seed has no source record or a source record no seed, or
            a derived value was typed (see ``_derive.py``).
    """
    global _seeds_used  # noqa: PLW0603 - the records are built once per process, on import
    if _seeds_used is not _UNSET and _seeds_used != seeds:
        raise RuntimeError(
            f"the records were built from the seeds in {_seeds_used}; build from {seeds} in a new process"
        )
    _seeds_used = seeds
    _spans.use_seeds(seeds)
    modules = curation_modules()
    groups = {name: tuple(r for module in modules for r in getattr(module, name, ())) for name in NAMES}
    # Sources in seed order, whichever module curates them; other records in module order.
    groups["SOURCES"] = tuple(sorted(groups["SOURCES"], key=lambda source: source.id))
    expected = [_spans.source_id(doc) for doc in _spans.docs()]
    curated = [source.id for source in groups["SOURCES"]]
    if curated != expected:
        raise ValueError(f"the sources curated ({curated}) are not one per seed file ({expected})")
    return derive(Dataset(version=DATASET_VERSION, **{name.lower(): records for name, records in groups.items()}))
