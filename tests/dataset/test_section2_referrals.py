"""Section 2: referrals_nfa, rereferrals_12m and cin_open_2_months, worked by hand.

Collection year 2017/18 (year=2018): P runs from 2017-04-01 to a quarter end
(Q1 2017-06-30, Q2 2017-09-30, Q3 2017-12-31, Q4 2018-03-31).
"""

from datetime import date

from tests.dataset.harness import run, total


def episode(child, number, referred, *, nfa=False, closed=None, **extra):
    return {
        "child": child,
        "episode": number,
        "CINreferralDate": referred,
        "CINclosureDate": closed,
        "ReferralNFA": nfa,
        **extra,
    }


# ---- referrals_nfa ---------------------------------------------------------------------

NFA_EPISODES = [
    episode("a", 1, date(2017, 4, 1), nfa=True),  # in P (Q1), NFA: numerator and denominator
    episode("b", 1, date(2017, 6, 30)),  # in P (Q1), not NFA: denominator only
    episode("c", 1, date(2018, 3, 31), nfa=True),  # in P (Q4), NFA: numerator and denominator
    episode("d", 1, date(2017, 3, 31), nfa=True),  # before P: neither
    episode("e", 1, date(2018, 4, 1), nfa=True),  # after P: neither
]


def test_referrals_nfa_share_of_referrals():
    # Year: a and c of a, b, c -> 2/3 = 66.7%.
    assert total(run("referrals_nfa", cin_episode=NFA_EPISODES)) == (2, 3, 66.7)
    # Q1: a of a, b -> 1/2.
    assert total(run("referrals_nfa", quarter=1, cin_episode=NFA_EPISODES)) == (1, 2, 50.0)


# ---- rereferrals_12m -------------------------------------------------------------------

REREFERRAL_EPISODES = [
    # p: 2017-05-10 minus 12 months = 2016-05-10; the earlier referral is on that day
    # (>=): a re-referral. The 2016 referral itself is before P.
    episode("p", 1, date(2016, 5, 10)),
    episode("p", 2, date(2017, 5, 10)),  # re-referral (exactly 12 months)
    # q: 2017-05-11 minus 12 months = 2016-05-11 > 2016-05-10 (12 months + 1 day): not.
    episode("q", 1, date(2016, 5, 10)),
    episode("q", 2, date(2017, 5, 11)),  # not a re-referral
    # r: the first referral has no earlier one; the second follows it within 12 months,
    # and counts although that earlier referral was NFA (DfE counts every referral).
    episode("r", 1, date(2017, 6, 1), nfa=True),  # not a re-referral
    episode("r", 2, date(2017, 9, 1)),  # re-referral
    episode("s", 1, date(2017, 8, 1)),  # only referral: not
    # t: a later referral (after P) never makes an earlier one a re-referral.
    episode("t", 1, date(2018, 3, 31)),  # not
    episode("t", 2, date(2018, 4, 2)),  # after P: not in the denominator
    # u and v: another child's referral does not count.
    episode("u", 1, date(2017, 9, 20)),  # not
    episode("v", 1, date(2017, 10, 1)),  # not
]


def test_rereferrals_12m_exactly_12_months_counts_one_day_more_does_not():
    # In P: p/2, q/2, r/1, r/2, s/1, t/1, u/1, v/1 = 8; re-referrals p/2 and r/2 = 2.
    assert total(run("rereferrals_12m", cin_episode=REREFERRAL_EPISODES)) == (2, 8, 25.0)
    # Q1 (to 2017-06-30): p/2, q/2, r/1 -> only p/2.
    assert total(run("rereferrals_12m", quarter=1, cin_episode=REREFERRAL_EPISODES)) == (
        1,
        3,
        33.3,
    )


