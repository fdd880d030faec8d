"""The agency return templates, as data: the one place that says what each return asks.

A template is the figures one kind of agency gives each quarter for what the
child-level returns cannot give (FORMATS.md 2.6; the source report's tables
3.2, 3.3, 3.4 and 3.8). Each figure has an id (the ``indicator`` of the
output shape), a title, the unit of the figure it becomes, its period kind
and, for a breakdown, its dimension and values. Everything else (the web
form, the Excel and CSV templates, the upload check, the submit check, the
figures out and the consistency engine's relations) is read from here, so a
partnership adds a return by adding a ``ReturnTemplate`` to ``TEMPLATES``.

What a value means:

- Every value entered is a whole number of at least 0.
- ``period_kind`` ``cumulative``: counted over the quarter the return is for
  (1 July to 30 September for Q2). ``returned_figures`` also adds the quarters
  up from 1 April, so a flow is available for the dataset's cumulative
  periods too. ``snapshot``: on the last day of the quarter.
- ``unit`` ``count``: a plain count. ``percent``: a count entered here, shown
  as a share of the count named by ``share_of`` (the CSE team's "of whom
  looked after", printed as 19/58 = 32.7% in table 3.3).
- ``unit`` ``weeks``: a MEASURE, not a count. CAMHS waiting times are the
  median number of completed weeks (whole weeks, rounded down) from referral
  to the first assessment (or to the start of treatment), over the children
  whose assessment (treatment) happened in the quarter; ``base`` names that
  count of children, which the template also asks for. A median cannot be
  added up, so it is given for the quarter alone and never summed across
  quarters or agencies; it is left blank when its base is 0 and required
  otherwise. Kept as whole weeks so every returned value stays an integer.

Relations (read by the submit check and, later, by the consistency engine):

- ``stock_flows``: stock at the start + begun - ended = stock at the end
  (``StockFlow`` has the same fields as the engine's own declaration);
- ``share_of``: a part is never more than its whole (``whole_of`` gives the
  mapping the engine's ``WHOLE_OF`` uses);
- ``base``: a median is given exactly when its base count is above 0.
"""

from __future__ import annotations

from dataclasses import dataclass

COUNT = "count"
PERCENT = "percent"
WEEKS = "weeks"
UNITS = (COUNT, PERCENT, WEEKS)

CUMULATIVE = "cumulative"  # counted over the quarter
SNAPSHOT = "snapshot"  # on the quarter's last day
PERIOD_KINDS = (CUMULATIVE, SNAPSHOT)

# The agency types (``partnership.Agency.Type`` values) that submit returns.
LOCAL_AUTHORITY = "local-authority"
POLICE = "police"
HEALTH_PROVIDER = "health-provider"


@dataclass(frozen=True)
class FigureDef:
    id: str
    title: str
    unit: str
    period_kind: str
    hint: str = ""
    breakdown_dim: str = ""
    breakdown_values: tuple[str, ...] = ()
    share_of: str = ""  # PERCENT: the count this is a part of
    base: str = ""  # WEEKS: the count of children the median is taken over

    @property
    def is_measure(self) -> bool:
        return self.unit == WEEKS

    def rows(self) -> list[tuple[str, str]]:
        """(figure id, breakdown value) of every value the figure asks for."""
        if self.breakdown_dim:
            return [(self.id, value) for value in self.breakdown_values]
        return [(self.id, "")]


@dataclass(frozen=True)
class StockFlow:
    """The engine's relation: ``stock`` at the start + ``begun`` - ``ended`` = ``stock`` at the end."""

    stock: str
    begun: str
    ended: str


@dataclass(frozen=True)
class ReturnTemplate:
    id: str
    title: str
    agency_type: str
    description: str
    seed_table: str  # where the source report printed these figures
    figures: tuple[FigureDef, ...]
    stock_flows: tuple[StockFlow, ...] = ()

    def figure(self, figure_id: str) -> FigureDef | None:
        return next((f for f in self.figures if f.id == figure_id), None)

    def rows(self) -> list[tuple[FigureDef, str]]:
        """Every value the return asks for, in order: (figure, breakdown value)."""
        return [(f, value) for f in self.figures for _, value in f.rows()]


PRIVATE_FOSTERING_SOURCES = (
    "Birth parent",
    "CAF officer",
    "Children's team",
    "Education",
    "Family group conference service",
    "Health services",
    "Health visitor",
    "Independent reviewing officer",
    "Language school",
    "Member of the public",
    "MASH",
    "Other local authority",
    "Outreach development worker (Family Information Service)",
    "Prison service",
    "Private foster carer",
    "Targeted support (youth worker)",
    "Other",
)

