"""The export areas ``audits`` and ``policies`` (``safeboard export AREA --year YYYY``).

Audits: the year's programme (audits with their agencies, dates, status and
counts), the section 11 self-grades, the findings, the actions raised, and
the summaries (progress, section 11 by standard and agency, findings by
grade). An agency lead's export holds only the audits their agency takes
part in, and only their own agency's self-grades (the selectors decide).

Policies: every policy with the version in force on the last day of the year
(``summaries.version_in_force_on``), whether its review was overdue then, and
the version in force now; and the versions approved during the year.
"""

from __future__ import annotations

from django.utils import timezone

from safeboard.access.visibility import Visibility
from safeboard.assurance import selectors, summaries
from safeboard.assurance.models import Audit
from safeboard.records.areas import BoardArea, Table
from safeboard.records.years import year_bounds


def _audit_tables(user, year: int) -> list[Table]:
    today = timezone.localdate()
    audits = list(selectors.audit_list(user=user, year=year))
    grades = list(selectors.grade_list(user=user, year=year))
    findings = list(selectors.finding_list(user=user, year=year))
    actions = [
        action for audit in audits for action in selectors.audit_actions(user=user, audit=audit)
    ]
    audit_rows = [
        [
            audit.title,
            audit.get_kind_display(),
            "; ".join(a.name for a in selectors.audit_agencies(audit)),
            audit.lead.full_name if audit.lead_id else None,
            audit.planned_start,
            audit.planned_completion,
            audit.get_status_display(),
            audit.completed_on,
            summaries.is_overdue(audit, today=today),
            audit.scope,
            audit.conclusion,
        ]
        for audit in audits
    ]
    progress = summaries.programme_progress(audits, today=today)
    s11 = [
        *summaries.section11_by_standard(grades),
        summaries.section11_overall(grades),
    ]
    return [
        Table(
            "audits",
            [
                "Audit",
                "Kind",
                "Agencies taking part",
                "Lead",
                "Planned start",
                "Planned completion",
                "Status",
                "Completed",
                "Overdue",
                "Scope",
                "Conclusion",
            ],
            audit_rows,
        ),
        Table(
            "section_11_grades",
            ["Audit", "Standard number", "Standard", "Agency", "Self-grade", "Evidence"],
            [
                [
                    g.standard.audit.title,
                    g.standard.number,
                    g.standard.title,
                    g.agency.name,
                    g.get_grade_display(),
                    g.evidence,
                ]
                for g in grades
            ],
        ),
        Table(
            "findings",
            ["Audit", "Number", "Finding", "Grade", "About", "Recommendation number", "Detail"],
            [
                [
                    f.audit.title,
                    f.number,
                    f.title,
                    f.get_grade_display() or summaries.NOT_GRADED,
                    f.agency.name if f.agency_id else "The partnership",
                    f.recommendation.number if f.recommendation_id else None,
                    f.detail,
                ]
                for f in findings
            ],
        ),
        Table(
            "actions_raised",
            ["Audit plan", "Action", "What", "Owner agency", "Due", "Status", "Completed"],
            [
                [
                    a.recommendation.plan.title,
                    a.reference,
                    a.text,
                    a.owner_agency.name,
                    a.due_date,
                    a.get_status_display(),
                    a.completed_date,
                ]
                for a in actions
            ],
        ),
        Table(
            "programme_progress",
            ["Audits", "Planned", "In progress", "Complete", "Overdue"],
            [
                [
                    progress.total,
                    progress.planned,
                    progress.in_progress,
                    progress.complete,
                    progress.overdue,
                ]
            ],
        ),
        Table(
            "section_11_by_standard",
            ["Standard", "Met", "Partially met", "Not met", "Graded", "Share met (%)"],
            [_s11_row(row) for row in s11],
        ),
        Table(
            "section_11_by_agency",
            ["Agency", "Met", "Partially met", "Not met", "Graded", "Share met (%)"],
            [_s11_row(row) for row in summaries.section11_by_agency(grades)],
        ),
        Table(
            "findings_by_grade",
            ["Grade", "Findings"],
            [list(row) for row in summaries.grade_distribution(findings)],
        ),
    ]


def _s11_row(row: summaries.Section11Row) -> list:
    return [row.label, row.met, row.partially_met, row.not_met, row.graded, row.share_met]


def _policy_tables(user, year: int) -> list[Table]:
    start, end = year_bounds(year)
    policies = list(selectors.policy_list(user=user))
    policy_rows = []
    for record in policies:
        then = summaries.version_in_force_on(record, end)
        now = record.current_version
        policy_rows.append(
            [
                record.title,
                record.get_kind_display(),
                record.owner_agency.name,
                record.owner.full_name if record.owner_id else None,
                then.number if then else None,
                then.approved_on if then else None,
                then.approved_by if then else None,
                then.next_review_on if then else None,
                then is not None and then.next_review_on < end,
                now.number if now else None,
            ]
        )
    versions = [
        version
        for record in policies
        for version in record.versions.all()
        if version.approved_on is not None and start <= version.approved_on <= end
    ]
    versions.sort(key=lambda v: (v.approved_on, v.policy.title))
    return [
        Table(
            "policies",
            [
                "Policy",
                "Kind",
                "Owning agency",
                "Owner",
                "Version in force at year end",
                "Approved",
                "Approved by",
                "Next review",
                "Review overdue at year end",
                "Version in force now",
            ],
            policy_rows,
        ),
        Table(
            "versions_approved",
            ["Policy", "Version", "Approved", "Approved by", "Next review", "Status now"],
            [
                [
                    v.policy.title,
                    v.number,
                    v.approved_on,
                    v.approved_by,
                    v.next_review_on,
                    v.get_status_display(),
                ]
                for v in versions
            ],
        ),
    ]


EXPORT_AREAS = [
    BoardArea(
        name="audits",
        label="Audits",
        description=(
            "The audit programme: audits and their agencies, section 11 self-grades, "
            "findings and the actions raised."
        ),
        url_name="assurance:index",
        visibility=Visibility(Audit.visibility),
        tables=_audit_tables,
        order=70,
    ),
    BoardArea(
        name="policies",
        label="Policies and procedures",
        description=(
            "Policies and procedures: owners, the version in force, approvals and reviews."
        ),
        url_name="assurance:policy-list",
        visibility=Visibility.SIGNED_IN,
        tables=_policy_tables,
        order=71,
    ),
]
