"""Reading lead agency reports and themes, always through ``visible_to``.

``visible_to`` keeps an agency lead to their own agency's reports; on top of
it, only the business unit and the agency's own lead see reports that are not
accepted yet (``policy.sees_every_status``): board members, the chair and
analysts read accepted reports only.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from safeboard.access.visibility import user_agency_id, visible_to
from safeboard.agency_reports import policy
from safeboard.agency_reports.models import AgencyReport, ReportItem, ReportReview, Theme
from safeboard.partnership.models import Agency


def report_list(*, user) -> QuerySet[AgencyReport]:
    reports = visible_to(user, AgencyReport).select_related("agency")
    if not policy.sees_every_status(user):
        reports = reports.filter(status=AgencyReport.Status.ACCEPTED)
    return reports


def report_get(*, user, pk: int) -> AgencyReport:
    return report_list(user=user).get(pk=pk)


def report_find(*, user, year: int, agency_id: int | None = None) -> AgencyReport | None:
    """The agency's report for the year (the user's own agency by default), or None."""
    agency_id = agency_id if agency_id is not None else user_agency_id(user)
    if agency_id is None:
        return None
    return report_list(user=user).filter(agency_id=agency_id, year=year).first()


def item_list(*, user, report: AgencyReport) -> QuerySet[ReportItem]:
    """The report's items in Appendix B's order: theme, then did before plan, then position."""
    if not report_list(user=user).filter(pk=report.pk).exists():
        return ReportItem.objects.none()
    return (
        visible_to(user, ReportItem)
        .filter(report=report)
        .select_related("theme")
        .order_by("theme__order", "theme__title", "kind", "position", "pk")
    )


def item_get(*, user, pk: int) -> ReportItem:
    """An item of a report the user may read."""
    return (
        visible_to(user, ReportItem)
        .select_related("report", "report__agency", "theme")
        .filter(report__in=report_list(user=user))
        .get(pk=pk)
    )


def review_list(*, user, report: AgencyReport) -> QuerySet[ReportReview]:
    """Every accept and return of the report, oldest first: who, when and the comment."""
    if not report_list(user=user).filter(pk=report.pk).exists():
        return ReportReview.objects.none()
    return (
        visible_to(user, ReportReview)
        .filter(report=report)
        .select_related("reviewed_by")
        .order_by("reviewed_at", "pk")
    )


def theme_list_all(*, user) -> QuerySet[Theme]:
    """Every theme, newest year first, then in order."""
    return visible_to(user, Theme).order_by("-year", "order", "title")


def item_list_all(*, user) -> QuerySet[ReportItem]:
    """Every item of the reports the user may read."""
    return (
        visible_to(user, ReportItem)
        .filter(report__in=report_list(user=user))
        .select_related("report", "report__agency", "theme")
        .order_by("-report__year", "report__agency__name", "theme__order", "kind", "position")
    )


def theme_list(*, user, year: int, partnership_id: int | None = None) -> QuerySet[Theme]:
    themes = visible_to(user, Theme).filter(year=year)
    if partnership_id is not None:
        themes = themes.filter(partnership_id=partnership_id)
    return themes.order_by("order", "title")


def theme_get(*, user, pk: int) -> Theme:
    return visible_to(user, Theme).get(pk=pk)


def theme_years(*, user) -> list[int]:
    """The years that have themes, newest first."""
    return sorted(set(visible_to(user, Theme).values_list("year", flat=True)), reverse=True)


def report_years(*, user) -> list[int]:
    """The years with a theme or a report the user may see, newest first."""
    years = set(theme_years(user=user))
    years.update(report_list(user=user).values_list("year", flat=True))
    return sorted(years, reverse=True)


def agencies_expected(*, user, year: int) -> QuerySet[Agency]:
    """The agencies asked for a report in the year: the active statutory partners and
    relevant agencies, with any other agency that has opened a report for it; for an
    agency lead, their own agency whatever it is."""
    if not policy.can_review(user) and policy.is_author(user):
        return visible_to(user, Agency).filter(pk=user_agency_id(user))
    opened = report_list(user=user).filter(year=year).values("agency_id")
    agencies = visible_to(user, Agency).filter(
        Q(active=True, is_statutory_partner=True)
        | Q(active=True, is_relevant_agency=True)
        | Q(pk__in=opened)
    )
    return agencies.order_by("name")
