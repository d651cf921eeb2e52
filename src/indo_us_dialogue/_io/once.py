"""Loading the package's own data once, also when several threads ask at the same time.

:func:`functools.cache` does not hold a lock while the function runs: threads
that ask before the first call has returned each run it and get different
objects, so ``load_dataset() is load_dataset()`` could be false. :func:`once`
runs the function under a lock, once per argument tuple.
"""

import functools
import threading
from collections.abc import Callable, Hashable
from typing import Any, ParamSpec, TypeVar

__all__ = ["once"]

P = ParamSpec("P")
R = TypeVar("R")


def once(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` with its result kept per positional arguments, computed exactly once even under threads."""
    results: dict[tuple[Hashable, ...], Any] = {}
    # Re-entrant: a loader may call other loaders (or itself, with other arguments) while it runs.
    lock = threading.RLock()

    @functools.wraps(function)
    def cached(*args: P.args, **kwargs: P.kwargs) -> R:
        key = (*args, *sorted(kwargs.items()))
        try:
            return results[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        with lock:
            if key not in results:
                results[key] = function(*args, **kwargs)
            return results[key]  # type: ignore[no-any-return]

    return cached
