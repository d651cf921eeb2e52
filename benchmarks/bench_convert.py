"""How much the library's safety costs over plain JSON, measured in one run.

    python benchmarks/bench_convert.py [--repeat N]

Times, on the packaged dataset, each step of reading and writing against the
plain standard-library baseline doing the least that could work, and prints
medians and ratios. The machines are shared and noisy: compare the ratios, not
the absolute times, and rerun before drawing conclusions.
"""

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import indo_us_dialogue as iud
from indo_us_dialogue._schema.registry import validator_for


def _median_seconds(func: Callable[[], Any], repeat: int) -> float:
    func()  # warm caches (compiled patterns, validators) so they are not billed to the first run
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    """Run every measurement and print a table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=25, help="runs per measurement (default 25)")
    args = parser.parse_args()

    data = iud.load_dataset()
    text = iud.to_json(data)
    document = json.loads(text)
    validator = validator_for(iud.Dataset)

    baseline_read = _median_seconds(lambda: json.loads(text), args.repeat)
    baseline_write = _median_seconds(lambda: json.dumps(document, ensure_ascii=False, indent=2), args.repeat)
    rows = [
        ("read: json.loads (baseline)", baseline_read, baseline_read),
        (
            "read: schema validation only",
            _median_seconds(lambda: validator.validate(document), args.repeat),
            baseline_read,
        ),
        (
            "read: from_json(text, Dataset)",
            _median_seconds(lambda: iud.from_json(text, iud.Dataset), args.repeat),
            baseline_read,
        ),
        ("write: json.dumps (baseline)", baseline_write, baseline_write),
        ("write: to_json(dataset)", _median_seconds(lambda: iud.to_json(data), args.repeat), baseline_write),
    ]
    print(f"dataset: {len(text.encode()):,} bytes, {args.repeat} runs each, medians")
    print(f"{'step':<34}{'median ms':>12}{'x baseline':>12}")
    for label, seconds, baseline in rows:
        print(f"{label:<34}{seconds * 1000:>12.2f}{seconds / baseline:>12.1f}")


if __name__ == "__main__":
    main()
