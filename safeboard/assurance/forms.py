"""Forms parse and check input; the services write.

Each form checks what its service will check, so a refusal shows on the page
beside the field rather than as a failed request.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Max

from safeboard.access.visibility import user_agency_id, visible_to
from safeboard.actions.models import Recommendation
from safeboard.assurance import files, policy, services
from safeboard.assurance.models import (
    Audit,
    AuditFinding,
    AuditProgramme,
    Policy,
    PolicyVersion,
    Section11Grade,
    Section11Standard,
)
from safeboard.partnership.models import Agency, Person, StrategicPriority
from safeboard.partnership.selectors import partnership_get
from safeboard.records.forms import DateInput, RecordForm
from safeboard.web.forms import GovukFormMixin

PROGRAMME_YEAR_TAKEN = "There is already an audit programme for {year}: change that one."
POLICY_TITLE_TAKEN = "There is already a policy called '{title}'."
GRADE_TAKEN = "{agency} has already graded itself against this standard: change that grade."
CHOOSE_RECOMMENDATION = (
    "Choose the finding or recommendation the action answers, or say what the audit recommends."
)
ONE_RECOMMENDATION = (
    "Choose either an existing recommendation or a finding, not both: the action goes under one."
)
LEAD_NOT_IN_AGENCY = "{person} is not in {agency}: choose a lead person from the owner agency."
NO_PARTNERSHIP = "Set up the partnership first."


def _person_label(person: Person) -> str:
    return f"{person.full_name} ({person.agency})"


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return _person_label(obj)


def _people():
    return Person.objects.select_related("agency").order_by("full_name")


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """A service's refusal, on the field it names if the form has it."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


def _next_number(related, pk) -> int:
    if pk is None:
        return 1
    return (related.filter(audit_id=pk).aggregate(top=Max("number"))["top"] or 0) + 1


# --- Audits -------------------------------------------------------------------------------


class ProgrammeForm(RecordForm):
    class Meta:
        model = AuditProgramme
        fields = ["year", "title", "approved_on", "notes"]
        labels = {
            "year": "Year ending (2018 for 2017/18)",
            "title": "Title (optional)",
            "approved_on": "Date the board agreed it (optional)",
        }
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}

    def clean_year(self):
        year = self.cleaned_data["year"]
        taken = AuditProgramme.objects.filter(year=year).exclude(pk=self.instance.pk)
        if taken.exists():
            from safeboard.dataset.periods import year_label

            raise ValidationError(PROGRAMME_YEAR_TAKEN.format(year=year_label(year)))
        return year

    def clean(self):
        if self.instance.pk is None and partnership_get(user=self.user) is None:
            raise ValidationError(NO_PARTNERSHIP)
        return super().clean()


