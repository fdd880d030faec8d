"""The facts narrative sections may cite by name: ``[[fact:change.cp_open]]``.

Two families: the dataset's movements (``change.<indicator>``, re-checked by
the consistency engine) and the board's records (``budget.income``,
``training.delegates``...), sentences from the same summaries the report's
sections print, so prose and tables cannot disagree.

Each fact is a sentence built from figures at build time (the dataset's
narrative facts), with the figures it cites, so the consistency engine can
re-check it and a build can refuse to publish a sentence whose figures
disagree with others.
"""

from __future__ import annotations

from dataclasses import dataclass

from safeboard.dataset.consistency.model import NarrativeFact
from safeboard.dataset.narrative import year_on_year_facts


@dataclass(frozen=True)
class ReportFact:
    name: str
    text: str
    narrative: NarrativeFact | None = None  # None for facts from the board's records


def dataset_facts(figures, year: int) -> dict[str, ReportFact]:
    """``change.<indicator>``: how a dataset figure moved over the year."""
    found = {}
    for fact in year_on_year_facts(figures, year):
        name = f"change.{fact.cites[-1].indicator}"
        found[name] = ReportFact(name=name, text=fact.text, narrative=fact)
    return found


def _pounds(value) -> str:
    from safeboard.budget.money import pounds

    return pounds(value)


def record_facts(year: int) -> dict[str, ReportFact]:
    """Sentences from the board's records for the year, by name."""
    from safeboard.budget import summaries as budget
    from safeboard.dataset.periods import year_label
    from safeboard.report.reader import REPORT_READER
    from safeboard.training.summaries import course_summary

    label = year_label(year)
    found: list[tuple[str, str]] = []
    income, spent = budget.contributions_agreed(year), budget.expenditure_total(year)
    if income or spent:
        found += [
            (
                "budget.income",
                f"The board's income from partner contributions in {label} was {_pounds(income)}.",
            ),
            ("budget.expenditure", f"The board spent {_pounds(spent)} in {label}."),
            (
                "budget.carried-forward",
                (
                    f"The balance carried forward at the end of {label} was "
                    f"{_pounds(budget.balance_carried_forward(year))}."
                ),
            ),
        ]
    courses = course_summary(user=REPORT_READER, year=year)
    if courses.events:
        found.append(
            (
                "training.delegates",
                (
                    f"In {label}, {courses.delegates:,} delegates attended {courses.events} events "
                    f"of {courses.courses} multi-agency courses."
                ),
            )
        )
    return {name: ReportFact(name=name, text=text) for name, text in found}
