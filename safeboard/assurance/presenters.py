"""Audits and policies as GOV.UK tags, tables and summary lists (data for the macros)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString

from safeboard.assurance import policy, selectors, summaries
from safeboard.assurance.models import (
    Audit,
    AuditFinding,
    AuditProgramme,
    Policy,
    PolicyVersion,
    Section11Grade,
    Section11Standard,
)
from safeboard.dataset.periods import year_label
from safeboard.web import govuk
from safeboard.web.components import link, summary_list, table

AUDIT_TAGS = {
    Audit.Status.PLANNED: "govuk-tag--grey",
    Audit.Status.IN_PROGRESS: "govuk-tag--blue",
    Audit.Status.COMPLETE: "govuk-tag--green",
}
VERSION_TAGS = {
    PolicyVersion.Status.DRAFT: "govuk-tag--grey",
    PolicyVersion.Status.IN_CONSULTATION: "govuk-tag--light-blue",
    PolicyVersion.Status.APPROVED: "govuk-tag--green",
    PolicyVersion.Status.SUPERSEDED: "govuk-tag--grey",
}
SECTION_11_TAGS = {
    Section11Grade.Grade.MET: "govuk-tag--green",
    Section11Grade.Grade.PARTIALLY_MET: "govuk-tag--yellow",
    Section11Grade.Grade.NOT_MET: "govuk-tag--red",
}
FINDING_TAGS = {
    AuditFinding.Grade.OUTSTANDING: "govuk-tag--green",
    AuditFinding.Grade.GOOD: "govuk-tag--turquoise",
    AuditFinding.Grade.REQUIRES_IMPROVEMENT: "govuk-tag--yellow",
    AuditFinding.Grade.INADEQUATE: "govuk-tag--red",
}


def today() -> date:
    return timezone.localdate()


def day(value: date | None) -> str:
    return date_format(value, "j F Y") if value else ""


def tag(text: str, classes: str) -> SafeString:
    return govuk.render("tag", {"text": text, "classes": classes})


def percent(value: Decimal | None) -> str:
    return "" if value is None else f"{value}%"


def audit_status_tag(audit: Audit, *, today: date) -> SafeString:
    text = audit.get_status_display()
    if summaries.is_overdue(audit, today=today):
        return tag(f"{text}, overdue", "govuk-tag--red")
    return tag(text, AUDIT_TAGS[Audit.Status(audit.status)])


def version_tag(version: PolicyVersion) -> SafeString:
    return tag(version.get_status_display(), VERSION_TAGS[PolicyVersion.Status(version.status)])


def grade_tag(grade: Section11Grade) -> SafeString:
    return tag(grade.get_grade_display(), SECTION_11_TAGS[Section11Grade.Grade(grade.grade)])


def finding_tag(finding: AuditFinding) -> SafeString | str:
    if not finding.grade:
        return summaries.NOT_GRADED
    return tag(finding.get_grade_display(), FINDING_TAGS[AuditFinding.Grade(finding.grade)])


def _url(name: str, *args, query: str = "") -> str | None:
    """A page's address, or None when the page does not exist (yet)."""
    try:
        href = reverse(name, args=args)
    except NoReverseMatch:
        return None
    return f"{href}?{query}" if query else href


def _maybe_link(text: str, href: str | None):
    return link(text, href) if href else text


def agencies_text(audit: Audit) -> str:
    names = [agency.short_name or agency.name for agency in selectors.audit_agencies(audit)]
    return ", ".join(names) if names else "None yet"


# --- Programmes ---------------------------------------------------------------------------


def progress_summary(progress: summaries.ProgrammeProgress) -> SafeString:
    return summary_list(
        [
            ("Audits in the programme", progress.total),
            ("Planned", progress.planned),
            ("In progress", progress.in_progress),
            ("Complete", f"{progress.complete} ({percent(progress.complete_share) or 'none'})"),
            ("Overdue (not complete, past their planned completion)", progress.overdue),
        ]
    )


def audits_table(audits: Iterable[Audit], *, today: date, caption: str) -> SafeString:
    rows = [
        [
            link(audit.title, reverse("assurance:audit-detail", args=[audit.pk])),
            audit.get_kind_display(),
            agencies_text(audit),
            day(audit.planned_completion),
            audit_status_tag(audit, today=today),
        ]
        for audit in audits
    ]
    return table(
        caption=caption,
        head=["Audit", "Kind", "Agencies", "Planned completion", "Status"],
        rows=rows,
        empty="No audits yet.",
    )


