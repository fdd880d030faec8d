"""Learning and improvement: courses, their events, bookings, evaluations.

The board's multi-agency training programme (the source report's section 8
and Appendix C). A course is what is taught (its length and why: the drivers
of learning and the strategic priorities it serves); an event is one delivery
of it on a date; a booking is one delegate's place at an event; an evaluation
is one delegate's confidence before, just after and some weeks after.

Delegates are professionals, and their names are personal data: a booking is
agency-scoped (``agency_field``), and the selectors narrow it further so only
the business unit and the delegate's own agency lead see it by name (see
``policy``). Everyone else sees training only as aggregates (``summaries``).

Money is in pence. A booking's fee is what the board charges for that place:
by default the course's fee for a delegate from outside the partnership, and
nothing for a partner agency's (their contributions pay for the programme).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from safeboard.access.visibility import Visibility
from safeboard.common.models import BaseModel
from safeboard.partnership.models import Agency

# Confidence is asked on one scale for every course: 1 (not at all confident) to 10 (fully).
CONFIDENCE_MIN = 1
CONFIDENCE_MAX = 10
CONFIDENCE_HELP = (
    f"From {CONFIDENCE_MIN} (not at all confident) to {CONFIDENCE_MAX} (fully confident)."
)


def _confidence_validators():
    return [MinValueValidator(CONFIDENCE_MIN), MaxValueValidator(CONFIDENCE_MAX)]


class Sector(models.TextChoices):
    """The delegate's sector, as the source report compares take-up ('police 17%, health 3%')."""

    LOCAL_AUTHORITY = "local-authority", "Local authority"
    POLICE = "police", "Police"
    HEALTH = "health", "Health"
    EDUCATION = "education", "Education"
    PROBATION = "probation", "Probation"
    VOLUNTARY = "voluntary", "Voluntary and community"
    OTHER = "other", "Other"


# The sector a delegate from an agency of each type is counted in, unless the booking says
# otherwise. District councils and youth justice are 'local authority' related services in
# the source report's sense; CAFCASS, fire and housing fall under other.
SECTOR_BY_AGENCY_TYPE: dict[str, str] = {
    Agency.Type.LOCAL_AUTHORITY: Sector.LOCAL_AUTHORITY,
    Agency.Type.DISTRICT_COUNCIL: Sector.LOCAL_AUTHORITY,
    Agency.Type.YOUTH_JUSTICE: Sector.LOCAL_AUTHORITY,
    Agency.Type.POLICE: Sector.POLICE,
    Agency.Type.HEALTH_COMMISSIONER: Sector.HEALTH,
    Agency.Type.HEALTH_PROVIDER: Sector.HEALTH,
    Agency.Type.EDUCATION: Sector.EDUCATION,
    Agency.Type.PROBATION: Sector.PROBATION,
    Agency.Type.COMMUNITY_REHABILITATION: Sector.PROBATION,
    Agency.Type.VOLUNTARY: Sector.VOLUNTARY,
    Agency.Type.CAFCASS: Sector.OTHER,
    Agency.Type.FIRE: Sector.OTHER,
    Agency.Type.HOUSING: Sector.OTHER,
    Agency.Type.OTHER: Sector.OTHER,
}


def sector_for_agency(agency: Agency | None) -> str:
    """The default sector of a delegate from ``agency`` (other when the agency is not known)."""
    if agency is None:
        return Sector.OTHER
    return SECTOR_BY_AGENCY_TYPE.get(agency.agency_type, Sector.OTHER)


