"""Regenerate docs/validation-rules.md from the table of rules.

The table is ``RULES`` in ``src/indo_us_dialogue/_validation/rules/registry.py``.
Run after adding or changing a rule:

    python scripts/build_rules_doc.py

``--check`` writes nothing and exits 1 if the page is out of date.
"""

import argparse
import sys
from pathlib import Path

from indo_us_dialogue._validation.rules.document import rules_markdown

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "validation-rules.md"


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the rules page."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the page is out of date")
    args = parser.parse_args(argv)
    expected = rules_markdown()
    if TARGET.exists() and TARGET.read_text(encoding="utf-8") == expected:
        return 0
    if args.check:
        print(f"out of date: {TARGET.relative_to(ROOT)} (run python scripts/build_rules_doc.py)")
        return 1
    TARGET.write_text(expected, encoding="utf-8")
    print(f"wrote: {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
