"""The shared record pages for themes, reports and their items (``safeboard.records``).

- Themes: the business unit adds and changes them (list, detail, create,
  edit with conflict detection, history).
- Reports: read-only there (list, detail laid out as Appendix B, history);
  the workflow (start, submit, review) has its own pages in ``views``.
- Items: the agency's own lead adds and changes them while the report is a
  draft or returned; everyone who can read the report can read its items.
"""

from __future__ import annotations

from safeboard.agency_reports import policy, presenters, selectors, services
from safeboard.agency_reports.forms import ItemForm, ThemeForm
from safeboard.agency_reports.models import AgencyReport, ReportItem, Theme
from safeboard.dataset.periods import year_label
from safeboard.partnership.selectors import partnership_get
from safeboard.records.types import Column, RecordType

AREA_LABEL = "Lead agency reports"
EXPORT_AREA = "agency-reports"


def _theme_save(*, form, user, instance):
    data = form.cleaned_data
    if instance is None:
        return services.theme_create(
            user=user,
            partnership=partnership_get(user=user),
            year=data["year"],
            title=data["title"],
            order=data.get("order"),
            description=data.get("description", ""),
        )
    return services.theme_update(
        user=user,
        theme=instance,
        title=data["title"],
        order=data["order"],
        description=data.get("description", ""),
    )


def _theme_summary(theme: Theme):
    return [
        ("Year", year_label(theme.year)),
        ("Order", theme.order),
        ("Title", theme.title),
        ("What agencies should cover", theme.description),
        ("Items in reports", theme.items.count()),
    ]


THEMES = RecordType(
    namespace="agency_reports",
    slug="theme",
    model=Theme,
    form=ThemeForm,
    title="Themes",
    intro=(
        "The themes the partnership asks every agency to report under, year by year. "
        "A theme no report has used yet can be deleted from its page."
    ),
    columns=(
        Column("Theme", "title"),
        Column("Year", lambda t: year_label(t.year)),
        Column("Order", "order", numeric=True),
    ),
    queryset=lambda user: selectors.theme_list_all(user=user),
    can_create=policy.can_manage_themes,
    can_edit=lambda user, theme=None: policy.can_manage_themes(user),
    save=_theme_save,
    summary=_theme_summary,
    sections=lambda request, theme: [presenters.theme_after(request, theme)],
    area_label=AREA_LABEL,
    export_area=EXPORT_AREA,
)


REPORTS = RecordType(
    namespace="agency_reports",
    slug="report",
    model=AgencyReport,
    form=None,  # written item by item and moved on by the workflow pages
    title="Lead agency reports",
    intro="Every report you can see, newest year first.",
    columns=(
        Column("Agency", "agency.name"),
        Column("Year", lambda r: year_label(r.year)),
        Column("Status", lambda r: presenters.state_tag(r.status)),
    ),
    queryset=lambda user: selectors.report_list(user=user),
    summary=presenters.report_summary,
    sections=presenters.report_sections,
    area_label=AREA_LABEL,
    export_area=EXPORT_AREA,
)


def _item_save(*, form, user, instance):
    data = form.cleaned_data
    if instance is None:
        return services.item_add(
            user=user,
            report=data["report"],
            theme=data["theme"],
            kind=data["kind"],
            text=data["text"],
        )
    return services.item_update(
        user=user, item=instance, theme=data["theme"], kind=data["kind"], text=data["text"]
    )


def _item_editable(user, item: ReportItem) -> bool:
    return item.report.is_editable and policy.can_write_for(user, item.report.agency_id)


ITEMS = RecordType(
    namespace="agency_reports",
    slug="item",
    model=ReportItem,
    form=ItemForm,
    title="Report items",
    intro="Every item of the reports you can see.",
    columns=(
        Column("Item", lambda i: str(i) or "(empty)"),
        Column("Agency", "report.agency.name"),
        Column("Year", lambda i: year_label(i.report.year)),
        Column("Theme", "theme.title"),
        Column("Did or plan", "kind"),
    ),
    queryset=lambda user: selectors.item_list_all(user=user),
    can_create=policy.is_author,
    can_edit=_item_editable,
    save=_item_save,
    summary=presenters.item_summary,
    sections=presenters.item_sections,
    area_label=AREA_LABEL,
)
