"""Section 2: referral_rate and referrals by ethnicity, language, disability and source.

Worked by hand for 2017/18 (year=2018). Characteristics are the child's at
referral: the latest census record, with Unborn judged at the referral date.
"""

from datetime import date

import pytest

from safeboard.dataset.breakdowns import BREAKDOWNS, LABELS
from tests.dataset.harness import by_value, run

NW, STRATFORD, WARWICK = "E07000218", "E07000221", "E07000222"


def episode(child, number, referred, source):
    return {
        "child": child,
        "episode": number,
        "CINreferralDate": referred,
        "ReferralNFA": False,
        "ReferralSource": source,
    }


def child(code, ethnicity, birth=None, expected=None, **extra):
    return {
        "child": code,
        "PersonBirthDate": birth,
        "ExpectedPersonBirthDate": expected,
        "Ethnicity": ethnicity,
        "GenderCurrent": "1",
        **extra,
    }


EPISODES = [
    episode("wb", 1, date(2017, 5, 1), "1A"),  # 1
    episode("wb", 2, date(2017, 11, 1), "6"),  # 2: a second episode of the same child
    episode("bme", 1, date(2017, 6, 1), "2A"),  # 3
    episode("unb", 1, date(2017, 7, 1), "3B"),  # 4: before the birth (2017-08-03)
    episode("unb", 2, date(2017, 9, 1), "10"),  # 5: after it
    episode("nodist", 1, date(2017, 8, 15), ""),  # 6: blank source
    episode("away", 1, date(2017, 10, 1), "3b"),  # 7: not a code of the list
    episode("inv", 1, date(2018, 3, 31), "11"),  # 8: not a code of the list
    episode("wb", 3, date(2017, 3, 31), "1A"),  # before P: never counted
]
CHILDREN = [
    child("wb", "WBRI", date(2010, 1, 1)),
    # wb's older census record (2016/17) said NOBT: the latest record wins.
    child("wb", "NOBT", date(2010, 1, 1), collection_year=2017),
    child("bme", "APKN", date(2012, 6, 1)),
    # Born 2017-08-03 (expected 2017-08-01): unborn on 2017-07-01 (birth after it).
    child("unb", "WBRI", date(2017, 8, 3), date(2017, 8, 1)),
    child("nodist", "NOBT", date(2005, 1, 1)),
    child("away", "BCRB", date(2008, 1, 1)),
    child("inv", "XXXX", date(2009, 1, 1)),  # invalid code: Not recorded
]
DISABILITIES = [
    {"child": "wb", "Disability": "NONE"},
    # wb's older census record listed MOB: not the latest record, so wb is not disabled.
    {"child": "wb", "Disability": "MOB", "collection_year": 2017},
    {"child": "bme", "Disability": "LD"},  # disabled
    {"child": "inv", "Disability": "NONE"},
    {"child": "inv", "Disability": "MOB"},  # one code other than NONE: disabled
]
CHARACTERISTICS = [
    {"child": "wb", "district": NW, "language": "ENG", "_position": "line 2"},
    {"child": "bme", "district": STRATFORD, "language": "URD", "_position": "line 3"},
    {"child": "unb", "district": STRATFORD, "language": "ENG", "_position": "line 4"},
    # nodist: no row at all (no district, language not recorded).
    {"child": "away", "district": "E06000001", "language": "POL", "_position": "line 5"},
    {"child": "inv", "district": None, "language": "ENG", "_position": "line 6"},
]


def population(code, name, mid_year, count, order=0):
    return {
        "area_code": code,
        "area_name": name,
        "mid_year": mid_year,
        "population_0_17": count,
        "import_order": order,
    }


POPULATION = [
    population(NW, "North Warwickshire", 2017, 10_000),
    population(STRATFORD, "Stratford-on-Avon", 2017, 20_000),
    # Warwick's mid-2017 figure imported twice: the newest import (order 1) is used.
    population(WARWICK, "Warwick", 2017, 99_999, order=0),
    population(WARWICK, "Warwick", 2017, 30_000, order=1),
    # Other mid-years are not 2017/18's (mid-year 2017 = the year 2017/18 starts).
    population(NW, "North Warwickshire", 2016, 5_000),
    population(NW, "North Warwickshire", 2018, 7_000),
]


def figures(indicator_id, quarter=4, **extra):
    return run(
        indicator_id,
        quarter=quarter,
        cin_episode=EPISODES,
        child=CHILDREN,
        disability=DISABILITIES,
        characteristics=CHARACTERISTICS,
        **extra,
    )