def programme_summary(programme: AuditProgramme):
    return [
        ("Year", year_label(programme.year)),
        ("Title", programme.title or str(programme)),
        ("Agreed by the board", day(programme.approved_on) or "Not yet"),
        ("Notes", programme.notes),
    ]


def programme_sections(request, programme: AuditProgramme) -> list[SafeString]:
    today = timezone.localdate()
    audits = list(selectors.audit_list(user=request.user).filter(programme=programme))
    return [
        render_to_string(
            "assurance/_programme_sections.html",
            {
                "programme": programme,
                "progress": progress_summary(summaries.programme_progress(audits, today=today)),
                "audits": audits_table(audits, today=today, caption="Audits in the programme"),
                "can_manage": policy.can_manage(request.user),
            },
            request=request,
        )
    ]


# --- Audits -------------------------------------------------------------------------------


def audit_summary(audit: Audit):
    return [
        ("Programme", link(str(audit.programme), _programme_url(audit.programme))),
        ("Kind", audit.get_kind_display()),
        ("Scope", audit.scope),
        ("Agencies taking part", agencies_text(audit)),
        ("Lead", audit.lead),
        ("Strategic priority", audit.priority),
        ("Planned start", day(audit.planned_start)),
        ("Planned completion", day(audit.planned_completion)),
        ("Status", audit_status_tag(audit, today=timezone.localdate())),
        ("Completed", day(audit.completed_on)),
        ("Conclusion", audit.conclusion),
        (
            "Action plan",
            _maybe_link(str(audit.action_plan), _url("actions:plan-detail", audit.action_plan_id))
            if audit.action_plan_id
            else "No actions raised yet",
        ),
    ]


def _programme_url(programme: AuditProgramme) -> str:
    return reverse("assurance:programme-detail", args=[programme.pk])


def section11_rows_table(rows: list[summaries.Section11Row], *, caption: str, first: str):
    return table(
        caption=caption,
        caption_visible=True,
        head=[first, "Met", "Partially met", "Not met", "Graded", "Share met"],
        rows=[
            [
                row.label,
                row.met,
                row.partially_met,
                row.not_met,
                row.graded,
                percent(row.share_met),
            ]
            for row in rows
        ],
        numeric=[1, 2, 3, 4, 5],
        empty="No self-grades yet.",
    )


def grade_grid(
    *, user, audit: Audit, standards: list[Section11Standard], grades: list[Section11Grade]
) -> SafeString:
    """Standards down, agencies across: each agency's self-grade, or a link to record it."""
    agencies = selectors.audit_agencies(audit)
    if not policy.is_business_unit(user):
        visible = {grade.agency_id for grade in grades} | (
            {a.pk for a in agencies if policy.can_grade_for(user, audit, a.pk)}
        )
        agencies = [agency for agency in agencies if agency.pk in visible]
    by_cell = {(grade.standard_id, grade.agency_id): grade for grade in grades}
    rows = []
    for standard in standards:
        row = [link(f"{standard.number}. {standard.title}", _standard_url(standard))]
        for agency in agencies:
            grade = by_cell.get((standard.pk, agency.pk))
            if grade is not None:
                row.append(link(grade.get_grade_display(), _grade_url(grade)))
            elif policy.can_grade_for(user, audit, agency.pk):
                href = reverse("assurance:grade-create") + (
                    f"?standard={standard.pk}&agency={agency.pk}"
                )
                # Short to see; the hidden words make each link's name unique when read out.
                row.append(
                    format_html(
                        '<a class="govuk-link" href="{}">Record<span class="govuk-visually-hidden">'
                        " {}'s grade for standard {}</span></a>",
                        href,
                        agency.short_name or agency.name,
                        standard.number,
                    )
                )
            else:
                row.append("Not graded")
        rows.append(row)
    return table(
        caption="Self-grades by standard and agency",
        caption_visible=True,
        head=["Standard", *[agency.short_name or agency.name for agency in agencies]],
        rows=rows,
        empty="No standards yet.",
    )


def _standard_url(standard: Section11Standard) -> str:
    return reverse("assurance:standard-detail", args=[standard.pk])


