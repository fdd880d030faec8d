"""Agency returns as GOV.UK tables, tags, summary lists and form sections."""

from __future__ import annotations

from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.timezone import localtime

from safeboard.access.visibility import user_agency_id
from safeboard.agency_returns import policy, schedule
from safeboard.agency_returns.definitions import (
    CUMULATIVE,
    TEMPLATES,
    ReturnTemplate,
)
from safeboard.agency_returns.files import UNIT_WORDS
from safeboard.agency_returns.models import AgencyReturn
from safeboard.agency_returns.selectors import Slot, StockFlowCheck
from safeboard.dataset.periods import year_label
from safeboard.partnership.models import Agency
from safeboard.web import govuk
from safeboard.web.components import link, summary_list, table
from safeboard.web.forms import render_field

TAG_COLOURS = {
    AgencyReturn.Status.ACCEPTED: "govuk-tag--green",
    AgencyReturn.Status.SUBMITTED: "govuk-tag--blue",
    AgencyReturn.Status.RETURNED: "govuk-tag--orange",
    AgencyReturn.Status.DRAFT: "govuk-tag--grey",
}


def quarter_label(collection_year: int, quarter: int) -> str:
    return f"Q{quarter} {year_label(collection_year)}"


def day(value) -> str:
    return date_format(value, "j F Y") if value else ""


def when(value) -> str:
    return date_format(localtime(value), "j F Y H:i") if value else ""


def tag(text: str, colour: str = "") -> SafeString:
    return govuk.render("tag", {"text": text, "classes": colour})


def slot_tags(slot: Slot) -> SafeString:
    tags = []
    if slot.status is not None:
        tags.append(tag(AgencyReturn.Status(slot.status).label, TAG_COLOURS[slot.status]))
    if slot.overdue:
        tags.append(tag("Overdue", "govuk-tag--red"))
    elif slot.due:
        tags.append(tag("Due", "govuk-tag--yellow"))
    return format_html_join(" ", "{}", ((t,) for t in tags))


def _hidden(text: str) -> SafeString:
    return format_html('<span class="govuk-visually-hidden"> {}</span>', text)


def slot_action(slot: Slot, *, submits_for: int | None, reviews: bool) -> SafeString | str:
    """The slot's link; ``submits_for`` (the user's agency if they submit) and ``reviews``
    are the user's rights, worked out once per table rather than once per row."""
    what = f"{slot.template.title}, {slot.agency.name}, {quarter_label(slot.collection_year, slot.quarter)}"
    if slot.outstanding and submits_for == slot.agency.pk:
        href = reverse(
            "agency_returns:fill", args=[slot.template.id, slot.collection_year, slot.quarter]
        )
        return format_html('<a class="govuk-link" href="{}">Fill in{}</a>', href, _hidden(what))
    if slot.agency_return is None:
        return ""
    if slot.status == AgencyReturn.Status.SUBMITTED and reviews:
        href = reverse("agency_returns:review", args=[slot.agency_return.pk])
        return format_html('<a class="govuk-link" href="{}">Review{}</a>', href, _hidden(what))
    href = reverse("agency_returns:detail", args=[slot.agency_return.pk])
    return format_html('<a class="govuk-link" href="{}">View{}</a>', href, _hidden(what))


def slots_table(slots: list[Slot], user, *, caption: str) -> SafeString:
    # The user's roles are a query: asked once here, not once per slot.
    submits_for = user_agency_id(user) if policy.is_submitter(user) else None
    reviews = policy.can_review(user)
    return table(
        caption=caption,
        head=["Return", "Agency", "Quarter", "Due by", "Status", "Action"],
        rows=[
            [
                slot.template.title,
                slot.agency.name,
                quarter_label(slot.collection_year, slot.quarter),
                day(slot.due_date),
                slot_tags(slot),
                slot_action(slot, submits_for=submits_for, reviews=reviews),
            ]
            for slot in slots
        ],
        empty="No returns for this year.",
    )


def templates_table() -> SafeString:
    rows = []
    for template in TEMPLATES:
        downloads = format_html(
            '<a class="govuk-link" href="{}">Excel{}</a>, <a class="govuk-link" href="{}">CSV{}</a>',
            reverse("agency_returns:template-download", args=[template.id, "xlsx"]),
            _hidden(f"template for {template.title}"),
            reverse("agency_returns:template-download", args=[template.id, "csv"]),
            _hidden(f"template for {template.title}"),
        )
        rows.append(
            [
                link(template.title, reverse("agency_returns:template-detail", args=[template.id])),
                Agency.Type(template.agency_type).label,
                len(template.rows()),
                downloads,
            ]
        )
    return table(
        caption="Return templates",
        head=["Return", "Submitted by", "Values", "Download the template"],
        rows=rows,
        numeric=[2],
    )


