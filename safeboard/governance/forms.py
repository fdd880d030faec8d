"""Forms parse and check input; the services write.

The record forms are ModelForms, so the models' own checks (dates inside the
group's life, one chair at a time, attendance only for a member on the day)
show on the page beside the field they are about.
"""

from __future__ import annotations

from django import forms

from safeboard.access.visibility import visible_to
from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership
from safeboard.partnership.models import Agency, Person, StrategicPriority
from safeboard.partnership.selectors import partnership_get
from safeboard.records.forms import RecordForm
from safeboard.web.forms import GovukFormMixin

NO_PARTNERSHIP = "Set up the partnership before its board and sub-groups."
LAST_YEAR_BEFORE_FIRST = "The last year cannot be before the first year."
NOT_RECORDED = ""
INDEPENDENT_WITH_AGENCY = (
    "Either choose the agency the member represents or say they represent none, not both."
)


class _PartnershipRecordForm(RecordForm):
    """A record of the partnership: the partnership is set here, not chosen, and still
    checked (its name or number is unique within the partnership)."""

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        if self.instance.pk is None and user is not None:
            partnership = partnership_get(user=user)
            if partnership is not None:
                self.instance.partnership = partnership

    def clean(self):
        cleaned = super().clean()
        if self.instance.partnership_id is None:
            raise forms.ValidationError(NO_PARTNERSHIP)
        return cleaned

    def _get_validation_exclusions(self):
        exclude = super()._get_validation_exclusions()
        exclude.discard("partnership")
        return exclude


class GroupForm(_PartnershipRecordForm):
    class Meta:
        model = BoardGroup
        fields = [
            "name",
            "kind",
            "purpose",
            "set_up_on",
            "stood_down_on",
            "quorum_members",
            "quorum_statutory_partners",
            "deputies_count",
        ]
        widgets = {"kind": forms.RadioSelect, "purpose": forms.Textarea(attrs={"rows": 4})}
        labels = {
            "kind": "Board or sub-group",
            "quorum_members": "Quorum: members",
            "quorum_statutory_partners": "Quorum: statutory partners",
        }
        help_texts = {
            "quorum_members": (
                "The fewest members (or their deputies) present for a meeting to be quorate. "
                "Meetings keep the rule they were arranged under."
            )
        }


