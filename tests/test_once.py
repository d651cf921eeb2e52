"""Loading once (``_io/once.py``): concurrent first use gets one object and runs the loader once."""

import subprocess
import sys
import threading
import time

from indo_us_dialogue._io.once import once


def _together(function: object, threads: int = 8) -> list[object]:
    barrier = threading.Barrier(threads)
    results: list[object] = []

    def call() -> None:
        barrier.wait()
        results.append(function())  # type: ignore[operator]

    workers = [threading.Thread(target=call) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return results


def test_concurrent_first_calls_run_the_function_once_and_share_its_result() -> None:
    """Eight threads calling a slow loader at the same moment all get the very same object from one run."""
    runs = []

    @once
    def slow() -> object:
        runs.append(1)
        time.sleep(0.05)
        return object()

    results = _together(slow)
    assert len(runs) == 1
    assert all(result is results[0] for result in results)


def test_results_are_kept_per_argument() -> None:
    """Different arguments are different results, each computed once."""
    calls: list[int] = []

    @once
    def square(n: int) -> int:
        calls.append(n)
        return n * n

    assert [square(2), square(3), square(2)] == [4, 9, 4]
    assert calls == [2, 3]


_FIRST_USE = """
import threading
import indo_us_dialogue as iud
barrier = threading.Barrier(8)
found = []
def load():
    barrier.wait()
    found.append(iud.load_dataset())
threads = [threading.Thread(target=load) for _ in range(8)]
[t.start() for t in threads]
[t.join() for t in threads]
print(len({id(d) for d in found}))
"""


def test_load_dataset_gives_one_object_under_concurrent_first_use() -> None:
    """In a fresh interpreter, threads that ask for the packaged dataset at the same moment all get the same object."""
    result = subprocess.run([sys.executable, "-c", _FIRST_USE], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "1"
