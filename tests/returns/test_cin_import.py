"""The CIN census importer: valid files of the first and the latest layouts.

Fixtures are small hand-made synthetic files in fixtures/cin (no real child).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest
from django.conf import settings

from safeboard.returns.codelists import cin as cin_codelists
from safeboard.returns.findings import Severity
from safeboard.returns.kinds import get_kind
from safeboard.returns.models import Snapshot
from safeboard.returns.pipeline import Status, return_import, snapshots_reconcile
from safeboard.returns.pseudonymise import Pseudonymiser
from safeboard.validation.registry import rules_for

FIXTURES = Path(__file__).parent / "fixtures" / "cin"
VALID_2018 = FIXTURES / "cin_2018_valid.xml"
VALID_2025 = FIXTURES / "cin_2025_valid.xml"
RAW_IDS = [
    "RAWID-ALPHA-0001",
    "RAWID-BRAVO-0002",
    "RAWID-CHARLIE-0003",
    "RAWID-DELTA-0004",
    "RAWID-ECHO-0005",
    "RAWID-HOTEL-0008",
    "RAWID-INDIA-0009",
    "RAWID-JULIET-0010",
    "RAWID-KILO-0011",
]
RAW_UPNS = ["Q937123456789", "K937987654321", "Y937111111111", "T937123123123"]

COUNTS_2018 = {
    "header": 1,
    "child": 3,
    "disability": 3,
    "cin_episode": 4,
    "assessment": 4,
    "assessment_factor": 4,
    "cin_plan": 0,
    "section47": 3,
    "cp_plan": 3,
    "cp_review": 3,
}
COUNTS_2025 = {
    "header": 1,
    "child": 2,
    "disability": 1,
    "cin_episode": 2,
    "assessment": 1,
    "assessment_factor": 3,
    "cin_plan": 3,
    "section47": 1,
    "cp_plan": 1,
    "cp_review": 1,
}


def pseudonym(raw_id: str) -> str:
    return Pseudonymiser.for_workspace(settings.WORKSPACE).child(raw_id)


def table(result, name: str) -> list[dict]:
    path = settings.WORKSPACE.snapshots_dir / result.snapshot.folder / f"{name}.parquet"
    connection = duckdb.connect()
    try:
        relation = connection.execute("SELECT * FROM read_parquet(?)", [str(path)])
        columns = [d[0] for d in relation.description]
        return [dict(zip(columns, row, strict=True)) for row in relation.fetchall()]
    finally:
        connection.close()


def import_cin(path: Path, **kwargs):
    return return_import(kind="cin", paths=[path], **kwargs)


def importer_findings(result) -> list:
    """The importer's own findings. DfE's validation rules also report on these hand-made
    files (their tests are in tests/validation); their errors do not refuse a file."""
    dfe = {r.code for r in rules_for("cin") if not r.code.startswith("SB-")}
    return [f for f in result.findings if f.rule not in dfe]


@pytest.mark.django_db
def test_a_2017_18_file_with_gender_current_imports_every_repeated_element():
    result = import_cin(VALID_2018)

    assert result.status is Status.IMPORTED, [f.describe() for f in result.findings]
    assert importer_findings(result) == []
    assert result.collection_year == 2018
    assert result.as_at == date(2018, 3, 31)
    assert result.row_counts == COUNTS_2018
    assert Snapshot.objects.get().row_counts == COUNTS_2018

    children = table(result, "child")
    assert [c["child"] for c in children] == [pseudonym(raw) for raw in RAW_IDS[:3]]
    assert [c["GenderCurrent"] for c in children] == ["1", "0", "2"]
    assert "Sex" not in children[0]
    assert [c["Ethnicity"] for c in children] == ["WBRI", "NOBT", "BAFR"]
    assert children[2]["PersonDeathDate"] == date(2018, 1, 10)
    assert children[1]["UPNunknown"] == "UN1"

    episodes = table(result, "cin_episode")
    assert [(e["episode"], e["ReferralNFA"]) for e in episodes] == [
        (1, False),
        (2, False),
        (1, True),
        (1, False),
    ]
    assert episodes[0]["child"] == episodes[1]["child"] == pseudonym("RAWID-ALPHA-0001")
    assert episodes[0]["CINclosureDate"] == date(2017, 9, 30)
    assert episodes[2]["PrimaryNeedCode"] is None

    factors = table(result, "assessment_factor")
    assert [(f["episode"], f["assessment"], f["AssessmentFactors"]) for f in factors] == [
        (1, 1, "3B"),
        (1, 1, "4B"),
        (1, 2, "21"),
        (2, 1, "16A"),
    ]
    reviews = table(result, "cp_review")
    assert [(r["episode"], r["cp_plan"], r["review"], r["CPPreviewDate"]) for r in reviews] == [
        (1, 1, 1, date(2017, 7, 10)),
        (1, 1, 2, date(2017, 8, 20)),
        (2, 1, 1, date(2018, 3, 1)),
    ]
    enquiries = table(result, "section47")
    assert [e["ICPCnotRequired"] for e in enquiries] == [False, True, True]
    assert [d["Disability"] for d in table(result, "disability")] == ["MOB", "LD", "NONE"]


@pytest.mark.django_db
def test_a_2024_25_file_with_sex_and_cin_plan_dates_imports():
    result = import_cin(VALID_2025)

    assert result.status is Status.IMPORTED, [f.describe() for f in result.findings]
    assert importer_findings(result) == []
    assert result.collection_year == 2025
    assert result.as_at == date(2025, 3, 31)
    assert result.row_counts == COUNTS_2025

    children = table(result, "child")
    assert [c["Sex"] for c in children] == ["F", "U"]
    assert "GenderCurrent" not in children[0]
    episodes = table(result, "cin_episode")
    # Codes new in 2022-23 are valid here.
    assert (episodes[0]["ReferralSource"], episodes[0]["ReasonForClosure"]) == ("5D", "RC9")
    plans = table(result, "cin_plan")
    assert [
        (p["episode"], p["cin_plan"], p["CINPlanStartDate"], p["CINPlanEndDate"]) for p in plans
    ] == [
        (1, 1, date(2024, 5, 2), date(2024, 8, 1)),
        (1, 2, date(2024, 9, 1), date(2024, 11, 30)),
        (1, 1, date(2025, 1, 25), None),
    ]
    assert plans[2]["child"] == pseudonym("RAWID-ECHO-0005")
    assert {f["AssessmentFactors"] for f in table(result, "assessment_factor")} == {
        "18B",
        "24A",
        "4B",
    }


@pytest.mark.django_db
def test_birth_dates_are_kept_to_the_month_and_upns_are_dropped():
    result = import_cin(VALID_2018)
    children = table(result, "child")

    assert [c["PersonBirthDate"] for c in children] == [date(2010, 6, 1), None, date(2005, 12, 1)]
    assert [c["ExpectedPersonBirthDate"] for c in children] == [None, date(2018, 5, 1), None]
    assert "UPN" not in children[0]
    assert "FormerUPN" not in children[0]
    assert [c["UPN_given"] for c in children] == [True, False, True]
    assert [c["FormerUPN_given"] for c in children] == [False, False, True]

    leap = table(import_cin(VALID_2025), "child")
    assert leap[0]["PersonBirthDate"] == date(2012, 2, 1)


@pytest.mark.django_db
def test_what_dfe_checks_of_the_dropped_identifiers_is_kept_instead():
    # Child 1's UPN Q937123456789 and child 3's K937987654321 (former Y937111111111) are
    # valid (their check letters worked out as in test_cin_identifiers); child 2 has none.
    children = table(import_cin(VALID_2018), "child")

    assert [c["UPN_form"] for c in children] == ["A937999999999", None, "A937999999999"]
    assert [c["UPN_check"] for c in children] == [True, None, True]
    assert [c["FormerUPN_form"] for c in children] == [None, None, "A937999999999"]
    keys = [c["UPN_key"] for c in children]
    assert keys[1] is None
    assert keys[0] != keys[2]
    # RAWID-ALPHA-0001, RAWID-BRAVO-0002, RAWID-CHARLIE-0003: hyphens are not alphanumeric.
    assert [c["LAchildID_length"] for c in children] == [16, 16, 18]
    assert [c["LAchildID_alphanumeric"] for c in children] == [False, False, False]


@pytest.mark.django_db
def test_dfe_rules_read_what_was_kept_and_report_without_refusing():
    # The 2024-25 file's ids (RAWID-DELTA-0004...) hold hyphens: DfE's rule 1580 from 2024-25,
    # read from LAchildID_alphanumeric, as the ids themselves are not stored.
    result = import_cin(VALID_2025)

    reported = [f for f in result.findings if f.rule == "1580"]
    assert [(f.position.split(" (")[0], f.value) for f in reported] == [
        ("child 1", ""),
        ("child 2", ""),
    ]
    assert all(f.severity is Severity.ERROR and not f.refuses for f in reported)
    assert result.status is Status.IMPORTED
    # The 2017-18 file is older than the rule.
    assert not [f for f in import_cin(VALID_2018).findings if f.rule == "1580"]


@pytest.mark.django_db
def test_the_header_is_kept_as_given():
    [header] = table(import_cin(VALID_2018), "header")

    assert {k: header[k] for k in ("Collection", "Year", "ReferenceDate", "LEA")} == {
        "Collection": "CIN",
        "Year": "2018",
        "ReferenceDate": "2018-03-31",
        "LEA": "999",
    }
    assert header["_file"] == "cin_2018_valid.xml"


@pytest.mark.django_db
def test_no_previous_plans_is_kept_as_zero_not_missing():
    result = import_cin(VALID_2018)
    plans = table(result, "cp_plan")

    assert [p["NumberOfPreviousCPP"] for p in plans] == [0, 1, 2]
    assert [(p["episode"], p["cp_plan"]) for p in plans] == [(1, 1), (2, 1), (2, 2)]
    assert plans[0]["CPPendDate"] == date(2017, 9, 1)
    assert plans[1]["CPPendDate"] is None


@pytest.mark.django_db
def test_positions_name_the_child_and_the_line_never_the_id():
    result = import_cin(VALID_2018)
    lines = VALID_2018.read_text().splitlines()
    first_child_line = lines.index("    <Child>") + 1

    children = table(result, "child")
    assert children[0]["_position"] == f"child 1 (line {first_child_line})"
    assert children[1]["_position"].startswith("child 2 (line ")
    for name in set(COUNTS_2018) - {"header"}:
        for row in table(result, name):
            assert row["_position"].startswith("child ")
            assert not any(raw in row["_position"] for raw in RAW_IDS)
    [header] = table(result, "header")
    assert header["_position"] == f"Header (line {lines.index('  <Header>') + 1})"


@pytest.mark.django_db
def test_reimporting_the_same_file_is_a_duplicate_that_changes_nothing():
    first = import_cin(VALID_2018)
    assert first.status is Status.IMPORTED
    folders = sorted(p.name for p in settings.WORKSPACE.snapshots_dir.iterdir())

    again = import_cin(VALID_2018)

    assert again.status is Status.DUPLICATE
    assert again.message == (
        f"This file was imported before, as snapshot {first.snapshot.pk}: nothing was changed."
    )
    assert again.snapshot.pk == first.snapshot.pk
    assert again.row_counts == COUNTS_2018
    assert Snapshot.objects.count() == 1
    assert sorted(p.name for p in settings.WORKSPACE.snapshots_dir.iterdir()) == folders


@pytest.mark.django_db
def test_unknown_elements_are_ignored_with_a_warning_and_the_file_is_kept():
    result = import_cin(FIXTURES / "unknown_elements.xml")

    assert result.status is Status.IMPORTED
    assert result.exit_code == 1
    messages = {
        f.field: f
        for f in importer_findings(result)
        if f.severity is Severity.WARNING and f.rule != "SB-CIN-002"
    }
    assert set(messages) == {"FavouriteColour", "PreProceedingsandFGDM"}
    colour = messages["FavouriteColour"]
    assert colour.severity is Severity.WARNING
    assert colour.message.startswith(
        "<FavouriteColour> inside <ChildIdentifiers> is not part of the 2017-18 CIN census "
        "and was ignored (once at child 1 (line "
    )
    assert colour.file == "unknown_elements.xml"
    assert "blue" not in colour.describe()
    assert result.row_counts["child"] == 2


@pytest.mark.django_db
def test_a_collection_year_given_that_differs_from_the_file_is_an_error():
    result = import_cin(VALID_2018, collection_year=2019)

    assert result.status is Status.REFUSED
    [error] = result.blocking
    assert error.message == (
        "The file says it is the 2017-18 census (Year 2018), but the import was for 2018-19 (2019)."
    )
    assert error.position.startswith("Header (line ")
    assert Snapshot.objects.count() == 0


@pytest.mark.django_db
def test_an_as_at_date_given_that_differs_from_the_reference_date_is_an_error():
    result = import_cin(VALID_2018, as_at=date(2018, 3, 30))

    assert result.status is Status.REFUSED
    [error] = result.blocking
    assert error.field == "ReferenceDate"
    assert "ReferenceDate is 2018-03-31, but the import was for data as at 2018-03-30" in (
        error.message
    )


@pytest.mark.django_db
def test_the_year_and_date_given_are_used_when_they_agree():
    result = import_cin(VALID_2018, collection_year=2018, as_at=date(2018, 3, 31))

    assert result.status is Status.IMPORTED
    assert (result.collection_year, result.as_at) == (2018, date(2018, 3, 31))


@pytest.mark.django_db
def test_no_raw_identifier_reaches_the_workspace_or_a_message():
    snapshots_reconcile()
    results = [
        import_cin(path)
        for path in (
            VALID_2018,
            VALID_2025,
            FIXTURES / "missing_required.xml",
            FIXTURES / "unknown_codes.xml",
            FIXTURES / "unknown_elements.xml",
            FIXTURES / "date_impossible.xml",
        )
    ]
    assert [r.status for r in results[:2]] == [Status.IMPORTED, Status.IMPORTED]
    secrets = [raw.encode() for raw in RAW_IDS + RAW_UPNS]

    for path in settings.WORKSPACE.root.rglob("*"):
        if path.is_file() and path.parent != settings.WORKSPACE.secrets_dir:
            content = path.read_bytes()
            assert not any(secret in content for secret in secrets), path

    # Parquet is compressed, so also read every value back.
    connection = duckdb.connect()
    try:
        for parquet in settings.WORKSPACE.snapshots_dir.rglob("*.parquet"):
            rows = connection.execute("SELECT * FROM read_parquet(?)", [str(parquet)]).fetchall()
            values = {str(value) for row in rows for value in row}
            assert not values & set(RAW_IDS + RAW_UPNS), parquet
    finally:
        connection.close()

    for result in results:
        for finding in result.findings:
            text = " ".join(str(v) for v in finding.as_dict().values())
            assert not any(raw in text for raw in RAW_IDS + RAW_UPNS), finding
    for snapshot in Snapshot.objects.all():
        text = f"{snapshot.files} {snapshot.row_counts} {snapshot.folder}"
        assert not any(raw in text for raw in RAW_IDS + RAW_UPNS)


def test_code_lists_change_with_the_collection_year():
    assert "5D" not in cin_codelists.codes("ReferralSource", 2022)
    assert "5D" in cin_codelists.codes("ReferralSource", 2023)
    assert "RC9" not in cin_codelists.codes("ReasonForClosure", 2018)
    assert "RC9" in cin_codelists.codes("ReasonForClosure", 2023)
    factors = {year: cin_codelists.codes("AssessmentFactors", year) for year in (2020, 2021, 2022)}
    assert {"18A", "19A"} <= factors[2020]
    assert not {"18B", "18C", "19B", "19C"} & factors[2020]
    assert {"18B", "18C", "19B", "19C"} <= factors[2021]
    assert {"18A", "19A"} <= factors[2021]  # still accepted: DfE queries them from 2024-25
    assert "24A" not in factors[2021]
    assert "24A" in factors[2022]
    assert cin_codelists.codes("GenderCurrent", 2024) == {"0", "1", "2", "9"}
    assert cin_codelists.codes("GenderCurrent", 2025) == set()
    assert cin_codelists.codes("Sex", 2025) == {"M", "F", "U"}
    assert len(cin_codelists.codes("Ethnicity", 2018)) == 20
    assert cin_codelists.codes("UPNunknown", 2018) == {f"UN{i}" for i in range(1, 8)}
    assert get_kind("cin").codes("CategoryOfAbuse", 2018) == {"NEG", "PHY", "SAB", "EMO", "MUL"}
    with pytest.raises(KeyError, match="no code list 'Gender'"):
        cin_codelists.codes("Gender", 2018)


def test_the_tables_follow_the_collection_year():
    kind = get_kind("cin")
    child_2024 = kind.table_specs(2024)["child"]
    child_2025 = kind.table_specs(2025)["child"]

    assert child_2024.column("GenderCurrent").required
    assert "Sex" not in child_2024.column_names
    assert child_2025.column("Sex").required
    assert "GenderCurrent" not in child_2025.column_names
    assert set(kind.table_specs(2018)) == set(COUNTS_2018)
    stored = child_2024.arrow_schema().names
    assert "child" in stored
    assert "LAchildID" not in stored
    assert "UPN_given" in stored


MANY_CHILD = """    <Child>
      <ChildIdentifiers>
        <LAchildID>SYN{n:06d}</LAchildID>
        <PersonBirthDate>2012-0{month}-15</PersonBirthDate>
        <GenderCurrent>1</GenderCurrent>
      </ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2017-06-01</CINreferralDate>
        <ReferralSource>1A</ReferralSource>
        <ReferralNFA>false</ReferralNFA>
        <ChildProtectionPlans>
          <CPPstartDate>2017-06-20</CPPstartDate>
          <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
          <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
        </ChildProtectionPlans>
      </CINdetails>
    </Child>
