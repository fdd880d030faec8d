"""The partnership model.

A partnership covers one or more local authorities; a child death overview
panel can serve several authorities, some outside the partnership (the
source report's panel served Warwickshire with Coventry and Solihull).
Districts carry their ONS codes so population and returns can be joined.
"""

from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models

from safeboard.access.visibility import Visibility
from safeboard.common.models import BaseModel

# ONS GSS codes: a letter for the nation, two digits for the entity type, six digits.
ONS_CODE_MESSAGE = "Enter an ONS code such as E07000218: a capital E, W, S or N and eight digits."
ons_code_validator = RegexValidator(r"^[EWSN]\d{8}$", ONS_CODE_MESSAGE)


class Partnership(BaseModel):
    visibility = Visibility.SIGNED_IN

    name = models.CharField(max_length=200)
    short_name = models.CharField(max_length=40, help_text="For headings, e.g. 'WSCB'.")
    website = models.URLField(blank=True)
    arrangements_published = models.DateField(
        null=True, blank=True, help_text="When the safeguarding arrangements were published."
    )

    def __str__(self) -> str:
        return self.name


class ChildDeathOverviewPanel(BaseModel):
    visibility = Visibility.SIGNED_IN

    name = models.CharField(max_length=200)

    class Meta:
        verbose_name = "child death overview panel"

    def __str__(self) -> str:
        return self.name


class LocalAuthority(BaseModel):
    visibility = Visibility.SIGNED_IN

    partnership = models.ForeignKey(
        Partnership,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="local_authorities",
        help_text="Empty for an authority that only shares the child death overview panel.",
    )
    name = models.CharField(max_length=200)
    ons_code = models.CharField(max_length=9, unique=True, validators=[ons_code_validator])
    dfe_la_code = models.CharField(
        max_length=3,
        blank=True,
        validators=[RegexValidator(r"^\d{3}$", "Enter the DfE's three-digit LA code, e.g. 937.")],
        help_text="The DfE's three-digit code, as in the CIN census and SSDA903 returns.",
    )
    cdop_panel = models.ForeignKey(
        ChildDeathOverviewPanel,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="local_authorities",
    )

    class Meta:
        verbose_name_plural = "local authorities"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class District(BaseModel):
    visibility = Visibility.SIGNED_IN

    local_authority = models.ForeignKey(
        LocalAuthority, on_delete=models.PROTECT, related_name="districts"
    )
    name = models.CharField(max_length=200)
    short_name = models.CharField(max_length=40, blank=True, help_text="As in report tables.")
    ons_code = models.CharField(max_length=9, unique=True, validators=[ons_code_validator])

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Agency(BaseModel):
    visibility = Visibility.SIGNED_IN

    class Type(models.TextChoices):
        LOCAL_AUTHORITY = "local-authority", "Local authority"
        POLICE = "police", "Police"
        HEALTH_COMMISSIONER = "health-commissioner", "Health commissioner (CCG or ICB)"
        HEALTH_PROVIDER = "health-provider", "Health provider"
        EDUCATION = "education", "Education"
        PROBATION = "probation", "Probation"
        COMMUNITY_REHABILITATION = "community-rehabilitation", "Community rehabilitation company"
        YOUTH_JUSTICE = "youth-justice", "Youth justice"
        CAFCASS = "cafcass", "CAFCASS"
        DISTRICT_COUNCIL = "district-council", "District or borough council"
        FIRE = "fire", "Fire and rescue"
        HOUSING = "housing", "Housing"
        VOLUNTARY = "voluntary", "Voluntary sector"
        OTHER = "other", "Other"

    # Working Together 2018: the local authority, police and health commissioner
    # are the three statutory safeguarding partners.
    STATUTORY_PARTNER_TYPES = frozenset(
        {Type.LOCAL_AUTHORITY, Type.POLICE, Type.HEALTH_COMMISSIONER}
    )

    partnership = models.ForeignKey(Partnership, on_delete=models.PROTECT, related_name="agencies")
    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(max_length=40, blank=True)
    agency_type = models.CharField(max_length=30, choices=Type.choices)
    is_statutory_partner = models.BooleanField(
        default=False, help_text="One of the statutory safeguarding partners."
    )
    is_relevant_agency = models.BooleanField(
        default=False, help_text="Named by the partners as a relevant agency."
    )
    active = models.BooleanField(default=True)

    class Meta:
        verbose_name_plural = "agencies"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Person(BaseModel):
    visibility = Visibility.AGENCY
    agency_field = "agency"

    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="people")
    full_name = models.CharField(max_length=200)
    job_title = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)

    class Meta:
        verbose_name_plural = "people"
        ordering = ["full_name"]

    def __str__(self) -> str:
        return self.full_name


class StrategicPriority(BaseModel):
    """One of the board's strategic priorities ("WSCB strategic priority 3").

    Other records (courses, action plans, audits) link to a priority, so the
    report can say what was done under each.
    """

    visibility = Visibility.SIGNED_IN

    partnership = models.ForeignKey(
        Partnership, on_delete=models.PROTECT, related_name="priorities"
    )
    number = models.PositiveSmallIntegerField(help_text="As the board numbers it: 1, 2, 3...")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    first_year = models.PositiveSmallIntegerField(
        help_text="The first year it applies, as the year ending: 2018 for 2017/18."
    )
    last_year = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="The last year it applies; blank while it stands."
    )

    class Meta:
        verbose_name_plural = "strategic priorities"
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["partnership", "number"], name="one_priority_per_number"
            )
        ]

    def __str__(self) -> str:
        return f"Priority {self.number}: {self.title}"

    def applies_in(self, year: int) -> bool:
        return self.first_year <= year and (self.last_year is None or year <= self.last_year)
