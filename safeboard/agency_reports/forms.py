"""Forms parse and check input; the services write.

Each form checks what its service will check, so a refusal shows on the page
as an error rather than as a failed request.
"""

from __future__ import annotations

from django import forms
from django.db.models import Max

from safeboard.access.visibility import user_agency_id
from safeboard.agency_reports import policy, services
from safeboard.agency_reports.models import AgencyReport, ReportItem, Theme
from safeboard.agency_reports.summaries import dash_label
from safeboard.dataset.periods import year_label
from safeboard.partnership.selectors import partnership_get
from safeboard.records.forms import RecordForm
from safeboard.records.years import current_year
from safeboard.web.forms import GovukFormMixin

ACCEPT = "accept"
RETURN = "return"
CHOOSE_THEME = "Select the theme the item comes under"
CHOOSE_KIND = "Select whether this is what your agency did or what it plans to do"
OPEN_REPORT_FIRST = "Open your agency's report and add items from its page."
THEME_TITLE_TAKEN = "{year} already has a theme called '{title}'."
NO_PARTNERSHIP = "Set up the partnership before its themes."


class ItemForm(RecordForm):
    """One item of the user's own report: its theme, did or plan, and the text."""

    theme = forms.ModelChoiceField(
        queryset=Theme.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        label="Theme",
        error_messages={"required": CHOOSE_THEME, "invalid_choice": CHOOSE_THEME},
    )
    kind = forms.ChoiceField(
        choices=ReportItem.Kind.choices,
        widget=forms.RadioSelect,
        label="Is this what your agency did, or what it plans to do?",
        error_messages={"required": CHOOSE_KIND, "invalid_choice": CHOOSE_KIND},
    )

    class Meta:
        model = ReportItem
        fields = ["report", "theme", "kind", "text"]
        widgets = {"report": forms.HiddenInput, "text": forms.Textarea(attrs={"rows": 8})}
        labels = {"text": "What to say"}
        help_texts = {
            "text": (
                "Plain text, as it will appear in the annual report. For a bulleted list, "
                "start each line with '- '; indent a line by two spaces for a sub-bullet."
            )
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        own = (
            AgencyReport.objects.filter(agency_id=user_agency_id(user)).select_related("agency")
            if user is not None and policy.is_author(user)
            else AgencyReport.objects.none()
        )
        self.fields["report"].queryset = own
        self.fields["report"].required = False  # a missing report is a form-wide error
        if self.instance.pk is not None:
            self.fields["report"].disabled = True
            self.report = self.instance.report
        else:
            self.report = _chosen(own, self.data.get("report") or self.initial.get("report"))
        if self.report is not None:
            year = self.report.year
            self.fields["theme"].queryset = Theme.objects.filter(
                year=year, partnership_id=self.report.agency.partnership_id
            ).order_by("order", "title")
            self.fields["kind"].choices = [
                (ReportItem.Kind.DID, f"What we did in {dash_label(year)}"),
                (ReportItem.Kind.PLAN, f"What we plan to do in {dash_label(year + 1)}"),
            ]

    def clean(self):
        cleaned = super().clean()
        if self.report is None:
            raise forms.ValidationError(OPEN_REPORT_FIRST)
        if self.report.status == AgencyReport.Status.ACCEPTED:
            raise forms.ValidationError(services.REPORT_LOCKED)
        if self.report.status == AgencyReport.Status.SUBMITTED:
            raise forms.ValidationError(services.ALREADY_SUBMITTED)
        cleaned["report"] = self.report
        return cleaned


def _chosen(reports, value):
    text = str(value or "")
    return reports.filter(pk=int(text)).first() if text.isdigit() else None


class ThemeForm(RecordForm):
    """A theme of one year; its year is fixed once made (copy themes to start a new year)."""

    year = forms.IntegerField(
        label="Year",
        help_text="The year it ends: 2018 for 2017/18.",
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "spellcheck": "false", "class": "govuk-input--width-4"}
        ),
        error_messages={"required": "Enter the year, such as 2018 for 2017/18"},
    )
    order = forms.IntegerField(
        label="Order",
        required=False,
        min_value=0,
        max_value=999,
        help_text="Where the theme comes in each report: 1 first. Leave blank to put it last.",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": "false"}),
        error_messages={
            "invalid": "Enter the order as a whole number, such as 1",
            "min_value": "Enter the order as a whole number, such as 1",
            "max_value": "Enter the order as a whole number up to 999",
        },
    )

    class Meta:
        model = Theme
        fields = ["year", "order", "title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        labels = {"description": "What agencies should cover"}
        error_messages = {"title": {"required": "Enter the theme's title"}}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        if self.instance.pk is not None:
            self.fields["year"].disabled = True
            self.fields["order"].required = True
        self.partnership = (
            self.instance.partnership
            if self.instance.pk is not None
            else (partnership_get(user=user) if user is not None else None)
        )

    def clean_year(self):
        year = self.cleaned_data["year"]
        latest = current_year() + 1
        if not services.EARLIEST_YEAR <= year <= latest:
            raise forms.ValidationError(
                services.YEAR_OUT_OF_RANGE.format(earliest=services.EARLIEST_YEAR, latest=latest)
            )
        return year

    def clean_order(self):
        order = self.cleaned_data.get("order")
        year = self.cleaned_data.get("year") or self.instance.year
        if order is None and self.partnership is not None and year:
            top = Theme.objects.filter(partnership=self.partnership, year=year).aggregate(
                top=Max("order")
            )["top"]
            order = (top or 0) + 1  # last
        return order

    def clean(self):
        cleaned = super().clean()
        if self.partnership is None:
            raise forms.ValidationError(NO_PARTNERSHIP)
        title, year = (cleaned.get("title") or "").strip(), cleaned.get("year")
        if title and year:
            taken = Theme.objects.filter(
                partnership=self.partnership, year=year, title__iexact=title
            ).exclude(pk=self.instance.pk)
            if taken.exists():
                self.add_error(
                    "title", THEME_TITLE_TAKEN.format(year=year_label(year), title=title)
                )
        return cleaned


class ReviewForm(GovukFormMixin, forms.Form):
    decision = forms.ChoiceField(
        label="Do you accept this report?",
        choices=[
            (ACCEPT, "Accept it: it is locked and goes into the annual report's Appendix B"),
            (RETURN, "Return it to the agency to change"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether you accept the report or return it"},
    )
    comment = forms.CharField(
        label="What needs to change",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Needed when you return the report; the agency's lead sees it.",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == RETURN and not (cleaned.get("comment") or "").strip():
            self.add_error("comment", "Say what needs to change when you return a report")
        return cleaned


class ConfirmForm(GovukFormMixin, forms.Form):
    """A button press with nothing to fill in: start, submit, delete."""