class AuditForm(RecordForm):
    agencies = forms.ModelMultipleChoiceField(
        queryset=Agency.objects.filter(active=True).order_by("name"),
        required=False,
        label="Agencies taking part",
    )
    lead = PersonChoiceField(queryset=_people(), required=False, label="Lead (optional)")

    class Meta:
        model = Audit
        fields = [
            "programme",
            "title",
            "kind",
            "scope",
            "agencies",
            "lead",
            "priority",
            "planned_start",
            "planned_completion",
            "status",
            "completed_on",
            "conclusion",
        ]
        labels = {
            "kind": "Kind of audit",
            "priority": "Strategic priority it serves (optional)",
            "planned_start": "Planned start (optional)",
            "completed_on": "Date completed",
            "conclusion": "Conclusion (optional)",
        }
        widgets = {
            "kind": forms.RadioSelect,
            "status": forms.RadioSelect,
            "scope": forms.Textarea(attrs={"rows": 4}),
            "conclusion": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = Audit.Kind.choices
        self.fields["status"].choices = Audit.Status.choices
        self.fields["priority"].queryset = StrategicPriority.objects.order_by("number")
        if self.instance.pk is not None and not self.is_bound:
            self.initial["agencies"] = list(
                self.instance.participants.values_list("agency_id", flat=True)
            )

    def clean(self):
        cleaned = super().clean()
        audit = self.instance
        if audit.pk is None:
            return cleaned
        checks = []
        if "kind" in cleaned:
            checks.append(lambda: services.check_audit_kind(audit=audit, kind=cleaned["kind"]))
        if "agencies" in cleaned:
            checks.append(
                lambda: services.check_audit_agencies(audit=audit, agencies=cleaned["agencies"])
            )
        for check in checks:
            try:
                check()
            except ValidationError as error:
                add_service_errors(self, error)
        return cleaned


class StandardForm(RecordForm):
    number = forms.IntegerField(
        min_value=1,
        required=False,
        label="Number (optional)",
        help_text="Left blank, it is numbered after the audit's last standard.",
    )

    class Meta:
        model = Section11Standard
        fields = ["audit", "number", "title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        labels = {"audit": "Section 11 audit", "description": "Description (optional)"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["audit"].queryset = visible_to(self.user, Audit).filter(
            kind=Audit.Kind.SECTION_11
        )
        if self.instance.pk is not None:
            self.fields["audit"].disabled = True

    def clean(self):
        cleaned = super().clean()
        audit = cleaned.get("audit")
        if audit is not None and cleaned.get("number") is None:
            cleaned["number"] = _next_number(Section11Standard.objects, audit.pk)
        return cleaned


class GradeForm(RecordForm):
    class Meta:
        model = Section11Grade
        fields = ["standard", "agency", "grade", "evidence"]
        widgets = {"grade": forms.RadioSelect, "evidence": forms.Textarea(attrs={"rows": 4})}
        labels = {
            "standard": "Standard",
            "grade": "The agency's self-grade",
            "evidence": "Evidence (optional)",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["grade"].choices = Section11Grade.Grade.choices
        standards = (
            visible_to(self.user, Section11Standard)
            .filter(audit__kind=Audit.Kind.SECTION_11)
            .select_related("audit")
            .distinct()
        )
        agencies = Agency.objects.order_by("name")
        if not policy.is_business_unit(self.user):
            # An agency lead grades only their own agency, while the round runs.
            standards = standards.exclude(audit__status=Audit.Status.COMPLETE)
            agencies = agencies.filter(pk=user_agency_id(self.user))
        self.fields["standard"].queryset = standards.order_by("audit__title", "number")
        self.fields["standard"].label_from_instance = lambda s: f"{s.audit}: {s}"
        self.fields["agency"].queryset = agencies
        if self.instance.pk is not None:
            self.fields["standard"].disabled = True
            self.fields["agency"].disabled = True

    def clean(self):
        cleaned = super().clean()
        standard, agency = cleaned.get("standard"), cleaned.get("agency")
        if standard is None or agency is None:
            return cleaned
        if not standard.audit.participants.filter(agency=agency).exists():
            self.add_error("agency", services.AGENCY_NOT_TAKING_PART.format(agency=agency))
        elif (
            self.instance.pk is None
            and Section11Grade.objects.filter(standard=standard, agency=agency).exists()
        ):
            self.add_error("agency", GRADE_TAKEN.format(agency=agency))
        return cleaned


class FindingForm(RecordForm):
    number = forms.IntegerField(
        min_value=1,
        required=False,
        label="Number (optional)",
        help_text="Left blank, it is numbered after the audit's last finding.",
    )
    grade = forms.ChoiceField(
        choices=[("", "Not graded"), *AuditFinding.Grade.choices],
        required=False,
        widget=forms.RadioSelect,
        label="Grade",
    )

    class Meta:
        model = AuditFinding
        fields = ["audit", "number", "title", "detail", "grade", "agency"]
        widgets = {"detail": forms.Textarea(attrs={"rows": 5})}
        labels = {
            "title": "Finding",
            "detail": "Detail (optional)",
            "agency": "The agency it is about (optional)",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["audit"].queryset = visible_to(self.user, Audit).distinct()
        self.fields["agency"].queryset = Agency.objects.order_by("name")
        if self.instance.pk is not None:
            self.fields["audit"].disabled = True

    def clean(self):
        cleaned = super().clean()
        audit, agency = cleaned.get("audit"), cleaned.get("agency")
        if audit is None:
            return cleaned
        if cleaned.get("number") is None:
            cleaned["number"] = _next_number(AuditFinding.objects, audit.pk)
        if agency is not None and not audit.participants.filter(agency=agency).exists():
            self.add_error("agency", services.AGENCY_NOT_TAKING_PART.format(agency=agency))
        return cleaned


class RaiseActionForm(GovukFormMixin, forms.Form):
    """An action raised from an audit, under a finding or recommendation of its plan."""

    recommendation = forms.ModelChoiceField(
        queryset=Recommendation.objects.none(),
        required=False,
        label="Under an existing recommendation of the audit's plan (optional)",
    )
    finding = forms.ModelChoiceField(
        queryset=AuditFinding.objects.none(),
        required=False,
        label="The finding it answers (optional)",
    )
    recommendation_text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="What the audit recommends (optional)",
        help_text=(
            "For a new recommendation; for a finding that has none yet, it words the finding's "
            "(left blank, the finding's title is used)."
        ),
    )
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        label="The action",
        error_messages={"required": "Say what the action is"},
    )
    owner_agency = forms.ModelChoiceField(
        queryset=Agency.objects.filter(active=True).order_by("name"),
        label="Owner agency",
        error_messages={"required": "Select the agency that owns the action"},
    )
    lead_person = PersonChoiceField(
        queryset=_people(), required=False, label="Lead person (optional)"
    )
    due_date = forms.DateField(
        widget=DateInput(),
        label="Due date",
        error_messages={"required": "Enter the date the action is due"},
    )
    plan_owner = PersonChoiceField(
        queryset=_people(),
        required=False,
        label="Who owns the audit's action plan",
        help_text="The audit has no lead to own its plan: say who does.",
    )

    def __init__(self, *args, audit: Audit, **kwargs):
        super().__init__(*args, **kwargs)
        self.audit = audit
        self.fields["finding"].queryset = audit.findings.order_by("number")
        self.fields["finding"].label_from_instance = lambda f: f"{f.number}. {f.title}"
        if audit.action_plan_id is not None:
            self.fields["recommendation"].queryset = Recommendation.objects.filter(
                plan_id=audit.action_plan_id
            ).order_by("number")
            self.fields["recommendation"].label_from_instance = lambda r: (
                f"{r.number}. {r.text[:80]}"
            )
        else:
            del self.fields["recommendation"]
        if audit.action_plan_id is not None or audit.lead_id is not None:
            del self.fields["plan_owner"]
        else:
            self.fields["plan_owner"].required = True
            self.fields["plan_owner"].error_messages["required"] = services.RAISE_NEEDS_PLAN_OWNER

    def clean(self):
        cleaned = super().clean()
        recommendation = cleaned.get("recommendation")
        finding = cleaned.get("finding")
        if recommendation is not None and finding is not None:
            self.add_error("finding", ONE_RECOMMENDATION)
        elif (
            recommendation is None
            and finding is None
            and not cleaned.get("recommendation_text", "").strip()
        ):
            self.add_error("recommendation_text", CHOOSE_RECOMMENDATION)
        lead, agency = cleaned.get("lead_person"), cleaned.get("owner_agency")
        if lead is not None and agency is not None and lead.agency_id != agency.pk:
            self.add_error(
                "lead_person", LEAD_NOT_IN_AGENCY.format(person=lead.full_name, agency=agency)
            )
        return cleaned


# --- Policies -----------------------------------------------------------------------------


class PolicyForm(RecordForm):
    owner = PersonChoiceField(
        queryset=_people(),
        required=False,
        label="Owner (optional)",
        help_text="The person responsible for it, in the owning agency.",
    )

    class Meta:
        model = Policy
        fields = ["title", "kind", "summary", "owner_agency", "owner", "priority"]
        widgets = {"kind": forms.RadioSelect, "summary": forms.Textarea(attrs={"rows": 4})}
        labels = {
            "kind": "Kind of document",
            "summary": "Summary (optional)",
            "owner_agency": "Owning agency",
            "priority": "Strategic priority it serves (optional)",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = Policy.Kind.choices
        self.fields["owner_agency"].queryset = Agency.objects.order_by("name")
        self.fields["priority"].queryset = StrategicPriority.objects.order_by("number")

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        if Policy.objects.filter(title__iexact=title).exclude(pk=self.instance.pk).exists():
            raise ValidationError(POLICY_TITLE_TAKEN.format(title=title))
        return title

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None and partnership_get(user=self.user) is None:
            raise ValidationError(NO_PARTNERSHIP)
        owner, agency = cleaned.get("owner"), cleaned.get("owner_agency")
        if owner is not None and agency is not None:
            try:
                services.check_policy_owner(owner_agency=agency, owner=owner)
            except ValidationError as error:
                add_service_errors(self, error)
        return cleaned


class VersionForm(RecordForm):
    link = forms.URLField(
        required=False,
        max_length=200,
        assume_scheme="https",
        label="Link to the published document (optional)",
    )
    upload = forms.FileField(
        required=False,
        label="Upload the document (optional)",
        help_text="A PDF or Word file, up to {limit}. Or give a link to where it is published.",
    )

    class Meta:
        model = PolicyVersion
        fields = [
            "policy",
            "number",
            "status",
            "approved_on",
            "approved_by",
            "next_review_on",
            "link",
            "changes",
            "upload",
        ]
        widgets = {"status": forms.RadioSelect, "changes": forms.Textarea(attrs={"rows": 4})}
        labels = {
            "approved_on": "Date approved",
            "approved_by": "Approved by",
            "next_review_on": "Next review date",
            "changes": "What changed in this version (optional)",
        }
        help_texts = {
            "status": (
                "Approving a version supersedes the version in force. Give the approval date, "
                "who approved it and the next review date."
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from safeboard.actions.evidence import size_label

        self.fields["status"].choices = PolicyVersion.Status.choices
        upload = self.fields["upload"]
        upload.help_text = upload.help_text.format(limit=size_label(files.max_bytes()))
        if self.instance.pk is not None:
            self.fields["policy"].disabled = True
        if self.instance.status == PolicyVersion.Status.APPROVED:
            # In force: only the review date and link move, or it is superseded.
            for name, field in self.fields.items():
                if (
                    name not in services.APPROVED_CHANGEABLE and name != "version"
                ):  # the conflict check
                    field.disabled = True
            del self.fields["upload"]
            self.fields["status"].choices = [
                (value, label)
                for value, label in PolicyVersion.Status.choices
                if value in PolicyVersion.APPROVED_STATUSES
            ]

    def _get_validation_exclusions(self):
        exclude = super()._get_validation_exclusions()
        # Approving a version supersedes the one in force, in the service: the
        # "one approved version" constraint holds after that, not before.
        exclude.add("status")
        return exclude

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload:
            try:
                files.file_check(upload)
            except files.PolicyFileError as error:
                raise ValidationError(str(error)) from error
        return upload

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is not None:
            fields = {name: cleaned[name] for name in services.VERSION_FIELDS if name in cleaned}
            try:
                services.check_version_change(
                    version=self.instance, fields=fields, upload=cleaned.get("upload")
                )
            except ValidationError as error:
                add_service_errors(self, error)
        return cleaned
