"""Tests for ``indo_us_dialogue._validation.parallel``: many files on every core, reports in order."""

from pathlib import Path

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._validation.parallel import default_jobs, ordered_map


def _report_of(path: Path) -> iud.Report:
    return iud.validate(path)


def _fail_on_odd(number: int) -> int:
    if number % 2:
        raise ValueError(f"odd: {number}")
    return number


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    """Valid and invalid dataset files, mixed."""
    text = iud.to_json(iud.load_dataset())
    variants = [text, "{}", text, "not json", text.replace('"version"', '"version": "1.0.0", "version"', 1)]
    paths = []
    for index, content in enumerate(variants):
        path = tmp_path / f"{index}.json"
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("jobs", [0, 1, 2, 3])
def test_parallel_reports_are_the_serial_reports_in_order(files: list[Path], jobs: int) -> None:
    """Any number of jobs gives each file the report validate() gives it alone, in the order given."""
    assert list(ordered_map(_report_of, files, jobs=jobs)) == [iud.validate(path) for path in files]


def test_an_error_is_raised_at_its_items_turn() -> None:
    """Results before a failing item are yielded; the failure is raised when its turn comes."""
    results = ordered_map(_fail_on_odd, [0, 2, 3, 4], jobs=2)
    assert [next(results), next(results)] == [0, 2]
    with pytest.raises(ValueError, match="odd: 3"):
        next(results)


def test_jobs_must_not_be_negative() -> None:
    """A negative number of jobs is refused with a clear message."""
    with pytest.raises(ValueError, match="jobs must be 0"):
        list(ordered_map(_fail_on_odd, [0], jobs=-1))


def test_default_jobs_is_at_least_one() -> None:
    """--jobs 0 means at least one worker, however the cores are counted."""
    assert default_jobs() >= 1