def _grade_url(grade: Section11Grade) -> str:
    return reverse("assurance:grade-detail", args=[grade.pk])


def findings_table(findings: Iterable[AuditFinding], *, show_audit: bool = False) -> SafeString:
    head = ["Finding", "Grade", "About", "Recommendation in the plan"]
    if show_audit:
        head.insert(1, "Audit")
    rows = []
    for finding in findings:
        row = [
            link(f"{finding.number}. {finding.title}", finding_url(finding)),
            finding_tag(finding),
            finding.agency.name if finding.agency_id else "The partnership",
            (
                f"Recommendation {finding.recommendation.number}"
                if finding.recommendation_id
                else "None"
            ),
        ]
        if show_audit:
            row.insert(1, finding.audit.title)
        rows.append(row)
    return table(caption="Findings", head=head, rows=rows, empty="No findings yet.")


def finding_url(finding: AuditFinding) -> str:
    return reverse("assurance:finding-detail", args=[finding.pk])


def distribution_table(distribution: list[tuple[str, int]], *, caption: str) -> SafeString:
    return table(
        caption=caption,
        caption_visible=True,
        head=["Grade", "Findings"],
        rows=[[label, count] for label, count in distribution],
        numeric=[1],
    )


def actions_table(actions) -> SafeString:
    rows = [
        [
            _maybe_link(f"Action {action.reference}", _url("actions:action-detail", action.pk)),
            action.text,
            action.owner_agency.name,
            day(action.due_date),
            action.get_status_display(),
        ]
        for action in actions
    ]
    return table(
        caption="Actions raised",
        head=["Action", "What", "Owner agency", "Due", "Status"],
        rows=rows,
        empty="No actions raised yet.",
    )


def audit_sections(request, audit: Audit) -> list[SafeString]:
    user = request.user
    context: dict = {
        "audit": audit,
        "can_manage": policy.can_manage(user),
        "is_section_11": audit.is_section_11,
    }
    if audit.is_section_11:
        standards = list(selectors.standard_list(user=user, audit=audit))
        grades = list(selectors.grade_list(user=user, audit=audit))
        context.update(
            standards_count=len(standards),
            usual_count=len(usual_missing(standards)),
            grid=grade_grid(user=user, audit=audit, standards=standards, grades=grades),
            by_standard=section11_rows_table(
                summaries.section11_by_standard(grades),
                caption="Results by standard",
                first="Standard",
            ),
            by_agency=section11_rows_table(
                summaries.section11_by_agency(grades), caption="Results by agency", first="Agency"
            ),
            can_grade=any(
                policy.can_grade_for(user, audit, agency.pk)
                for agency in selectors.audit_agencies(audit)
            ),
        )
    findings = list(selectors.finding_list(user=user, audit=audit))
    context.update(
        findings=findings_table(findings),
        distribution=distribution_table(
            summaries.grade_distribution(findings), caption="Findings by grade"
        ),
        has_findings=bool(findings),
        actions=actions_table(selectors.audit_actions(user=user, audit=audit)),
    )
    return [render_to_string("assurance/_audit_sections.html", context, request=request)]


def usual_missing(standards: list[Section11Standard]) -> list[int]:
    """The numbers 1 to 8 not yet used by a standard (what 'add the usual eight' would add)."""
    from safeboard.assurance.services import USUAL_STANDARDS

    taken = {standard.number for standard in standards}
    return [n for n in range(1, len(USUAL_STANDARDS) + 1) if n not in taken]


# --- Standards, grades, findings ----------------------------------------------------------


def standard_summary(standard: Section11Standard):
    return [
        ("Audit", link(str(standard.audit), _audit_url(standard.audit))),
        ("Number", standard.number),
        ("Standard", standard.title),
        ("Description", standard.description),
    ]


def _audit_url(audit: Audit) -> str:
    return reverse("assurance:audit-detail", args=[audit.pk])


def grade_summary(grade: Section11Grade):
    return [
        ("Audit", link(str(grade.standard.audit), _audit_url(grade.standard.audit))),
        ("Standard", link(str(grade.standard), _standard_url(grade.standard))),
        ("Agency", grade.agency.name),
        ("Self-grade", grade_tag(grade)),
        ("Evidence", grade.evidence),
    ]


