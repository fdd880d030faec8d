"""The budget's forms: the shared record form, with amounts typed as people write them."""

from __future__ import annotations

from django import forms

from safeboard.budget.models import (
    ExpenditureActual,
    ExpenditureLine,
    FinancialYear,
    OtherIncome,
    PartnerContribution,
    ReviewSpending,
)
from safeboard.records.forms import RecordForm

MONEY_INVALID = "Enter an amount in pounds, like 17508 or 2,052.50."


class MoneyField(forms.DecimalField):
    """Pounds, accepting '£2,052.50' as well as '2052.5' (a text box, not a number spinner)."""

    widget = forms.TextInput

    def __init__(self, **kwargs):
        kwargs.setdefault("error_messages", {})["invalid"] = MONEY_INVALID
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        # GOV.UK: a text input with a numeric keyboard, not type="number".
        return {"inputmode": "decimal", "spellcheck": "false"}

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", "").replace("£", "").replace(" ", "")
        return super().to_python(value)


def _money_fields(form: forms.ModelForm, names: tuple[str, ...]) -> None:
    for name in names:
        if name not in form.fields:
            continue
        old = form.fields[name]
        form.fields[name] = MoneyField(
            label=old.label,
            required=old.required,
            help_text=old.help_text,
            max_digits=old.max_digits,
            decimal_places=old.decimal_places,
            validators=old.validators,
            initial=old.initial,
        )


class BudgetForm(RecordForm):
    MONEY: tuple[str, ...] = ()
    LABELS: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in self.LABELS.items():
            if name in self.fields:
                self.fields[name].label = label
        _money_fields(self, self.MONEY)
        # The required messages follow the labels set above.
        for name in self.MONEY:
            field = self.fields.get(name)
            if field is not None and field.required:
                field.error_messages["required"] = (
                    f"Enter {field.label[:1].lower()}{field.label[1:]}"
                )


class FinancialYearForm(BudgetForm):
    MONEY = ("balance_brought_forward", "minimum_reserve", "review_budget")
    LABELS = {
        "year": "Year ending (2018 for 2017/18)",
        "balance_brought_forward": "Balance brought forward (£)",
        "minimum_reserve": "Minimum reserve (£)",
        "review_budget": "Budget for case reviews (£)",
    }

    class Meta:
        model = FinancialYear
        fields = ["year", "balance_brought_forward", "minimum_reserve", "review_budget", "notes"]
        widgets = {"year": forms.TextInput(attrs={"inputmode": "numeric"})}


class ContributionForm(BudgetForm):
    MONEY = ("agreed", "received")
    LABELS = {
        "financial_year": "Financial year",
        "agreed": "Agreed (£)",
        "received": "Received so far (£)",
        "received_on": "Date received",
    }

    class Meta:
        model = PartnerContribution
        fields = ["financial_year", "agency", "agreed", "received", "received_on", "note"]


class ExpenditureLineForm(BudgetForm):
    MONEY = ("budgeted",)
    LABELS = {"financial_year": "Financial year", "budgeted": "Budgeted (£)"}

    class Meta:
        model = ExpenditureLine
        fields = ["financial_year", "category", "description", "budgeted"]


class ExpenditureActualForm(BudgetForm):
    MONEY = ("amount",)
    LABELS = {"line": "Expenditure line", "month": "Month", "amount": "Amount spent (£)"}

    class Meta:
        model = ExpenditureActual
        fields = ["line", "month", "amount"]
        help_texts = {
            "month": "Any day in the month. Enter a quarter's spending on its last month.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["line"].queryset = ExpenditureLine.objects.select_related("financial_year")
        self.fields["line"].label_from_instance = lambda line: f"{line.financial_year}: {line}"


class OtherIncomeForm(BudgetForm):
    MONEY = ("amount",)
    LABELS = {"financial_year": "Financial year", "amount": "Amount (£)"}

    class Meta:
        model = OtherIncome
        fields = ["financial_year", "category", "description", "amount", "received_on"]


class ReviewSpendingForm(BudgetForm):
    MONEY = ("amount",)
    LABELS = {
        "financial_year": "Financial year",
        "amount": "Cost (£)",
        "staff_days": "Business unit staff days",
        "spent_on": "Date",
    }

    class Meta:
        model = ReviewSpending
        fields = [
            "financial_year",
            "review_reference",
            "description",
            "amount",
            "staff_days",
            "staff_role",
            "spent_on",
        ]
        widgets = {"staff_days": forms.TextInput(attrs={"inputmode": "decimal"})}
