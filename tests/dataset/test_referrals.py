"""referrals, referrals_to_assessment and contacts, from rows worked by hand."""

from datetime import date

from tests.dataset.harness import run, total


def episode(child, number, referred, **extra):
    return {
        "child": child,
        "episode": number,
        "CINreferralDate": referred,
        "ReferralNFA": False,
        **extra,
    }


EPISODES = [
    episode("a", 1, date(2017, 3, 31)),  # before 2017/18: not counted
    episode("a", 2, date(2017, 4, 1)),  # first day of Q1: counted in Q1..Q4
    episode("b", 1, date(2017, 6, 30)),  # last day of Q1
    episode("c", 1, date(2017, 7, 1)),  # Q2
    episode("d", 1, date(2018, 3, 31)),  # last day of the year
    episode("e", 1, date(2018, 4, 1)),  # 2018/19: not counted
]
ASSESSMENTS = [
    {"child": "a", "episode": 2, "assessment": 1, "AssessmentActualStartDate": date(2017, 4, 3)},
    {"child": "a", "episode": 2, "assessment": 2, "AssessmentActualStartDate": date(2017, 5, 3)},
    # Assessed after Q1 ended: counts for Q2 onwards, not Q1.
    {"child": "b", "episode": 1, "assessment": 1, "AssessmentActualStartDate": date(2017, 7, 5)},
]


def test_referrals_cumulative_by_quarter():
    assert total(run("referrals", quarter=1, cin_episode=EPISODES))[0] == 2
    assert total(run("referrals", quarter=2, cin_episode=EPISODES))[0] == 3
    assert total(run("referrals", quarter=4, cin_episode=EPISODES)) == (4, None, 4.0)


def test_referrals_to_assessment_counts_referrals_not_assessments():
    # Q1: referrals a/2 and b/1; only a/2 assessed by 30 June (twice, counted once).
    assert total(
        run("referrals_to_assessment", quarter=1, cin_episode=EPISODES, assessment=ASSESSMENTS)
    ) == (1, 2, 50.0)
    # Q4: four referrals, two assessed.
    assert total(
        run("referrals_to_assessment", quarter=4, cin_episode=EPISODES, assessment=ASSESSMENTS)
    ) == (2, 4, 50.0)


def test_a_referral_in_two_censuses_counts_once_from_the_latest():
    both = [
        {**episode("f", 1, date(2017, 9, 1)), "collection_year": 2018},
        {**episode("f", 3, date(2017, 9, 1)), "collection_year": 2019},
    ]
    assert total(run("referrals", cin_episode=both))[0] == 1


def test_contacts_in_period():
    rows = [
        {"child": "x", "date_of_contact": date(2017, 3, 31)},
        {"child": "x", "date_of_contact": date(2017, 4, 1)},
        {"child": "y", "date_of_contact": date(2017, 4, 1)},  # two contacts, same day
        {"child": "y", "date_of_contact": date(2018, 3, 31)},
    ]
    assert total(run("contacts", contact=rows)) == (3, None, 3.0)


def test_an_assessment_held_only_in_the_earlier_census_still_counts():
    # The referral of 10 March 2017 is in both censuses; its assessment (16 March
    # 2017) only in the 2016/17 one, as each census holds its own year's events.
    episodes = [
        {**episode("g", 1, date(2017, 3, 10)), "collection_year": 2017},
        {**episode("g", 2, date(2017, 3, 10)), "collection_year": 2018},
    ]
    assessments = [
        {"child": "g", "episode": 1, "assessment": 1, "collection_year": 2017,
         "AssessmentActualStartDate": date(2017, 3, 16)},
    ]  # fmt: skip
    figures = run(
        "referrals_to_assessment", year=2017, cin_episode=episodes, assessment=assessments
    )
    assert total(figures) == (1, 1, 100.0)
