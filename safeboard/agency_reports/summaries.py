"""What the lead agency reports add up to: each summary one function, defined in its docstring.

- ``report_due_date``: when a year's reports are due.
- ``year_progress``: per year, each agency's report state and the counts by state.
- ``reports_owed``: an agency lead's own reports still to write, due or overdue.
- ``appendix_b``: the accepted reports of a year, shaped as the annual report's Appendix B.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils import timezone

from safeboard.access.visibility import user_agency_id, visible_to
from safeboard.agency_reports import policy, selectors
from safeboard.agency_reports.models import AgencyReport, ReportItem, ReportReview, Theme
from safeboard.agency_reports.text import text_blocks
from safeboard.dataset.periods import collection_year_of, year_label

NOT_STARTED = "not-started"
STATES = (NOT_STARTED, *AgencyReport.Status.values)  # not started, draft, submitted, ...
STATE_LABELS = {NOT_STARTED: "Not started", **dict(AgencyReport.Status.choices)}
OUTSTANDING = frozenset({NOT_STARTED, AgencyReport.Status.DRAFT, AgencyReport.Status.RETURNED})
OWED_YEARS = 2  # the lead's panel looks at the latest two years with themes


def report_due_date(year: int) -> date:
    """Reports for a year are due by 30 June after it ends (three months after 31 March),
    in time for the annual report drafted over the summer."""
    return date(year, 6, 30)


def by_name(agency) -> tuple[str, int]:
    """Agencies in name order whatever the database's collation ('clinical' before 'County')."""
    return (agency.name.casefold(), agency.pk)


def dash_label(year: int) -> str:
    """'2017-18', as Appendix B's headings write a year."""
    return f"{year - 1}-{year % 100:02d}"


def reporting_year(*, user, today: date | None = None) -> int | None:
    """The year whose reports are being gathered: the latest year with themes that has
    ended, else the latest that has started (during 2018/19 that is 2017/18, whose reports
    are due by 30 June 2018); None when no started year has themes."""
    this_year = collection_year_of(today or timezone.localdate())
    years = [y for y in selectors.theme_years(user=user) if y <= this_year]
    ended = [y for y in years if y < this_year]
    if ended:
        return ended[0]
    return years[0] if years else None


# --- progress ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyProgress:
    agency: object
    report: AgencyReport | None

    @property
    def state(self) -> str:
        return self.report.status if self.report is not None else NOT_STARTED

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]


@dataclass(frozen=True)
class YearProgress:
    year: int
    due_date: date
    overdue: bool  # the due date has passed
    rows: list[AgencyProgress]
    counts: dict[str, int] = field(default_factory=dict)  # state -> agencies

    @property
    def expected(self) -> int:
        return len(self.rows)

    @property
    def outstanding(self) -> int:
        return sum(self.counts.get(state, 0) for state in OUTSTANDING)

    @property
    def not_started(self) -> int:
        return self.counts.get(NOT_STARTED, 0)


def year_progress(*, user, year: int, today: date | None = None) -> YearProgress:
    """Each agency's report for the year and how many agencies are in each state.

    The rows are the agencies asked for a report (``selectors.agencies_expected``:
    the active statutory partners and relevant agencies, and any other agency
    that has opened one), each with its report or "not started". ``counts``
    holds, for every state (not started, draft, submitted, returned, accepted),
    the number of rows in it; ``outstanding`` is not started + draft + returned.

    Only the business unit sees every agency's state. An agency lead gets their
    own agency's row. Readers (board members, the chair) get the agencies whose
    report is accepted, as a draft is not theirs to see.
    """
    today = today or timezone.localdate()
    reports = {r.agency_id: r for r in selectors.report_list(user=user).filter(year=year)}
    if policy.sees_every_status(user):
        agencies = list(selectors.agencies_expected(user=user, year=year))
    else:
        agencies = [r.agency for r in reports.values()]
    agencies.sort(key=by_name)
    rows = [AgencyProgress(agency, reports.get(agency.pk)) for agency in agencies]
    counts = dict.fromkeys(STATES, 0)
    for row in rows:
        counts[row.state] += 1
    due = report_due_date(year)
    return YearProgress(year=year, due_date=due, overdue=today > due, rows=rows, counts=counts)


@dataclass(frozen=True)
class Owed:
    """A report the agency still has to write or finish."""

    year: int
    report: AgencyReport | None
    due_date: date
    today: date

    @property
    def state(self) -> str:
        return self.report.status if self.report is not None else NOT_STARTED

    @property
    def overdue(self) -> bool:
        return self.today > self.due_date

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def year_label(self) -> str:
        return year_label(self.year)


def reports_owed(*, user, today: date | None = None) -> list[Owed]:
    """An agency lead's own reports not yet submitted, oldest first.

    For each of the latest ``OWED_YEARS`` years that have themes and have
    started (up to this year), the lead's agency's report when it is not
    started, a draft or returned; overdue once its due date has passed. Anyone
    who is not an agency lead owes nothing.
    """
    if not policy.is_author(user):
        return []
    today = today or timezone.localdate()
    agency_id = user_agency_id(user)
    years = [y for y in selectors.theme_years(user=user) if y <= collection_year_of(today)]
    owed = []
    for year in sorted(years[:OWED_YEARS]):
        report = selectors.report_find(user=user, year=year, agency_id=agency_id)
        state = report.status if report is not None else NOT_STARTED
        if state in OUTSTANDING:
            owed.append(Owed(year, report, report_due_date(year), today))
    return owed


