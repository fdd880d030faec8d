"""Section 4 of INDICATORS.md, the snapshot indicators: children on a plan at D, by
district, gender, age, category, ethnicity, language and disability; rows worked by hand.

D = 31 March 2018 (collection year 2018, quarter 4). A plan is open at D when it
started on or before D and has no end or ends AFTER D. A child with two plans open at
once counts once, with the latest-starting plan. Every breakdown value is output, zero
included, after one total row (empty breakdown): for counts the total is cp_open; for
shares it is cp_open over cp_open.
"""

from datetime import date

import pytest

from safeboard.dataset.breakdowns import BREAKDOWNS
from safeboard.dataset.inputs import connect
from tests.dataset.harness import by_value, run, total

D = date(2018, 3, 31)
OPEN = date(2017, 6, 1)  # a start date of a plan open at D


def plan(child, start=OPEN, end=None, *, category="NEG", episode=1, number=1):
    return {
        "child": child,
        "episode": episode,
        "cp_plan": number,
        "CPPstartDate": start,
        "CPPendDate": end,
        "InitialCategoryOfAbuse": "NEG",
        "LatestCategoryOfAbuse": category,
        "NumberOfPreviousCPP": 0,
    }


def kid(child, *, birth=date(2010, 6, 1), expected=None, gender="1", ethnicity="WBRI"):
    return {
        "child": child,
        "PersonBirthDate": birth,
        "ExpectedPersonBirthDate": expected,
        "GenderCurrent": gender,
        "Ethnicity": ethnicity,
    }


def given(plans, children=(), **more):
    """Raw rows: the plans, one CIN episode per (child, episode), the children."""
    episodes = {}
    for p in plans:
        key = (p["child"], p["episode"])
        first = episodes.get(key, p["CPPstartDate"])
        episodes[key] = min(first, p["CPPstartDate"])
    return {
        "cp_plan": plans,
        "cin_episode": [
            {"child": c, "episode": e, "CINreferralDate": referred, "ReferralNFA": False}
            for (c, e), referred in episodes.items()
        ],
        "child": list(children),
        **more,
    }


BREAKDOWN_INDICATORS = {
    "cp_by_gender": "gender",
    "cp_by_age": "age_band",
    "cp_by_category": "cp_category",
    "cp_by_ethnicity": "ethnicity",
    "cp_by_language": "language",
}


@pytest.mark.parametrize(("indicator", "dim"), BREAKDOWN_INDICATORS.items())
def test_every_breakdown_value_is_output_after_one_total_row(indicator, dim):
    figures = run(indicator)  # no plans at all: every value still has its row, at zero
    assert [(f.breakdown_dim, f.breakdown_value) for f in figures] == [("", "")] + [
        (dim, value) for value in BREAKDOWNS[dim]
    ]
    assert all(f.numerator == 0 for f in figures)


# ---- cp_rate ----------------------------------------------------------------------------


def area(code, name, population, mid_year=2017):
    return {
        "area_code": code,
        "area_name": name,
        "mid_year": mid_year,
        "population_0_17": population,
    }


POPULATION = [
    area("E07000218", "North Warwickshire", 12_000),
    area("E07000220", "Rugby", 20_000),
    area("E07000222", "Warwick", 28_000),  # no child on a plan: a row at zero
    area("E07000220", "Rugby", 21_000, mid_year=2018),  # mid-2018: not for 2017/18
    area("E07000218", "North Warwickshire", 11_000, mid_year=2016),  # not for 2017/18
]