def template_summary(template: ReturnTemplate) -> SafeString:
    return summary_list(
        [
            ("What it covers", template.description),
            ("Submitted by", f"Each {Agency.Type(template.agency_type).label.lower()} agency"),
            ("How often", "Every quarter, once the quarter has ended"),
            (
                "Due",
                f"By the end of the {_ordinal(schedule.due_months())} month after the quarter ends",
            ),
            ("Source report table", template.seed_table),
            ("Template id", template.id),
        ]
    )


def _ordinal(number: int) -> str:
    return {0: "same", 1: "first", 2: "second", 3: "third"}.get(number, f"{number}th")


def template_figures_table(template: ReturnTemplate) -> SafeString:
    rows = []
    for figure in template.figures:
        what = UNIT_WORDS.get(figure.unit, figure.unit)
        if figure.share_of:
            what += f" of {figure.share_of}"
        if figure.base:
            what += f" over {figure.base}"
        rows.append(
            [
                figure.id,
                figure.title,
                what,
                "Over the quarter" if figure.period_kind == CUMULATIVE else "At the quarter end",
                ", ".join(figure.breakdown_values) if figure.breakdown_dim else "None",
            ]
        )
    return table(
        caption=f"Figures of the {template.title} return",
        head=["Figure id", "Title", "Unit", "Period", "Broken down by"],
        rows=rows,
    )


def return_summary(agency_return: AgencyReturn, template: ReturnTemplate) -> SafeString:
    due = schedule.return_due_date(
        collection_year=agency_return.collection_year, quarter=agency_return.quarter
    )
    rows = [
        ("Agency", agency_return.agency.name),
        ("Quarter", quarter_label(agency_return.collection_year, agency_return.quarter)),
        (
            "Status",
            tag(agency_return.get_status_display(), TAG_COLOURS[agency_return.status]),
        ),
        ("Due by", day(due)),
    ]
    if agency_return.submitted_at:
        rows.append(
            ("Submitted", f"{when(agency_return.submitted_at)} by {agency_return.submitted_by}")
        )
    if agency_return.reviewed_at:
        rows.append(
            ("Reviewed", f"{when(agency_return.reviewed_at)} by {agency_return.reviewed_by}")
        )
    return summary_list(rows)


def figures_table(template: ReturnTemplate, values: dict) -> SafeString:
    rows = []
    for figure, breakdown in template.rows():
        value = values.get((figure.id, breakdown))
        rows.append(
            [
                figure.title,
                breakdown or "",
                "Not given" if value is None else f"{value:,}",
                UNIT_WORDS.get(figure.unit, figure.unit),
            ]
        )
    return table(
        caption="The figures", head=["Figure", "Breakdown", "Value", "Unit"], rows=rows, numeric=[2]
    )


def stock_flow_sentences(checks: list[StockFlowCheck], template: ReturnTemplate) -> list[str]:
    sentences = []
    for check in checks:
        stock = template.figure(check.relation.stock).title.lower()
        if check.previous is None:
            sentences.append(
                f"There is no return for the quarter before to check the {stock} against."
            )
        elif not check.complete:
            sentences.append(f"Not every figure is given, so the {stock} cannot be checked.")
        elif check.balanced:
            sentences.append(
                f"The figures balance: {check.start} at the start + {check.begun} begun - "
                f"{check.ended} ended = {check.end} at the end."
            )
        else:
            sentences.append(
                f"The figures do not balance: {check.start} at the start (the quarter before) "
                f"+ {check.begun} begun - {check.ended} ended = {check.expected_end}, but the "
                f"return gives {check.end} at the end."
            )
    return sentences


def form_sections(form) -> list[SafeString]:
    """Each figure as its GOV.UK input, a breakdown as a fieldset of inputs."""
    sections = []
    for figure, fields in form.groups():
        width = {"classes": "govuk-input--width-5"}
        if not figure.breakdown_dim:
            sections.append(render_field(fields[0], **width))
            continue
        inner = format_html(
            '<div class="govuk-hint">{}</div>{}',
            figure.hint,
            format_html_join("", "{}", ((render_field(f, **width),) for f in fields)),
        )
        sections.append(
            govuk.render(
                "fieldset",
                {
                    "legend": {"text": figure.title, "classes": "govuk-fieldset__legend--m"},
                    "html": inner,
                },
            )
        )
    return sections


def upload_errors_table(errors) -> SafeString:
    return table(
        caption="Problems in the file",
        caption_visible=True,
        head=["Where", "Figure", "Value", "Problem"],
        rows=[[e.row, e.figure_id, e.value, e.message] for e in errors],
    )