class PriorityForm(_PartnershipRecordForm):
    class Meta:
        model = StrategicPriority
        fields = ["number", "title", "description", "first_year", "last_year"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("first_year"), cleaned.get("last_year")
        if first is not None and last is not None and last < first:
            self.add_error("last_year", LAST_YEAR_BEFORE_FIRST)
        return cleaned


class MembershipForm(RecordForm):
    independent = forms.BooleanField(
        required=False,
        label="Represents no agency",
        help_text="An independent chair or a lay member.",
    )

    class Meta:
        model = Membership
        fields = ["group", "person", "role", "agency", "independent", "started_on", "ended_on"]
        widgets = {"role": forms.RadioSelect}
        labels = {"agency": "Agency represented", "group": "Board or sub-group"}
        help_texts = {
            "agency": "Leave blank for the person's own agency.",
            "role": (
                "A member who takes the chair keeps one history: their member line ends "
                "the day before the chair starts."
            ),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        if user is not None:
            self.fields["person"].queryset = visible_to(user, Person).select_related("agency")
            self.fields["group"].queryset = visible_to(user, BoardGroup)
            self.fields["agency"].queryset = visible_to(user, Agency)
        self.fields["person"].label_from_instance = lambda p: f"{p.full_name} ({p.agency})"
        self.fields["agency"].required = False
        if self.instance.pk is not None and self.instance.agency_id is None:
            self.initial.setdefault("independent", True)

    def clean(self):
        cleaned = super().clean()
        person, agency = cleaned.get("person"), cleaned.get("agency")
        self.continues_from = self._member_taking_the_chair(cleaned)
        self.instance.continues_from = self.continues_from
        if cleaned.get("independent"):
            if agency is not None:
                self.add_error("agency", INDEPENDENT_WITH_AGENCY)
            cleaned["agency"] = None
        elif agency is None and person is not None:
            cleaned["agency"] = person.agency
        return cleaned

    def _member_taking_the_chair(self, cleaned) -> Membership | None:
        """A new chair who is already a member on the day: that member line, which
        ends the day before the chair starts."""
        group, person, started_on = (cleaned.get(k) for k in ("group", "person", "started_on"))
        if self.instance.pk is not None or cleaned.get("role") != Membership.Role.CHAIR:
            return None
        if None in (group, person, started_on):
            return None
        return next(
            (
                m
                for m in Membership.objects.filter(group=group, person=person)
                .exclude(role=Membership.Role.CHAIR)
                .filter(started_on__lt=started_on)
                if m.covers(started_on)
            ),
            None,
        )


class MeetingForm(RecordForm):
    class Meta:
        model = Meeting
        fields = [
            "group",
            "held_on",
            "venue",
            "quorum_members",
            "quorum_statutory_partners",
            "deputies_count",
            "cancelled",
            "notes",
        ]
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}
        labels = {
            "group": "Board or sub-group",
            "quorum_members": "Quorum: members",
            "quorum_statutory_partners": "Quorum: statutory partners",
            "cancelled": "The meeting was cancelled",
        }
        help_texts = {
            "quorum_members": "Leave blank for the group's rule.",
            "quorum_statutory_partners": "Leave blank for the group's rule.",
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        if user is not None:
            self.fields["group"].queryset = visible_to(user, BoardGroup)
        if self.instance.pk is None:
            # Blank: the group's rule, copied into the meeting when it is saved. Shown
            # filled in when the group is known (arranged from the group's page).
            group = _chosen_group(self.fields["group"].queryset, self.initial.get("group"))
            for name in ("quorum_members", "quorum_statutory_partners"):
                self.fields[name].required = False
                self.initial[name] = getattr(group, name) if group else None
            # A new meeting takes the group's rule on deputies; change it on the meeting after.
            self.fields.pop("deputies_count")
            self.fields.pop("cancelled")
        else:
            self.fields["group"].disabled = True

    def clean(self):
        cleaned = super().clean()
        group = cleaned.get("group")
        if group is not None and self.instance.pk is None:
            if cleaned.get("quorum_members") is None:
                cleaned["quorum_members"] = group.quorum_members
            if cleaned.get("quorum_statutory_partners") is None:
                cleaned["quorum_statutory_partners"] = group.quorum_statutory_partners
            self.instance.deputies_count = group.deputies_count
        return cleaned


def _chosen_group(groups, given) -> BoardGroup | None:
    return groups.filter(pk=given).first() if str(given or "").isdigit() else None


class AttendanceForm(RecordForm):
    class Meta:
        model = Attendance
        fields = ["meeting", "membership", "status", "deputy_name"]
        widgets = {"status": forms.RadioSelect}
        labels = {"membership": "Member", "deputy_name": "Deputy's name"}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        if user is not None:
            self.fields["meeting"].queryset = visible_to(user, Meeting).select_related("group")
            self.fields["membership"].queryset = visible_to(user, Membership).select_related(
                "person", "group"
            )
        self.fields["status"].choices = Attendance.Status.choices  # no blank radio
        if self.instance.pk is not None:
            self.fields["meeting"].disabled = True
            self.fields["membership"].disabled = True


class AttendanceSheetForm(GovukFormMixin, forms.Form):
    """A meeting's attendance in one go: a status (and a deputy's name) per member."""

    def __init__(self, *args, meeting: Meeting, members: list[Membership], recorded, **kwargs):
        super().__init__(*args, **kwargs)
        self.meeting = meeting
        self.members = members
        for membership in members:
            current = recorded.get(membership.pk)
            agency = membership.agency.name if membership.agency else "no agency"
            self.fields[f"status_{membership.pk}"] = forms.ChoiceField(
                label=f"{membership.person.full_name} ({agency}, "
                f"{membership.get_role_display().lower()})",
                choices=[
                    *Attendance.Status.choices,
                    *([] if current else [(NOT_RECORDED, "Not recorded yet")]),
                ],
                widget=forms.RadioSelect,
                required=False,
                initial=current.status if current else NOT_RECORDED,
            )
            self.fields[f"deputy_{membership.pk}"] = forms.CharField(
                label=f"Deputy for {membership.person.full_name}",
                required=False,
                max_length=200,
                initial=current.deputy_name if current else "",
            )

    def rows(self):
        """Each member's two fields, for the template."""
        return [(self[f"status_{m.pk}"], self[f"deputy_{m.pk}"]) for m in self.members]

    def statuses(self) -> dict:
        """What to record: (status, deputy's name) per member given a status."""
        given = {}
        for membership in self.members:
            status = self.cleaned_data.get(f"status_{membership.pk}")
            if status:
                deputy = self.cleaned_data.get(f"deputy_{membership.pk}", "").strip()
                given[membership] = (status, deputy)
        return given
