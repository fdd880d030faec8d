"""The forms of the case records and of raising an action.

Choices of related records are narrowed to what the user may see (the
selectors); a review's rapid review can only be one that decided on a local
review and has no review yet.
"""

from __future__ import annotations

from django import forms

from safeboard.access.visibility import visible_to
from safeboard.partnership.models import Agency, Person
from safeboard.records.forms import DateInput, RecordForm
from safeboard.reviews import selectors, services
from safeboard.reviews.models import (
    Finding,
    PracticeReview,
    RapidReview,
    ReviewRecommendation,
    SeriousIncident,
)
from safeboard.web.forms import GovukFormMixin

NUMBER_HINT = "Leave empty to number it next."


class IncidentForm(RecordForm):
    class Meta:
        model = SeriousIncident
        fields = list(services.INCIDENT_FIELDS)


class RapidReviewForm(RecordForm):
    class Meta:
        model = RapidReview
        fields = list(services.RAPID_REVIEW_FIELDS)
        widgets = {"decision": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        incidents = selectors.incident_list(user=self.user)
        if self.instance.pk is None:
            incidents = incidents.filter(rapid_review__isnull=True)
        else:
            incidents = incidents.filter(pk=self.instance.incident_id)
        self.fields["incident"].queryset = incidents
        self.fields["incident"].label = "Serious incident notification"
        self.fields["decision"].choices = list(RapidReview.Decision.choices)
        self.fields["decision"].required = False


class ReviewForm(RecordForm):
    class Meta:
        model = PracticeReview
        fields = list(services.REVIEW_FIELDS)
        widgets = {"kind": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        rapid = selectors.rapid_review_list(user=self.user).filter(
            decision=RapidReview.Decision.LOCAL_REVIEW
        )
        free = rapid.filter(practice_review__isnull=True)
        if self.instance.rapid_review_id:
            free = free | rapid.filter(pk=self.instance.rapid_review_id)
        self.fields["rapid_review"].queryset = free
        self.fields["kind"].choices = list(PracticeReview.Kind.choices)  # no blank radio
        self.fields["plan_owner"].queryset = visible_to(self.user, Person).select_related("agency")


class _NumberedForm(RecordForm):
    number = forms.IntegerField(min_value=1, required=False, help_text=NUMBER_HINT)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["review"].queryset = selectors.review_list(user=self.user)
        if self.instance.pk is not None:
            # A finding or recommendation stays with its review.
            self.fields["review"].disabled = True


class FindingForm(_NumberedForm):
    class Meta:
        model = Finding
        fields = ["review", "number", "text", "learning"]


class RecommendationForm(_NumberedForm):
    class Meta:
        model = ReviewRecommendation
        fields = ["review", "number", "text"]

    def clean(self):
        cleaned = super().clean()
        review = cleaned.get("review")
        if (
            self.instance.pk is None
            and review is not None
            and not review.action_plan_id
            and not review.plan_owner_id
        ):
            self.add_error("review", services.NO_PLAN_OWNER.format(review=review.reference))
        return cleaned


class ActionRaiseForm(GovukFormMixin, forms.Form):
    text = forms.CharField(label="The action", widget=forms.Textarea(attrs={"rows": 3}))
    owner_agency = forms.ModelChoiceField(queryset=Agency.objects.none(), label="Owner agency")
    lead_person = forms.ModelChoiceField(
        queryset=Person.objects.none(),
        required=False,
        label="Lead person (optional)",
        help_text="Someone in the owner agency.",
    )
    due_date = forms.DateField(label="Due date", widget=DateInput())

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_agency"].queryset = visible_to(user, Agency).filter(active=True)
        self.fields["lead_person"].queryset = visible_to(user, Person).select_related("agency")

    def clean(self):
        cleaned = super().clean()
        agency, lead = cleaned.get("owner_agency"), cleaned.get("lead_person")
        if agency is not None and lead is not None and lead.agency_id != agency.pk:
            self.add_error("lead_person", f"{lead.full_name} is not in {agency.name}.")
        return cleaned
