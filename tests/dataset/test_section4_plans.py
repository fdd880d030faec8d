"""Section 4 of INDICATORS.md, the cumulative plan indicators: plans ceased (long and
short) and started (repeat, repeat within two years); rows worked by hand.

P is 1 April 2017 to 31 March 2018 (collection year 2018, quarter 4) unless a test says
otherwise. Plans are counted as records, not children.
"""

from datetime import date

from tests.dataset.harness import run, total


def plan(child, start, end=None, *, previous=0, year=2018, episode=1):
    return {
        "child": child,
        "episode": episode,
        "cp_plan": 1,
        "CPPstartDate": start,
        "CPPendDate": end,
        "InitialCategoryOfAbuse": "NEG",
        "LatestCategoryOfAbuse": "NEG",
        "NumberOfPreviousCPP": previous,
        "collection_year": year,
    }


def given(plans):
    """The plans, each in a CIN episode of its own referred on the plan's start date."""
    episodes = [
        {
            "child": p["child"],
            "episode": p["episode"],
            "CINreferralDate": p["CPPstartDate"],
            "ReferralNFA": False,
            "collection_year": p["collection_year"],
        }
        for p in plans
    ]
    return {"cp_plan": plans, "cin_episode": episodes}


# ---- cp_ceased, cp_long_plans, cp_short_plans -------------------------------------------

CEASED = [
    plan("L1", date(2016, 1, 15), date(2018, 1, 15)),  # exactly two years: long
    plan("L2", date(2016, 1, 16), date(2018, 1, 15)),  # two years minus a day: not long
    plan("L3", date(2016, 2, 29), date(2018, 2, 28)),  # 29 Feb 2016 + 2 years = 28 Feb: long
    plan("S1", date(2017, 10, 10), date(2018, 1, 10)),  # exactly three months: short
    plan("S2", date(2017, 10, 10), date(2018, 1, 11)),  # three months and a day: not short
    plan("S3", date(2017, 11, 30), date(2018, 2, 28)),  # 30 Nov + 3 months = 28 Feb: short
    plan("S4", date(2017, 6, 1), date(2017, 6, 1)),  # ended the day it started: short
    plan("M1", date(2016, 9, 1), date(2017, 4, 1)),  # ended on P's first day; 7 months
    plan("X1", date(2015, 1, 1), date(2017, 3, 31)),  # ended before P: not ceased in P
    plan("X2", date(2015, 1, 1), date(2018, 4, 1)),  # ends after P: not ceased in P
    plan("X3", date(2015, 1, 1)),  # still open: not ceased
]


def test_cp_ceased_long_and_short_in_the_year():
    # Ceased in P: L1, L2, L3, S1, S2, S3, S4, M1 = 8.
    assert total(run("cp_ceased", **given(CEASED))) == (8, None, 8.0)
    # Long (end >= start + 2 years): L1, L3 = 2 of 8 = 25.0%.
    assert total(run("cp_long_plans", **given(CEASED))) == (2, 8, 25.0)
    # Short (end <= start + 3 months): S1, S3, S4 = 3 of 8 = 37.5%.
    assert total(run("cp_short_plans", **given(CEASED))) == (3, 8, 37.5)


def test_cp_ceased_first_quarter():
    # P = 1 April to 30 June 2017: M1 (1 April) and S4 (1 June) = 2; none long; S4 short.
    assert total(run("cp_ceased", quarter=1, **given(CEASED)))[0] == 2
    assert total(run("cp_long_plans", quarter=1, **given(CEASED))) == (0, 2, 0.0)
    assert total(run("cp_short_plans", quarter=1, **given(CEASED))) == (1, 2, 50.0)


def test_thresholds_come_from_settings(settings):
    settings.SAFEBOARD_DATASET_THRESHOLDS = {"long_plan_years": 1, "short_plan_months": 4}
    # Long = at least one year: L1, L2 (two years minus a day), L3 = 3 of 8 = 37.5%.
    assert total(run("cp_long_plans", **given(CEASED))) == (3, 8, 37.5)
    # Short = four months or less: S1, S2 (three months and a day), S3, S4 = 4 of 8 = 50.0%.
    assert total(run("cp_short_plans", **given(CEASED))) == (4, 8, 50.0)


