"""Rules on statements: who spoke, what they cite, what a quotation quotes."""

from ..._io.jsonio import quoted
from ..._model.enums import SpeechMode
from ..._model.nodes import Node
from ..._model.records import Meeting, Official, Source, Statement
from .context import Context, Findings, evidence_in

__all__ = ["quote_span", "statement_same_remark", "statement_source", "statement_speaker"]

_QUOTATIONS = (SpeechMode.DIRECT_QUOTATION, SpeechMode.PARTIAL_QUOTATION)


def statement_speaker(context: Context, path: str, node: Node, statement: Statement) -> Findings:
    """A named speaker missing from the participants of the statement's meeting."""
    meeting = context.get(statement.meeting, Meeting)
    if context.is_duplicate(path, statement) or meeting is None:
        return
    official = statement.speaker.official
    if context.get(official, Official) is not None and official not in {p.official for p in meeting.participants}:
        yield f"{path}.speaker.official", f"the speaker {official} is not among the participants of {meeting.id}"


def statement_source(context: Context, path: str, node: Node, statement: Statement) -> Findings:
    """Each span citing an existing source that the statement's meeting does not list."""
    meeting = context.get(statement.meeting, Meeting)
    if context.is_duplicate(path, statement) or meeting is None:
        return
    for evidence_path, evidence in evidence_in(statement, path):
        if evidence.source not in meeting.sources and context.get(evidence.source, Source) is not None:
            yield f"{evidence_path}.source", f"cites {evidence.source}, which is not among the sources of {meeting.id}"


def quote_span(context: Context, path: str, node: Node, statement: Statement) -> Findings:
    """A quotation whose text differs from its first evidence span."""
    if statement.mode in _QUOTATIONS and statement.evidence[0].text != statement.text:
        yield (
            f"{path}.text",
            f"a {statement.mode.value.replace('_', ' ')} is exactly its first evidence span, "
            f"but the text is {quoted(statement.text)} and the span is {quoted(statement.evidence[0].text)}",
        )


def statement_same_remark(context: Context, path: str, node: Node, statement: Statement) -> Findings:
    """A statement said to be the same remark as itself."""
    if statement.same_remark is not None and statement.same_remark.statement == statement.id:
        yield f"{path}.same_remark.statement", "a statement is not another report of itself"
