"""Forms of the action plan pages: they parse input, the services decide."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from safeboard.access.visibility import visible_to
from safeboard.actions import evidence, selectors, services
from safeboard.actions.models import Action, ActionPlan, Recommendation
from safeboard.partnership.models import Agency, Person, StrategicPriority
from safeboard.records.forms import DateInput, RecordForm
from safeboard.web.forms import GovukFormMixin

NUMBER_TAKEN = "The plan already has a recommendation {number}: choose another number."


class PlanForm(RecordForm):
    class Meta:
        model = ActionPlan
        fields = [
            "title",
            "source_kind",
            "source_title",
            "source_reference",
            "source_outcome",
            "source_date",
            "owner",
            "strategic_priority",
        ]
        labels = {
            "source_kind": "Where the plan comes from",
            "source_title": "Source",
            "source_reference": "Source reference (optional)",
            "source_outcome": "Judgement or conclusion (optional)",
            "source_date": "Date of the source",
            "strategic_priority": "Strategic priority (optional)",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = visible_to(self.user, Person).select_related("agency")
        self.fields["owner"].label_from_instance = lambda p: f"{p.full_name} ({p.agency.name})"
        self.fields["strategic_priority"].queryset = visible_to(self.user, StrategicPriority)


class RecommendationForm(RecordForm):
    class Meta:
        model = Recommendation
        fields = ["plan", "number", "text"]
        labels = {"text": "Recommendation"}
        help_texts = {"number": "Leave blank for the next number."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = selectors.plan_list(user=self.user)
        self.fields["number"].required = False
        if self.instance.pk is not None:
            del self.fields["plan"]  # a recommendation stays in its plan

    def clean(self):
        data = super().clean()
        number = data.get("number")
        # Without the plan on the form, Django's own unique check cannot see the clash.
        if self.instance.pk is not None and number is not None:
            taken = Recommendation.objects.filter(plan_id=self.instance.plan_id, number=number)
            if taken.exclude(pk=self.instance.pk).exists():
                self.add_error("number", NUMBER_TAKEN.format(number=number))
        return data


class ActionForm(RecordForm):
    class Meta:
        model = Action
        fields = [
            "recommendation",
            "text",
            "owner_agency",
            "lead_person",
            "due_date",
            "agreed_on",
        ]
        labels = {
            "text": "Action",
            "lead_person": "Lead person (optional)",
            "agreed_on": "Date agreed",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        recommendations = selectors.recommendation_list(user=self.user)
        self.fields["recommendation"].queryset = recommendations
        self.fields["recommendation"].label_from_instance = lambda r: (
            f"{r.plan.title}: recommendation {r.number}"
        )
        self.fields["owner_agency"].queryset = visible_to(self.user, Agency).filter(active=True)
        self.fields["lead_person"].queryset = visible_to(self.user, Person).select_related("agency")
        self.fields["lead_person"].label_from_instance = lambda p: (
            f"{p.full_name} ({p.agency.name})"
        )
        if self.instance.pk is not None:
            del self.fields["recommendation"]  # an action stays under its recommendation
        elif not self.is_bound:
            self.initial.setdefault("agreed_on", timezone.localdate())

    def clean(self):
        data = super().clean()
        person, agency = data.get("lead_person"), data.get("owner_agency")
        if person is not None and agency is not None and person.agency_id != agency.pk:
            self.add_error(
                "lead_person",
                services.LEAD_NOT_IN_AGENCY.format(person=person.full_name, agency=agency.name),
            )
        return data


class UpdateForm(GovukFormMixin, forms.Form):
    update_date = forms.DateField(label="Date of the update", widget=DateInput())
    text = forms.CharField(
        label="What has happened",
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Progress since the last update, and anything in the way.",
    )
    status = forms.ChoiceField(
        label="Status", choices=Action.Status.choices, widget=forms.RadioSelect
    )
    completed_date = forms.DateField(
        label="Date completed (optional)",
        required=False,
        widget=DateInput(),
        help_text="Only when the status is complete; leave blank for the date of the update.",
    )

    def __init__(self, *args, action: Action, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("update_date", timezone.localdate())
            self.initial.setdefault("status", action.status)


class EvidenceForm(GovukFormMixin, forms.Form):
    text = forms.CharField(
        label="What the evidence shows",
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    upload = forms.FileField(
        label="File (optional)",
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["upload"].help_text = (
            "A PDF, Word, Excel, CSV, PNG, JPEG or plain text file, "
            f"up to {evidence.size_label(evidence.max_bytes())}."
        )
        accept = ",".join(sorted(evidence.ALLOWED))
        self.fields["upload"].widget.attrs["accept"] = accept
