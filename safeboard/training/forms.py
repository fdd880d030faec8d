"""The training area's forms: the shared record form, fees typed in pounds, and the upload."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import forms

from safeboard.partnership.models import StrategicPriority
from safeboard.records.forms import RecordForm
from safeboard.training.imports import MAX_BYTES
from safeboard.training.models import Booking, Course, Evaluation, Event, Sector
from safeboard.web.forms import GovukFormMixin

FEE_INVALID = "Enter the fee in pounds, like 45 or 45.50, or 0 if it is free."
FILE_REQUIRED = "Choose the CSV file exported from the booking system."
FILE_TOO_BIG = "The file is larger than 5 MB: export one year or one course at a time."


class PoundsField(forms.CharField):
    """Money typed in pounds ('£45.50', '45'), cleaned to whole pence."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 12)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        # GOV.UK: a text input with a decimal keyboard, not type="number".
        return {**super().widget_attrs(widget), "inputmode": "decimal", "spellcheck": "false"}

    def prepare_value(self, value):
        if isinstance(value, int):
            return f"{Decimal(value) / 100:.2f}"
        return value

    def clean(self, value):
        text = super().clean(value)
        if text in (None, ""):
            return None
        text = text.strip().replace(",", "").removeprefix("£").strip()
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise forms.ValidationError(FEE_INVALID) from None
        if amount < 0 or amount != amount.quantize(Decimal("0.01")):
            raise forms.ValidationError(FEE_INVALID)
        return int(amount * 100)


class TrainingForm(RecordForm):
    """A record form whose ``fee`` (pounds) stands for the model's ``fee_pence``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "fee" in self.fields and self.instance.pk is not None:
            self.initial.setdefault("fee", self.instance.fee_pence)

    def fields_for_service(self) -> dict:
        values = {name: value for name, value in self.cleaned_data.items() if name != "version"}
        if "fee" in values:
            values["fee_pence"] = values.pop("fee")
        return values


class CourseForm(TrainingForm):
    fee = PoundsField(
        label="Fee for a delegate from outside the partnership (£)",
        required=False,
        help_text="Partner agencies' places are free. Leave blank or enter 0 if the course is free.",
    )

    class Meta:
        model = Course
        fields = ["code", "title", "length_hours", "drivers", "priorities", "active"]
        labels = {"length_hours": "Length in hours", "drivers": "Drivers of learning"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["priorities"].queryset = StrategicPriority.objects.order_by("number")
        self.fields["priorities"].label = "Strategic priorities it serves"

    def fields_for_service(self) -> dict:
        values = super().fields_for_service()
        values["fee_pence"] = values.get("fee_pence") or 0
        return values


class EventForm(TrainingForm):
    class Meta:
        model = Event
        fields = ["course", "date", "venue", "capacity", "trainers", "reference"]
        labels = {"capacity": "Places"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reference"].required = False
        self.fields["reference"].help_text = (
            "As the booking system names it. Leave blank for one made from the course code "
            "and the date."
        )


class BookingForm(TrainingForm):
    fee = PoundsField(
        label="Fee (£)",
        required=False,
        help_text=(
            "What the board charges for this place. Leave blank for the course's fee, "
            "or nothing for a partner agency's delegate."
        ),
    )

    class Meta:
        model = Booking
        fields = [
            "event",
            "delegate_name",
            "delegate_email",
            "agency",
            "organisation",
            "sector",
            "status",
        ]
        labels = {"delegate_email": "Delegate's e-mail address (optional)"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = Event.objects.select_related("course").order_by("-date")
        self.fields["agency"].label = "Partner agency (optional)"
        self.fields["sector"].required = False
        self.fields["sector"].choices = [("", "From the agency (other if none)"), *Sector.choices]
        self.fields[
            "sector"
        ].help_text = "Leave as it is to count the delegate in their agency's sector."


class EvaluationForm(TrainingForm):
    class Meta:
        model = Evaluation
        fields = [
            "event",
            "booking",
            "confidence_before",
            "confidence_after",
            "confidence_follow_up",
            "follow_up_on",
            "comments",
        ]
        labels = {
            "booking": "The delegate's booking (optional)",
            "confidence_before": "Confidence before the event",
            "confidence_after": "Confidence just after the event",
            "confidence_follow_up": "Confidence at the follow-up (optional)",
            "follow_up_on": "Date of the follow-up (optional)",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["event"].queryset = Event.objects.select_related("course").order_by("-date")
        bookings = Booking.objects.select_related("event__course").order_by(
            "-event__date", "delegate_name"
        )
        self.fields["booking"].queryset = bookings
        self.fields["booking"].label_from_instance = lambda b: (
            f"{b.delegate_name}, {b.event.course.title}, {b.event.date:%d/%m/%Y}"
        )
        self.fields["booking"].help_text = "Leave blank for an anonymous evaluation."


class ImportForm(GovukFormMixin, forms.Form):
    file = forms.FileField(
        label="The bookings export (CSV)",
        help_text="UTF-8 CSV ('CSV UTF-8' in Excel), up to 5 MB. Nothing is stored until you confirm.",
        error_messages={"required": FILE_REQUIRED},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(FILE_TOO_BIG)
        return upload