# --- Appendix B -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppendixItem:
    text: str  # as the agency wrote it
    blocks: list[dict]  # the text as paragraphs and bulleted lists (``text.Block.as_dict``)


@dataclass(frozen=True)
class AppendixTheme:
    title: str
    order: int
    description: str
    did: list[AppendixItem]
    plan: list[AppendixItem]

    @property
    def has_items(self) -> bool:
        return bool(self.did or self.plan)


@dataclass(frozen=True)
class AppendixAgency:
    name: str
    short_name: str
    report_id: int
    accepted_at: datetime | None
    themes: list[AppendixTheme]


@dataclass(frozen=True)
class AppendixB:
    year: int
    title: str  # "Lead Agency Reports 2017-18"
    did_heading: str  # "What we did in 2017-18"
    plan_heading: str  # "What we plan to do in 2018-19"
    themes: list[str]  # the year's theme titles in order
    agencies: list[AppendixAgency]

    def as_dict(self) -> dict:
        """Plain data (JSON-ready) in the same shape."""
        return {
            "year": self.year,
            "title": self.title,
            "did_heading": self.did_heading,
            "plan_heading": self.plan_heading,
            "themes": list(self.themes),
            "agencies": [
                {
                    "name": a.name,
                    "short_name": a.short_name,
                    "report_id": a.report_id,
                    "accepted_at": a.accepted_at.isoformat() if a.accepted_at else None,
                    "themes": [
                        {
                            "title": t.title,
                            "order": t.order,
                            "description": t.description,
                            "did": [{"text": i.text, "blocks": i.blocks} for i in t.did],
                            "plan": [{"text": i.text, "blocks": i.blocks} for i in t.plan],
                        }
                        for t in a.themes
                    ],
                }
                for a in self.agencies
            ],
        }


def appendix_b(year: int, *, user=None) -> AppendixB:
    """The year's accepted lead agency reports, as the annual report's Appendix B.

    Structured agency, then theme, then "what we did" / "what we plan":

    - ``agencies``: one entry per agency whose report for ``year`` is accepted
      (drafts, submitted and returned reports never appear), by agency name
      (ignoring case);
      ``accepted_at`` is when the business unit last accepted it.
    - each agency's ``themes``: every theme the partnership set for the year,
      in the theme order (then title), even where the agency wrote nothing
      under it (``has_items`` is then false: the renderer may leave it out or
      show it empty, as the source report's Police "Early Help" column is).
    - each theme's ``did`` (what the agency did in the year) and ``plan``
      (what it plans for the next year), each in the agency's own order; an
      item carries its ``text`` as written and its ``blocks`` (paragraphs and
      bulleted lists, see ``text.text_blocks``), so HTML and PDF renderers
      never parse the text themselves.
    - ``did_heading`` and ``plan_heading`` are the column headings, "What we
      did in 2017-18" and "What we plan to do in 2018-19" for ``year`` 2018.

    ``user``, when given, reads through ``visible_to`` like every other
    selector (an agency lead would get only their own agency); without it,
    every accepted report, for the published report.
    """
    reports = AgencyReport.objects.filter(year=year, status=AgencyReport.Status.ACCEPTED)
    items = ReportItem.objects.all()
    reviews = ReportReview.objects.filter(decision=ReportReview.Decision.ACCEPTED)
    themes = Theme.objects.filter(year=year)
    if user is not None:
        reports, items = visible_to(user, reports), visible_to(user, items)
        reviews, themes = visible_to(user, reviews), visible_to(user, themes)
    reports = sorted(reports.select_related("agency"), key=lambda r: by_name(r.agency))
    themes = list(themes.order_by("order", "title", "pk"))
    accepted_at: dict[int, datetime] = {}
    for review in reviews.filter(report__in=reports).order_by("reviewed_at"):
        accepted_at[review.report_id] = review.reviewed_at
    grouped: dict[tuple[int, int, str], list[AppendixItem]] = defaultdict(list)
    for item in items.filter(report__in=reports).order_by("position", "pk"):
        grouped[(item.report_id, item.theme_id, item.kind)].append(
            AppendixItem(item.text, [b.as_dict() for b in text_blocks(item.text)])
        )
    agencies = []
    for report in reports:
        agency_themes = [
            AppendixTheme(
                title=theme.title,
                order=theme.order,
                description=theme.description,
                did=grouped.get((report.pk, theme.pk, ReportItem.Kind.DID), []),
                plan=grouped.get((report.pk, theme.pk, ReportItem.Kind.PLAN), []),
            )
            for theme in themes
            if theme.partnership_id == report.agency.partnership_id
        ]
        agencies.append(
            AppendixAgency(
                name=report.agency.name,
                short_name=report.agency.short_name,
                report_id=report.pk,
                accepted_at=accepted_at.get(report.pk),
                themes=agency_themes,
            )
        )
    return AppendixB(
        year=year,
        title=f"Lead Agency Reports {dash_label(year)}",
        did_heading=f"What we did in {dash_label(year)}",
        plan_heading=f"What we plan to do in {dash_label(year + 1)}",
        themes=[theme.title for theme in themes],
        agencies=agencies,
    )
