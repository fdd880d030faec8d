"""Forms of the report's pages: they parse and check; services write."""

from __future__ import annotations

from django import forms

from safeboard.records.forms import RecordForm
from safeboard.report.checklist import ITEMS
from safeboard.report.models import ReportSection
from safeboard.web.forms import GovukFormMixin


class SectionForm(RecordForm):
    class Meta:
        model = ReportSection
        fields = ["title", "narrative", "enabled"]
        widgets = {"narrative": forms.Textarea(attrs={"rows": 16})}


class NewReportForm(GovukFormMixin, forms.Form):
    year = forms.IntegerField(
        label="Year",
        min_value=2000,
        max_value=2100,
        help_text="As the year it ends: 2018 for 2017/18.",
    )


class NewSectionForm(GovukFormMixin, forms.Form):
    title = forms.CharField(label="Title of the new section", max_length=200)


class CommentForm(GovukFormMixin, forms.Form):
    text = forms.CharField(label="Your comment", widget=forms.Textarea(attrs={"rows": 5}))
    section = forms.ModelChoiceField(
        label="Section it is about (optional)",
        queryset=ReportSection.objects.none(),
        required=False,
    )

    def __init__(self, *args, report=None, **kwargs):
        super().__init__(*args, **kwargs)
        if report is not None:
            self.fields["section"].queryset = report.sections.order_by("position")


class ResponseForm(GovukFormMixin, forms.Form):
    response = forms.CharField(label="Response", widget=forms.Textarea(attrs={"rows": 3}))
    resolved = forms.BooleanField(label="The comment is resolved", required=False)


class SignOffForm(GovukFormMixin, forms.Form):
    comment = forms.CharField(
        label="Comment (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ChecklistLinkForm(GovukFormMixin, forms.Form):
    item = forms.ChoiceField(label="Checklist item", choices=[(i.key, i.text) for i in ITEMS])
    section = forms.ModelChoiceField(
        label="Section that covers it", queryset=ReportSection.objects.none()
    )
    note = forms.CharField(label="Where in the section (optional)", max_length=300, required=False)

    def __init__(self, *args, report=None, **kwargs):
        super().__init__(*args, **kwargs)
        if report is not None:
            self.fields["section"].queryset = report.sections.filter(enabled=True).order_by(
                "position"
            )


class SentForm(GovukFormMixin, forms.Form):
    sent_on = forms.DateField(label="Date sent", widget=forms.DateInput(attrs={"type": "date"}))
