"""The statutory checklist: what guidance asks of the yearly report, each item
met (with where) or missing.

The items are DOMAIN.md section 1.5's (Working Together 2018 and 2023, and
the LSCB duties before them). An item is met by evidence Safeboard can see
in the records (training delivered, review recommendations with actions,
sign-offs...) in a section that is switched on, or by the business unit
pointing to the section that covers it (``ChecklistLink``), for what only
prose can show (feedback from children and families). Nothing else counts:
an item with neither stays missing, and says what would meet it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from safeboard.report.models import AnnualReport, ChecklistLink, ReportSection


@dataclass(frozen=True)
class Item:
    key: str
    text: str
    source: str
    section: str  # the built-in section that usually covers it
    needs: str  # what would meet it, shown while it is missing
    evidence: Callable[[AnnualReport], str | None] | None = None


@dataclass(frozen=True)
class Answer:
    item: Item
    met: bool
    section: ReportSection | None
    how: str


def _enabled(report: AnnualReport, key: str) -> ReportSection | None:
    return report.sections.filter(key=key, enabled=True).first()


def _training(report: AnnualReport) -> str | None:
    from safeboard.report.reader import REPORT_READER
    from safeboard.training.summaries import course_summary

    summary = course_summary(user=REPORT_READER, year=report.year)
    if summary.events:
        return f"{summary.events} training events with {summary.delegates} delegates are reported."
    return None


def _review_actions(report: AnnualReport) -> str | None:
    from safeboard.actions.models import Action, ActionPlan
    from safeboard.report.years import year_end

    actions = Action.objects.filter(
        recommendation__plan__source_kind=ActionPlan.SourceKind.CASE_REVIEW,
        recommendation__plan__source_date__lte=year_end(report.year),
    ).count()
    if actions:
        return f"{actions} actions on case review recommendations are reported."
    return None


def _priorities(report: AnnualReport) -> str | None:
    from safeboard.partnership.models import StrategicPriority

    count = sum(
        1
        for p in StrategicPriority.objects.filter(partnership=report.partnership)
        if p.applies_in(report.year)
    )
    return f"{count} strategic priorities apply this year." if count else None


def _scrutiny(report: AnnualReport) -> str | None:
    count = report.comments.count()
    return f"The independent scrutineer made {count} comments." if count else None


def _sign_off(report: AnnualReport) -> str | None:
    from safeboard.partnership.models import Agency

    partners = set(
        Agency.objects.filter(
            partnership=report.partnership, is_statutory_partner=True, active=True
        ).values_list("pk", flat=True)
    )
    signed = set(report.sign_offs.values_list("agency_id", flat=True))
    if partners and partners <= signed:
        return f"All {len(partners)} statutory partners signed it off."
    return None


def _distribution(report: AnnualReport) -> str | None:
    national = report.recipients.filter(kind="national")
    if (
        report.published_on
        and national.exists()
        and all(r.sent_on is not None and r.sent_on <= r.due_on() for r in national)
    ):
        return "Sent to every national body within 7 days of publication."
    return None


def _yearly(report: AnnualReport) -> str | None:
    previous = (
        AnnualReport.objects.filter(
            partnership=report.partnership, year__lt=report.year, published_on__isnull=False
        )
        .order_by("-year")
        .first()
    )
    if report.published_on is None:
        return None
    if previous is None or report.published_on - previous.published_on <= timedelta(days=366):
        return "Published within twelve months of the last report."
    return None


ITEMS: tuple[Item, ...] = (
    Item("impact", "Evidence of the impact of the partners' and relevant agencies' work, training included, on outcomes for children from early help to care leavers", "Working Together 2018 (a)", "training", "Training delivered in the year, or a section pointing to the evidence of impact.", _training),
    Item("little-progress", "An analysis of agreed priorities with little or no evidence of progress", "Working Together 2018 (b)", "introduction", "Point to the section that analyses the priorities where progress was slow.", None),
    Item("review-actions", "Decisions and actions taken on the recommendations of local and national practice reviews, and the improvements they made", "Working Together 2018 (c)", "reviews", "Actions recorded on case review recommendations, or a section pointing to them.", _review_actions),
    Item("feedback", "How the partners sought and used feedback from children and families", "Working Together 2018 (d)", "introduction", "Point to the section that describes feedback from children and families.", None),
    Item("what-done", "What the partners did under the arrangements, practice reviews included, and how effective the arrangements were", "Working Together 2018", "dataset", "The dataset commentary and the reviews section switched on.", None),
    Item("priorities", "The partnership's priorities, with learning, impact, evidence and improvement", "Working Together 2023", "introduction", "Strategic priorities recorded for the year, or a section pointing to them.", _priorities),
    Item("scrutiny", "Independent scrutiny of the report", "Working Together 2018 and 2023", "introduction", "The independent scrutineer's comments on the draft.", _scrutiny),
    Item("sign-off", "Signed off by the safeguarding partners", "Working Together 2023", "introduction", "A sign-off from every statutory partner.", _sign_off),
    Item("yearly", "Published at least once in every twelve months", "Working Together 2018 and 2023", "introduction", "A publication date within twelve months of the last report's.", _yearly),
    Item("sent", "Sent to the national Child Safeguarding Practice Review Panel and the What Works Centre within 7 days of publication", "Working Together 2018", "introduction", "National recipients on the distribution list, each sent within 7 days.", _distribution),
    Item("weaknesses", "Weaknesses identified, their causes and the action being taken", "LSCB duties (Working Together 2015)", "inspection", "Inspection recommendations with actions, or a section pointing to them.", None),
)  # fmt: skip


def checklist(report: AnnualReport) -> list[Answer]:
    links = {
        link.item: link
        for link in ChecklistLink.objects.filter(report=report).select_related("section")
    }
    answers = []
    for item in ITEMS:
        link = links.get(item.key)
        if link is not None and link.section is not None and link.section.enabled:
            answers.append(
                Answer(item, True, link.section, link.note or "Covered in this section.")
            )
            continue
        found = item.evidence(report) if item.evidence is not None else None
        if found is None and item.key == "what-done":
            dataset, reviews = _enabled(report, "dataset"), _enabled(report, "reviews")
            if dataset and reviews:
                found = "The dataset commentary and the reviews section are in the report."
        if found is None and item.key == "weaknesses":
            section = _enabled(report, "inspection")
            from safeboard.actions.models import ActionPlan

            if (
                section
                and ActionPlan.objects.filter(source_kind=ActionPlan.SourceKind.INSPECTION).exists()
            ):
                found = "Inspection recommendations and their actions are reported."
        section = _enabled(report, item.section)
        if found is not None and (section is not None or item.section == "introduction"):
            answers.append(Answer(item, True, section, found))
        else:
            answers.append(Answer(item, False, None, item.needs))
    return answers
