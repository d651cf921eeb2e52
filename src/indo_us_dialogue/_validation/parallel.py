"""Checking many files on every core, results in the order the files were given.

``indo-us-dialogue validate --jobs N`` checks each file in a worker process
(files are independent: the rules never compare records across files), and
still prints each file's report in command-line order, as soon as it and every
file before it are done. One job checks the files one by one in this process,
streaming each file's problems as they are found.
"""

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

__all__ = ["default_jobs", "ordered_map"]

_T = TypeVar("_T")
_R = TypeVar("_R")


def default_jobs() -> int:
    """The number of cores this process may use (``--jobs 0`` means this)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - macOS and Windows have no affinity call


def ordered_map(function: Callable[[_T], _R], items: Iterable[_T], *, jobs: int) -> Iterator[_R]:
    """``function`` applied to each item, in ``jobs`` worker processes (0: one per core), yielded in order.

    ``function`` must be a module-level function (workers import it by name) and
    its results picklable. An exception raised for an item is raised here when
    that item's turn comes, as a plain ``map`` would. With one job, or one item,
    no process is started.

    Raises:
        ValueError: ``jobs`` is negative.
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per core) or more, got {jobs}")
    items = list(items)
    workers = min(jobs or default_jobs(), len(items))
    if workers <= 1:
        yield from map(function, items)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # chunksize 1: files differ widely in size, so each worker takes the next file when it is free.
        yield from pool.map(function, items, chunksize=1)
