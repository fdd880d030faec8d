"""The budget in sentences, as the source report's section 3 tells it.

Every sentence is built from the figures in ``summaries``; nothing is typed
in. For a year still running, the forecast's warning ends the story.
"""

from __future__ import annotations

from safeboard.budget import summaries
from safeboard.budget.models import ZERO, OtherIncome
from safeboard.budget.money import days, pounds
from safeboard.dataset.periods import year_label


def _other_income_parts(year: int) -> str:
    parts = [
        f"{OtherIncome.Category(category).label.lower()} {pounds(amount)}"
        for category, amount in summaries.other_income_by_category(year).items()
    ]
    return "; ".join(parts)


def budget_narrative(year: int, *, warnings: bool = True) -> list[str]:
    """The year's budget story: the outturn of a year that is over, else the forecast.

    ``warnings=False`` leaves the forecast's warnings out, for a page that
    shows them on their own.
    """
    forecast = summaries.forecast(year)
    if forecast.is_outturn:
        return outturn_narrative(year)
    return forecast_narrative(forecast, warnings=warnings)


def outturn_narrative(year: int) -> list[str]:
    """A year that is over: income, spending, reviews, balances and the deficit."""
    label, following = year_label(year), year_label(year + 1)
    contributions = summaries.contributions_agreed(year)
    expenditure = summaries.expenditure_total(year)
    revenue = summaries.revenue_position(year)
    other = summaries.other_income_total(year)
    reviews = summaries.review_spending_total(year)
    staff_days = summaries.review_staff_days(year)
    brought_forward = summaries.balance_brought_forward(year)
    position = summaries.year_position(year)
    carried_forward = summaries.balance_carried_forward(year)

    sentences = [
        f"In {label} the board's income from partner contributions was {pounds(contributions)}."
    ]
    kind = "deficit" if revenue < ZERO else "surplus"
    sentences.append(
        f"Expenditure was {pounds(expenditure)}: a revenue {kind} of {pounds(abs(revenue))}."
    )
    if other:
        sentences.append(f"Other income came to {pounds(other)} ({_other_income_parts(year)}).")
    if reviews or staff_days:
        review_sentence = f"Spending on case reviews was {pounds(reviews)}"
        if staff_days:
            review_sentence += (
                f", and the business unit's own staff gave {days(staff_days)} days to reviews"
            )
        sentences.append(review_sentence + ".")
    sentences.append(
        f"A non-recurrent balance of {pounds(brought_forward)} was brought forward "
        "from previous years."
    )
    if position < ZERO:
        sentences.append(
            f"Spending exceeded income by {pounds(-position)}, met from balances that are "
            "one-off money: they cannot meet the same deficit again."
        )
    if carried_forward < ZERO:
        sentences.append(
            f"The balance carried forward to {following} is {pounds(carried_forward)}: "
            "the year's spending was not covered."
        )
    else:
        sentences.append(
            f"With the balance brought forward applied, {pounds(carried_forward)} is carried "
            f"forward to {following}."
        )
    return sentences


def forecast_narrative(forecast: summaries.Forecast, *, warnings: bool = True) -> list[str]:
    """A year still running: what is agreed and spent so far, and where it is heading."""
    label = forecast.label
    sentences = [
        f"In {label} partners agreed contributions of {pounds(forecast.contributions_agreed)}."
    ]
    if forecast.contributions_outstanding:
        sentences[0] = sentences[0][:-1] + (
            f", of which {pounds(forecast.contributions_outstanding)} is still to be received."
        )
    if forecast.through is None:
        sentences.append(
            "No spending has been recorded yet: the forecast uses the budget, "
            f"{pounds(forecast.projected_expenditure)}."
        )
    else:
        months = forecast.months_elapsed
        sentences.append(
            f"Spending to the end of {forecast.through:%B %Y} was "
            f"{pounds(forecast.expenditure_to_date)} over {months} month{'s' * (months != 1)}; "
            f"at that rate the year's expenditure would be {pounds(forecast.projected_expenditure)}."
        )
    sentences.append(
        f"Review spending is projected at {pounds(forecast.projected_review_spending)} "
        f"({pounds(forecast.review_spending_to_date)} so far)."
    )
    kind = "deficit" if forecast.projected_position < ZERO else "surplus"
    sentences.append(
        f"The projected {kind} for the year is {pounds(abs(forecast.projected_position))}, "
        f"against a balance of {pounds(forecast.balance_brought_forward)} brought forward."
    )
    if warnings:
        sentences.extend(warning.message for warning in forecast.warnings)
    return sentences