def test_cp_rate_by_district_and_total():
    plans = [
        plan("p1"),  # North Warwickshire
        plan("p2"),  # North Warwickshire
        plan("p3"),  # Rugby
        plan("p4"),  # no district in the extract: total only
        plan("p5"),  # no characteristics row at all: total only
        plan("p6"),  # a district not in the population file: total only
        plan("p7", date(2017, 1, 1), D),  # Rugby, but the plan ended ON D: not counted
    ]
    characteristics = [
        {"child": "p1", "district": "E07000218"},
        {"child": "p2", "district": "E07000218"},
        {"child": "p3", "district": "E07000220"},
        {"child": "p4", "district": None},
        {"child": "p6", "district": "E07000219"},
        {"child": "p7", "district": "E07000220"},
    ]
    children = [kid(c) for c in ("p1", "p2", "p3", "p4", "p5", "p6", "p7")]
    figures = run(
        "cp_rate",
        **given(plans, children, characteristics=characteristics, population=POPULATION),
    )
    # D = 31 March 2018 is in collection year 2017/18: mid-year 2017, not 2018.
    # Total: p1..p6 = 6 over 12,000 + 20,000 + 28,000 = 60,000 -> 1.0 per 10,000.
    assert total(figures) == (6, 60_000, 1.0)
    assert by_value([f for f in figures if f.breakdown_dim == "district"]) == {
        "North Warwickshire": (2, 12_000, 1.7),  # 2 / 12,000 x 10,000 = 1.666... -> 1.7
        "Rugby": (1, 20_000, 0.5),  # p3 only (p7's plan ended on D)
        "Warwick": (0, 28_000, 0.0),
    }


def test_cp_rate_mid_year_in_the_first_quarter():
    # D = 30 June 2017 is in 2017/18 too: mid-year 2017 (12,000 for North Warwickshire).
    plans = [plan("p1", date(2017, 5, 1))]
    characteristics = [{"child": "p1", "district": "E07000218"}]
    figures = run(
        "cp_rate",
        quarter=1,
        **given(plans, [kid("p1")], characteristics=characteristics, population=POPULATION),
    )
    assert by_value(figures)["North Warwickshire"] == (1, 12_000, 0.8)  # 0.833 -> 0.8


# ---- cp_by_gender -----------------------------------------------------------------------


def test_cp_by_gender():
    plans = [
        plan("g1"),
        plan("g2"),
        plan("g3"),
        plan("g4"),
        plan("g5"),
        plan("g6"),
        plan("g7", date(2017, 1, 1)),  # two plans open at once ...
        plan("g7", date(2017, 9, 1), episode=2),  # ... g7 counts once
        plan("g8", date(2017, 1, 1), D),  # ended ON D: not counted
        plan("g9"),
    ]
    children = [
        kid("g1", gender="1"),  # Male
        kid("g2", gender="2"),  # Female
        kid("g3", birth=None, expected=date(2018, 5, 1), gender="2"),  # Unborn takes precedence
        kid("g4", gender="0"),  # Not recorded (0)
        kid("g5", gender="9"),  # Not recorded (9)
        kid("g6", gender=None),  # Not recorded (blank)
        kid("g7", gender="1"),  # Male, once
        kid("g8", gender="2"),  # not on a plan at D
        # Expected before D and no birth date: not unborn; Female.
        kid("g9", birth=None, expected=date(2018, 3, 1), gender="2"),
    ]
    figures = run("cp_by_gender", **given(plans, children))
    # Male g1, g7 = 2; Female g2, g9 = 2; Unborn g3 = 1; Not recorded g4, g5, g6 = 3; total 8.
    assert total(figures) == (8, None, 8.0)
    assert by_value([f for f in figures if f.breakdown_dim]) == {
        "Male": (2, None, 2.0),
        "Female": (2, None, 2.0),
        "Unborn": (1, None, 1.0),
        "Not recorded": (3, None, 3.0),
    }


# ---- cp_by_age --------------------------------------------------------------------------


