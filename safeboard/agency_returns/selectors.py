"""Reading agency returns, always through ``visible_to``.

``visible_to`` keeps an agency lead to their own agency's returns; on top of
it, only the business unit and the agency's own lead see returns that are not
yet accepted (``policy.sees_every_status``): board members, the chair and
analysts read accepted returns only.

``returned_figures`` turns accepted returns into figures in INDICATORS.md's
output shape (``compute.Figure``, ``source = "return"``) for the dataset.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet
from django.utils import timezone

from safeboard.access.visibility import user_agency_id, visible_to
from safeboard.agency_returns import policy, schedule
from safeboard.agency_returns.definitions import (
    CUMULATIVE,
    PERCENT,
    TEMPLATES,
    WEEKS,
    FigureDef,
    ReturnTemplate,
    StockFlow,
    template_get,
)
from safeboard.agency_returns.models import AgencyReturn, ReturnFigure
from safeboard.dataset.compute import Figure, figure_value
from safeboard.dataset.periods import quarter_end
from safeboard.partnership.models import Agency

RETURN_SOURCE = "return"
AGENCY_BREAKDOWN = "agency"  # a median per agency, when several agencies return one


def return_list(*, user) -> QuerySet[AgencyReturn]:
    returns = visible_to(user, AgencyReturn).select_related("agency")
    if not policy.sees_every_status(user):
        returns = returns.filter(status=AgencyReturn.Status.ACCEPTED)
    return returns


def return_get(*, user, pk: int) -> AgencyReturn:
    return return_list(user=user).get(pk=pk)


def return_find(*, user, template_id: str, collection_year: int, quarter: int):
    """The user's own agency's return for the quarter, or None if not opened yet."""
    return (
        return_list(user=user)
        .filter(
            template_id=template_id,
            agency_id=user_agency_id(user),
            collection_year=collection_year,
            quarter=quarter,
        )
        .first()
    )


def figure_list(*, user, agency_return: AgencyReturn) -> QuerySet[ReturnFigure]:
    return visible_to(user, ReturnFigure).filter(agency_return=agency_return)


def figure_values(*, user, agency_return: AgencyReturn) -> dict[tuple[str, str], int]:
    return {
        (f.figure_id, f.breakdown_value): f.value
        for f in figure_list(user=user, agency_return=agency_return)
    }


def sent_back_comments(*, user, agency_return: AgencyReturn) -> list[dict]:
    """Every time the return was sent back: when, by whom, and the comment (oldest first)."""
    if not return_list(user=user).filter(pk=agency_return.pk).exists():
        return []
    history = agency_return.history.filter(status=AgencyReturn.Status.RETURNED).order_by(
        "history_date"
    )
    seen: set = set()
    comments = []
    for entry in history:
        if entry.reviewed_at in seen:
            continue
        seen.add(entry.reviewed_at)
        comments.append(
            {"at": entry.reviewed_at, "by": entry.reviewed_by, "comment": entry.review_comment}
        )
    return comments


@dataclass(frozen=True)
class Slot:
    """One return an agency owes for a quarter, opened or not yet."""

    template: ReturnTemplate
    agency: Agency
    collection_year: int
    quarter: int
    agency_return: AgencyReturn | None
    today: date

    @property
    def due_date(self) -> date:
        return schedule.return_due_date(collection_year=self.collection_year, quarter=self.quarter)

    @property
    def status(self) -> str | None:
        return self.agency_return.status if self.agency_return else None

    @property
    def outstanding(self) -> bool:
        return self.status in (None, AgencyReturn.Status.DRAFT, AgencyReturn.Status.RETURNED)

    @property
    def overdue(self) -> bool:
        return schedule.is_overdue(
            collection_year=self.collection_year,
            quarter=self.quarter,
            outstanding=self.outstanding,
            today=self.today,
        )

    @property
    def due(self) -> bool:
        return self.outstanding and not self.overdue


def return_slots(*, user, collection_year: int, today: date | None = None) -> list[Slot]:
    """The returns of a collection year the user may see, with those still owed.

    The business unit gets every active agency's owed returns, an agency lead
    their own agency's, for each quarter that has ended; everyone else only
    the (accepted) returns there are.
    """
    today = today or timezone.localdate()
    returns = return_list(user=user).filter(collection_year=collection_year)
    opened = {(r.template_id, r.agency_id, r.quarter): r for r in returns}
    slots = []
    if policy.sees_every_status(user):
        agencies = visible_to(user, Agency).filter(active=True)
        if not policy.can_review(user):
            agencies = agencies.filter(pk=user_agency_id(user))
        agencies = list(agencies.order_by("name"))
        quarters = schedule.ended_quarters(collection_year=collection_year, today=today)
        for template in TEMPLATES:
            for agency in agencies:
                if agency.agency_type != template.agency_type:
                    continue
                for quarter in quarters:
                    found = opened.pop((template.id, agency.pk, quarter), None)
                    slots.append(Slot(template, agency, collection_year, quarter, found, today))
    for found in opened.values():
        template = template_get(found.template_id)
        if template is not None:
            slots.append(Slot(template, found.agency, collection_year, found.quarter, found, today))
    order = {template.id: position for position, template in enumerate(TEMPLATES)}
    return sorted(slots, key=lambda s: (s.quarter, order[s.template.id], s.agency.name))


def returns_outstanding(*, user, today: date | None = None) -> list[Slot]:
    """Returns owed (due or overdue) in the latest collection year and the one before,
    overdue first: the user's own agency's for an agency lead, all for the business unit."""
    today = today or timezone.localdate()
    if not policy.sees_every_status(user):
        return []
    latest = schedule.latest_collection_year(today)
    slots = [
        slot
        for year in (latest - 1, latest)
        for slot in return_slots(user=user, collection_year=year, today=today)
        if slot.outstanding
    ]
    return sorted(slots, key=lambda s: (not s.overdue, s.due_date, s.agency.name))


# --- figures out ---------------------------------------------------------------------------


def _figure(fig: FigureDef, start: date, end: date, breakdown: tuple[str, str], num, den, value):
    return Figure(
        indicator=fig.id,
        period_kind=fig.period_kind,
        period_start=start.isoformat(),
        period_end=end.isoformat(),
        breakdown_dim=breakdown[0],
        breakdown_value=breakdown[1],
        numerator=num,
        denominator=den,
        value=value,
        unit=fig.unit,
        source=RETURN_SOURCE,
    )


def _period_figures(
    template: ReturnTemplate,
    returned: dict[str, dict[tuple[str, str], int]],
    start: date,
    end: date,
    *,
    measures: bool,
) -> list[Figure]:
    """The template's figures for one period from each agency's values (agency -> values),
    counts added up across agencies."""
    figures = []
    for fig in template.figures:
        fig_start = start if fig.period_kind == CUMULATIVE else end
        if fig.unit == WEEKS:
            if not measures:
                continue
            given = {agency: v[(fig.id, "")] for agency, v in returned.items() if (fig.id, "") in v}
            if len(returned) == 1:
                for weeks in given.values():
                    figures.append(_figure(fig, fig_start, end, ("", ""), None, None, float(weeks)))
            else:
                for agency in sorted(given):
                    figures.append(
                        _figure(
                            fig,
                            fig_start,
                            end,
                            (AGENCY_BREAKDOWN, agency),
                            None,
                            None,
                            float(given[agency]),
                        )
                    )
            continue
        if fig.breakdown_dim:  # the total first, then each value
            cells = [(("", ""), fig.rows())]
            cells += [((fig.breakdown_dim, v), [(fig.id, v)]) for v in fig.breakdown_values]
        else:
            cells = [(("", ""), [(fig.id, "")])]
        for breakdown, keys in cells:
            numerator = sum(v.get(key, 0) for v in returned.values() for key in keys)
            denominator = None
            if fig.unit == PERCENT:
                denominator = sum(v.get((fig.share_of, ""), 0) for v in returned.values())
            value = figure_value(fig.unit, numerator, denominator)
            figures.append(_figure(fig, fig_start, end, breakdown, numerator, denominator, value))
    return figures


def returned_figures(collection_year: int, quarter: int, *, user=None) -> list[Figure]:
    """Accepted agency returns as figures in the output shape, ``source = "return"``.

    For each template with an accepted return for the quarter (counts added up
    over the agencies that returned it):

    - snapshot figures on the quarter's last day;
    - cumulative figures for the quarter alone (its first to its last day), as
      the return gives them and the source report's quarter columns print them;
    - and, from Q2 on, cumulative counts for the year so far (1 April to the
      quarter's end, the dataset's cumulative period), added up over the
      quarters, when every agency that returned this quarter has an accepted
      return for each earlier quarter of the year too;
    - medians (weeks) for the quarter alone, never added up: one total row
      when one agency returned them, else one row per agency
      (``breakdown_dim = "agency"``).

    ``user``, when given, reads through ``visible_to`` like every other selector.
    """
    accepted = AgencyReturn.objects.filter(
        status=AgencyReturn.Status.ACCEPTED,
        collection_year=collection_year,
        quarter__lte=quarter,
    )
    if user is not None:
        accepted = visible_to(user, accepted)
    accepted = accepted.select_related("agency")
    values: dict[int, dict[tuple[str, str], int]] = defaultdict(dict)
    for figure in ReturnFigure.objects.filter(agency_return__in=accepted):
        values[figure.agency_return_id][(figure.figure_id, figure.breakdown_value)] = figure.value
    # template -> agency name -> quarter -> values
    by_template: dict[str, dict[str, dict[int, dict]]] = defaultdict(lambda: defaultdict(dict))
    for agency_return in accepted:
        by_template[agency_return.template_id][agency_return.agency.name][agency_return.quarter] = (
            values.get(agency_return.pk, {})
        )
    end = quarter_end(collection_year, quarter)
    figures: list[Figure] = []
    for template in TEMPLATES:
        agencies = by_template.get(template.id, {})
        this_quarter = {name: q[quarter] for name, q in agencies.items() if quarter in q}
        if not this_quarter:
            continue
        start = schedule.quarter_start(collection_year, quarter)
        figures += _period_figures(template, this_quarter, start, end, measures=True)
        if quarter == 1:
            continue
        earlier = range(1, quarter + 1)
        if not all(all(q in agencies[name] for q in earlier) for name in this_quarter):
            continue
        year_so_far = {}
        for name in this_quarter:
            summed: dict[tuple[str, str], int] = defaultdict(int)
            for q in earlier:
                for key, value in agencies[name][q].items():
                    summed[key] += value
            year_so_far[name] = dict(summed)
        cumulative = [f for f in template.figures if f.period_kind == CUMULATIVE]
        if cumulative:
            only = ReturnTemplate(
                template.id,
                template.title,
                template.agency_type,
                template.description,
                template.seed_table,
                tuple(cumulative),
            )
            figures += _period_figures(
                only,
                year_so_far,
                schedule.quarter_start(collection_year, 1),
                end,
                measures=False,
            )
    return figures


# --- checks shown to the reviewer ----------------------------------------------------------


@dataclass(frozen=True)
class StockFlowCheck:
    """A declared stock and flow, held against the agency's return for the quarter before."""

    relation: StockFlow
    previous: AgencyReturn | None
    start: int | None
    begun: int | None
    ended: int | None
    end: int | None

    @property
    def complete(self) -> bool:
        return None not in (self.start, self.begun, self.ended, self.end)

    @property
    def expected_end(self) -> int | None:
        if not self.complete:
            return None
        return self.start + self.begun - self.ended

    @property
    def balanced(self) -> bool:
        return self.complete and self.expected_end == self.end


def stock_flow_checks(*, user, agency_return: AgencyReturn) -> list[StockFlowCheck]:
    """Stock at the end of the quarter before + begun - ended against the stock at the end."""
    template = template_get(agency_return.template_id)
    if template is None or not template.stock_flows:
        return []
    year, quarter = agency_return.collection_year, agency_return.quarter
    before = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    previous = (
        return_list(user=user)
        .filter(
            template_id=agency_return.template_id,
            agency_id=agency_return.agency_id,
            collection_year=before[0],
            quarter=before[1],
        )
        .exclude(status=AgencyReturn.Status.DRAFT)
        .first()
    )
    now = figure_values(user=user, agency_return=agency_return)
    then = figure_values(user=user, agency_return=previous) if previous else {}
    return [
        StockFlowCheck(
            relation=relation,
            previous=previous,
            start=then.get((relation.stock, "")),
            begun=now.get((relation.begun, "")),
            ended=now.get((relation.ended, "")),
            end=now.get((relation.stock, "")),
        )
        for relation in template.stock_flows
    ]