def test_referral_rate_by_district_and_total():
    result = figures("referral_rate", population=POPULATION)
    assert [(f.breakdown_dim, f.breakdown_value) for f in result] == [
        ("", ""),
        ("district", "North Warwickshire"),
        ("district", "Stratford-on-Avon"),
        ("district", "Warwick"),
    ]
    assert by_value(result) == {
        # All 8 referrals (nodist, away's out-of-file district and inv's blank one count
        # in the total only) per 60,000: 1.333 -> 1.3.
        "": (8, 60_000, 1.3),
        "North Warwickshire": (2, 10_000, 2.0),  # wb/1, wb/2
        "Stratford-on-Avon": (3, 20_000, 1.5),  # bme, unb/1, unb/2
        "Warwick": (0, 30_000, 0.0),  # no referral: still output
    }
    # Q1 (to 2017-06-30): wb/1 and bme, still over mid-year 2017.
    assert by_value(figures("referral_rate", quarter=1, population=POPULATION)) == {
        "": (2, 60_000, 0.3),
        "North Warwickshire": (1, 10_000, 1.0),
        "Stratford-on-Avon": (1, 20_000, 0.5),
        "Warwick": (0, 30_000, 0.0),
    }


def test_referrals_by_ethnicity():
    assert by_value(figures("referrals_by_ethnicity")) == {
        "": (8, 8, 100.0),  # the total row
        "White British/Irish/Other": (3, 8, 37.5),  # wb/1, wb/2, unb/2 (born by then)
        "BME": (2, 8, 25.0),  # bme (APKN), away (BCRB)
        "Not recorded": (2, 8, 25.0),  # nodist (NOBT), inv (XXXX, invalid)
        "Unborn": (1, 8, 12.5),  # unb/1: Unborn takes precedence over WBRI
    }


def test_referrals_by_language():
    assert by_value(figures("referrals_by_language")) == {
        "": (8, 8, 100.0),
        "English": (4, 8, 50.0),  # wb/1, wb/2, unb/2, inv
        "Non English speaking": (2, 8, 25.0),  # bme (URD), away (POL)
        "Not recorded": (1, 8, 12.5),  # nodist: no characteristics row
        "Unborn": (1, 8, 12.5),  # unb/1
    }


def test_referrals_disabled():
    # bme (LD) and inv (NONE and MOB) of 8; wb's MOB is in an older census only.
    assert by_value(figures("referrals_disabled")) == {"": (2, 8, 25.0)}


def test_referrals_by_source_count_and_share_every_code():
    result = by_value(figures("referrals_by_source"))
    expected = {code: (0, 8, 0.0) for code in BREAKDOWNS["referral_source"]}
    expected.update(
        {
            "": (8, 8, 100.0),
            "1A": (1, 8, 12.5),  # wb/1 (wb/3 is before P)
            "2A": (1, 8, 12.5),  # bme
            "3B": (1, 8, 12.5),  # unb/1
            "6": (1, 8, 12.5),  # wb/2
            "10": (1, 8, 12.5),  # unb/2: DfE's own code 10 (Unknown) stays 10
            "Unknown": (3, 8, 37.5),  # nodist (blank), away ('3b'), inv ('11')
        }
    )
    assert result == expected


@pytest.mark.parametrize(
    ("indicator_id", "dim"),
    [
        ("referrals_by_ethnicity", "ethnicity"),
        ("referrals_by_language", "language"),
        ("referrals_by_source", "referral_source"),
    ],
)
def test_every_breakdown_value_is_output_in_order_with_no_data(indicator_id, dim):
    result = run(indicator_id)
    assert [(f.breakdown_dim, f.breakdown_value) for f in result] == [("", "")] + [
        (dim, value) for value in BREAKDOWNS[dim]
    ]
    assert {f.numerator for f in result} == {0}


def test_every_referral_source_has_a_dfe_label():
    assert list(LABELS["referral_source"]) == list(BREAKDOWNS["referral_source"])


def test_unborn_and_29_february():
    # 2019/20 (year=2020) holds 29 February 2020.
    children = [
        # Born 2020-02-29: unborn on 2020-02-28 (birth after it), born on 2020-02-29.
        child("leap", "WIRI", date(2020, 2, 29), date(2020, 3, 5)),
        # No birth date, expected 2020-03-10: unborn on 2020-03-02.
        child("exp", "WBRI", None, date(2020, 3, 10)),
        # No birth date, expected 2020-01-01 (before the referral): not unborn.
        child("nodob", "WBRI", None, date(2020, 1, 1)),
    ]
    episodes = [
        episode("leap", 1, date(2020, 2, 28), "1A"),  # Unborn
        episode("leap", 2, date(2020, 2, 29), "1A"),  # WIRI: White British/Irish/Other
        episode("exp", 1, date(2020, 3, 2), "1A"),  # Unborn
        episode("nodob", 1, date(2020, 3, 2), "1A"),  # WBRI: White British/Irish/Other
    ]
    characteristics = [
        {"child": code, "district": None, "language": "ENG", "_position": f"line {n}"}
        for n, code in enumerate(("leap", "exp", "nodob"), start=2)
    ]
    rows = {"cin_episode": episodes, "child": children, "characteristics": characteristics}
    ethnicity = by_value(run("referrals_by_ethnicity", year=2020, **rows))
    assert ethnicity["Unborn"] == (2, 4, 50.0)
    assert ethnicity["White British/Irish/Other"] == (2, 4, 50.0)
    language = by_value(run("referrals_by_language", year=2020, **rows))
    assert language["Unborn"] == (2, 4, 50.0)
    assert language["English"] == (2, 4, 50.0)  # leap/2, nodob