TEMPLATES: tuple[ReturnTemplate, ...] = (
    ReturnTemplate(
        id="private_fostering",
        title="Private fostering",
        agency_type=LOCAL_AUTHORITY,
        description=(
            "Children under 16 (18 if disabled) cared for 28 days or more by someone "
            "other than a close relative, as notified to the local authority."
        ),
        seed_table="3.2",
        figures=(
            FigureDef(
                "pf_notifications",
                "Notifications of new private fostering arrangements received",
                COUNT,
                CUMULATIVE,
                hint="Received during the quarter.",
            ),
            FigureDef(
                "pf_begun",
                "New private fostering arrangements that began",
                COUNT,
                CUMULATIVE,
                hint="Began during the quarter.",
            ),
            FigureDef(
                "pf_ended",
                "Private fostering arrangements that ended",
                COUNT,
                CUMULATIVE,
                hint="Ended during the quarter.",
            ),
            FigureDef(
                "pf_children_end",
                "Children in private fostering arrangements at the end of the quarter",
                COUNT,
                SNAPSHOT,
                hint="On the last day of the quarter.",
            ),
            FigureDef(
                "pf_enquiries_by_source",
                "Private fostering enquiries and notifications by source",
                COUNT,
                CUMULATIVE,
                hint="Received during the quarter, by who made them.",
                breakdown_dim="enquiry_source",
                breakdown_values=PRIVATE_FOSTERING_SOURCES,
            ),
        ),
        stock_flows=(StockFlow(stock="pf_children_end", begun="pf_begun", ended="pf_ended"),),
    ),
    ReturnTemplate(
        id="cse_team",
        title="Child sexual exploitation team",
        agency_type=LOCAL_AUTHORITY,
        description="Children open to the multi-agency child sexual exploitation team.",
        seed_table="3.3",
        figures=(
            FigureDef(
                "cse_open",
                "Children open to the child sexual exploitation team at the end of the quarter",
                COUNT,
                SNAPSHOT,
                hint="On the last day of the quarter.",
            ),
            FigureDef(
                "cse_open_lac",
                "Of those children, how many were looked after",
                PERCENT,
                SNAPSHOT,
                hint="Enter the number of children; the share is worked out for you.",
                share_of="cse_open",
            ),
        ),
    ),
    ReturnTemplate(
        id="police_cse",
        title="Police child sexual exploitation investigations",
        agency_type=POLICE,
        description="Crimes and non-crime incidents related to child sexual exploitation.",
        seed_table="3.4",
        figures=(
            FigureDef(
                "police_cse_crimes",
                "CSE-related crime investigations (an offence is made out)",
                COUNT,
                CUMULATIVE,
                hint="Recorded during the quarter.",
            ),
            FigureDef(
                "police_cse_incidents",
                "CSE-related non-crime incidents (no offence, but follow-up or safeguarding needed)",
                COUNT,
                CUMULATIVE,
                hint="Recorded during the quarter.",
            ),
        ),
    ),
    ReturnTemplate(
        id="camhs_waiting",
        title="CAMHS waiting times",
        agency_type=HEALTH_PROVIDER,
        description=(
            "Waiting times in child and adolescent mental health services, from referral "
            "to first assessment and to the start of treatment."
        ),
        seed_table="3.8",
        figures=(
            FigureDef(
                "camhs_assessed",
                "Children who had a first assessment",
                COUNT,
                CUMULATIVE,
                hint="First assessed during the quarter.",
            ),
            FigureDef(
                "camhs_weeks_to_assessment",
                "Median weeks from referral to first assessment",
                WEEKS,
                CUMULATIVE,
                hint=(
                    "Completed weeks (rounded down), for the children first assessed in the "
                    "quarter. Leave blank if there were none."
                ),
                base="camhs_assessed",
            ),
            FigureDef(
                "camhs_treated",
                "Children who started treatment",
                COUNT,
                CUMULATIVE,
                hint="Started treatment during the quarter.",
            ),
            FigureDef(
                "camhs_weeks_to_treatment",
                "Median weeks from referral to the start of treatment",
                WEEKS,
                CUMULATIVE,
                hint=(
                    "Completed weeks (rounded down), for the children who started treatment "
                    "in the quarter. Leave blank if there were none."
                ),
                base="camhs_treated",
            ),
        ),
    ),
)

TEMPLATES_BY_ID: dict[str, ReturnTemplate] = {t.id: t for t in TEMPLATES}


def template_get(template_id: str) -> ReturnTemplate | None:
    return TEMPLATES_BY_ID.get(template_id)


def figure_get(figure_id: str) -> FigureDef | None:
    return next((f for t in TEMPLATES for f in t.figures if f.id == figure_id), None)


def stock_flows() -> tuple[StockFlow, ...]:
    """Every stock-and-flow relation the templates declare (for the consistency engine)."""
    return tuple(relation for t in TEMPLATES for relation in t.stock_flows)


def whole_of() -> dict[str, str]:
    """Share id -> the count it is a share of (as the engine's ``WHOLE_OF``)."""
    return {f.id: f.share_of for t in TEMPLATES for f in t.figures if f.share_of}


def check_definitions() -> None:
    """Fail loudly on a template that contradicts itself (run by the tests)."""
    seen: set[str] = set()
    for template in TEMPLATES:
        ids = {f.id for f in template.figures}
        for figure in template.figures:
            if figure.id in seen:
                raise ValueError(f"Figure id {figure.id} is used twice.")
            seen.add(figure.id)
            if figure.unit not in UNITS or figure.period_kind not in PERIOD_KINDS:
                raise ValueError(f"{figure.id}: unknown unit or period kind.")
            if bool(figure.breakdown_dim) != bool(figure.breakdown_values):
                raise ValueError(f"{figure.id}: a breakdown needs both a dimension and values.")
            if (figure.unit == PERCENT) != bool(figure.share_of) or (
                figure.share_of and figure.share_of not in ids
            ):
                raise ValueError(f"{figure.id}: a percent names the count it is a share of.")
            if figure.share_of and template.figure(figure.share_of).period_kind != (
                figure.period_kind
            ):
                raise ValueError(f"{figure.id}: a share has the period kind of its whole.")
            if (figure.unit == WEEKS) != bool(figure.base) or (
                figure.base and figure.base not in ids
            ):
                raise ValueError(f"{figure.id}: a median names the count it is taken over.")
        for relation in template.stock_flows:
            if not {relation.stock, relation.begun, relation.ended} <= ids:
                raise ValueError(f"{template.id}: a stock-and-flow names an unknown figure.")
