"""A validation finding: what is wrong, where, and what to do about it.

A finding names the child only by pseudonym and the place in the file by
position (line, child number, element), never by a raw identifier.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # the file is refused
    WARNING = "warning"  # the file is kept; the finding is recorded with it


@dataclass(frozen=True)
class Finding:
    rule: str  # a rule code: DfE's, or Safeboard's own (e.g. "SB-DATE")
    severity: Severity
    message: str  # what is wrong
    guidance: str  # what to do about it
    file: str = ""  # the file's name, never its full path
    table: str = ""
    field: str = ""
    position: str = ""  # e.g. "line 14" or "child 3, line 210"
    child: str = ""  # the pseudonym, when a child is concerned
    value: str = ""  # the offending value, unless it is an identifier
    # An error refuses the file unless it is a DfE validation rule's: DfE's own
    # errors are what the authority fixes before it submits, and must not keep
    # the rest of the return out of the dataset (see pipeline.ImportResult.blocking).
    refuses: bool = True

    def as_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = self.severity.value
        del data["refuses"]  # the outputs' columns stay as documented
        return data

    def describe(self) -> str:
        """One line a person can act on: file, place, field, what, what to do."""
        place = ", ".join(p for p in (self.file, self.position, self.table, self.field) if p)
        return f"{place}: {self.message} {self.guidance}".strip()


class RefusedFileError(Exception):
    """The file cannot be read at all (hostile, truncated, wrong kind...)."""

    def __init__(self, finding: Finding):
        super().__init__(finding.describe())
        self.finding = finding

    @classmethod
    def because(cls, *, rule: str, message: str, guidance: str, **where) -> RefusedFileError:
        """A refusal: an error finding naming the rule, what is wrong, what to do,
        and where (file, table, field, position)."""
        return cls(
            Finding(rule=rule, severity=Severity.ERROR, message=message, guidance=guidance, **where)
        )