"""


def write_many(path: Path, children: int) -> Path:
    """A census of many similar synthetic children (written for the test, never committed)."""
    header = VALID_2018.read_text().split("<Children>")[0]
    with path.open("w") as handle:
        handle.write(header + "<Children>\n")
        for n in range(children):
            handle.write(MANY_CHILD.format(n=n, month=n % 9 + 1))
        handle.write("  </Children>\n</Message>\n")
    return path


@pytest.mark.django_db
def test_a_file_of_many_children_streams_through(tmp_path):
    result = import_cin(write_many(tmp_path / "many.xml", 3_000))

    assert result.status is Status.IMPORTED
    assert result.row_counts["child"] == 3_000
    assert result.row_counts["cp_plan"] == 3_000
    children = table(result, "child")
    assert children[-1]["_position"] == f"child 3000 (line {20 + 2999 * 19})"
    assert children[-1]["child"] == pseudonym("SYN002999")


@pytest.mark.django_db
def test_a_file_in_a_default_namespace_reads_the_same(tmp_path):
    namespaced = tmp_path / "namespaced.xml"
    namespaced.write_text(
        VALID_2018.read_text().replace(
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
            'xmlns="http://www.example.org/synthetic-cin"',
        )
    )
    result = import_cin(namespaced)

    assert result.status is Status.IMPORTED, [f.describe() for f in result.findings]
    assert importer_findings(result) == []
    assert result.row_counts == COUNTS_2018
