"""Rules on ids and references: unique ids, references that resolve, no meeting linking to itself."""

from typing import Any

from ..._model.nodes import Node, Ref
from ..._model.records import Meeting
from .context import Context, Findings

__all__ = ["id_duplicate", "reference_self", "reference_unresolved"]


def id_duplicate(context: Context, path: str, node: Node, record: Any) -> Findings:
    """Every record after the first with an id, pointing at the first."""
    first = context.first_path(record.id)
    if first != path:
        yield f"{path}.id", f"{record.id} is already the id of {first}"


def reference_unresolved(context: Context, path: str, node: Node, reference: str) -> Findings:
    """A reference to a missing record, or to a record of another kind."""
    assert isinstance(node, Ref)
    if not context.resolves(reference, node.kind):
        yield path, f"no {node.kind} has the id {reference}"


def reference_self(context: Context, path: str, node: Node, meeting: Meeting) -> Findings:
    """Each link of a meeting to its own id."""
    for index, link in enumerate(meeting.links):
        if link.meeting == meeting.id:
            yield f"{path}.links[{index}].meeting", "a meeting cannot link to itself"
