"""Tests for CITATION.cff and the licence files beside it."""

from pathlib import Path

import yaml

import indo_us_dialogue as iud

ROOT = Path(__file__).resolve().parent.parent
CITATION = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))


def test_citation_describes_the_current_dataset_version() -> None:
    """CITATION.cff cites the dataset at the version the package ships (bump both together)."""
    assert CITATION["cff-version"] == "1.2.0"
    assert CITATION["type"] == "dataset"
    assert CITATION["version"] == iud.DATASET_VERSION


def test_citation_licence_is_the_one_the_terms_state() -> None:
    """The licence CITATION.cff gives the data is the one DATA-LICENSE.md grants for the curated records."""
    terms = (ROOT / "DATA-LICENSE.md").read_text(encoding="utf-8")
    assert CITATION["license"] == "CC-BY-4.0"
    assert "| the curated records and annotations |" in terms
    assert "Creative Commons Attribution 4.0 International (CC BY 4.0)" in terms


def test_terms_list_every_seed_file() -> None:
    """DATA-LICENSE.md says something about the origin of every file in seeds/."""
    terms = (ROOT / "DATA-LICENSE.md").read_text(encoding="utf-8")
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        assert f"| `{seed.name}` |" in terms, seed.name
