"""From raw seed bytes to the normalised text that evidence offsets point into.

Raw files are never edited. :func:`normalise` reproduces the text from the
bytes every time: decode UTF-8, repair cp866 mojibake, then Unicode NFC.

One seed (``004_c5f7cdfbcf8dbde8.txt``) is UTF-8 that was once decoded as code
page 866 and encoded again: the en dash (bytes ``E2 80 93``) became ``тАУ``,
curly quotes ``тАЬ``/``тАЭ``, Devanagari ``рд░...``. General-purpose fixers do
not know this pairing, so it is undone here explicitly: each run of characters
from the upper half of cp866 is encoded back to bytes and, if those bytes are
valid UTF-8, replaced by what they spell.
"""

import re
import unicodedata

from .once import once
from .resources import packaged_folder

__all__ = ["find_mojibake", "normalise", "packaged_texts", "repair_mojibake"]

# The 127 characters cp866 maps bytes 0x80-0xFE to. 0xFF (no-break space) is
# left out: it is ordinary in real text, and a lone one is never mojibake.
_CP866_UPPER = "".join(bytes([b]).decode("cp866") for b in range(0x80, 0xFF))
_RUN = re.compile(f"[{re.escape(_CP866_UPPER)}]{{2,}}")


def _decoded(run: str) -> str | None:
    """What a run of cp866 characters spells as UTF-8 bytes, or None if it spells nothing."""
    try:
        return run.encode("cp866").decode("utf-8")
    except UnicodeError:
        return None


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp866 mojibake; text without it is returned unchanged."""
    return _RUN.sub(lambda m: _decoded(m.group(0)) or m.group(0), text)


def find_mojibake(text: str) -> list[tuple[int, str]]:
    """Every garbled run in ``text`` as ``(offset, run)``: runs of cp866 characters that spell UTF-8.

    Genuine Cyrillic words almost never form valid UTF-8 byte sequences when
    encoded as cp866, so a hit is a reliable sign of mojibake.
    """
    return [(m.start(), m.group(0)) for m in _RUN.finditer(text) if _decoded(m.group(0)) is not None]


def normalise(raw: bytes) -> str:
    """The normalised text of a seed document: UTF-8 decoded, mojibake repaired, NFC.

    Raises:
        UnicodeDecodeError: ``raw`` is not UTF-8.
    """
    return unicodedata.normalize("NFC", repair_mojibake(raw.decode("utf-8")))


@once
def packaged_texts() -> dict[str, str]:
    """The normalised text of every seed shipped in the package, by file name."""
    folder = packaged_folder("seeds")
    return {
        entry.name: normalise(entry.read_bytes())
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".txt")
    }
