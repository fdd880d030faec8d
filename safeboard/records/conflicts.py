"""Two people editing the same record: the second save is stopped, not lost.

The edit form carries the version (latest history row) the user started from.
If the record has been saved since, the save is refused, the user's input
stays in the form, and the message says who changed what meanwhile; the form
then carries the new version, so saving again is a deliberate choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from safeboard.records.forms import version_of


@dataclass(frozen=True)
class Conflict:
    who: str
    at: datetime | None
    changes: list[tuple[str, str, str]]  # field label, value then, value now
    current_version: str

    def message(self) -> str:
        when = f" at {self.at:%H:%M on %-d %B %Y}" if self.at else ""
        changed = "; ".join(f"{label}: '{old}' is now '{new}'" for label, old, new in self.changes)
        detail = f" They changed {changed}." if changed else ""
        return (
            f"{self.who} saved this record{when}, after you opened it.{detail} "
            "Your changes are below and have not been saved: check them against theirs, "
            "then save again."
        )


def find_conflict(record, submitted_version: str) -> Conflict | None:
    """The change made since ``submitted_version``, or None when there is none."""
    current = version_of(record)
    if not submitted_version or submitted_version == current:
        return None
    then = (
        record.history.filter(history_id=submitted_version).first()
        if submitted_version.isdigit()
        else None
    )
    changes: list[tuple[str, str, str]] = []
    latest = record.history.order_by("-history_id").first()
    if then is not None and latest is not None:
        for change in latest.diff_against(then).changes:
            field = record._meta.get_field(change.field)
            changes.append(
                (str(field.verbose_name).capitalize(), _show(change.old), _show(change.new))
            )
    user = latest.history_user if latest is not None else None
    return Conflict(
        who=user.get_username() if user is not None else "Someone else",
        at=latest.history_date if latest is not None else None,
        changes=changes,
        current_version=current,
    )


def _show(value) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 80 else text[:77] + "..."
