"""Forms for child death reviews: GOV.UK fields over the models' own validation."""

from __future__ import annotations

from django import forms
from django.db.models import Q

from safeboard.access.visibility import visible_to
from safeboard.cdop.models import (
    AgencyInformation,
    CaseReview,
    ChildDeath,
    PanelMeeting,
    ReviewMeeting,
)
from safeboard.partnership.models import Agency, ChildDeathOverviewPanel, LocalAuthority, Person
from safeboard.records.forms import DateInput, RecordForm
from safeboard.web.forms import GovukFormMixin


def _radios(form: forms.Form, *names: str, blank: str = "Not given") -> None:
    """Short lists of choices as radios, the Design System's advice for a few options."""
    for name in names:
        field = form.fields[name]
        choices = [c for c in field.choices if c[0] != ""]
        if not field.required:
            choices = [("", blank), *choices]
        field.choices = choices
        field.widget = forms.RadioSelect(choices=choices)


def _death_choices(form: RecordForm, name: str = "death") -> None:
    if name in form.fields:
        form.fields[name].queryset = visible_to(form.user, ChildDeath).order_by("case_reference")


class DeathForm(RecordForm):
    class Meta:
        model = ChildDeath
        fields = [
            "panel",
            "case_reference",
            "local_authority",
            "date_of_death",
            "notified_on",
            "age_group",
            "sex",
            "place_of_death",
            "expectation",
            "joint_agency_response",
            "response_reason",
            "national_notified_on",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["panel"].queryset = ChildDeathOverviewPanel.objects.order_by("name")
        panels = list(self.fields["panel"].queryset[:2])
        if len(panels) == 1 and not self.instance.pk:
            self.fields["panel"].initial = panels[0].pk
        self.fields["local_authority"].queryset = LocalAuthority.objects.filter(
            cdop_panel__isnull=False
        ).order_by("name")
        _radios(self, "sex", "expectation")
        _radios(self, "response_reason", blank="No joint agency response")


class InformationForm(RecordForm):
    class Meta:
        model = AgencyInformation
        fields = ["death", "agency", "form", "requested_on", "working_days_allowed", "received_on"]
        labels = {"death": "Case", "form": "What was asked for"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _death_choices(self)
        self.fields["agency"].queryset = Agency.objects.filter(active=True).order_by("name")
        _radios(self, "form")


class ReviewMeetingForm(RecordForm):
    class Meta:
        model = ReviewMeeting
        fields = ["death", "held_on", "notice_given_on", "agencies", "post_mortem"]
        labels = {"death": "Case"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _death_choices(self)
        agencies = Agency.objects.filter(active=True).order_by("name")
        self.fields["agencies"].queryset = agencies
        self.fields["agencies"].widget.choices = self.fields["agencies"].choices
        _radios(self, "post_mortem")


class PanelMeetingForm(RecordForm):
    class Meta:
        model = PanelMeeting
        fields = ["panel", "held_on", "notes"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        panels = list(ChildDeathOverviewPanel.objects.order_by("name")[:2])
        if len(panels) == 1 and not self.instance.pk:
            self.fields["panel"].initial = panels[0].pk


class ReviewForm(RecordForm):
    class Meta:
        model = CaseReview
        fields = [
            "death",
            "meeting",
            "category",
            "modifiable",
            "factors_child",
            "factors_social",
            "factors_physical",
            "factors_service",
            "learning",
            "national_submitted_on",
        ]
        labels = {"death": "Case"}
        help_texts = {
            "category": "One category: where more than one could apply, the highest in this list.",
            "factors_child": "Modifiable factors found in: tick each domain that applies.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        deaths = visible_to(self.user, ChildDeath)
        # A death is reviewed once: offer those without a review (and this one's own).
        self.fields["death"].queryset = deaths.filter(
            Q(review__isnull=True) | Q(pk=self.instance.death_id or 0)
        ).order_by("case_reference")
        self.fields["meeting"].queryset = visible_to(self.user, PanelMeeting).order_by("-held_on")
        _radios(self, "category", "modifiable")


class RaiseActionForm(GovukFormMixin, forms.Form):
    """An action the panel raised, for the board's action plans."""

    learning = forms.CharField(
        label="What the panel learned",
        widget=forms.Textarea,
        help_text="This becomes the recommendation in the panel's action plan, which agency "
        "leads and board members read: no names and no case number.",
    )
    text = forms.CharField(
        label="The action", widget=forms.Textarea, help_text="No names and no case number."
    )
    owner_agency = forms.ModelChoiceField(
        label="Agency that owns the action", queryset=Agency.objects.none()
    )
    lead_person = forms.ModelChoiceField(
        label="Lead person (optional)",
        queryset=Person.objects.none(),
        required=False,
        help_text="Someone in the owner agency.",
    )
    due_date = forms.DateField(label="Due date", widget=DateInput())

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["owner_agency"].queryset = Agency.objects.filter(active=True).order_by("name")
        self.fields["lead_person"].queryset = visible_to(user, Person).select_related("agency")
