"""The DfE fault planter (``errors=DfeFaults(...)``): what it breaks, where, and that it shows.

The comparison with the D2I validators (tools/d2i/compare.py) relies on
three things tested here: every breaker plants at least one fault; faults go
only into the years named (last year's return stays clean, so it can be
imported as last year's snapshot); and each fault is found by the DfE rule it
is planted for, through the real import pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.partnership.models import LocalAuthority, Partnership
from safeboard.returns.pipeline import Status, return_import
from safeboard.synth import synth_write
from safeboard.synth.broken import (
    BREAKER_NAMES,
    DFE_BREAKER_NAMES,
    Breakage,
    DfeFaults,
    break_carried_episode_moved,
    break_disability_none_and_other,
    break_factor_21_with_others,
    break_icpc_on_weekend,
)
from safeboard.synth.model import year_start
from safeboard.synth.places import COUNTY

YEAR = 2024

# Breaker -> the DfE rule (2023-24) its fault is planted for; Safeboard must report it.
PLANTED_FOR = {
    "closure_before_referral": "8630",
    "upn_check_letter": "1510",
    "code_not_in_year": "8866",
    "need_code_invalid": "8650",
    "need_code_missing": "8610",
    "closure_reason_invalid": "8640",
    "closure_without_reason": "8805",
    "closure_after_census": "8620",
    "referral_after_census": "8600",
    "disability_none_and_other": "8790",
    "disability_repeated": "8794",
    "disability_missing": "8540",
    "factor_21_with_others": "8869",
    "factor_repeated": "8898",
    "assessment_end_before_start": "8608",
    "plan_same_day": "8840",
    "review_before_plan": "8841",
    "abuse_category_invalid": "8905",
    "latest_category_invalid": "8910",
    "previous_plans_missing": "8730",
    "icpc_on_weekend": "8875",
    "s47_after_icpc": "8615",
    "nfa_with_plan": "8832",
    "episodes_overlap": "8820",
    "open_episode_not_latest": "8816",
    "unborn_gender": "8750",
    "age_over_25": "8775Q",
    "ethnicity_invalid": "4220",
    "two_open_enquiries": "8839",
    "two_open_assessments": "8896",
    "closed_with_open_assessment": "8867",
    "assessment_end_after_census": "8696",
    "factors_without_completion": "8614",
    "completed_without_factors": "8897Q",
    "icpc_after_census": "8715",
    "plan_start_after_census": "8720",
    # SSDA903
    "missing_end_before_start": "567",
    "sex_invalid": "101",
    "ethnic_invalid": "103",
    "rne_invalid": "143",
    "legal_status_invalid": "144",
    "need_code_invalid_903": "145",
    "placement_invalid": "146",
    "reason_ceased_invalid": "149",
    "review_code_invalid": "167",
    "episodes_overlap_903": "501",
    "child_over_18": "352",
    "carried_episode_moved": "502",
    "dob_changed_since_last_year": "203",
    "oc3_in_touch_invalid": "131",
    # With the reference data (postcode directory, providers' lookup) and the authority:
    "own_home_out_of_county": "1015",
    "urn_not_registered": "1008",
    "urn_codes_other": "219",
    "carried_placement_moved": "503H",
}
# The rules that also catch a breaker's fault, beside the one above.
ALSO_PLANTED_FOR = {
    "own_home_out_of_county": "221",  # not the home's postcode either
    "urn_codes_other": "224",  # nor its provider code
    "carried_placement_moved": "503G",  # nor last year's distance
}


# A seed whose partnership has a child still unborn at the census (for 8750); seed 5
# lost its only one when the generator stopped adopted children returning to care.
SEED = 6


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    out = tmp_path_factory.mktemp("planted")
    summary = synth_write(
        children=900, years=2, seed=SEED, out=out, last_year=YEAR, errors=DfeFaults(years={YEAR})
    )
    return out, summary


def test_every_dfe_breaker_plants_at_least_one_fault(planted):
    _, summary = planted
    assert set(summary.broken) == set(DFE_BREAKER_NAMES)
    assert [name for name, count in summary.broken.items() if count < 1] == []
    # The original breakers are among them, so errors=True's faults are compared too.
    assert set(BREAKER_NAMES) < set(DFE_BREAKER_NAMES)


def test_years_not_named_are_written_as_without_errors(planted, tmp_path):
    out, _ = planted
    synth_write(children=900, years=2, seed=SEED, out=tmp_path, last_year=YEAR)
    # Last year byte for byte as with no errors at all; this year differs.
    assert (out / f"cin_{YEAR - 1}.xml").read_bytes() == (
        tmp_path / f"cin_{YEAR - 1}.xml"
    ).read_bytes()
    for path in sorted((tmp_path / f"ssda903_{YEAR - 1}").glob("*.csv")):
        assert (out / f"ssda903_{YEAR - 1}" / path.name).read_bytes() == path.read_bytes()
    assert (out / f"cin_{YEAR}.xml").read_bytes() != (tmp_path / f"cin_{YEAR}.xml").read_bytes()


def test_errors_true_still_plants_only_the_original_faults(tmp_path):
    summary = synth_write(children=300, years=1, seed=3, out=tmp_path, errors=True)
    assert set(summary.broken) == set(BREAKER_NAMES)


@pytest.mark.django_db
def test_each_planted_fault_is_found_by_its_dfe_rule(planted):
    out, _ = planted
    # The authority and the reference data, so that the placement rules run.
    partnership = Partnership.objects.create(name="Synthetic", short_name="SYN")
    LocalAuthority.objects.create(partnership=partnership, name="Warwickshire", ons_code=COUNTY)
    for kind in ("postcodes", "providers"):
        assert return_import(kind=kind, paths=[out / f"{kind}.csv"]).status is Status.IMPORTED
    # Last year's returns first, so the previous-year rules (502) run.
    for kind, paths in (
        ("ssda903", [out / f"ssda903_{YEAR - 1}"]),
        ("cin", [out / f"cin_{YEAR - 1}.xml"]),
    ):
        result = return_import(kind=kind, paths=paths, collection_year=YEAR - 1)
        assert result.status is Status.IMPORTED, [f.describe() for f in result.findings][:5]
    found = set()
    for kind, paths in (("cin", [out / f"cin_{YEAR}.xml"]), ("ssda903", [out / f"ssda903_{YEAR}"])):
        result = return_import(kind=kind, paths=paths, collection_year=YEAR, validate_only=True)
        found |= {f.rule for f in result.findings}
    missing = {name: code for name, code in PLANTED_FOR.items() if code not in found}
    assert missing == {}
    also_missing = {name: code for name, code in ALSO_PLANTED_FOR.items() if code not in found}
    assert also_missing == {}


# ---- single breakers, on records made by hand ------------------------------------------


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def _cin_record(**changes):
    detail = {
        "referral": _day("2023-05-02"),
        "source": "1A",
        "need": "N1",
        "closure": _day("2023-09-01"),
        "reason": "RC1",
        "icpc": _day("2023-06-01"),  # a Thursday
        "assessments": [[_day("2023-05-03"), _day("2023-05-20"), ("2A", "3B")]],
        "cin_plans": [],
        "s47s": [[_day("2023-05-10"), _day("2023-06-01"), _day("2023-06-01"), False]],
        "nfa": False,
        "plans": [],
    }
    record = {
        "upn": None,
        "former_upn": None,
        "upn_unknown": "UN1",
        "birth": _day("2015-01-10"),
        "expected": None,
        "gender": "1",
        "death": None,
        "ethnicity": "WBRI",
        "disabilities": ("NONE",),
        "details": [detail],
    }
    record.update(changes)
    return record


def test_factor_21_is_added_beside_the_factors_found():
    record = _cin_record()
    assert break_factor_21_with_others(record, YEAR, None)
    assert record["details"][0]["assessments"][0][2] == ("2A", "3B", "21")


def test_factor_21_needs_a_completed_assessment_with_factors():
    # An open assessment (no authorisation date) has no factors to break.
    record = _cin_record()
    record["details"][0]["assessments"] = [[_day("2023-05-03"), None, ()]]
    assert not break_factor_21_with_others(record, YEAR, None)


def test_icpc_moves_to_the_saturday_before_on_the_enquiry_and_the_episode():
    record = _cin_record()
    assert break_icpc_on_weekend(record, YEAR, None)
    # 1 June 2023 was a Thursday: the Saturday before is 27 May (worked out on a calendar).
    assert record["details"][0]["s47s"][0][2] == _day("2023-05-27")
    assert record["details"][0]["icpc"] == _day("2023-05-27")
    assert date.fromordinal(_day("2023-05-27")).weekday() == 5


def test_none_and_another_disability_only_where_none_was_given():
    record = _cin_record()
    assert break_disability_none_and_other(record, YEAR, None)
    assert record["disabilities"] == ("NONE", "MOB")
    assert not break_disability_none_and_other(_cin_record(disabilities=("HAND",)), YEAR, None)


class _Rng:
    """randint's lower bound: the breakers' smallest change, for a worked answer."""

    def randint(self, low, high):
        return low


def test_only_an_episode_carried_over_from_last_year_is_moved():
    start = year_start(YEAR)  # 1 April 2023
    carried = [None, start - 200, "S", "C2", "N1", "U1", "PR1", None, "", "", "", "", ""]
    tables = {"Episodes": [carried]}
    assert break_carried_episode_moved(tables, YEAR, _Rng())
    assert carried[1] == start - 201  # one day earlier: last year's DECOM no longer matches
    fresh = [None, start + 10, "S", "C2", "N1", "U1", "PR1", None, "", "", "", "", ""]
    assert not break_carried_episode_moved({"Episodes": [fresh]}, YEAR, _Rng())


def test_breakage_leaves_years_not_named_alone():
    breakage = Breakage(1, DfeFaults(years={YEAR}))
    record = _cin_record()
    before = repr(record)
    breakage.cin(record, YEAR - 1)
    assert repr(record) == before
    breakage.cin(record, YEAR)
    assert repr(record) != before
    assert sum(breakage.counts.values()) == 1
