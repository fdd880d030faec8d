"""Lead agency reports as GOV.UK tags, tables and summary lists, and the report laid out
as the source report's Appendix B (per theme: what we did, what we plan)."""

from __future__ import annotations

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.timezone import localtime

from safeboard.agency_reports import policy, selectors
from safeboard.agency_reports.models import AgencyReport, ReportItem
from safeboard.agency_reports.summaries import (
    NOT_STARTED,
    STATE_LABELS,
    AgencyProgress,
    dash_label,
)
from safeboard.agency_reports.text import text_html
from safeboard.dataset.periods import year_label
from safeboard.web import govuk
from safeboard.web.components import link, table

TAG_COLOURS = {
    NOT_STARTED: "govuk-tag--grey",
    AgencyReport.Status.DRAFT: "govuk-tag--light-blue",
    AgencyReport.Status.SUBMITTED: "govuk-tag--blue",
    AgencyReport.Status.RETURNED: "govuk-tag--orange",
    AgencyReport.Status.ACCEPTED: "govuk-tag--green",
}


def day(value) -> str:
    return date_format(value, "j F Y") if value else ""


def when(value) -> str:
    return date_format(localtime(value), "j F Y H:i") if value else ""


def state_tag(state: str) -> SafeString:
    return govuk.render("tag", {"text": STATE_LABELS[state], "classes": TAG_COLOURS[state]})


def _hidden(text: str) -> SafeString:
    return format_html('<span class="govuk-visually-hidden"> {}</span>', text)


def _action(row: AgencyProgress, user, year: int) -> SafeString | str:
    what = f"{row.agency.name} report for {year_label(year)}"
    if row.report is None:
        if policy.can_write_for(user, row.agency.pk):
            href = reverse("agency_reports:report-start", args=[year])
            return format_html('<a class="govuk-link" href="{}">Start{}</a>', href, _hidden(what))
        return ""
    if row.state == AgencyReport.Status.SUBMITTED and policy.can_review(user):
        href = reverse("agency_reports:report-review", args=[row.report.pk])
        return format_html('<a class="govuk-link" href="{}">Review{}</a>', href, _hidden(what))
    href = reverse("agency_reports:report-detail", args=[row.report.pk])
    verb = (
        "Continue"
        if row.report.is_editable and policy.can_write_for(user, row.agency.pk)
        else "View"
    )
    return format_html('<a class="govuk-link" href="{}">{}{}</a>', href, verb, _hidden(what))


def progress_table(rows: list[AgencyProgress], user, year: int) -> SafeString:
    return table(
        caption=f"Lead agency reports for {year_label(year)}",
        head=["Agency", "Status", "Submitted", "Action"],
        rows=[
            [
                row.agency.name,
                state_tag(row.state),
                day(row.report.submitted_at) if row.report and row.report.submitted_at else "",
                _action(row, user, year),
            ]
            for row in rows
        ],
        empty="No reports to show for this year.",
    )


def themes_table(themes, *, manage: bool) -> SafeString:
    rows = []
    for theme in themes:
        title = (
            link(theme.title, reverse("agency_reports:theme-detail", args=[theme.pk]))
            if manage
            else theme.title
        )
        rows.append([theme.order, title, theme.description])
    return table(
        caption="Themes",
        head=["Order", "Theme", "What agencies should cover"],
        rows=rows,
        numeric=[0],
        empty="The partnership has not set this year's themes yet.",
    )


def report_summary(report: AgencyReport) -> list[tuple[str, object]]:
    """The report's summary rows for the shared detail page."""
    rows: list[tuple[str, object]] = [
        ("Agency", report.agency.name),
        ("Year", year_label(report.year)),
        ("Status", state_tag(report.status)),
    ]
    if report.submitted_at:
        by = f" by {report.submitted_by}" if report.submitted_by else ""
        rows.append(("Submitted", f"{when(report.submitted_at)}{by}"))
    return rows


def reviews_table(reviews) -> SafeString:
    return table(
        caption="The business unit's decisions",
        caption_visible=True,
        head=["When", "By", "Decision", "Comment"],
        rows=[
            [
                when(review.reviewed_at),
                str(review.reviewed_by or ""),
                review.get_decision_display(),
                review.comment,
            ]
            for review in reviews
        ],
        empty="No decisions yet.",
    )


@dataclass(frozen=True)
class ShownItem:
    item: ReportItem
    html: SafeString
    first: bool
    last: bool
    what: str  # "item 2 of what we did, Neglect": for the controls' hidden labels

    def _label(self, verb: str) -> SafeString:
        return format_html('{}<span class="govuk-visually-hidden"> {}</span>', verb, self.what)

    @property
    def change_label(self) -> SafeString:
        return self._label("Change")

    @property
    def delete_label(self) -> SafeString:
        return self._label("Delete")

    @property
    def up_label(self) -> SafeString:
        return self._label("Move up")

    @property
    def down_label(self) -> SafeString:
        return self._label("Move down")


