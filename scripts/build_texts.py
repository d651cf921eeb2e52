"""Regenerate ``texts/``: the normalised text of every packaged source, the text evidence offsets index.

One UTF-8 file per source, named after its ``file_name``, derived from the raw
seeds in ``seeds/`` (:func:`indo_us_dialogue._io.texts.normalise`). The files
are committed so that readers in other languages can check evidence spans
without Python; the wheel carries them too. Run after changing seeds or the
normalisation:

    python scripts/build_texts.py

``--check`` writes nothing and exits 1 if ``texts/`` is out of date.
"""

import argparse
import sys
from pathlib import Path

from indo_us_dialogue._export.texts import normalised_texts, write_texts

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "texts"


def main() -> int:
    """Write (or with --check, compare) the normalised texts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether texts/ is out of date")
    args = parser.parse_args()
    expected = {name: text.encode("utf-8") for name, text in normalised_texts().items()}
    present = {p.name: p.read_bytes() for p in TARGET.glob("*")} if TARGET.is_dir() else {}
    if present == expected:
        return 0
    if args.check:
        print(f"out of date: {TARGET.relative_to(ROOT)} (run python scripts/build_texts.py)")
        return 1
    write_texts(TARGET)
    print(f"wrote: {TARGET.relative_to(ROOT)} ({len(expected)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
