"""Writing lead agency reports and their themes: keyword-only, checked, atomic.

The workflow: ``report_open`` (a draft, by the agency's own lead, once the
year has started and the partnership has set its themes), ``item_add`` /
``item_update`` / ``item_move`` / ``item_delete`` (while draft or returned),
``report_submit`` (at least one item), then the business unit's
``report_accept`` (locked from then on) or ``report_return`` (with a comment
saying what to change; the lead edits and submits again). Each decision is a
``ReportReview`` row, so every comment is kept with who made it and when.

The business unit sets each year's themes (``theme_create``, ``theme_update``,
``theme_delete``, ``themes_copy``).

A refusal for who the user is raises ``PermissionDenied``; a refusal for the
state of the report or the values given raises ``AgencyReportError`` with
every message, each built from a named constant below.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from safeboard.agency_reports import policy
from safeboard.agency_reports.models import AgencyReport, ReportItem, ReportReview, Theme
from safeboard.agency_reports.text import text_problems
from safeboard.dataset.periods import collection_year_of, year_label
from safeboard.partnership.models import Agency, Partnership

EARLIEST_YEAR = 2000

NOT_OWN_AGENCY = "Only the agency's own lead can write and submit its lead agency report."
NOT_REVIEWER = "Only the business unit can accept a lead agency report or return it."
NOT_THEME_MANAGER = "Only the business unit can set the year's themes."
REPORT_LOCKED = (
    "This report was accepted and is locked: it cannot be changed. "
    "Ask the business unit if something in it is wrong."
)
ALREADY_SUBMITTED = (
    "This report has been submitted and is with the business unit: "
    "it can be changed again only if they return it."
)
YEAR_NOT_STARTED = "The {year} year starts on 1 April {start}; its report can be opened from then."
YEAR_OUT_OF_RANGE = (
    "Enter a year from {earliest} to {latest}, as the year it ends (2018 for 2017/18)."
)
NO_THEMES = (
    "The partnership has not set the themes for {year} yet, so there is nothing to report "
    "under. Ask the business unit to set them."
)
THEME_WRONG_YEAR = "'{theme}' is a theme for {theme_year}; this report is for {year}."
UNKNOWN_KIND = "Choose whether the item is what the agency did or what it plans to do."
NO_ITEMS = "Add at least one item under a theme before submitting the report."
NOT_SUBMITTED = "Only a submitted report can be accepted or returned; this one is {status}."
COMMENT_REQUIRED = "Say what needs to change when you return a report."
THEME_IN_USE = (
    "'{theme}' has {count} item(s) in agencies' reports, so it cannot be deleted. "
    "Change its title or description instead."
)
THEMES_ALREADY_SET = "{year} already has themes; copy only into a year with none."
NO_THEMES_TO_COPY = "{year} has no themes to copy."


class AgencyReportError(Exception):
    """The report or theme cannot be changed that way; ``messages`` says why."""

    def __init__(self, *messages: str):
        super().__init__(" ".join(messages))
        self.messages = list(messages)


def _save(instance) -> None:
    """full_clean then save; a validation failure becomes an ``AgencyReportError``."""
    try:
        instance.full_clean()
    except ValidationError as invalid:
        raise AgencyReportError(*invalid.messages) from invalid
    instance.save()


def _locked_for_update(report: AgencyReport) -> AgencyReport:
    """The report as it is now, its row locked until the transaction ends (PostgreSQL)."""
    list(AgencyReport.objects.select_for_update().filter(pk=report.pk).values("pk"))
    report.refresh_from_db()
    return report


def _require_author(user, agency_id: int) -> None:
    if not policy.can_write_for(user, agency_id):
        raise PermissionDenied(NOT_OWN_AGENCY)


def _require_editable(report: AgencyReport) -> None:
    if report.status == AgencyReport.Status.ACCEPTED:
        raise AgencyReportError(REPORT_LOCKED)
    if report.status == AgencyReport.Status.SUBMITTED:
        raise AgencyReportError(ALREADY_SUBMITTED)


def _editable_report(user, report: AgencyReport) -> AgencyReport:
    _require_author(user, report.agency_id)
    report = _locked_for_update(report)
    _require_editable(report)
    return report


def _require_reviewable(user, report: AgencyReport) -> None:
    if not policy.can_review(user):
        raise PermissionDenied(NOT_REVIEWER)
    if report.status == AgencyReport.Status.ACCEPTED:
        raise AgencyReportError(REPORT_LOCKED)
    if report.status != AgencyReport.Status.SUBMITTED:
        raise AgencyReportError(NOT_SUBMITTED.format(status=report.get_status_display().lower()))


def _require_theme_manager(user) -> None:
    if not policy.can_manage_themes(user):
        raise PermissionDenied(NOT_THEME_MANAGER)


def _check_year(year: int, today: date | None = None) -> None:
    latest = collection_year_of(today or timezone.localdate()) + 1
    if not isinstance(year, int) or not EARLIEST_YEAR <= year <= latest:
        raise AgencyReportError(YEAR_OUT_OF_RANGE.format(earliest=EARLIEST_YEAR, latest=latest))


def _check_item(report: AgencyReport, theme: Theme, kind: str, text: str) -> list[str]:
    problems = []
    if theme.year != report.year or theme.partnership_id != report.agency.partnership_id:
        problems.append(
            THEME_WRONG_YEAR.format(
                theme=theme.title, theme_year=year_label(theme.year), year=year_label(report.year)
            )
        )
    if kind not in ReportItem.Kind.values:
        problems.append(UNKNOWN_KIND)
    problems += text_problems(text)
    return problems


def _next_position(report: AgencyReport, theme: Theme, kind: str) -> int:
    top = ReportItem.objects.filter(report=report, theme=theme, kind=kind).aggregate(
        top=Max("position")
    )["top"]
    return (top or 0) + 1


# --- the agency's report ---------------------------------------------------------------------


@transaction.atomic
def report_open(*, user, agency: Agency, year: int, today: date | None = None) -> AgencyReport:
    """The agency's report for the year: the one already open, or a new draft."""
    _require_author(user, agency.pk)
    today = today or timezone.localdate()
    _check_year(year, today)
    if year > collection_year_of(today):
        raise AgencyReportError(YEAR_NOT_STARTED.format(year=year_label(year), start=year - 1))
    if not Theme.objects.filter(partnership_id=agency.partnership_id, year=year).exists():
        raise AgencyReportError(NO_THEMES.format(year=year_label(year)))
    report, _ = AgencyReport.objects.get_or_create(
        agency=agency, year=year, defaults={"opened_by": user}
    )
    return report


