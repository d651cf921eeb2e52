"""Sentence boundaries in the normalised seed texts, for tests of what evidence must span."""

import re

# What may close the text before a sentence: the previous sentence's end, or a report's date header.
_ENDS = (".", "”", '"', ")", "\n")
_DATE_HEADER = re.compile(r"(?:^|\n)\s*date \d{4}-\d{2}-\d{2}$")


def whole_sentences(text: str, sentence: str) -> list[int]:
    """Offsets at which ``sentence`` occurs in ``text`` as a whole sentence.

    A whole sentence ends with a full stop (inside or outside closing quotation
    marks) and starts at the beginning of the text or of a line, after a
    report's date header ("date 2023-11-10"), or after the end of the sentence
    before it.
    """
    if not sentence.endswith((".", '."', ".”", '".', "”.")):
        return []
    found = []
    at = text.find(sentence)
    while at != -1:
        before = text[:at].rstrip(" \xa0")
        if not before or before.endswith(_ENDS) or text[at - 1] == "\n" or _DATE_HEADER.search(before):
            found.append(at)
        at = text.find(sentence, at + 1)
    return found
