"""Tests for scripts/docs_hooks.py: the parts of the site's nav that depend on files and data."""

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tests.docs_site import mkdocs_missing

ROOT = Path(__file__).resolve().parent.parent

if mkdocs_missing():
    pytest.skip(str(mkdocs_missing()), allow_module_level=True)

sys.path.insert(0, str(ROOT / "scripts"))
try:
    import docs_hooks
finally:
    sys.path.pop(0)


def _nav(docs_dir: Path) -> list[Any]:
    config = SimpleNamespace(nav=[{"Home": "index.md"}, {"Changelog": "changelog.md"}], docs_dir=str(docs_dir))
    return list(docs_hooks.on_config(config).nav)  # type: ignore[arg-type]


def test_data_section_lists_every_record_group_before_the_changelog(tmp_path: Path) -> None:
    """The nav gains a Data section with one entry per record group of the dataset, just before the changelog."""
    nav = _nav(tmp_path)
    assert [next(iter(entry)) for entry in nav] == ["Home", "Data", "Changelog"]
    data = nav[1]["Data"]
    assert {"Meetings": "data/meetings/index.md"} in data
    assert {"Sources": "data/sources/index.md"} in data


def test_performance_page_joins_the_nav_only_when_it_exists(tmp_path: Path) -> None:
    """docs/performance.md appears in the nav when the file is there, and the nav has no entry for it otherwise."""
    assert "Performance" not in [next(iter(entry)) for entry in _nav(tmp_path)]
    (tmp_path / "performance.md").write_text("# Performance\n", encoding="utf-8")
    assert [next(iter(entry)) for entry in _nav(tmp_path)] == ["Home", "Data", "Performance", "Changelog"]
