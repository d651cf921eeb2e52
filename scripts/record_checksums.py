"""Validate the packaged dataset in full, then record the checksums load_dataset() trusts.

    python scripts/record_checksums.py           # write src/indo_us_dialogue/data/SHA256SUMS
    python scripts/record_checksums.py --check   # exit 1 if it is out of date

Run it after ``scripts/build_data.py`` or ``scripts/build_schemas.py`` changed a
packaged file. It refuses to record checksums for a dataset that does not pass
every check of ``validate()`` (JSON, the JSON Schema, the semantic rules and the
evidence against the seeds): ``load_dataset()`` trusts files that match them
instead of validating again at every start.
"""

import argparse
import sys
from pathlib import Path

from indo_us_dialogue import validate
from indo_us_dialogue._io.packaged import CHECKSUMS, DATASET, checksum_lines, packaged_file
from indo_us_dialogue._io.resources import packaged_folder

TARGET = Path(__file__).resolve().parent.parent / "src" / "indo_us_dialogue" / CHECKSUMS


def packaged_names() -> list[str]:
    """Every file the package ships besides code: the dataset, the schemas and the seeds."""
    names = [DATASET]
    for folder in ("schemas", "seeds"):
        names += [f"{folder}/{item.name}" for item in packaged_folder(folder).iterdir() if item.is_file()]
    return sorted(names)


def main() -> int:
    """Validate, then write (or with --check, compare) the checksum list."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the checksum list is up to date")
    args = parser.parse_args()
    report = validate(packaged_file(DATASET).read_bytes())
    if not report.ok:
        print(f"not recording checksums: the packaged dataset is not valid\n{report}", file=sys.stderr)
        return 1
    text = checksum_lines(packaged_names())
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if args.check:
        if current != text:
            print(f"out of date: {TARGET} (run python scripts/record_checksums.py)")
            return 1
        return 0
    if current != text:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote: {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
