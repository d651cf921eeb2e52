"""How long queries and exports take on the packaged dataset, measured in one run.

    python benchmarks/bench_queries.py [--repeat N]

Prints the median time of building the name index, looking records up by
name, searching, building the flat tables and rendering each export format
(in memory, without the disk). The machines are shared and noisy: rerun before
drawing conclusions.
"""

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

import attrs

import indo_us_dialogue as iud
from indo_us_dialogue._export.formats import FORMATS


def _median_seconds(func: Callable[[], Any], repeat: int) -> float:
    func()  # warm caches (compiled patterns, imports) so they are not billed to the first run
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    """Run every measurement and print a table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="runs per measurement (default 15)")
    args = parser.parse_args()
    data = iud.load_dataset()
    names = [o.name for o in data.officials] + [i.name for i in data.initiatives]

    def fresh_index() -> None:
        attrs.evolve(data).lookup("jaishankar")  # a copy has no index yet: this builds it

    measurements: dict[str, Callable[[], Any]] = {
        "build the name index + 1 lookup": fresh_index,
        f"lookup {len(names)} names (index built)": lambda: [data.lookup(n) for n in names],
        "search 'defence industrial'": lambda: data.search("defence industrial"),
        "tables()": data.tables,
        "timeline_entries()": data.timeline_entries,
    }
    for name, fmt in FORMATS.items():
        render = fmt.document or fmt.directory
        assert render is not None
        measurements[f"export {name} (in memory)"] = lambda render=render: render(data)
    width = max(map(len, measurements))
    for label, func in measurements.items():
        print(f"{label:<{width}}  {_median_seconds(func, args.repeat) * 1000:8.2f} ms")


if __name__ == "__main__":
    main()