def test_cp_by_age_at_d():
    ages = {
        "u1": (None, date(2018, 4, 10)),  # no birth date, expected after D: Unborn
        "u2": (date(2018, 4, 2), None),  # a birth date after D: Unborn
        "a1": (date(2017, 4, 1), None),  # 0 at D: Under 1
        "a2": (date(2017, 3, 31), None),  # first birthday ON D: 1 to 4
        "a3": (date(2013, 4, 1), None),  # 4 at D (5 the day after): 1 to 4
        "a4": (date(2013, 3, 31), None),  # fifth birthday ON D: 5 to 9
        "a5": (date(2008, 2, 29), None),  # born 29 February, 10 at D: 10 to 15
        "a6": (date(2002, 4, 1), None),  # 15 at D: 10 to 15
        "a7": (date(2002, 3, 31), None),  # sixteenth birthday ON D: 16 to 17
        "a8": (None, None),  # no birth date, no expected date: No DOB
        "a9": (None, date(2018, 3, 1)),  # expected before D, no birth date: No DOB
        "a10": (date(2010, 6, 1), None),  # 7, with two plans open: 5 to 9, once
    }
    children = [kid(c, birth=b, expected=e) for c, (b, e) in ages.items()]
    plans = [plan(c) for c in ages] + [plan("a10", date(2017, 9, 1), episode=2)]
    figures = run("cp_by_age", **given(plans, children))
    assert total(figures) == (12, None, 12.0)
    assert {f.breakdown_value: f.numerator for f in figures if f.breakdown_dim} == {
        "Unborn": 2,  # u1, u2
        "Under 1": 1,  # a1
        "1 to 4": 2,  # a2, a3
        "5 to 9": 2,  # a4, a10
        "10 to 15": 2,  # a5, a6
        "16 to 17": 1,  # a7
        "No DOB": 2,  # a8, a9
    }


@pytest.mark.parametrize(
    ("day", "band"),
    [
        (date(2018, 2, 27), "5 to 9"),  # 9: the tenth anniversary has not come
        (date(2018, 2, 28), "10 to 15"),  # 2008-02-29 + 10 years = 2018-02-28: 10
        (date(2018, 3, 1), "10 to 15"),  # 10
    ],
)
def test_age_band_of_a_29_february_birth_in_a_later_non_leap_year(day, band):
    # The importer keeps birth dates to their month (29 February 2008 is stored as
    # 1 February 2008), so this boundary is tested on the macro with the date as given.
    # Whole years use INDICATORS.md's calendar arithmetic ("2017-01-31 + 1 month =
    # 2017-02-28"), the same rule as the two-year plans: 29 February + 10 years is 28
    # February, so the child is 10 on 28 February 2018, not only from 1 March.
    connection = connect({})
    try:
        [(result,)] = connection.execute(
            "SELECT age_band(DATE '2008-02-29', NULL, ?)", [day]
        ).fetchall()
    finally:
        connection.close()
    assert result == band


# ---- cp_by_category ---------------------------------------------------------------------


def test_cp_by_category_of_the_latest_starting_plan():
    plans = [
        plan("c1", category="NEG"),
        plan("c2", category="NEG"),
        plan("c3", category="PHY"),
        plan("c4", category="EMO"),  # initial category NEG: the latest one counts
        plan("c5", date(2017, 1, 1), category="PHY"),  # two plans open: the older PHY ...
        plan("c5", date(2017, 10, 1), category="MUL", number=2),  # ... the latest-starting MUL
        plan("c6", date(2017, 1, 1), D, category="EMO"),  # ended ON D: not counted
    ]
    figures = run("cp_by_category", **given(plans, [kid(p["child"]) for p in plans]))
    assert total(figures) == (5, None, 5.0)  # c1..c5
    assert {f.breakdown_value: f.numerator for f in figures if f.breakdown_dim} == {
        "NEG": 2,  # c1, c2
        "PHY": 1,  # c3 (not c5)
        "SAB": 0,  # none: still a row
        "EMO": 1,  # c4
        "MUL": 1,  # c5
    }


# ---- cp_by_ethnicity, cp_by_language, cp_disabled ---------------------------------------


