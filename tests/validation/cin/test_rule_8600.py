"""8600: referral date missing or after the census's ReferenceDate."""

from safeboard.validation.rules.cin.rule_8600 import logic
from tests.validation.cin.dfe_high_rows import D, episode, failing, findings

RULE = logic.rule


def test_missing_or_late_referrals_fail():
    rows = [
        episode("a", CINreferralDate=D(2022, 6, 30)),  # row 1 PASS: within 2022-23
        episode("b", CINreferralDate=D(2023, 3, 31)),  # row 2 PASS: on the ReferenceDate
        episode("c", CINreferralDate=D(2023, 4, 1)),  # row 3 FAIL: the day after it
        episode("d"),  # row 4 FAIL: no referral date
        episode("e", CINreferralDate=D(2001, 1, 25)),  # row 5 PASS: long ago is allowed
    ]
    assert failing(RULE, 2023, cin_episode=rows) == [("row 3", "c"), ("row 4", "d")]


def test_the_reference_date_follows_the_collection_year():
    rows = [episode("a", CINreferralDate=D(2018, 4, 1))]  # row 1: 1 April 2018
    assert failing(RULE, 2018, cin_episode=rows) == [("row 1", "a")]  # FAIL in 2017-18
    assert failing(RULE, 2019, cin_episode=rows) == []  # PASS in 2018-19


def test_finding_says_what_and_where():
    [finding] = findings(RULE, 2019, cin_episode=[episode("a", CINreferralDate=D(2019, 4, 2))])
    assert finding.severity.value == "error"
    assert finding.message == "Child referral date missing or after data collection period"
    assert (finding.table, finding.field, finding.value) == (
        "cin_episode",
        "CINreferralDate",
        "2019-04-02",
    )
