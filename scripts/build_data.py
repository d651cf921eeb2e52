"""Regenerate the packaged dataset from the curation code and the seeds.

    python scripts/build_data.py           # write src/indo_us_dialogue/data/dataset.json
    python scripts/build_data.py --check   # exit 1 if the packaged file is out of date

Every evidence span is located in the normalised seed text by its words
(``scripts/curation/_spans.py``), so the offsets are computed, never typed.
"""

import argparse
import sys
from pathlib import Path

from indo_us_dialogue import to_json

sys.path.insert(0, str(Path(__file__).resolve().parent))
from curation import build_dataset

TARGET = Path(__file__).resolve().parent.parent / "src" / "indo_us_dialogue" / "data" / "dataset.json"


def main() -> int:
    """Write (or with --check, compare) the packaged dataset."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the packaged file is up to date")
    args = parser.parse_args()
    text = to_json(build_dataset())
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if args.check:
        if current != text:
            print(f"out of date: {TARGET}")
            return 1
        return 0
    if current != text:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote: {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
