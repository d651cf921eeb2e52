"""Rules on one value wherever it occurs: evidence spans, date claims, speakers, text."""

from ..._io.jsonio import quoted
from ..._io.texts import find_mojibake, repair_mojibake
from ..._model.enums import DateBasis
from ..._model.nodes import Node
from ..._model.records import DateClaim, Evidence, Speaker
from .context import Context, Findings

__all__ = [
    "date_basis",
    "evidence_offsets",
    "evidence_offsets_hold",
    "offsets_fit",
    "speaker_inference",
    "text_mojibake",
    "utf16_units",
]


def utf16_units(text: str) -> int:
    """:func:`~indo_us_dialogue._io.utf16.utf16_length`, counted by the codec in C rather than a loop in Python.

    UTF-16 writes each code point up to U+FFFF, lone surrogates included (with
    ``surrogatepass``), as one 2-byte unit and each one above as two.
    """
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def offsets_fit(evidence: Evidence) -> bool:
    """Whether the span's offsets are in order and as long as its quoted text."""
    return evidence.start < evidence.end and evidence.end - evidence.start == len(evidence.text)


def evidence_offsets_hold(evidence: Evidence) -> bool:
    """Whether :func:`evidence_offsets` finds nothing in the span: its ``passes`` test, a plain call, no generator."""
    if not offsets_fit(evidence):
        return False
    if evidence.utf16_start is None or evidence.utf16_end is None:
        return evidence.utf16_start is None and evidence.utf16_end is None
    return (
        evidence.utf16_end - evidence.utf16_start == utf16_units(evidence.text)
        and evidence.utf16_start >= evidence.start
    )


def evidence_offsets(context: Context, path: str, node: Node, evidence: Evidence) -> Findings:
    """Offsets that cannot hold the quoted text, checked without the source (UTF-16 offsets too, if given)."""
    if evidence.start >= evidence.end:
        yield path, f"start {evidence.start} is not before end {evidence.end}"
    elif not offsets_fit(evidence):
        yield (
            path,
            f"the span {evidence.start}:{evidence.end} is {evidence.end - evidence.start} characters long, "
            f"but the quoted text has {len(evidence.text)}",
        )
    if (evidence.utf16_start is None) != (evidence.utf16_end is None):
        yield path, "utf16_start and utf16_end are given together or not at all"
    elif evidence.utf16_start is not None and evidence.utf16_end is not None:
        units = utf16_units(evidence.text)
        if evidence.utf16_end - evidence.utf16_start != units:
            yield (
                path,
                f"the UTF-16 span {evidence.utf16_start}:{evidence.utf16_end} is "
                f"{evidence.utf16_end - evidence.utf16_start} code units long, but the quoted text has {units}",
            )
        elif evidence.utf16_start < evidence.start:
            yield f"{path}.utf16_start", f"the UTF-16 offset {evidence.utf16_start} is below the code-point offset"


def date_basis(context: Context, path: str, node: Node, claim: DateClaim) -> Findings:
    """Reasoning given where it does not belong, or missing where it does."""
    if claim.basis is DateBasis.INFERRED and claim.reasoning is None:
        yield path, "an inferred date needs 'reasoning' saying how it was worked out"
    elif claim.basis is DateBasis.STATED and claim.reasoning is not None:
        yield f"{path}.reasoning", "a stated date has no 'reasoning'; only inferred dates do"


def speaker_inference(context: Context, path: str, node: Node, speaker: Speaker) -> Findings:
    """The first of the speaker's inconsistencies, at the field to change."""
    if speaker.official is not None and speaker.inferred_official is not None:
        yield (
            f"{path}.inferred_official",
            "a speaker the source names has no inferred official; give 'official' or 'inferred_official', not both",
        )
    elif speaker.inferred_official is not None and speaker.inference is None:
        yield path, "an inferred official needs 'inference' saying how it was inferred"
    elif speaker.inferred_official is None and speaker.inference is not None:
        yield f"{path}.inference", "'inference' is only for an 'inferred_official'"


def text_mojibake(context: Context, path: str, node: Node, text: str) -> Findings:
    """Each garbled run, with what it should read."""
    for offset, run in find_mojibake(text):
        yield (
            path,
            f"garbled text (UTF-8 read as code page 866) at character {offset}: "
            f"{quoted(run)} should read {quoted(repair_mojibake(run))}",
        )
