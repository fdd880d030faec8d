"""The assurance figures: each one function, its definition in its docstring.

They take the rows a selector gave (so an agency lead's figures cover only
what they may see) and a ``today`` where the answer depends on the date.
Shares are percentages to one decimal place, rounded half up, and ``None``
when there is nothing to divide by.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from safeboard.assurance.models import Audit, AuditFinding, Policy, PolicyVersion, Section11Grade
from safeboard.common.numbers import percent as share

NOT_GRADED = "Not graded"


# --- The audit programme -----------------------------------------------------------------


@dataclass(frozen=True)
class ProgrammeProgress:
    total: int
    planned: int
    in_progress: int
    complete: int
    overdue: int

    @property
    def complete_share(self) -> Decimal | None:
        return share(self.complete, self.total)


def is_overdue(audit: Audit, *, today: date) -> bool:
    """Not complete, and its planned completion date is before today."""
    return audit.status != Audit.Status.COMPLETE and audit.planned_completion < today


def programme_progress(audits: Iterable[Audit], *, today: date) -> ProgrammeProgress:
    """How far the programme has got.

    ``planned``, ``in_progress`` and ``complete`` count the audits by status
    and add up to ``total``. ``overdue`` counts, among those not complete, the
    audits whose planned completion date is before ``today``; an overdue audit
    is also counted under its status.
    """
    audits = list(audits)
    by_status = {status: 0 for status in Audit.Status}
    for audit in audits:
        by_status[Audit.Status(audit.status)] += 1
    return ProgrammeProgress(
        total=len(audits),
        planned=by_status[Audit.Status.PLANNED],
        in_progress=by_status[Audit.Status.IN_PROGRESS],
        complete=by_status[Audit.Status.COMPLETE],
        overdue=sum(1 for audit in audits if is_overdue(audit, today=today)),
    )


# --- Section 11 ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Section11Row:
    """Self-grades counted for one standard, one agency, or all of them."""

    label: str
    met: int = 0
    partially_met: int = 0
    not_met: int = 0

    @property
    def graded(self) -> int:
        return self.met + self.partially_met + self.not_met

    @property
    def share_met(self) -> Decimal | None:
        return share(self.met, self.graded)


def _count(label: str, grades: Iterable[Section11Grade]) -> Section11Row:
    counts = {grade: 0 for grade in Section11Grade.Grade}
    for row in grades:
        counts[Section11Grade.Grade(row.grade)] += 1
    return Section11Row(
        label=label,
        met=counts[Section11Grade.Grade.MET],
        partially_met=counts[Section11Grade.Grade.PARTIALLY_MET],
        not_met=counts[Section11Grade.Grade.NOT_MET],
    )


def section11_by_standard(grades: Iterable[Section11Grade]) -> list[Section11Row]:
    """Per standard (in the standards' order): how many agencies graded themselves met,
    partially met and not met, and the share met = met / agencies that graded it.

    A standard no agency graded has no row. Standards of different audits with the
    same number are kept apart (the label names the standard's own title).
    """
    groups: dict[tuple, list[Section11Grade]] = {}
    for grade in grades:
        standard = grade.standard
        groups.setdefault((standard.number, standard.audit_id, standard.pk), []).append(grade)
    return [
        _count(f"{rows[0].standard.number}. {rows[0].standard.title}", rows)
        for _, rows in sorted(groups.items(), key=lambda item: item[0])
    ]


def section11_by_agency(grades: Iterable[Section11Grade]) -> list[Section11Row]:
    """Per agency (by name): how many standards it graded met, partially met and not
    met, and the share met = met / standards it graded."""
    groups: dict[int, list[Section11Grade]] = {}
    for grade in grades:
        groups.setdefault(grade.agency_id, []).append(grade)
    rows = [_count(str(items[0].agency), items) for items in groups.values()]
    return sorted(rows, key=lambda row: row.label)


def section11_overall(grades: Iterable[Section11Grade]) -> Section11Row:
    """Every self-grade counted once: the share met across all agencies and standards."""
    return _count("All standards", grades)


# --- Findings -----------------------------------------------------------------------------


def grade_distribution(findings: Iterable[AuditFinding]) -> list[tuple[str, int]]:
    """How many findings have each grade, in order from outstanding to inadequate, then
    those not graded; every grade has its row, 0 when none has it."""
    counts = {grade.label: 0 for grade in AuditFinding.Grade}
    counts[NOT_GRADED] = 0
    for finding in findings:
        label = AuditFinding.Grade(finding.grade).label if finding.grade else NOT_GRADED
        counts[label] += 1
    return list(counts.items())


# --- Policy reviews -----------------------------------------------------------------------


@dataclass(frozen=True)
class PolicyReview:
    policy: Policy
    version: PolicyVersion
    next_review_on: date
    days: int  # days from today to the review date; negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days < 0


def _reviews(policies: Iterable[Policy], *, today: date) -> list[PolicyReview]:
    reviews = []
    for policy in policies:
        version = policy.current_version
        if version is None or version.next_review_on is None:
            continue
        reviews.append(
            PolicyReview(
                policy, version, version.next_review_on, (version.next_review_on - today).days
            )
        )
    return sorted(reviews, key=lambda review: (review.next_review_on, review.policy.title))


def version_in_force_on(policy: Policy, day: date) -> PolicyVersion | None:
    """The version that was in force on ``day``: of the versions ever approved (approved
    now or superseded since), the one approved most recently on or before ``day``; None
    if none had been approved by then. Ties on the date go to the later-recorded one."""
    approved = [
        version
        for version in policy.versions.all()
        if version.status in PolicyVersion.APPROVED_STATUSES
        and version.approved_on is not None
        and version.approved_on <= day
    ]
    return max(approved, key=lambda v: (v.approved_on, v.pk), default=None)


def reviews_overdue(policies: Iterable[Policy], *, today: date) -> list[PolicyReview]:
    """Policies whose version in force (the approved one) had its next review date
    before ``today``; a policy with no approved version has no review date. Oldest first."""
    return [review for review in _reviews(policies, today=today) if review.next_review_on < today]


def reviews_due(policies: Iterable[Policy], *, today: date, within_days: int) -> list[PolicyReview]:
    """Policies whose version in force is due for review from ``today`` to
    ``today + within_days``, both days included (not the overdue ones). Soonest first."""
    last = today + timedelta(days=within_days)
    return [
        review
        for review in _reviews(policies, today=today)
        if today <= review.next_review_on <= last
    ]