@transaction.atomic
def item_add(*, user, report: AgencyReport, theme: Theme, kind: str, text: str) -> ReportItem:
    """Add an item at the end of its theme's "did" or "plan" list."""
    report = _editable_report(user, report)
    problems = _check_item(report, theme, kind, text)
    if problems:
        raise AgencyReportError(*problems)
    item = ReportItem(
        report=report,
        theme=theme,
        kind=kind,
        text=text.strip(),
        position=_next_position(report, theme, kind),
    )
    _save(item)
    return item


@transaction.atomic
def item_update(*, user, item: ReportItem, theme: Theme, kind: str, text: str) -> ReportItem:
    """Change an item; moved to another theme or kind, it goes to the end of that list."""
    report = _editable_report(user, item.report)
    item.refresh_from_db()
    problems = _check_item(report, theme, kind, text)
    if problems:
        raise AgencyReportError(*problems)
    if (item.theme_id, item.kind) != (theme.pk, kind):
        item.position = _next_position(report, theme, kind)
    item.theme = theme
    item.kind = kind
    item.text = text.strip()
    _save(item)
    return item


@transaction.atomic
def item_delete(*, user, item: ReportItem) -> None:
    _editable_report(user, item.report)
    item.delete()


@transaction.atomic
def item_move(*, user, item: ReportItem, up: bool) -> ReportItem:
    """Swap the item with the one before it (``up``) or after it in its list; at an end, stay."""
    report = _editable_report(user, item.report)
    item.refresh_from_db()
    siblings = list(
        ReportItem.objects.filter(report=report, theme_id=item.theme_id, kind=item.kind).order_by(
            "position", "pk"
        )
    )
    index = next(i for i, sibling in enumerate(siblings) if sibling.pk == item.pk)
    other = index - 1 if up else index + 1
    if not 0 <= other < len(siblings):
        return item
    siblings[index], siblings[other] = siblings[other], siblings[index]
    for position, sibling in enumerate(siblings, start=1):
        if sibling.position != position:
            sibling.position = position
            sibling.save()
    item.refresh_from_db()
    return item


