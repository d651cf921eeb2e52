"""Rules on source files: each source's file is there and unchanged, and every span quotes it exactly.

Finding and reading the files is :func:`indo_us_dialogue._io.sources.source_text`'s
work (see there for where a file comes from); the context reads each source's
file once, and these rules report what it met.
"""

from ..._io.jsonio import quoted
from ..._model.nodes import Node
from ..._model.records import Evidence, Source
from .context import Context, Findings
from .values import offsets_fit

__all__ = ["evidence_text", "source_digest", "source_missing"]


def evidence_text(context: Context, path: str, node: Node, value: Evidence | Source) -> Findings:
    """A span that is not its source's text (where the text is known), or a source file that is not UTF-8."""
    if isinstance(value, Source):
        if not context.is_duplicate(path, value):
            yield from context.file_findings(value, "evidence.text")
        return
    evidence = value
    text = context.source_file(evidence.source)[0]
    # Spans whose offsets do not fit their text are left to evidence.offsets.
    if text is None or not offsets_fit(evidence):
        return
    actual = text[evidence.start : evidence.end]
    if actual == evidence.text:
        if evidence.utf16_start is not None:
            expected = context.utf16_offsets(evidence.source)(evidence.start)
            if evidence.utf16_start != expected:
                yield (
                    f"{path}.utf16_start",
                    f"in UTF-16 code units the span starts at {expected}, not {evidence.utf16_start}",
                )
        return
    if evidence.end > len(text):
        message = f"the span {evidence.start}:{evidence.end} runs past the end of the source's text "
        message += f"({len(text)} characters)"
    else:
        message = (
            f"the source's text at {evidence.start}:{evidence.end} is {quoted(actual)}, not {quoted(evidence.text)}"
        )
    found_at = text.find(evidence.text)
    if found_at >= 0:
        message += f"; the quoted text is at {found_at}:{found_at + len(evidence.text)}"
    else:
        message += "; the quoted text is nowhere in the source"
    yield f"{path}.text", message


def source_digest(context: Context, path: str, node: Node, source: Source) -> Findings:
    """A file whose SHA-256 is not the one recorded."""
    if not context.is_duplicate(path, source):
        yield from context.file_findings(source, "source.digest")


def source_missing(context: Context, path: str, node: Node, source: Source) -> Findings:
    """A file that is not in the sources directory, or cannot be read there."""
    if not context.is_duplicate(path, source):
        yield from context.file_findings(source, "source.missing")