def test_rereferrals_12m_across_29_february():
    # 2019/20 (year=2020) holds 29 February 2020.
    rows = [
        # w: 2020-02-29 minus 12 months = 2019-02-28 (no 29 February in 2019): the earlier
        # referral on 2019-02-28 is on that day, so w/2 is a re-referral.
        episode("w", 1, date(2019, 2, 28)),  # before P
        episode("w", 2, date(2020, 2, 29)),  # re-referral
        # x: 2020-03-01 minus 12 months = 2019-03-01 > 2019-02-28: not.
        episode("x", 1, date(2019, 2, 28)),  # before P
        episode("x", 2, date(2020, 3, 1)),  # not
    ]
    assert total(run("rereferrals_12m", year=2020, cin_episode=rows)) == (1, 2, 50.0)


def test_rereferral_months_is_a_setting(settings):
    # With 3 months: p/2 (2017-05-10, earlier 2016-05-10 < 2017-02-10) is no longer one;
    # r/2 (2017-09-01 minus 3 months = 2017-06-01 = r/1's date) still is.
    settings.SAFEBOARD_DATASET_THRESHOLDS = {"rereferral_months": 3}
    assert total(run("rereferrals_12m", cin_episode=REREFERRAL_EPISODES)) == (1, 8, 12.5)


# ---- cin_open_2_months -----------------------------------------------------------------

OPEN_EPISODES = [
    # a: 2017-04-30 + 2 months = 2017-06-30 = Q1's end; never closed: counts from Q1.
    episode("a", 1, date(2017, 4, 30)),
    # b: 2017-05-01 + 2 months = 2017-07-01 > Q1's end: not in Q1; counts from Q2.
    episode("b", 1, date(2017, 5, 1)),
    # c: + 2 months = 2017-06-10, closed that very day ("on or after"): counts from Q1.
    episode("c", 1, date(2017, 4, 10), closed=date(2017, 6, 10)),
    # d: closed 2017-06-09, the day before referral + 2 months: never counts.
    episode("d", 1, date(2017, 4, 10), closed=date(2017, 6, 9)),
    # e: NFA: never an open case, never counts.
    episode("e", 1, date(2017, 4, 10), nfa=True),
    # f: 2017-12-31 + 2 months = 2018-02-28 (month end), closed on it: counts in Q4 only
    # (in Q3, 2018-02-28 is after P's end 2017-12-31).
    episode("f", 1, date(2017, 12, 31), closed=date(2018, 2, 28)),
    # g: same referral, closed 2018-02-27: never counts.
    episode("g", 1, date(2017, 12, 31), closed=date(2018, 2, 27)),
    # h: 2018-02-01 + 2 months = 2018-04-01, after the year's end: never counts.
    episode("h", 1, date(2018, 2, 1)),
    # i: referred before P: never counts.
    episode("i", 1, date(2017, 3, 15)),
    # j: two episodes of one child, each on its own merits.
    # j/1: + 2 months = 2017-07-15 but closed 2017-06-01: never counts.
    episode("j", 1, date(2017, 5, 15), closed=date(2017, 6, 1)),
    # j/2: 2017-08-01 + 2 months = 2017-10-01 > Q2's end: counts from Q3.
    episode("j", 2, date(2017, 8, 1)),
]


def test_cin_open_2_months_by_quarter():
    counts = [
        total(run("cin_open_2_months", quarter=q, cin_episode=OPEN_EPISODES))[0]
        for q in (1, 2, 3, 4)
    ]
    # Q1: a, c. Q2: a, b, c. Q3: a, b, c, j/2. Q4: a, b, c, j/2, f.
    assert counts == [2, 3, 4, 5]
    assert total(run("cin_open_2_months", cin_episode=OPEN_EPISODES)) == (5, None, 5.0)


def test_cin_open_months_is_a_setting(settings):
    # With 1 month, Q1 (to 2017-06-30): a (due 05-30), b (due 06-01), c (closed 06-10 on or
    # after due 05-10), d (closed 06-09 on or after 05-10); j/1 (due 06-15, closed 06-01)
    # and e (NFA) do not.
    settings.SAFEBOARD_DATASET_THRESHOLDS = {"cin_open_months": 1}
    assert total(run("cin_open_2_months", quarter=1, cin_episode=OPEN_EPISODES))[0] == 4
