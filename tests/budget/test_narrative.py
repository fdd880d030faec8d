"""The budget's sentences, built from the hand-worked years."""

from __future__ import annotations

from decimal import Decimal

import pytest

from safeboard.budget.money import days, pounds
from safeboard.budget.narrative import budget_narrative
from tests.budget.helpers import budget_2018, budget_2019

pytestmark = pytest.mark.django_db


def test_money_and_days_as_people_read_them():
    assert pounds(Decimal("125105")) == "£125,105"
    assert pounds(Decimal("2052.5")) == "£2,052.50"
    assert pounds(Decimal("-31969.00")) == "−£31,969"
    assert pounds(Decimal("0.005")) == "£0.01"
    assert pounds(None) == ""
    assert days(Decimal("26.5")) == "26.5"
    assert days(Decimal("3.0")) == "3"


def test_a_finished_year(bu):
    budget_2018(bu)
    assert budget_narrative(2018) == [
        "In 2017/18 the board's income from partner contributions was £100,000.",
        "Expenditure was £109,700: a revenue deficit of £9,700.",
        "Other income came to £2,250.50 (training fees £2,000; grant £250.50).",
        (
            "Spending on case reviews was £5,000, and the business unit's own staff gave "
            "5.5 days to reviews."
        ),
        "A non-recurrent balance of £10,000 was brought forward from previous years.",
        (
            "Spending exceeded income by £12,449.50, met from balances that are one-off money: "
            "they cannot meet the same deficit again."
        ),
        (
            "The balance carried forward to 2018/19 is −£2,449.50: the year's spending was not "
            "covered."
        ),
    ]


def test_a_year_in_progress_ends_with_the_warning(bu):
    budget_2019(bu)
    sentences = budget_narrative(2019)
    assert sentences[:4] == [
        (
            "In 2018/19 partners agreed contributions of £100,000, of which £60,000 is still to "
            "be received."
        ),
        (
            "Spending to the end of June 2018 was £30,000 over 3 months; at that rate the "
            "year's expenditure would be £120,000."
        ),
        "Review spending is projected at £6,000 (£2,500 so far).",
        (
            "The projected deficit for the year is £25,400, against a balance of £20,000 "
            "brought forward."
        ),
    ]
    assert sentences[4].startswith("At the rate spent so far, 2018/19 will end with a deficit")
    assert len(sentences) == 5


def test_the_summary_page_shows_warnings_on_their_own(bu):
    budget_2019(bu)
    assert len(budget_narrative(2019, warnings=False)) == 4
