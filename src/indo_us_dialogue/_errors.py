"""The library's exceptions.

Everything the library raises on purpose derives from :class:`IndoUsDialogueError`,
so ``except indo_us_dialogue.IndoUsDialogueError`` catches all of it.
"""

import attrs

__all__ = ["AmbiguousRecordError", "IndoUsDialogueError", "Problem", "RecordNotFoundError", "ValidationError"]


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a document.

    Attributes:
        path: JSONPath of the offending value, e.g. ``$.statements[3].date``.
        message: What is wrong, for people.
        rule: A stable machine-readable name of the broken rule, e.g.
            ``schema.required``, ``json.syntax`` or ``reference.unresolved``.
        record_id: Id of the nearest record containing the value, if it has one.
        line: For a JSON Lines file, the line (from 1) the problem is on; else None.
    """

    path: str
    message: str
    rule: str
    record_id: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path} ({self.record_id})" if self.record_id else self.path
        return f"{where}: {self.message} [{self.rule}]"


class IndoUsDialogueError(Exception):
    """Base class of every exception the library raises on purpose."""


class ValidationError(IndoUsDialogueError, ValueError):
    """A document or value is not valid; ``problems`` lists every reason.

    Attributes:
        problems: Each problem found, in document order, with its JSON path.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: "tuple[Problem, ...] | list[Problem]", *, summary: str = "invalid document") -> None:
        self.problems = tuple(problems)
        lines = [f"{summary}: {len(self.problems)} problem(s)"]
        lines.extend(f"  {problem}" for problem in self.problems)
        super().__init__("\n".join(lines))


class RecordNotFoundError(IndoUsDialogueError, LookupError):
    """No record has the id, name or alias that was asked for.

    Attributes:
        key: What was asked for.
        suggestions: Ids of the records whose ids, names or aliases come closest, best first.
    """

    key: str | None
    suggestions: tuple[str, ...]

    def __init__(self, message: str, *, key: str | None = None, suggestions: "tuple[str, ...]" = ()) -> None:
        self.key = key
        self.suggestions = tuple(suggestions)
        super().__init__(message)


class AmbiguousRecordError(IndoUsDialogueError, LookupError):
    """A name or alias belongs to more than one record, so it picks none of them.

    Attributes:
        key: What was asked for.
        candidates: Ids of every record the key names, in dataset order.
    """

    key: str
    candidates: tuple[str, ...]

    def __init__(self, key: str, candidates: "tuple[str, ...]") -> None:
        self.key = key
        self.candidates = tuple(candidates)
        super().__init__(f"{key!r} names {len(self.candidates)} records: {', '.join(self.candidates)}; use an id")
