"""The board's budget: its financial years and the money in and out of each.

A financial year runs 1 April to 31 March and is named by the year it ends
(2018 is 2017/18), like the collection year. Each year holds:

- the partners' contributions, agreed and received, one per agency;
- expenditure lines by category, budgeted, with actuals month by month (a
  quarter's actuals are entered on its last month), so a forecast can run
  from the actuals to date;
- other income (training fees, partners' top-ups for reviews...);
- review spending (serious case and practice reviews), with the business
  unit's staff days given to reviews, shown apart as the source report does.

Nothing derived is stored: totals, the year's position and the balance
carried forward are computed in ``summaries``. Amounts are Decimal pounds
(two places), never floats.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from safeboard.access.visibility import Visibility
from safeboard.common.models import BaseModel
from safeboard.dataset.periods import year_label

MONEY = {"max_digits": 12, "decimal_places": 2}
ZERO = Decimal("0.00")
not_negative = MinValueValidator(ZERO, "Enter an amount of £0 or more.")

RECEIVED_OVER_AGREED = (
    "Received (£{received:,}) cannot be more than agreed (£{agreed:,}): "
    "record the extra as other income, or change the agreed amount."
)
RECEIVED_DATE_MISSING = "Enter the date the payment was received."
MONTH_OUTSIDE_YEAR = (
    "{month:%B %Y} is not in {year}: enter a month from April {start} to March {end}."
)
DATE_OUTSIDE_YEAR = (
    "{day:%d %B %Y} is not in {year}: enter a date from 1 April {start} to 31 March {end}."
)
NOTHING_SPENT = "Enter a cost, the staff days given, or both."


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year - 1, 4, 1), date(year, 3, 31)


def _outside_year(financial_year: FinancialYear, day: date, message: str) -> str | None:
    """The message naming the year, if ``day`` is outside it; None if inside."""
    start, end = _year_bounds(financial_year.year)
    if start <= day <= end:
        return None
    return message.format(
        month=day, day=day, year=financial_year.label, start=start.year, end=end.year
    )


class FinancialYear(BaseModel):
    """One financial year of the board's budget and its opening balance."""

    # The budget is published in the annual report: every signed-in role may read it.
    visibility = Visibility.SIGNED_IN

    year = models.PositiveSmallIntegerField(
        unique=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text="The year it ends: 2018 for 2017/18.",
    )
    balance_brought_forward = models.DecimalField(
        **MONEY,
        default=ZERO,
        help_text=(
            "The non-recurrent balance brought forward from previous years "
            "(underspends held as reserves), in pounds. Negative for a deficit."
        ),
    )
    minimum_reserve = models.DecimalField(
        **MONEY,
        default=ZERO,
        validators=[not_negative],
        help_text="The balance the board keeps back; only the rest can meet a deficit.",
    )
    review_budget = models.DecimalField(
        **MONEY,
        default=ZERO,
        validators=[not_negative],
        help_text="Set aside for case reviews this year; the forecast assumes it is spent.",
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-year"]

    def __str__(self) -> str:
        return year_label(self.year)

    @property
    def label(self) -> str:
        return year_label(self.year)


class PartnerContribution(BaseModel):
    """What one partner agency agreed to pay for the year, and what it has paid."""

    # An agency lead sees their own agency's contribution; the board sees all.
    visibility = Visibility.AGENCY
    agency_field = "agency"

    financial_year = models.ForeignKey(
        FinancialYear, on_delete=models.PROTECT, related_name="contributions"
    )
    agency = models.ForeignKey(
        "partnership.Agency", on_delete=models.PROTECT, related_name="budget_contributions"
    )
    agreed = models.DecimalField(**MONEY, validators=[not_negative])
    received = models.DecimalField(**MONEY, default=ZERO, validators=[not_negative])
    received_on = models.DateField(
        null=True, blank=True, help_text="When the payment (or the last part of it) arrived."
    )
    note = models.CharField(
        max_length=300,
        blank=True,
        help_text="For example 'five district and borough councils, £2,052 each'.",
    )

    class Meta:
        ordering = ["financial_year", "agency__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["financial_year", "agency"],
                name="budget_one_contribution_per_agency",
                violation_error_message=(
                    "This agency already has a contribution for the year: change that one."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.agency}: {self.financial_year}"

    @property
    def outstanding(self) -> Decimal:
        return self.agreed - self.received

    def clean(self) -> None:
        errors = {}
        if self.agreed is not None and self.received is not None and self.received > self.agreed:
            errors["received"] = RECEIVED_OVER_AGREED.format(
                received=self.received, agreed=self.agreed
            )
        if self.received and self.received_on is None:
            errors["received_on"] = RECEIVED_DATE_MISSING
        if errors:
            raise ValidationError(errors)


class ExpenditureLine(BaseModel):
    """A line of the year's spending: its category, what it covers and its budget."""

    visibility = Visibility.SIGNED_IN

    class Category(models.TextChoices):
        STAFFING = "staffing", "Staffing"
        INDEPENDENT_CHAIR = "independent-chair", "Independent chair"
        PROCEDURES_MANUAL = "procedures-manual", "Procedures manual"
        TRAINING = "training", "Training"
        OFFICE = "office", "Office and printing"
        OTHER = "other", "Other"

    # Spending on case reviews is not a line here: it is ReviewSpending, shown
    # apart (the source report's "expenditure on Serious Case Reviews").

    financial_year = models.ForeignKey(
        FinancialYear, on_delete=models.PROTECT, related_name="expenditure_lines"
    )
    category = models.CharField(max_length=30, choices=Category.choices)
    description = models.CharField(
        max_length=300,
        help_text="What it pays for, e.g. 'Development manager, business support officer'.",
    )
    budgeted = models.DecimalField(
        **MONEY,
        null=True,
        blank=True,
        validators=[not_negative],
        help_text="Blank if no budget was set for the line.",
    )

    class Meta:
        ordering = ["financial_year", "category", "description"]
        constraints = [
            models.UniqueConstraint(
                fields=["financial_year", "category", "description"],
                name="budget_one_line_per_description",
                violation_error_message=(
                    "The year already has a line with this category and description."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_category_display()}: {self.description}"


class ExpenditureActual(BaseModel):
    """What a line actually cost in one month (a quarter's, entered on its last month)."""

    visibility = Visibility.SIGNED_IN

    line = models.ForeignKey(ExpenditureLine, on_delete=models.CASCADE, related_name="actuals")
    month = models.DateField(help_text="The first day of the month the spending falls in.")
    amount = models.DecimalField(
        **MONEY, help_text="Negative for a refund or correction in that month."
    )

    class Meta:
        ordering = ["line", "month"]
        constraints = [
            models.UniqueConstraint(
                fields=["line", "month"],
                name="budget_one_actual_per_month",
                violation_error_message=(
                    "This line already has an actual for that month: change that one."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.line}, {self.month:%B %Y}"

    def clean(self) -> None:
        if self.month is None:
            return
        self.month = self.month.replace(day=1)  # any day names its month
        if self.line_id is not None:
            problem = _outside_year(self.line.financial_year, self.month, MONTH_OUTSIDE_YEAR)
            if problem:
                raise ValidationError({"month": problem})


class OtherIncome(BaseModel):
    """Income other than the partners' agreed contributions, e.g. training fees."""

    visibility = Visibility.SIGNED_IN

    class Category(models.TextChoices):
        TRAINING = "training", "Training fees"
        REVIEW_TOP_UP = "review-top-up", "Partners' top-up for case reviews"
        GRANT = "grant", "Grant"
        OTHER = "other", "Other"

    financial_year = models.ForeignKey(
        FinancialYear, on_delete=models.PROTECT, related_name="other_income"
    )
    category = models.CharField(max_length=20, choices=Category.choices)
    description = models.CharField(max_length=300)
    amount = models.DecimalField(
        **MONEY, validators=[MinValueValidator(Decimal("0.01"), "Enter an amount over £0.")]
    )
    received_on = models.DateField()

    class Meta:
        ordering = ["financial_year", "received_on", "category"]
        verbose_name_plural = "other income"

    def __str__(self) -> str:
        return f"{self.get_category_display()}: {self.description}"


class ReviewSpending(BaseModel):
    """A cost of a serious case or practice review, and the staff days given to it."""

    visibility = Visibility.SIGNED_IN

    financial_year = models.ForeignKey(
        FinancialYear, on_delete=models.PROTECT, related_name="review_spending"
    )
    # Free text until the case review records link here (issue 6).
    review_reference = models.CharField(
        max_length=100,
        blank=True,
        help_text="The review's reference, e.g. 'SCR 2017-01'. Never a child's name.",
    )
    description = models.CharField(
        max_length=300, help_text="What was paid for, e.g. 'Independent lead reviewer'."
    )
    amount = models.DecimalField(**MONEY, default=ZERO, validators=[not_negative])
    staff_days = models.DecimalField(
        max_digits=6,
        decimal_places=1,
        default=Decimal("0.0"),
        validators=[MinValueValidator(Decimal("0.0"), "Enter 0 days or more.")],
        help_text="Days the business unit's own staff gave to the review.",
    )
    staff_role = models.CharField(
        max_length=100, blank=True, help_text="Whose days, e.g. 'Development manager'."
    )
    spent_on = models.DateField(help_text="When the cost fell or the days were given.")

    class Meta:
        ordering = ["financial_year", "spent_on", "review_reference"]
        verbose_name_plural = "review spending"

    def __str__(self) -> str:
        ref = f"{self.review_reference}: " if self.review_reference else ""
        return f"{ref}{self.description}"

    def clean(self) -> None:
        errors = {}
        if not self.amount and not self.staff_days:
            errors["amount"] = NOTHING_SPENT
        if self.spent_on is not None and self.financial_year_id is not None:
            problem = _outside_year(self.financial_year, self.spent_on, DATE_OUTSIDE_YEAR)
            if problem:
                errors["spent_on"] = problem
        if errors:
            raise ValidationError(errors)
