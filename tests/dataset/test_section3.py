"""Section 3 of INDICATORS.md: looked after, on a plan, in need, missing; rows worked by hand.

Snapshots are at D = 31 March 2018 (collection year 2018, quarter 4) unless a test
says otherwise; cumulative periods run from 1 April 2017. "Open at D" means started
on or before D with no end or an end AFTER D: an episode ending on D is closed at D.
"""

from datetime import date

from tests.dataset.harness import run, total

D = date(2018, 3, 31)


def lac(child, start, end=None, place="U1", **extra):
    return {"child": child, "DECOM": start, "DEC": end, "PLACE": place, "LS": "C2", **extra}


def referral(child, number, referred, closed=None, nfa=False):
    return {
        "child": child,
        "episode": number,
        "CINreferralDate": referred,
        "CINclosureDate": closed,
        "ReferralNFA": nfa,
    }


def plan(child, episode, start, end=None):
    return {
        "child": child,
        "episode": episode,
        "cp_plan": 1,
        "CPPstartDate": start,
        "CPPendDate": end,
        "InitialCategoryOfAbuse": "NEG",
        "LatestCategoryOfAbuse": "NEG",
        "NumberOfPreviousCPP": 0,
    }


# ---- lac_open ---------------------------------------------------------------------------

LAC_EPISODES = [
    lac("a", date(2017, 5, 1)),  # open: started before D, no end
    lac("b", date(2017, 1, 1), date(2018, 3, 31)),  # ends ON D: not open at D
    lac("c", date(2018, 3, 31)),  # starts ON D: open
    lac("d", date(2018, 4, 1)),  # starts after D: not open
    lac("e", date(2016, 1, 1), date(2018, 4, 1)),  # ends the day after D: open
    lac("f", date(2017, 6, 1), date(2017, 9, 1)),  # f's first placement, closed ...
    lac("f", date(2017, 9, 1)),  # ... and the next one, open: f counts once
    lac("g", date(2017, 1, 1)),  # two episodes open at once (a data error) ...
    lac("g", date(2017, 8, 1)),  # ... g is one child
]


def test_lac_open_at_the_end_of_the_year():
    # Looked after at 31 March 2018: a, c, e, f, g = 5 (b ended on D, d starts after D).
    assert total(run("lac_open", lac_episode=LAC_EPISODES)) == (5, None, 5.0)


def test_lac_open_at_the_end_of_the_second_quarter():
    # D = 30 September 2017: a (May), b (ends 2018), e, f (second episode from 1 Sep;
    # the first ended 1 Sep, before D), g = 5; c and d start after D.
    assert total(run("lac_open", quarter=2, lac_episode=LAC_EPISODES))[0] == 5


def test_lac_open_counts_an_episode_once_from_the_latest_return():
    # The same episode (child, DECOM) in the 2018 return, open, and in the 2019 return,
    # ended 1 March 2018: the 2019 version wins, so h is not looked after at D.
    rows = [
        {**lac("h", date(2017, 5, 1)), "collection_year": 2018},
        {**lac("h", date(2017, 5, 1), date(2018, 3, 1)), "collection_year": 2019},
    ]
    assert total(run("lac_open", lac_episode=rows))[0] == 0


# ---- lac_residential --------------------------------------------------------------------


def test_lac_residential_share_of_lac_open():
    rows = [
        lac("a", date(2017, 5, 1), place="R1"),  # residential (R1): counts
        lac("b", date(2017, 5, 1), place="U1"),  # foster placement: looked after, not residential
        lac("c", date(2017, 1, 1), D, place="K2"),  # residential placement ended ON D ...
        lac("c", D, place="U3"),  # ... and a foster placement began on D: not residential
        lac("d", D, place="S1"),  # residential S1 starting ON D: counts
        lac("e", date(2017, 1, 1), place="R2"),  # two open episodes: the older R2 ...
        lac("e", date(2017, 10, 1), place="U4"),  # ... the latest-starting U4 wins: not residential
        lac("f", date(2017, 1, 1), date(2018, 1, 1), place="K1"),  # no longer looked after at D
        lac("g", date(2016, 3, 1), place="R5"),  # residential (R5): counts
        lac("h", date(2017, 7, 1), place="P1"),  # placed with parents: not residential
        lac("i", date(2017, 7, 1), place="K1"),  # residential (K1): counts
        lac("j", date(2017, 7, 1), place="K2"),  # residential (K2): counts
        lac("k", date(2017, 7, 1), place="R2"),  # residential (R2): counts
    ]
    # Looked after at D: a, b, c, d, e, g, h, i, j, k = 10.
    # Residential: a (R1), d (S1), g (R5), i (K1), j (K2), k (R2) = 6. 6 / 10 = 60.0%.
    assert total(run("lac_residential", lac_episode=rows)) == (6, 10, 60.0)


def test_lac_residential_denominator_is_lac_open():
    rows = [
        lac("a", date(2017, 5, 1), place="R1"),  # residential
        lac("b", date(2017, 5, 1), place="U1"),  # not
        lac("c", date(2017, 5, 1), place="U1"),  # not
    ]
    # 1 of 3 = 33.333...% -> 33.3; the denominator equals lac_open.
    assert total(run("lac_residential", lac_episode=rows)) == (1, 3, 33.3)
    assert total(run("lac_open", lac_episode=rows))[0] == 3


# ---- cp_open ----------------------------------------------------------------------------


def cin_with_plans(plans):
    """Each plan with an episode of its own, referred on the plan's start date."""
    return {
        "cin_episode": [referral(p["child"], p["episode"], p["CPPstartDate"]) for p in plans],
        "cp_plan": plans,
    }