def finding_summary(finding: AuditFinding):
    return [
        ("Audit", link(str(finding.audit), _audit_url(finding.audit))),
        ("Number", finding.number),
        ("Finding", finding.title),
        ("Detail", finding.detail),
        ("Grade", finding_tag(finding)),
        ("About", finding.agency.name if finding.agency_id else "The partnership"),
        (
            "Recommendation in the plan",
            f"{finding.recommendation.number}. {finding.recommendation.text}"
            if finding.recommendation_id
            else "None yet",
        ),
    ]


def finding_sections(request, finding: AuditFinding) -> list[SafeString]:
    if not policy.can_manage(request.user):
        return []
    href = reverse("assurance:audit-raise-action", args=[finding.audit_id])
    return [
        render_to_string(
            "assurance/_finding_sections.html",
            {"href": f"{href}?finding={finding.pk}"},
            request=request,
        )
    ]


# --- Policies -----------------------------------------------------------------------------


def policy_status(policy_record: Policy) -> SafeString | str:
    """The version in force's status, else the newest version's, else 'No versions yet'."""
    version = policy_record.current_version or policy_record.latest_version
    return version_tag(version) if version else "No versions yet"


def review_cell(policy_record: Policy, *, today: date) -> SafeString | str:
    review = policy_record.next_review_on
    if review is None:
        return "Not set"
    if review < today:
        return tag(f"Overdue since {day(review)}", "govuk-tag--red")
    return day(review)


def policy_summary(policy_record: Policy):
    current = policy_record.current_version
    return [
        ("Title", policy_record.title),
        ("Kind", policy_record.get_kind_display()),
        ("Summary", policy_record.summary),
        ("Owning agency", policy_record.owner_agency.name),
        ("Owner", policy_record.owner),
        ("Strategic priority", policy_record.priority),
        ("Version in force", current.number if current else "None approved yet"),
        ("Status", policy_status(policy_record)),
        ("Approved", f"{day(current.approved_on)} by {current.approved_by}" if current else ""),
        ("Next review", review_cell(policy_record, today=timezone.localdate())),
    ]


def document_cell(version: PolicyVersion):
    cells = []
    if version.has_file:
        href = reverse("assurance:version-download", args=[version.pk])
        cells.append(link(f"Download {version.file_name}", href))
    if version.link:
        cells.append(link("Published copy", version.link))
    if not cells:
        return "None"
    return SafeString("<br>".join(cells))


def versions_table(versions: Iterable[PolicyVersion]) -> SafeString:
    rows = [
        [
            link(version.number, reverse("assurance:version-detail", args=[version.pk])),
            version_tag(version),
            day(version.approved_on),
            version.approved_by,
            day(version.next_review_on),
            document_cell(version),
        ]
        for version in versions
    ]
    return table(
        caption="Versions",
        caption_visible=True,
        head=["Version", "Status", "Approved", "Approved by", "Next review", "Document"],
        rows=rows,
        empty="No versions yet.",
    )


def policy_sections(request, policy_record: Policy) -> list[SafeString]:
    versions = selectors.version_list(user=request.user, policy=policy_record)
    return [
        render_to_string(
            "assurance/_policy_sections.html",
            {
                "policy": policy_record,
                "versions": versions_table(versions),
                "can_manage": policy.can_manage(request.user),
            },
            request=request,
        )
    ]


def version_summary(version: PolicyVersion):
    return [
        ("Policy", link(str(version.policy), _policy_url(version.policy))),
        ("Version", version.number),
        ("Status", version_tag(version)),
        ("Approved on", day(version.approved_on)),
        ("Approved by", version.approved_by),
        ("Next review", day(version.next_review_on)),
        ("Document", document_cell(version)),
        ("What changed", version.changes),
    ]


def _policy_url(policy_record: Policy) -> str:
    return reverse("assurance:policy-detail", args=[policy_record.pk])


def reviews_table(reviews: list[summaries.PolicyReview], *, caption: str) -> SafeString:
    rows = [
        [
            link(review.policy.title, _policy_url(review.policy)),
            review.policy.owner_agency.name,
            review.version.number,
            day(review.next_review_on),
            f"{-review.days} days ago" if review.overdue else f"in {review.days} days",
        ]
        for review in reviews
    ]
    return table(
        caption=caption,
        caption_visible=True,
        head=["Policy", "Owning agency", "Version in force", "Review due", "When"],
        rows=rows,
        empty="None.",
    )
