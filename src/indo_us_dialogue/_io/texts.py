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


# One UTF-8 multi-byte sequence (or something shaped like one), as cp866 bytes spell it.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# What a part of a run may spell to count as mojibake: punctuation (the en
# dash and curly quotes of the seeds), currency and letterlike symbols, or a
# word of at least two Devanagari letters. Genuine Cyrillic beside it can spell
# one odd character of another script ("ставка" holds "тав", U+2822 braille;
# "дерево" holds "ере", U+0962), not these.
_SYMBOL = re.compile("[\u0080-\u07ff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]")
_DEVANAGARI = re.compile("[\u0900-\u097f]")


def _decoded(run: str) -> str | None:
    """What a run of cp866 characters spells as UTF-8 bytes, or None if it spells nothing."""
    try:
        return run.encode("cp866").decode("utf-8")
    except UnicodeError:
        return None


def _garbled(run: str) -> list[tuple[int, str, str]]:
    """The garbled parts of a run of cp866 characters: ``(offset in the run, garbled text, what it spells)``.

    A whole run that spells UTF-8 is one part. Otherwise mojibake may stand
    next to genuine Cyrillic letters (``дтАУ``: a real "д", then an en dash):
    each stretch of valid UTF-8 sequences inside the run is a part if what it
    spells is the kind of text mojibake comes from.
    """
    whole = _decoded(run)
    if whole is not None:
        return [(0, run, whole)]
    # Each UTF-8 sequence inside the run, as (start, end, character); the run
    # holds one byte per character, so byte offsets are character offsets.
    spelled = []
    for match in _UTF8_SEQUENCE.finditer(run.encode("cp866")):
        character = _decoded(run[match.start() : match.end()])
        if character is not None:
            spelled.append((match.start(), match.end(), character))
    accepted = []
    for index, (start, end, character) in enumerate(spelled):
        touching = [
            other
            for other in (index - 1, index + 1)
            if 0 <= other < len(spelled) and (spelled[other][1] == start or spelled[other][0] == end)
        ]
        devanagari_word = _DEVANAGARI.fullmatch(character) and any(
            _DEVANAGARI.fullmatch(spelled[other][2]) for other in touching
        )
        if _SYMBOL.fullmatch(character) or devanagari_word:
            accepted.append((start, end, character))
    parts: list[tuple[int, str, str]] = []
    for start, end, character in accepted:
        if parts and parts[-1][0] + len(parts[-1][1]) == start:
            offset, garbled, text = parts[-1]
            parts[-1] = (offset, garbled + run[start:end], text + character)
        else:
            parts.append((start, run[start:end], character))
    return parts


def _repaired(run: str) -> str:
    pieces, done = [], 0
    for offset, garbled, spelled in _garbled(run):
        pieces += [run[done:offset], spelled]
        done = offset + len(garbled)
    return "".join(pieces) + run[done:]


def repair_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-cp866 mojibake; text without it is returned unchanged."""
    return _RUN.sub(lambda m: _repaired(m.group(0)), text)


def find_mojibake(text: str) -> list[tuple[int, str]]:
    """Every garbled run in ``text`` as ``(offset, run)``: runs of cp866 characters that spell UTF-8.

    Genuine Cyrillic words almost never form valid UTF-8 byte sequences when
    encoded as cp866, so a hit is a reliable sign of mojibake.
    """
    return [(m.start() + offset, garbled) for m in _RUN.finditer(text) for offset, garbled, _ in _garbled(m.group(0))]


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