@transaction.atomic
def report_submit(*, user, report: AgencyReport) -> AgencyReport:
    """Send the report to the business unit: it needs at least one item."""
    report = _editable_report(user, report)
    if not ReportItem.objects.filter(report=report).exists():
        raise AgencyReportError(NO_ITEMS)
    report.status = AgencyReport.Status.SUBMITTED
    report.submitted_by = user
    report.submitted_at = timezone.now()
    _save(report)
    return report


# --- the business unit's review --------------------------------------------------------------


@transaction.atomic
def report_accept(*, user, report: AgencyReport, comment: str = "") -> AgencyReport:
    """Accept a submitted report: it is locked and goes into Appendix B."""
    report = _locked_for_update(report)
    _require_reviewable(user, report)
    _save(
        ReportReview(
            report=report,
            decision=ReportReview.Decision.ACCEPTED,
            comment=(comment or "").strip(),
            reviewed_by=user,
            reviewed_at=timezone.now(),
        )
    )
    report.status = AgencyReport.Status.ACCEPTED
    _save(report)
    return report


@transaction.atomic
def report_return(*, user, report: AgencyReport, comment: str) -> AgencyReport:
    """Return a submitted report to its agency, saying what to change."""
    report = _locked_for_update(report)
    _require_reviewable(user, report)
    comment = (comment or "").strip()
    if not comment:
        raise AgencyReportError(COMMENT_REQUIRED)
    _save(
        ReportReview(
            report=report,
            decision=ReportReview.Decision.RETURNED,
            comment=comment,
            reviewed_by=user,
            reviewed_at=timezone.now(),
        )
    )
    report.status = AgencyReport.Status.RETURNED
    _save(report)
    return report


# --- the year's themes -----------------------------------------------------------------------


@transaction.atomic
def theme_create(
    *,
    user,
    partnership: Partnership,
    year: int,
    title: str,
    order: int | None = None,
    description: str = "",
) -> Theme:
    """Add a theme to the year; without an order it goes last."""
    _require_theme_manager(user)
    _check_year(year)
    if order is None:
        top = Theme.objects.filter(partnership=partnership, year=year).aggregate(top=Max("order"))
        order = (top["top"] or 0) + 1
    theme = Theme(
        partnership=partnership,
        year=year,
        order=order,
        title=(title or "").strip(),
        description=(description or "").strip(),
    )
    _save(theme)
    return theme


@transaction.atomic
def theme_update(*, user, theme: Theme, title: str, order: int, description: str = "") -> Theme:
    """Change a theme; the reports that use it show the new title."""
    _require_theme_manager(user)
    theme.title = (title or "").strip()
    theme.order = order
    theme.description = (description or "").strip()
    _save(theme)
    return theme


@transaction.atomic
def theme_delete(*, user, theme: Theme) -> None:
    """Delete a theme no report has used."""
    _require_theme_manager(user)
    count = ReportItem.objects.filter(theme=theme).count()
    if count:
        raise AgencyReportError(THEME_IN_USE.format(theme=theme.title, count=count))
    theme.delete()


@transaction.atomic
def themes_copy(*, user, partnership: Partnership, from_year: int, to_year: int) -> list[Theme]:
    """Start a year with last year's themes (titles, order, descriptions)."""
    _require_theme_manager(user)
    _check_year(to_year)
    if Theme.objects.filter(partnership=partnership, year=to_year).exists():
        raise AgencyReportError(THEMES_ALREADY_SET.format(year=year_label(to_year)))
    source = list(Theme.objects.filter(partnership=partnership, year=from_year))
    if not source:
        raise AgencyReportError(NO_THEMES_TO_COPY.format(year=year_label(from_year)))
    copies = []
    for theme in source:
        copy = Theme(
            partnership=partnership,
            year=to_year,
            order=theme.order,
            title=theme.title,
            description=theme.description,
        )
        _save(copy)
        copies.append(copy)
    return copies
