"""Section 2: assessments_started and the 45-working-day shares, worked by hand.

Working days across Christmas 2017 (England and Wales bank holidays Monday 25 and
Tuesday 26 December 2017 and Monday 1 January 2018, from the ``holidays``
package). From Friday 1 December 2017, the working days d with 1 Dec < d are:

    Dec  4  5  6  7  8 ->  1- 5     Jan  8- 12 -> 23-27
    Dec 11-15          ->  6-10     Jan 15- 19 -> 28-32
    Dec 18-22          -> 11-15     Jan 22- 26 -> 33-37
    Dec 27 28 29       -> 16-18     Jan 29-Feb 2 -> 38-42
    (25, 26 closed)                 Feb  5  6  7 -> 43 44 45
    Jan  2  3  4  5    -> 19-22     Feb  8       -> 46
    (1 Jan closed)

So 2018-02-07 is exactly 45 working days after 2017-12-01 and 2018-02-08 is 46
(without the three holidays 2018-02-07 would be 48). From Thursday 30 November
2017 there is one more (Friday 1 December): 2018-02-07 is 46.
"""

from datetime import date

from tests.dataset.harness import run, total


def episode(child, number, referred):
    return {"child": child, "episode": number, "CINreferralDate": referred, "ReferralNFA": False}


def assessment(child, number, started, authorised=None, *, episode=1):
    return {
        "child": child,
        "episode": episode,
        "assessment": number,
        "AssessmentActualStartDate": started,
        "AssessmentAuthorisationDate": authorised,
    }


def test_assessments_started_counts_assessments_in_p():
    episodes = [
        episode("a", 1, date(2017, 3, 1)),
        episode("b", 1, date(2018, 3, 1)),
        episode("b", 2, date(2018, 3, 30)),
    ]
    assessments = [
        assessment("a", 1, date(2017, 3, 31)),  # before P: no
        assessment("a", 2, date(2017, 4, 1)),  # first day of P (Q1): yes
        assessment("b", 1, date(2018, 3, 31)),  # last day of P (Q4): yes
        assessment("b", 1, date(2018, 4, 1), episode=2),  # after P: no
    ]
    assert total(run("assessments_started", cin_episode=episodes, assessment=assessments)) == (
        2,
        None,
        2.0,
    )
    # Q1: a/2 only.
    assert total(
        run("assessments_started", quarter=1, cin_episode=episodes, assessment=assessments)
    ) == (1, None, 1.0)


EPISODES = [
    episode("k", 1, date(2017, 12, 1)),
    episode("l", 1, date(2017, 11, 30)),
    episode("m", 1, date(2017, 12, 1)),
    episode("n", 1, date(2017, 12, 1)),
    episode("o", 1, date(2017, 2, 1)),
    episode("p", 1, date(2018, 3, 1)),
]
ASSESSMENTS = [
    # k: start 1 Dec, authorised 7 Feb = 45 working days from the start and from the
    # referral (also 1 Dec): within both.
    assessment("k", 1, date(2017, 12, 1), date(2018, 2, 7)),
    # l: the same, but referred on Thursday 30 Nov: 45 from the start (within), 46 from
    # the referral (not within).
    assessment("l", 1, date(2017, 12, 1), date(2018, 2, 7)),
    # m: authorised 8 Feb = 46 working days: within neither.
    assessment("m", 1, date(2017, 12, 1), date(2018, 2, 8)),
    # n: authorised the day it started = 0 working days: within both.
    assessment("n", 1, date(2017, 12, 1), date(2017, 12, 1)),
    # o: authorised before P (2017-03-31): in neither denominator.
    assessment("o", 1, date(2017, 2, 1), date(2017, 3, 31)),
    # p: not yet authorised: in neither denominator.
    assessment("p", 1, date(2018, 3, 1)),
]


def test_assessments_completed_45wd_45_and_46_working_days_across_christmas():
    # Denominator k, l, m, n = 4; within 45 working days of the start: k, l, n = 3.
    assert total(
        run("assessments_completed_45wd", cin_episode=EPISODES, assessment=ASSESSMENTS)
    ) == (3, 4, 75.0)


def test_assessments_completed_45wd_from_referral():
    # Denominator k, l, m, n = 4; within 45 working days of the referral: k, n = 2.
    assert total(
        run(
            "assessments_completed_45wd_from_referral",
            cin_episode=EPISODES,
            assessment=ASSESSMENTS,
        )
    ) == (2, 4, 50.0)


def test_assessment_working_days_is_a_setting_not_a_literal(settings):
    settings.SAFEBOARD_DATASET_THRESHOLDS = {"assessment_working_days": 40}
    # k and l (45 working days) and m (46) are now late; only n (0) is within 40.
    assert total(
        run("assessments_completed_45wd", cin_episode=EPISODES, assessment=ASSESSMENTS)
    ) == (1, 4, 25.0)
    # From the referral: k (45), l (46), m (46) late; n within.
    assert total(
        run(
            "assessments_completed_45wd_from_referral",
            cin_episode=EPISODES,
            assessment=ASSESSMENTS,
        )
    ) == (1, 4, 25.0)