def test_cp_by_ethnicity():
    ethnicity = {
        "e1": "WBRI",  # White British/Irish/Other
        "e2": "WIRT",  # White British/Irish/Other (Traveller of Irish heritage)
        "e3": "WROM",  # White British/Irish/Other (Gypsy/Roma)
        "e4": "APKN",  # BME
        "e5": "MWBC",  # BME
        "e6": "NOBT",  # Not recorded
        "e7": None,  # Not recorded (blank)
        "e8": "XXXX",  # Not recorded (invalid)
        "e9": "WBRI",  # unborn at D: Unborn takes precedence
        "e10": "REFU",  # Not recorded (refused)
    }
    children = [
        kid(
            c,
            ethnicity=code,
            **({"birth": None, "expected": date(2018, 6, 1)} if c == "e9" else {}),
        )
        for c, code in ethnicity.items()
    ]
    figures = run("cp_by_ethnicity", **given([plan(c) for c in ethnicity], children))
    assert total(figures) == (10, 10, 100.0)
    assert by_value([f for f in figures if f.breakdown_dim]) == {
        "White British/Irish/Other": (3, 10, 30.0),  # e1, e2, e3
        "BME": (2, 10, 20.0),  # e4, e5
        "Not recorded": (4, 10, 40.0),  # e6, e7, e8, e10
        "Unborn": (1, 10, 10.0),  # e9
    }


def test_cp_by_language():
    characteristics = [
        {"child": "l1", "language": "ENG", "_position": "line 2"},  # English
        {"child": "l2", "language": "ENB", "_position": "line 3"},  # English (believed)
        {"child": "l3", "language": "POL", "_position": "line 4"},  # Non English speaking
        {"child": "l4", "language": "NOT", "_position": "line 5"},  # Not recorded
        {"child": "l5", "language": "REF", "_position": "line 6"},  # Not recorded
        {"child": "l6", "language": "", "_position": "line 7"},  # Not recorded (blank)
        # l7 has no characteristics row: Not recorded
        {"child": "l8", "language": "ENG", "_position": "line 8"},  # unborn: Unborn
        {"child": "l9", "language": "POL", "_position": "line 9"},  # overridden by ...
        {"child": "l9", "language": "ENG", "_position": "line 10"},  # ... the last row: English
    ]
    names = [f"l{n}" for n in range(1, 10)]
    children = [
        kid(c, **({"birth": None, "expected": date(2018, 6, 1)} if c == "l8" else {}))
        for c in names
    ]
    figures = run(
        "cp_by_language",
        **given([plan(c) for c in names], children, characteristics=characteristics),
    )
    assert total(figures) == (9, 9, 100.0)
    assert by_value([f for f in figures if f.breakdown_dim]) == {
        "English": (3, 9, 33.3),  # l1, l2, l9
        "Non English speaking": (1, 9, 11.1),  # l3
        "Not recorded": (4, 9, 44.4),  # l4, l5, l6, l7
        "Unborn": (1, 9, 11.1),  # l8
    }


def test_cp_disabled():
    plans = [plan("d1"), plan("d2"), plan("d3"), plan("d4"), plan("d6", date(2017, 1, 1), D)]
    disability = [
        {"child": "d1", "Disability": "BEH"},  # disabled
        {"child": "d2", "Disability": "NONE"},  # NONE only: not disabled
        {"child": "d3", "Disability": "NONE"},  # NONE and a code ...
        {"child": "d3", "Disability": "HAND"},  # ... other than NONE: disabled
        # d4 has no disability row: not disabled
        {"child": "d6", "Disability": "VIS"},  # disabled, but the plan ended ON D
    ]
    children = [kid(c) for c in ("d1", "d2", "d3", "d4", "d6")]
    figures = run("cp_disabled", **given(plans, children, disability=disability))
    # On a plan at D: d1..d4 = 4; disabled d1, d3 = 2; 50.0%.
    assert total(figures) == (2, 4, 50.0)