def test_cp_open_at_d():
    plans = [
        plan("a", 1, date(2017, 6, 1)),  # open: counts
        plan("b", 1, date(2017, 1, 1), D),  # ended ON D: not open
        plan("c", 1, D),  # started ON D: open
        plan("d", 1, date(2017, 1, 1), date(2018, 4, 1)),  # ends after D: open
        plan("e", 1, date(2017, 5, 1)),  # two plans open at once ...
        plan("e", 2, date(2017, 11, 1)),  # ... e counts once
        plan("f", 1, date(2018, 4, 1)),  # starts after D: not open
    ]
    # a, c, d, e = 4.
    assert total(run("cp_open", **cin_with_plans(plans))) == (4, None, 4.0)


# ---- cin_open_other ---------------------------------------------------------------------


def test_cin_open_other_excludes_looked_after_and_cp():
    episodes = [
        referral("a", 1, date(2017, 5, 1)),  # open, neither LAC nor CP: counts
        referral("b", 1, date(2017, 5, 1), closed=D),  # closed ON D: not open
        referral("c", 1, D),  # referred ON D: open, counts
        referral("d", 1, date(2017, 5, 1), nfa=True),  # NFA, never closed: never an open case
        referral("e", 1, date(2017, 5, 1)),  # open but looked after at D: excluded
        referral("f", 1, date(2017, 5, 1)),  # open but on a CP plan at D: excluded
        referral("g", 1, date(2017, 5, 1)),  # open; g's LAC episode ended ON D: counts
        referral("h", 1, date(2017, 5, 1)),  # open; h's CP plan ended ON D: counts
        referral("i", 1, date(2016, 5, 1)),  # two open episodes ...
        referral("i", 2, date(2017, 5, 1)),  # ... i counts once
        referral("j", 1, date(2018, 4, 1)),  # referred after D: not open
        referral("k", 1, date(2017, 5, 1), closed=date(2018, 4, 1)),  # closed after D: counts
        {**referral("l", 1, date(2017, 5, 1)), "ReferralNFA": None},  # NFA not true: counts
    ]
    lac_rows = [
        lac("e", date(2017, 6, 1)),  # e looked after at D
        lac("g", date(2017, 6, 1), D),  # g's episode ended on D: not looked after at D
    ]
    plans = [
        plan("f", 1, date(2017, 6, 1)),  # f on a plan at D
        plan("h", 1, date(2017, 6, 1), D),  # h's plan ended on D: not on a plan at D
    ]
    # a, c, g, h, i, k, l = 7.
    figures = run("cin_open_other", cin_episode=episodes, lac_episode=lac_rows, cp_plan=plans)
    assert total(figures) == (7, None, 7.0)


# ---- missing (cumulative, 1 April 2017 to the quarter end) ------------------------------


def missing(child, start, code="M", **extra):
    return {"child": child, "MISSING": code, "MIS_START": start, **extra}


MISSING = [
    missing("a", date(2017, 4, 1)),  # one episode, on P's first day
    missing("b", date(2017, 6, 1), "M"),  # b: exactly two episodes in P ...
    missing("b", date(2017, 7, 1), "A"),  # ... one missing, one away without authorisation
    # The same b episode in the 2019 return too: one episode, not two.
    missing("b", date(2017, 6, 1), "M", collection_year=2019),
    # c: ten episodes in P (1 to 10 May 2017, M and A alternating) ...
    *(missing("c", date(2017, 5, day), "MA"[day % 2]) for day in range(1, 11)),
    missing("c", date(2017, 3, 31)),  # ... and one the day before P: not counted, so 10
    # d: nine episodes in P (15 April to 15 December 2017).
    *(missing("d", date(2017, month, 15)) for month in range(4, 13)),
    missing("e", date(2017, 3, 31), MIS_END=date(2017, 4, 5)),  # started before P: not counted
    missing("f", date(2018, 3, 31), "A"),  # on P's last day: counts
    missing("g", date(2018, 4, 1)),  # after P: not counted
    missing("h", date(2017, 5, 1), None),  # neither M nor A: not counted
]


def test_lac_missing_year():
    # Episodes in P: a 1, b 2, c 10, d 9, f 1 = 23.
    assert total(run("lac_missing_episodes", lac_missing=MISSING)) == (23, None, 23.0)
    # Children: a, b, c, d, f = 5.
    assert total(run("lac_missing_children", lac_missing=MISSING))[0] == 5
    # Two or more: b (exactly 2), c (10), d (9) = 3.
    assert total(run("lac_missing_repeat_children", lac_missing=MISSING))[0] == 3
    # Ten or more: c (exactly 10) = 1; d has 9.
    assert total(run("lac_missing_10plus_children", lac_missing=MISSING))[0] == 1


def test_lac_missing_first_quarter():
    # P = 1 April to 30 June 2017: a 1 (1 Apr), b 1 (1 Jun; 1 Jul is Q2), c 10 (May),
    # d 3 (15 Apr, May, Jun). Episodes 15; children 4; two or more: c, d = 2; ten or more: c.
    assert total(run("lac_missing_episodes", quarter=1, lac_missing=MISSING))[0] == 15
    assert total(run("lac_missing_children", quarter=1, lac_missing=MISSING))[0] == 4
    assert total(run("lac_missing_repeat_children", quarter=1, lac_missing=MISSING))[0] == 2
    assert total(run("lac_missing_10plus_children", quarter=1, lac_missing=MISSING))[0] == 1