@dataclass(frozen=True)
class ShownTheme:
    theme: object
    did: list[ShownItem]
    plan: list[ShownItem]


def _shown(items: list[ReportItem], heading: str, theme_title: str) -> list[ShownItem]:
    return [
        ShownItem(
            item,
            text_html(item.text),
            index == 0,
            index == len(items) - 1,
            f"item {index + 1} of {heading.lower()}, {theme_title}",
        )
        for index, item in enumerate(items)
    ]


def report_themes(*, user, report: AgencyReport) -> list[ShownTheme]:
    """Every theme of the report's year, each with its "did" and "plan" items in order."""
    items = list(selectors.item_list(user=user, report=report))
    shown = []
    for theme in selectors.theme_list(
        user=user, year=report.year, partnership_id=report.agency.partnership_id
    ):
        mine = [i for i in items if i.theme_id == theme.pk]
        shown.append(
            ShownTheme(
                theme,
                _shown(
                    [i for i in mine if i.kind == ReportItem.Kind.DID], "what we did", theme.title
                ),
                _shown(
                    [i for i in mine if i.kind == ReportItem.Kind.PLAN], "what we plan", theme.title
                ),
            )
        )
    return shown


def report_body(request, report: AgencyReport, *, controls: bool = True) -> SafeString:
    """The report laid out as Appendix B, with the author's and reviewer's controls."""
    user = request.user
    writable = controls and report.is_editable and policy.can_write_for(user, report.agency_id)
    tracked = policy.sees_every_status(user)
    reviews = list(selectors.review_list(user=user, report=report)) if tracked else []
    returned = [r for r in reviews if r.decision == "returned"]
    return render_to_string(
        "agency_reports/_report_body.html",
        {
            "report": report,
            "themes": report_themes(user=user, report=report),
            "did_heading": f"What we did in {dash_label(report.year)}",
            "plan_heading": f"What we plan to do in {dash_label(report.year + 1)}",
            "writable": writable,
            "can_submit": writable,
            "can_review": controls
            and report.status == AgencyReport.Status.SUBMITTED
            and policy.can_review(user),
            "return_notice": (
                f"Returned by {returned[-1].reviewed_by or 'the business unit'} on "
                f"{when(returned[-1].reviewed_at)}: {returned[-1].comment}"
                if returned and report.status == AgencyReport.Status.RETURNED
                else ""
            ),
            "reviews": reviews_table(reviews) if reviews else None,
            "tracked": tracked,
        },
        request=request,
    )


def report_sections(request, report: AgencyReport) -> list[SafeString]:
    return [report_body(request, report)]


def item_summary(item: ReportItem) -> list[tuple[str, object]]:
    report = item.report
    return [
        (
            "Report",
            link(str(report), reverse("agency_reports:report-detail", args=[report.pk])),
        ),
        ("Theme", item.theme.title),
        (
            "Did or plan",
            f"What we did in {dash_label(report.year)}"
            if item.kind == ReportItem.Kind.DID
            else f"What we plan to do in {dash_label(report.year + 1)}",
        ),
        ("Text", text_html(item.text)),
    ]


def item_sections(request, item: ReportItem) -> list[SafeString]:
    report = item.report
    return [
        render_to_string(
            "agency_reports/_item_after.html",
            {
                "item": item,
                "report": report,
                "writable": report.is_editable
                and policy.can_write_for(request.user, report.agency_id),
            },
            request=request,
        )
    ]


def theme_after(request, theme) -> SafeString:
    return render_to_string(
        "agency_reports/_theme_after.html",
        {
            "theme": theme,
            "can_delete": policy.can_manage_themes(request.user) and not theme.items.exists(),
        },
        request=request,
    )


@dataclass(frozen=True)
class ShownAppendixTheme:
    title: str
    description: str
    did: list[SafeString]
    plan: list[SafeString]


@dataclass(frozen=True)
class ShownAppendixAgency:
    name: str
    report_id: int
    themes: list[ShownAppendixTheme]


def appendix_shown(appendix) -> dict:
    """``summaries.appendix_b`` with each item's text as HTML, for the preview page."""
    return {
        "title": appendix.title,
        "did_heading": appendix.did_heading,
        "plan_heading": appendix.plan_heading,
        "agencies": [
            ShownAppendixAgency(
                agency.name,
                agency.report_id,
                [
                    ShownAppendixTheme(
                        theme.title,
                        theme.description,
                        [text_html(item.text) for item in theme.did],
                        [text_html(item.text) for item in theme.plan],
                    )
                    for theme in agency.themes
                ],
            )
            for agency in appendix.agencies
        ],
    }
