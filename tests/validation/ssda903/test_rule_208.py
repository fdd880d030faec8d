"""208: the UPN differs from last year's for the same child."""

import pyarrow.parquet as pq

from safeboard.returns.kinds import get_kind
from safeboard.returns.spec import TableSpec
from safeboard.returns.staging import Stage
from safeboard.validation.engine import RuleContext, run_rules
from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_208 import logic
from tests.validation.harness import RAN
from tests.validation.ssda903._dfe_mid import header, rows, run


def _header(child, upn=None):
    # What the import stores for a UPN as written (read_header_row): nothing for a
    # blank, the code for UN1-UN5, else whether it is well formed and its keyed hash.
    if upn is None:
        derived = {"UPN_VALID": None, "UPN_UNKNOWN": None, "UPN_PSEUDONYM": None}
    elif upn.startswith("UN"):
        derived = {"UPN_VALID": True, "UPN_UNKNOWN": upn, "UPN_PSEUDONYM": None}
    else:
        derived = {"UPN_VALID": True, "UPN_UNKNOWN": None, "UPN_PSEUDONYM": "hash-" + upn}
    return header(child, **derived)


def test_a_upn_changed_since_last_year_is_reported_unless_dfe_allows_the_change():
    this_year = [
        _header("a", "A1"),  # row 1 PASS: the same UPN
        _header("b", "B2"),  # row 2 FAIL: another UPN than last year's B1
        _header("c", "UN2"),  # row 3 FAIL: a real UPN last year, a UN code now
        _header("d"),  # row 4 FAIL: a real UPN last year, none now
        _header("e", "UN3"),  # row 5 PASS: UN1 last year, now why there is none
        _header("f", "UN4"),  # row 6 PASS: none last year, now why there is none
        _header("g", "G1"),  # row 7 PASS: UN2 last year, the UPN now known
        _header("h", "H1"),  # row 8 PASS: none last year, the UPN now known
        _header("i", "UN2"),  # row 9 FAIL: UN3 last year: one reason for another
        _header("j", "UN1"),  # row 10 FAIL: none last year, UN1 now
        _header("k"),  # row 11 FAIL: UN1 last year, none now
        _header("l"),  # row 12 PASS: none in either year (rule 442's concern)
        _header("m", "M9"),  # row 13 PASS: not in last year's return
        _header("n", "N2"),  # row 14 PASS: last year's snapshot kept no hash
    ]
    last_year = [
        _header("a", "A1"),
        _header("b", "B1"),
        _header("c", "C1"),
        _header("d", "D1"),
        _header("e", "UN1"),
        _header("f"),
        _header("g", "UN2"),
        _header("h"),
        _header("i", "UN3"),
        _header("j"),
        _header("k", "UN1"),
        _header("l"),
        {**_header("n", "N1"), "UPN_PSEUDONYM": None},  # imported before the hash was kept
    ]
    findings = run(logic, 2024, Header=this_year, prev_Header=last_year)
    assert rows(findings) == [2, 3, 4, 9, 10, 11]
    assert {f.value for f in findings} == {""}  # the UPN is never shown


def test_last_year_imported_before_the_hash_was_kept(tmp_path):
    # An old snapshot's Header has no UPN_PSEUDONYM column at all: the rule still runs,
    # and judges only the children whose UPN last year was a code or none.
    header_spec = get_kind("ssda903").table_specs(2023)["Header"]
    old_spec = TableSpec(
        "Header", tuple(c for c in header_spec.columns if c.name != "UPN_PSEUDONYM")
    )
    specs = {"Header": get_kind("ssda903").table_specs(2024)["Header"], "prev_Header": old_spec}
    stage = Stage(tmp_path, specs)
    for index, row in enumerate([_header("a", "A2"), _header("b")], start=1):
        stage.writer("Header").append({"_file": "f", "_position": f"row {index}", **row})
    for index, row in enumerate([_header("a", "A1"), _header("b", "UN1")], start=1):
        stage.writer("prev_Header").append({"_file": "f", "_position": f"row {index}", **row})
    files = stage.close()
    assert "UPN_PSEUDONYM" not in pq.read_schema(files["prev_Header"]).names
    context = RuleContext(kind="ssda903", collection_year=2024, tables=frozenset(files))
    findings = run_rules([logic.rule], context, files)
    assert rows(findings) == [2]  # b: UN1 last year, none now; a cannot be judged
    RAN.add(("ssda903", "208"))


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)
