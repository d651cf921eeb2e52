"""Rules on one value wherever it occurs: evidence spans, date claims, speakers, text."""

from ..._io.texts import find_mojibake, repair_mojibake
from ..._model.enums import DateBasis
from ..._model.nodes import Node
from ..._model.records import DateClaim, Evidence, Speaker
from .context import Context, Findings, clip

__all__ = ["date_basis", "evidence_offsets", "offsets_fit", "speaker_inference", "text_mojibake"]


def offsets_fit(evidence: Evidence) -> bool:
    """Whether the span's offsets are in order and as long as its quoted text."""
    return evidence.start < evidence.end and evidence.end - evidence.start == len(evidence.text)


def evidence_offsets(context: Context, path: str, node: Node, evidence: Evidence) -> Findings:
    """Offsets that cannot hold the quoted text, checked without the source."""
    if evidence.start >= evidence.end:
        yield path, f"start {evidence.start} is not before end {evidence.end}"
    elif not offsets_fit(evidence):
        yield (
            path,
            f"the span {evidence.start}:{evidence.end} is {evidence.end - evidence.start} characters long, "
            f"but the quoted text has {len(evidence.text)}",
        )


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
            f"{clip(run)} should read {clip(repair_mojibake(run))}",
        )
