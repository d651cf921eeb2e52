"""MkDocs hooks (see ``hooks:`` in mkdocs.yml): the data pages and the parts of the nav that depend on files.

- The data pages are generated at every build from the installed package's
  dataset and the seeds' normalised texts; they are never committed.
- The nav's "Data" section lists every record group the dataset has, so a new
  record type gets its pages and its nav entry without a change here.
- ``docs/performance.md`` is written elsewhere; it joins the nav when it exists.
"""

from pathlib import Path
from typing import Any

import docs_data_pages  # beside this file: MkDocs puts a hook's folder on sys.path while loading it
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

import indo_us_dialogue as iud

# The normalisation evidence offsets count in. Private: if the package moves it, change this one import.
from indo_us_dialogue._io.texts import normalise

OPTIONAL_PAGES = {"Performance": "performance.md"}
#: The optional pages go into the nav just before this entry.
BEFORE = "Changelog"


def _seeds(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / "seeds"


def _dataset() -> dict[str, Any]:
    data: dict[str, Any] = iud.to_dict(iud.load_dataset())
    return data


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Add the data groups and the optional pages that exist to the nav."""
    nav = config.nav or []
    groups = docs_data_pages.group_names(_dataset())
    data = [{"Overview": "data/index.md"}] + [{g.capitalize(): f"data/{g}/index.md"} for g in groups]
    extra: list[Any] = [{"Data": data}]
    extra += [{title: page} for title, page in OPTIONAL_PAGES.items() if (Path(config.docs_dir) / page).exists()]
    keys = [next(iter(entry)) if isinstance(entry, dict) else entry for entry in nav]
    where = keys.index(BEFORE) if BEFORE in keys else len(nav)
    config.nav = nav[:where] + extra + nav[where:]
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add one generated page per record, and the group and overview pages."""
    texts, digests = {}, {}
    for path in sorted(_seeds(config).glob("*.txt")):
        raw = path.read_bytes()
        texts[path.name] = normalise(raw)
        digests[path.name] = docs_data_pages.raw_sha256(raw)
    for uri, content in docs_data_pages.data_pages(_dataset(), texts, digests).items():
        files.append(File.generated(config, uri, content=content))
    return files