# ---- cp_started, cp_repeat, cp_repeat_2y ------------------------------------------------

STARTED = [
    plan("r1", date(2017, 5, 1)),  # a first plan: started, not a repeat
    # r2: the earlier plan ended exactly two years before this one started: repeat, within.
    plan("r2", date(2014, 1, 1), date(2015, 5, 1)),
    plan("r2", date(2017, 5, 1), episode=2),
    # r3: the earlier plan ended two years and a day before: repeat, not within two years.
    plan("r3", date(2014, 1, 1), date(2015, 4, 30)),
    plan("r3", date(2017, 5, 1), episode=2),
    # r4: NumberOfPreviousCPP 2 and no earlier plan loaded: repeat, not within two years.
    plan("r4", date(2017, 5, 1), previous=2),
    # r5: the earlier plan is in an older return (2015/16): repeat, within two years.
    plan("r5", date(2015, 6, 1), date(2016, 1, 1), year=2016),
    plan("r5", date(2017, 6, 1)),
    # r6: two earlier plans; the most recent ended 1 March 2016, within two years of
    # 1 September 2017 (the older one, ended 2013, does not matter): repeat, within.
    plan("r6", date(2013, 1, 1), date(2013, 6, 1)),
    plan("r6", date(2015, 9, 1), date(2016, 3, 1), episode=2),
    plan("r6", date(2017, 9, 1), episode=3),
    # r7: the earlier plan ended ON the day this one started: repeat; not "within the 2
    # years before" (INDICATORS.md: on or after X minus 2 years and BEFORE X).
    plan("r7", date(2017, 1, 1), date(2017, 7, 1)),
    plan("r7", date(2017, 7, 1), episode=2),
    # r8: a plan started the day before P (not started in P), and one on P's last day:
    # repeat, within two years.
    plan("r8", date(2017, 3, 31), date(2017, 9, 30)),
    plan("r8", date(2018, 3, 31), episode=2),
    plan("r9", date(2018, 4, 1)),  # starts after P: not counted
    # r10: two plans started in P: the first (on P's first day) is not a repeat; the
    # second is, within two years.
    plan("r10", date(2017, 4, 1), date(2017, 8, 1)),
    plan("r10", date(2017, 12, 1), episode=2),
    # r11: an earlier plan still open (two open at once): repeat; it has not ended, so
    # not within two years.
    plan("r11", date(2016, 1, 1)),
    plan("r11", date(2017, 10, 1), episode=2),
]


def test_cp_started_and_repeats_in_the_year():
    # Started in P: r1, r2, r3, r4, r5, r6, r7, r8 (second), r10 (both), r11 = 11.
    assert total(run("cp_started", **given(STARTED))) == (11, None, 11.0)
    # Repeat: r2, r3, r4, r5, r6, r7, r8, r10 (second), r11 = 9 of 11 = 81.818...% -> 81.8.
    assert total(run("cp_repeat", **given(STARTED))) == (9, 11, 81.8)
    # Within two years: r2, r5, r6, r8, r10 (second) = 5 of 11 = 45.454...% -> 45.5.
    assert total(run("cp_repeat_2y", **given(STARTED))) == (5, 11, 45.5)


def test_cp_repeat_first_quarter():
    # P = 1 April to 30 June 2017: r1, r2, r3, r4, r5 (1 June), r10 (first) = 6 started.
    # Repeat: r2, r3, r4, r5 = 4 of 6 = 66.7%. Within two years: r2, r5 = 2 of 6 = 33.3%.
    assert total(run("cp_started", quarter=1, **given(STARTED)))[0] == 6
    assert total(run("cp_repeat", quarter=1, **given(STARTED))) == (4, 6, 66.7)
    assert total(run("cp_repeat_2y", quarter=1, **given(STARTED))) == (2, 6, 33.3)


def test_repeat_plan_years_from_settings(settings):
    settings.SAFEBOARD_DATASET_THRESHOLDS = {"repeat_plan_years": 3}
    # Within three years: r3 too (ended 30 April 2015, after 1 May 2014) = 6 of 11 = 54.5%.
    assert total(run("cp_repeat_2y", **given(STARTED))) == (6, 11, 54.5)
