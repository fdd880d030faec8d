"""Section 2: s47_started, icpc and icpc_within_15wd, worked by hand.

Working days across Christmas 2017 (bank holidays Mon 25 and Tue 26 December
2017 and Mon 1 January 2018, from the ``holidays`` package). From Monday 18
December 2017, the working days d with 18 Dec < d are:

    Dec 19 20 21 22 -> 1-4      Jan 2 3 4 5  -> 8-11
    Dec 27 28 29    -> 5-7      Jan 8 9 10   -> 12-14
    (25, 26 closed)             Jan 11       -> 15
    (1 Jan closed)              Jan 12       -> 16

So an ICPC on 2018-01-11 is within 15 working days of an enquiry started on
2017-12-18, and one on 2018-01-12 (16) is not. From Monday 2 October 2017 to
Tuesday 10 October: 3 4 5 6 9 10 -> 6 working days.
"""

from datetime import date

from tests.dataset.harness import run, total


def episode(child, referred, *, icpc=None):
    return {
        "child": child,
        "episode": 1,
        "CINreferralDate": referred,
        "ReferralNFA": False,
        "DateOfInitialCPC": icpc,
    }


def s47(child, number, started, icpc=None, *, not_required=False):
    return {
        "child": child,
        "episode": 1,
        "section47": number,
        "S47ActualStartDate": started,
        "DateOfInitialCPC": icpc,
        "ICPCnotRequired": not_required,
    }


EPISODES = [
    episode("a", date(2017, 12, 15)),
    episode("b", date(2017, 12, 15)),
    # c: the conference recorded on the episode as well as on the enquiry (DfE rule 2884):
    # one conference.
    episode("c", date(2017, 12, 15), icpc=date(2018, 1, 11)),
    episode("d", date(2017, 4, 3)),
    # e: a transfer-in conference, on the episode, with no Section 47 enquiry.
    episode("e", date(2017, 9, 1), icpc=date(2017, 9, 5)),
    # f: the conference on the episode only; the episode's enquiry records none.
    episode("f", date(2017, 10, 1), icpc=date(2017, 10, 10)),
    episode("g", date(2017, 3, 20)),
    episode("h", date(2018, 3, 20)),
]
ENQUIRIES = [
    s47("a", 1, date(2017, 12, 18), date(2018, 1, 11)),  # ICPC 15 working days: within
    s47("b", 1, date(2017, 12, 18), date(2018, 1, 12)),  # ICPC 16 working days: not
    s47("c", 1, date(2017, 12, 18), date(2018, 1, 11)),  # 15: within (counted once)
    s47("d", 1, date(2017, 4, 3), not_required=True),  # no conference
    s47("f", 1, date(2017, 10, 2)),  # leads to f's conference: 6 working days, within
    s47("g", 1, date(2017, 3, 20), date(2017, 3, 30)),  # before P: neither
    s47("h", 1, date(2018, 3, 20), date(2018, 4, 3)),  # conference after P
]


def test_s47_started():
    # In P: a, b, c (2017-12-18), d (2017-04-03), f (2017-10-02), h (2018-03-20) = 6;
    # g (2017-03-20) is before P.
    assert total(run("s47_started", cin_episode=EPISODES, section47=ENQUIRIES)) == (6, None, 6.0)
    # Q1: d only.
    assert total(run("s47_started", quarter=1, cin_episode=EPISODES, section47=ENQUIRIES))[0] == 1


def test_icpc_counts_each_conference_once_from_either_level():
    # In P: a, b, c (once), e (episode level), f (episode level) = 5; g before, h after.
    assert total(run("icpc", cin_episode=EPISODES, section47=ENQUIRIES)) == (5, None, 5.0)
    # Q2 (to 2017-09-30): e only. Q3: e, f.
    assert total(run("icpc", quarter=2, cin_episode=EPISODES, section47=ENQUIRIES))[0] == 1
    assert total(run("icpc", quarter=3, cin_episode=EPISODES, section47=ENQUIRIES))[0] == 2


def test_icpc_within_15wd_15_and_16_working_days_across_christmas():
    # Within: a (15), c (15), f (6); not: b (16), e (no enquiry led to it) -> 3/5.
    assert total(run("icpc_within_15wd", cin_episode=EPISODES, section47=ENQUIRIES)) == (
        3,
        5,
        60.0,
    )
    # Q3: e (not), f (within) -> 1/2.
    assert total(run("icpc_within_15wd", quarter=3, cin_episode=EPISODES, section47=ENQUIRIES)) == (
        1,
        2,
        50.0,
    )


def test_icpc_working_days_is_a_setting(settings):
    settings.SAFEBOARD_DATASET_THRESHOLDS = {"icpc_working_days": 16}
    # b (16 working days) is now within too: a, b, c, f -> 4/5.
    assert total(run("icpc_within_15wd", cin_episode=EPISODES, section47=ENQUIRIES)) == (
        4,
        5,
        80.0,
    )