class Course(BaseModel):
    """A course of the programme: 'Raising Awareness of Child Sexual Exploitation (3.5hrs)'."""

    visibility = Visibility.SIGNED_IN

    code = models.CharField(
        max_length=30,
        unique=True,
        help_text="A short code, as booking-system exports name the course, e.g. CSE-AWARE.",
    )
    title = models.CharField(max_length=200, unique=True)
    length_hours = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0.5)],
        help_text="The course's length in hours, e.g. 3.5.",
    )
    drivers = models.TextField(
        blank=True,
        help_text="The drivers of learning: the reviews, audits, data and priorities behind it.",
    )
    priorities = models.ManyToManyField(
        "partnership.StrategicPriority",
        blank=True,
        related_name="courses",
        help_text="The board's strategic priorities the course serves.",
    )
    fee_pence = models.PositiveIntegerField(
        default=0,
        help_text=(
            "The fee for a delegate from outside the partnership, in pence; 0 when free. "
            "Partner agencies' places are free."
        ),
    )
    active = models.BooleanField(default=True, help_text="Still offered.")

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class Event(BaseModel):
    """One delivery of a course, on a date at a venue."""

    visibility = Visibility.SIGNED_IN

    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="events")
    reference = models.CharField(
        max_length=40,
        unique=True,
        help_text="The event's reference, as the booking system gives it, e.g. CSE-AWARE-20170512.",
    )
    date = models.DateField()
    venue = models.CharField(max_length=200)
    capacity = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1)], help_text="Places offered."
    )
    trainers = models.TextField(blank=True, help_text="Who delivers it, one a line.")

    class Meta:
        ordering = ["date", "course__title", "reference"]

    def __str__(self) -> str:
        return f"{self.course.title}, {self.date:%d %B %Y}"


class Booking(BaseModel):
    """One delegate's place at an event."""

    visibility = Visibility.AGENCY
    agency_field = "agency"

    class Status(models.TextChoices):
        BOOKED = "booked", "Booked"
        ATTENDED = "attended", "Attended"
        DID_NOT_ATTEND = "did-not-attend", "Did not attend"
        CANCELLED = "cancelled", "Cancelled"

    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="bookings")
    delegate_name = models.CharField(max_length=200)
    delegate_email = models.EmailField(blank=True)
    # The delegate as a key (name and e-mail, lower case): one booking per delegate per
    # event, so importing the same export twice updates rather than duplicates.
    delegate_key = models.CharField(max_length=460, editable=False)
    agency = models.ForeignKey(
        Agency,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="training_bookings",
        help_text="The partner agency, when the delegate works for one.",
    )
    organisation = models.CharField(
        max_length=200, blank=True, help_text="The organisation as the booking gave it."
    )
    sector = models.CharField(max_length=20, choices=Sector.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.BOOKED)
    fee_pence = models.PositiveIntegerField(
        default=0, help_text="What the board charges for this place, in pence."
    )

    class Meta:
        ordering = ["event__date", "delegate_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "delegate_key"], name="training_one_booking_per_delegate"
            )
        ]

    def __str__(self) -> str:
        return f"Booking {self.pk} for {self.event}"

    @staticmethod
    def key_for(name: str, email: str) -> str:
        return f"{' '.join(name.split()).casefold()}|{email.strip().casefold()}"

    def save(self, *args, **kwargs):
        self.delegate_key = self.key_for(self.delegate_name, self.delegate_email)
        super().save(*args, **kwargs)


class Evaluation(BaseModel):
    """A delegate's evaluation of an event: confidence before, just after and weeks later.

    Linked to the booking when the delegate is known, else to the event alone
    (an anonymous form). The follow-up is blank until it comes back.
    """

    visibility = Visibility.AGENCY
    agency_field = "booking__agency"

    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="evaluations")
    booking = models.OneToOneField(
        Booking,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="evaluation",
        help_text="The delegate's booking, when the evaluation is not anonymous.",
    )
    confidence_before = models.PositiveSmallIntegerField(
        validators=_confidence_validators(), help_text=CONFIDENCE_HELP
    )
    confidence_after = models.PositiveSmallIntegerField(
        validators=_confidence_validators(), help_text="Just after the event. " + CONFIDENCE_HELP
    )
    confidence_follow_up = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=_confidence_validators(),
        help_text="Some weeks after; blank until the follow-up comes back. " + CONFIDENCE_HELP,
    )
    follow_up_on = models.DateField(null=True, blank=True, help_text="When the follow-up came.")
    comments = models.TextField(blank=True)

    class Meta:
        ordering = ["event__date", "pk"]

    def __str__(self) -> str:
        return f"Evaluation {self.pk} of {self.event}"

    def clean(self) -> None:
        if self.booking_id is not None and self.event_id is not None:
            if self.booking.event_id != self.event_id:
                raise ValidationError({"booking": "The booking is for another event."})
