"""The synthetic partnership: deterministic, well-formed, invariant-keeping, report-shaped.

Everything is checked from the files written, with code independent of the
generator's: the column sets, code lists and rules are written out here from
FORMATS.md. No database is needed.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from lxml import etree

from safeboard.synth import synth_write
from safeboard.synth.broken import BREAKER_NAMES
from safeboard.synth.cli import synth

# ---- FORMATS.md, written out independently ----------------------------------------------

SSDA903_COLUMNS = {
    "Header": {"CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"},
    "Episodes": {
        "CHILD",
        "DECOM",
        "RNE",
        "LS",
        "CIN",
        "PLACE",
        "PLACE_PROVIDER",
        "DEC",
        "REC",
        "REASON_PLACE_CHANGE",
        "HOME_POST",
        "PL_POST",
        "URN",
    },
    "Reviews": {"CHILD", "DOB", "REVIEW", "REVIEW_CODE"},
    "UASC": {"CHILD", "SEX", "DOB", "DUC"},
    "OC2": {
        "CHILD",
        "DOB",
        "SDQ_SCORE",
        "SDQ_REASON",
        "CONVICTED",
        "HEALTH_CHECK",
        "IMMUNISATIONS",
        "TEETH_CHECK",
        "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE",
        "INTERVENTION_RECEIVED",
        "INTERVENTION_OFFERED",
    },
    "OC3": {"CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"},
    "AD1": {
        "CHILD",
        "DOB",
        "DATE_INT",
        "DATE_MATCH",
        "FOSTER_CARE",
        "NB_ADOPTR",
        "SEX_ADOPTR",
        "LS_ADOPTR",
    },
    "PlacedAdoption": {"CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"},
    "PrevPerm": {"CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"},
    "Missing": {"CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"},
    "SWEpisodes": {"CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"},
    "DoLo": {"CHILD", "DOB", "DOLO_START", "DOLO_END"},
}
SSDA903_DATES = {
    "DOB",
    "MC_DOB",
    "DECOM",
    "DEC",
    "REVIEW",
    "DUC",
    "DATE_INT",
    "DATE_MATCH",
    "DATE_PLACED",
    "DATE_PLACED_CEASED",
    "DATE_PERM",
    "MIS_START",
    "MIS_END",
    "SW_DECOM",
    "SW_DEC",
    "DOLO_START",
    "DOLO_END",
}
ORDER = {
    "Message": ["Header", "Children"],
    "Header": ["CollectionDetails", "Source"],
    "CollectionDetails": ["Collection", "Year", "ReferenceDate"],
    "Source": ["SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"],
    "Child": ["ChildIdentifiers", "ChildCharacteristics", "CINdetails"],
    "ChildIdentifiers": [
        "LAchildID",
        "UPN",
        "FormerUPN",
        "UPNunknown",
        "PersonBirthDate",
        "ExpectedPersonBirthDate",
        "GenderCurrent",
        "Sex",
        "PersonDeathDate",
    ],
    "ChildCharacteristics": ["Ethnicity", "Disabilities"],
    "CINdetails": [
        "CINreferralDate",
        "ReferralSource",
        "PrimaryNeedCode",
        "CINclosureDate",
        "ReasonForClosure",
        "DateOfInitialCPC",
        "Assessments",
        "CINPlanDates",
        "Section47",
        "ReferralNFA",
        "ChildProtectionPlans",
    ],
    "Assessments": [
        "AssessmentActualStartDate",
        "AssessmentInternalReviewDate",
        "AssessmentAuthorisationDate",
        "FactorsIdentifiedAtAssessment",
    ],
    "CINPlanDates": ["CINPlanStartDate", "CINPlanEndDate"],
    "Section47": ["S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired"],
    "ChildProtectionPlans": [
        "CPPstartDate",
        "CPPendDate",
        "InitialCategoryOfAbuse",
        "LatestCategoryOfAbuse",
        "NumberOfPreviousCPP",
        "Reviews",
    ],
}
SOURCES = "1A 1B 1C 1D 2A 2B 3A 3B 3C 3D 3E 3F 4 5A 5B 5C 6 7 8 9 10".split()
ETHNICITIES = set(
    "WBRI WIRI WIRT WOTH WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH "
    "REFU NOBT".split()
)
FACTORS_BASE = set(
    "1A 1B 1C 2A 2B 2C 3A 3B 3C 4A 4B 4C 5A 5B 5C 6A 6B 6C 7A 8B 8C 8D 8E 8F 9A 10A 11A 12A 13A "
    "14A 15A 16A 17A 20 21 22A 23A".split()
)
DISTRICTS = {"E07000218", "E07000219", "E07000220", "E07000221", "E07000222"}
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
UK_DATE = re.compile(r"^\d{2}/\d{2}/\d{4}$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CIN_DATES = {
    "PersonBirthDate",
    "ExpectedPersonBirthDate",
    "PersonDeathDate",
    "CINreferralDate",
    "CINclosureDate",
    "DateOfInitialCPC",
    "AssessmentActualStartDate",
    "AssessmentAuthorisationDate",
    "CINPlanStartDate",
    "CINPlanEndDate",
    "S47ActualStartDate",
    "InitialCPCtarget",
    "CPPstartDate",
    "CPPendDate",
    "CPPreviewDate",
}


def sources(year):
    return set(SOURCES) | ({"5D"} if year >= 2023 else set())


def closure_reasons(year):
    return {f"RC{i}" for i in range(1, 9)} | ({"RC9"} if year >= 2023 else set())


def factors(year):
    if year < 2021:
        return FACTORS_BASE | {"18A", "19A"}
    extra = {"18B", "18C", "19B", "19C"} | ({"24A"} if year >= 2022 else set())
    return FACTORS_BASE | extra


def tables_of(year):
    names = set(SSDA903_COLUMNS) - {"SWEpisodes", "DoLo"}
    return (
        names | ({"SWEpisodes"} if year >= 2024 else set()) | ({"DoLo"} if year >= 2027 else set())
    )


def upn_valid(upn: str) -> bool:
    if not re.fullmatch(r"[A-Z]\d{12}", upn):
        return False
    total = sum(int(ch) * i for i, ch in enumerate(upn[1:], start=2))
    return upn[0] == UPN_LETTERS[total % 23]


def iso(text):
    return date.fromisoformat(text) if text else None


def uk(text):
    if not text:
        return None
    day, month, year = text.split("/")
    return date(int(year), int(month), int(day))


def plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def age(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# ---- reading the files -----------------------------------------------------------------


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def cin_children(out: Path, year: int):
    tree = etree.parse(str(out / f"cin_{year}.xml"))
    return tree.getroot(), tree.getroot().findall("Children/Child")


def ssda903(out: Path, year: int) -> dict[str, list[dict]]:
    folder = out / f"ssda903_{year}"
    return {path.stem: read_csv(path)[1] for path in sorted(folder.glob("*.csv"))}


# ---- the invariants, each a detector that lists what breaks it -------------------------


def problems(out: Path, years) -> dict[str, list[str]]:
    """Every broken row found, by the check it breaks (empty lists when all is well)."""
    found: dict[str, list[str]] = defaultdict(list)
    # (child, referral) -> [first assessment start, first plan start], over every year:
    # a census leaves out assessments completed in earlier years.
    across: dict[tuple, list] = defaultdict(lambda: [None, None])
    for year in years:
        _cin_problems(out, year, found, across)
        _ssda903_problems(out, year, found)
    window_start = date(min(years) - 1, 4, 1)
    for (child, referral), (assessment, plan) in across.items():
        if plan is not None and referral >= window_start:
            if assessment is None or assessment > plan:
                found["event_order"].append(f"{child} referral {referral} plan before assessment")
    return found


def _cin_problems(out, year, found, across):
    reference = date(year, 3, 31)
    _, children = cin_children(out, year)
    for child in children:
        cid = child.findtext("ChildIdentifiers/LAchildID")
        where = f"{year} {cid}"
        ids = child.find("ChildIdentifiers")
        birth = iso(ids.findtext("PersonBirthDate"))
        expected = iso(ids.findtext("ExpectedPersonBirthDate"))
        upn = ids.findtext("UPN")
        for text in (upn, ids.findtext("FormerUPN")):
            if text and not upn_valid(text):
                found["upn_check_letter"].append(f"{where} {text}")
        gender = ids.findtext("GenderCurrent") if year <= 2024 else ids.findtext("Sex")
        if birth is None and expected is not None and gender not in ("0", "U"):
            found["unborn_gender"].append(where)
        if birth is None and expected is None:
            found["no_birth_date"].append(where)
        if child.findtext("ChildCharacteristics/Ethnicity") not in ETHNICITIES:
            found["code_not_in_year"].append(f"{where} ethnicity")
        for element in child.iter():
            if element.tag in CIN_DATES and element.tag not in (
                "ExpectedPersonBirthDate",
                "InitialCPCtarget",
            ):
                if iso(element.text) > reference:
                    found["date_after_reference"].append(f"{where} {element.tag}")
        previous = None  # the previous episode's closure; "open" when it has none
        details = sorted(child.findall("CINdetails"), key=lambda d: d.findtext("CINreferralDate"))
        for detail in details:
            referral = iso(detail.findtext("CINreferralDate"))
            closure = iso(detail.findtext("CINclosureDate"))
            here = f"{where} referral {referral}"
            if previous == "open" or (previous is not None and referral <= previous):
                found["overlapping_cin_episodes"].append(here)
            previous = closure if closure is not None else "open"
            if detail.findtext("ReferralSource") not in sources(year):
                found["code_not_in_year"].append(f"{here} source")
            reason = detail.findtext("ReasonForClosure")
            if reason is not None and reason not in closure_reasons(year):
                found["code_not_in_year"].append(f"{here} reason {reason}")
            if closure is not None and closure < referral:
                found["closure_before_referral"].append(here)
            if detail.findtext("ReferralNFA") == "true" and closure != referral:
                found["nfa_not_closed_same_day"].append(here)
            if birth is not None and birth > referral + timedelta(days=300):
                found["birth_after_referral"].append(here)
            if birth is not None and birth <= referral and age(birth, referral) > 17:
                found["age_over_17"].append(here)
            events = []
            for assessment in detail.findall("Assessments"):
                start = iso(assessment.findtext("AssessmentActualStartDate"))
                auth = iso(assessment.findtext("AssessmentAuthorisationDate"))
                first = across[(cid, referral)]
                first[0] = min(first[0] or start, start)
                if start < referral:
                    found["assessment_before_referral"].append(here)
                if auth is not None and auth < start:
                    found["event_order"].append(f"{here} authorised before start")
                events += [start, auth]
                for code in assessment.iterfind("FactorsIdentifiedAtAssessment/AssessmentFactors"):
                    if code.text not in factors(year):
                        found["code_not_in_year"].append(f"{here} factor {code.text}")
            if detail.findall("CINPlanDates") and year < 2022:
                found["code_not_in_year"].append(f"{here} CINPlanDates before 2021-22")
            for plan in detail.findall("CINPlanDates"):
                start = iso(plan.findtext("CINPlanStartDate"))
                end = iso(plan.findtext("CINPlanEndDate"))
                if start < referral or (end is not None and end < start):
                    found["event_order"].append(f"{here} CIN plan")
                events += [start, end]
            for s47 in detail.findall("Section47"):
                start = iso(s47.findtext("S47ActualStartDate"))
                icpc = iso(s47.findtext("DateOfInitialCPC"))
                if start < referral or (icpc is not None and icpc < start):
                    found["event_order"].append(f"{here} section 47")
                events += [start, icpc]
            for plan in detail.findall("ChildProtectionPlans"):
                start = iso(plan.findtext("CPPstartDate"))
                end = iso(plan.findtext("CPPendDate"))
                if end is not None and end < start:
                    found["plan_end_before_start"].append(here)
                if start < referral:
                    found["event_order"].append(f"{here} plan before referral")
                first = across[(cid, referral)]
                first[1] = min(first[1] or start, start)
                for review in plan.iterfind("Reviews/CPPreviewDate"):
                    day = iso(review.text)
                    if day < start or (end is not None and day > end):
                        found["event_order"].append(f"{here} review outside plan")
                if plan.findtext("LatestCategoryOfAbuse") not in (
                    "NEG",
                    "PHY",
                    "SAB",
                    "EMO",
                    "MUL",
                ):
                    found["code_not_in_year"].append(f"{here} category")
                if int(plan.findtext("NumberOfPreviousCPP")) < 0:
                    found["event_order"].append(f"{here} previous plans")
                events += [start]
            if closure is not None and closure >= referral:
                if any(e is not None and e > closure for e in events):
                    found["event_after_closure"].append(here)


def _ssda903_problems(out, year, found):
    reference = date(year, 3, 31)
    tables = ssda903(out, year)
    dob = {row["CHILD"]: uk(row["DOB"]) for row in tables["Header"]}
    for name, rows in tables.items():
        for row in rows:
            for column, value in row.items():
                if column in SSDA903_DATES and value:
                    if not UK_DATE.match(value):
                        found["date_format"].append(f"{year} {name} {column} {value}")
                    elif uk(value) > reference:
                        found["date_after_reference"].append(f"{year} {name} {column}")
    for row in tables["Header"]:
        if row["UPN"] and not row["UPN"].startswith("UN") and not upn_valid(row["UPN"]):
            found["upn_check_letter"].append(f"{year} 903 {row['CHILD']}")
        sexes = {"M", "F", "U"} if year >= 2025 else {"1", "2"}
        if row["SEX"] not in sexes:
            found["code_not_in_year"].append(f"{year} 903 SEX {row['SEX']}")
    episodes = defaultdict(list)
    for row in tables["Episodes"]:
        episodes[row["CHILD"]].append(row)
        if row["CHILD"] not in dob:
            found["episode_without_header"].append(row["CHILD"])
    care = defaultdict(list)
    for child, rows in episodes.items():
        rows.sort(key=lambda r: uk(r["DECOM"]))
        birth = dob.get(child)
        for i, row in enumerate(rows):
            start, end = uk(row["DECOM"]), uk(row["DEC"])
            where = f"{year} {child} {row['DECOM']}"
            care[child].append((start, end))
            if end is not None and end < start:
                found["episode_end_before_start"].append(where)
            if birth is not None:
                if age(birth, start) > 17:
                    found["age_over_17"].append(f"{where} in care")
                if end is not None and end > plus_years(birth, 18):
                    found["age_over_17"].append(f"{where} care after 18")
            following = rows[i + 1] if i + 1 < len(rows) else None
            if row["REC"] == "X1":
                if following is None or uk(following["DECOM"]) != end:
                    found["episode_chain_gap"].append(where)
                elif following["RNE"] == "S":
                    found["episode_chain"].append(f"{where} X1 then a new period")
            elif following is not None:
                if end is None:
                    found["episode_chain"].append(f"{where} open, not last")
                elif following["RNE"] != "S" or uk(following["DECOM"]) <= end:
                    found["episode_chain"].append(f"{where} ended, then not a new period")
            if i and row["RNE"] != "S" and rows[i - 1]["REC"] != "X1":
                found["episode_chain"].append(f"{where} continues an ended episode")
            if row["REC"] in ("E43", "E44") and year > 2020:
                found["code_not_in_year"].append(f"{where} {row['REC']}")
            if row["REC"] in ("E45", "E46", "E47", "E48") and year <= 2020:
                found["code_not_in_year"].append(f"{where} {row['REC']}")
            if row["PLACE"] in ("H5", "P2", "Z1") and year >= 2026:
                found["code_not_in_year"].append(f"{where} {row['PLACE']}")
    missing = defaultdict(list)
    for row in tables["Missing"]:
        start, end = uk(row["MIS_START"]), uk(row["MIS_END"])
        where = f"{year} {row['CHILD']} {row['MIS_START']}"
        if end is not None and end < start:
            found["missing_end_before_start"].append(where)
        if not any(s <= start and (e is None or start <= e) for s, e in care[row["CHILD"]]):
            found["missing_outside_care"].append(where)
        missing[row["CHILD"]].append((start, end))
    for child, spells in missing.items():
        spells.sort()
        for (_, end), (start, _) in zip(spells, spells[1:], strict=False):
            if end is None or start <= end:
                found["missing_overlap"].append(f"{year} {child} {start}")


# ---- runs, made once per module ----------------------------------------------------------


def write(out: Path, **kwargs):
    return synth_write(out=out, **kwargs)


@pytest.fixture(scope="module")
def decade(tmp_path_factory):
    """Ten years, 2017-18 to 2026-27: every code-list era of FORMATS.md."""
    out = tmp_path_factory.mktemp("decade")
    return out, write(out, children=900, years=10, seed=5, last_year=2027)


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    out = tmp_path_factory.mktemp("broken")
    return out, write(out, children=900, years=3, seed=5, last_year=2024, errors=True)


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    """The source report's scale: 12,000 children, one year (2017-18)."""
    out = tmp_path_factory.mktemp("county")
    return out, write(out, children=12_000, years=1, seed=2018)


def digest(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


# ---- determinism ----------------------------------------------------------------------------


def test_the_same_seed_writes_byte_identical_files(tmp_path):
    first = write(tmp_path / "a", children=400, years=2, seed=7, last_year=2024)
    write(tmp_path / "b", children=400, years=2, seed=7, last_year=2024)
    hashes = digest(tmp_path / "a")
    assert hashes == digest(tmp_path / "b")
    assert len(hashes) == len(first.files)


def test_a_different_seed_writes_different_files(tmp_path):
    write(tmp_path / "a", children=400, years=1, seed=7)
    write(tmp_path / "b", children=400, years=1, seed=8)
    a, b = digest(tmp_path / "a"), digest(tmp_path / "b")
    assert a.keys() == b.keys()
    assert a["cin_2018.xml"] != b["cin_2018.xml"]
    assert a["ssda903_2018/Episodes.csv"] != b["ssda903_2018/Episodes.csv"]


def test_broken_rows_change_nothing_else(tmp_path):
    """With errors on, the files differ only where rows were broken."""
    write(tmp_path / "clean", children=300, years=1, seed=3)
    write(tmp_path / "broken", children=300, years=1, seed=3, errors=True)
    clean = (tmp_path / "clean" / "contacts_2018.csv").read_bytes()
    assert clean == (tmp_path / "broken" / "contacts_2018.csv").read_bytes()
    lines = (tmp_path / "clean" / "cin_2018.xml").read_text().splitlines()
    other = (tmp_path / "broken" / "cin_2018.xml").read_text().splitlines()
    assert len(lines) == len(other)
    assert 0 < sum(a != b for a, b in zip(lines, other, strict=True)) < 20


# ---- the files and their structure ------------------------------------------------------


def test_every_file_of_every_year_is_written(decade):
    out, summary = decade
    for year in range(2018, 2028):
        assert (out / f"cin_{year}.xml").is_file()
        assert (out / f"contacts_{year}.csv").is_file()
        assert {p.stem for p in (out / f"ssda903_{year}").glob("*.csv")} == tables_of(year)
    for name in ("characteristics.csv", "population.csv", "baseline.csv"):
        assert (out / name).is_file()
    assert all(path.is_file() for path in summary.files)
    assert set(summary.counts) == set(range(2018, 2028))


def test_each_cin_census_parses_with_its_header_and_gender_element(decade):
    out, _ = decade
    for year in range(2018, 2028):
        root, children = cin_children(out, year)
        assert root.tag == "Message"
        assert root.findtext("Header/CollectionDetails/Collection") == "CIN"
        assert root.findtext("Header/CollectionDetails/Year") == str(year)
        assert root.findtext("Header/CollectionDetails/ReferenceDate") == f"{year}-03-31"
        assert root.findtext("Header/Source/LEA") == "937"
        assert children
        wanted, unwanted = ("GenderCurrent", "Sex") if year <= 2024 else ("Sex", "GenderCurrent")
        for child in children:
            assert child.find(f"ChildIdentifiers/{wanted}") is not None
            assert child.find(f"ChildIdentifiers/{unwanted}") is None
            assert child.findall("CINdetails")


def test_cin_elements_come_in_the_order_of_formats(decade):
    out, _ = decade
    for year in (2018, 2022, 2027):
        root, _ = cin_children(out, year)
        for element in root.iter():
            order = ORDER.get(element.tag)
            if order is None:
                continue
            tags = [child.tag for child in element]
            assert set(tags) <= set(order), (element.tag, tags)
            positions = [order.index(tag) for tag in tags]
            assert positions == sorted(positions), (year, element.tag, tags)


def test_cin_dates_are_iso_dates(decade):
    out, _ = decade
    root, _ = cin_children(out, 2020)
    for element in root.iter(*CIN_DATES):
        assert ISO_DATE.match(element.text), (element.tag, element.text)


def test_code_lists_follow_the_year(decade):
    """5D and RC9 from 2022-23, 18B-19C from 2020-21, 24A from 2021-22, plan dates from 2021-22."""
    out, _ = decade
    seen = defaultdict(set)
    for year in range(2018, 2028):
        root, _ = cin_children(out, year)
        seen[year] |= {e.text for e in root.iter("ReferralSource", "ReasonForClosure")}
        seen[year] |= {e.text for e in root.iter("AssessmentFactors")}
        seen[year] |= {"CINPlanDates"} if root.find(".//CINPlanDates") is not None else set()
    for year, values in seen.items():
        assert ("5D" in values) == (year >= 2023), year
        assert ("RC9" in values) == (year >= 2023), year
        assert ("18A" in values) == (year < 2021), year
        assert ("18C" in values) == (year >= 2021), year
        assert ("24A" in values) <= (year >= 2022), year
        assert ("CINPlanDates" in values) == (year >= 2022), year
    assert any("24A" in seen[year] for year in range(2022, 2028))


def test_every_ssda903_file_has_exactly_one_formats_column_set(decade):
    out, _ = decade
    for year in range(2018, 2028):
        for path in sorted((out / f"ssda903_{year}").glob("*.csv")):
            columns, _ = read_csv(path)
            assert len(columns) == len(set(columns))
            matches = [name for name, cols in SSDA903_COLUMNS.items() if cols == set(columns)]
            assert matches == [path.stem], (year, path.name, columns)


def test_ssda903_sex_codes_change_in_2024_25(decade):
    out, _ = decade
    assert {r["SEX"] for r in ssda903(out, 2024)["Header"]} == {"1", "2"}
    assert {r["SEX"] for r in ssda903(out, 2025)["Header"]} <= {"M", "F", "U"}


def test_the_extracts_have_their_columns_and_values(decade):
    out, summary = decade
    columns, rows = read_csv(out / "characteristics.csv")
    assert columns == ["child_id", "district", "language"]
    assert {r["district"] for r in rows} <= DISTRICTS | {""}
    assert "" in {r["district"] for r in rows}
    languages = {r["language"] for r in rows}
    assert {"ENG", "ENB", "NOT", ""} <= languages
    assert languages - {"ENG", "ENB", "NOT", "REF", ""}  # some other first languages
    assert len({r["child_id"] for r in rows}) == len(rows) == summary.children_written

    columns, rows = read_csv(out / "population.csv")
    assert columns == ["area_code", "area_name", "mid_year", "population_0_17"]
    assert {(r["area_code"], int(r["mid_year"])) for r in rows} == {
        (code, year) for code in DISTRICTS for year in range(2017, 2027)
    }
    assert all(int(r["population_0_17"]) > 0 for r in rows)

    columns, rows = read_csv(out / "baseline.csv")
    assert columns == ["breakdown_dim", "breakdown_value", "percent", "source", "as_at"]
    totals = defaultdict(float)
    for row in rows:
        totals[(row["breakdown_dim"], row["as_at"])] += float(row["percent"])
    assert {dim for dim, _ in totals} == {"ethnicity", "language"}
    assert all(abs(total - 100) <= 0.2 for total in totals.values())

    for year in (2018, 2027):
        columns, rows = read_csv(out / f"contacts_{year}.csv")
        assert columns == [
            "Child Unique ID",
            "Gender",
            "Ethnicity",
            "Date of Birth",
            "Age of Child (Years)",
            "Date of Contact",
            "Contact Source",
        ]
        assert rows
        for row in rows:
            assert date(year - 1, 4, 1) <= uk(row["Date of Contact"]) <= date(year, 3, 31)
            if row["Age of Child (Years)"]:
                assert 0 <= int(row["Age of Child (Years)"]) <= 17


# ---- identifiers ------------------------------------------------------------------------


def test_identifiers_are_synthetic_and_upns_have_valid_check_letters(decade):
    out, _ = decade
    upns = 0
    for year in (2018, 2023, 2027):
        root, children = cin_children(out, year)
        for child in children:
            assert re.fullmatch(r"SYN\d{7}", child.findtext("ChildIdentifiers/LAchildID"))
            upn = child.findtext("ChildIdentifiers/UPN")
            unknown = child.findtext("ChildIdentifiers/UPNunknown")
            assert (upn is None) != (unknown is None)
            if upn:
                upns += 1
                assert upn_valid(upn), upn
                assert upn[1:4] == "937"
            else:
                assert unknown in {f"UN{i}" for i in range(1, 8)}
        for row in ssda903(out, year)["Header"]:
            assert row["UPN"] in {f"UN{i}" for i in range(1, 6)} or upn_valid(row["UPN"])
    assert upns > 100


def test_looked_after_children_share_ids_with_the_cin_census(decade):
    """CHILD in the SSDA903 is the CIN LAchildID; a share of looked-after children are in both."""
    out, _ = decade
    for year in (2018, 2027):
        _, children = cin_children(out, year)
        cin_ids = {c.findtext("ChildIdentifiers/LAchildID") for c in children}
        looked_after = {row["CHILD"] for row in ssda903(out, year)["Header"]}
        both = looked_after & cin_ids
        assert 0.3 * len(looked_after) < len(both) < len(looked_after)


# ---- invariants ------------------------------------------------------------------------------


def test_every_invariant_holds_without_errors(decade):
    out, _ = decade
    found = problems(out, range(2018, 2028))
    assert {kind: rows[:3] for kind, rows in found.items() if rows} == {}


def test_errors_add_a_broken_row_of_each_named_kind(broken):
    out, summary = broken
    assert set(summary.broken) == set(BREAKER_NAMES)
    assert all(count >= 1 for count in summary.broken.values()), summary.broken
    found = problems(out, range(2022, 2025))
    for name in BREAKER_NAMES:
        assert found[name], f"no row breaks {name}"


def test_broken_rows_are_off_by_default(decade):
    _, summary = decade
    assert summary.broken == {}


# ---- shapes at the source report's scale ---------------------------------------------------


def test_headline_counts_at_the_report_scale(county):
    out, summary = county
    counts = summary.counts[2018]
    assert 10_000 <= counts.children <= 14_000
    assert 8_000 <= counts.referrals <= 12_000
    assert 450 <= counts.cp_open <= 700
    assert 550 <= counts.looked_after <= 850
    assert 100 <= counts.missing_children <= 200
    assert 400 <= counts.missing_episodes <= 1_600
    assert counts.referrals < counts.contacts < 1.6 * counts.referrals


def test_the_summary_counts_what_the_files_hold(county):
    out, summary = county
    counts = summary.counts[2018]
    start, end = date(2017, 4, 1), date(2018, 3, 31)
    _, children = cin_children(out, 2018)
    assert len(children) == counts.children
    referrals = [
        iso(r.text)
        for r in children[0].getparent().iter("CINreferralDate")
        if start <= iso(r.text) <= end
    ]
    assert len(referrals) == counts.referrals
    on_plan = set()
    for child in children:
        for plan in child.iter("ChildProtectionPlans"):
            plan_end = iso(plan.findtext("CPPendDate"))
            if plan_end is None or plan_end > end:
                on_plan.add(child.findtext("ChildIdentifiers/LAchildID"))
    assert len(on_plan) == counts.cp_open
    tables = ssda903(out, 2018)
    assert len({r["CHILD"] for r in tables["Episodes"] if not r["DEC"]}) == counts.looked_after
    assert len(tables["Missing"]) == counts.missing_episodes


def test_shapes_are_close_to_the_source_report(county):
    out, _ = county
    start, end = date(2017, 4, 1), date(2018, 3, 31)
    _, children = cin_children(out, 2018)
    referrals = unborn = not_recorded = nfa = disabled = 0
    by_source = defaultdict(int)
    for child in children:
        birth = iso(child.findtext("ChildIdentifiers/PersonBirthDate"))
        ethnicity = child.findtext("ChildCharacteristics/Ethnicity")
        is_disabled = any(
            d.text != "NONE" for d in child.iterfind("ChildCharacteristics/Disabilities/Disability")
        )
        for detail in child.iterfind("CINdetails"):
            referral = iso(detail.findtext("CINreferralDate"))
            if not start <= referral <= end:
                continue
            referrals += 1
            born = birth is not None and birth <= referral
            unborn += not born
            not_recorded += born and ethnicity in ("NOBT", "REFU")
            nfa += detail.findtext("ReferralNFA") == "true"
            disabled += is_disabled
            by_source[detail.findtext("ReferralSource")] += 1
    assert 0.01 <= unborn / referrals <= 0.02
    assert 0.12 <= not_recorded / referrals <= 0.18
    assert 0.05 <= nfa / referrals <= 0.5
    assert 0.005 <= disabled / referrals <= 0.08
    # Table 2.4: schools and police are the biggest sources, then family and other health.
    top = sorted(by_source, key=by_source.get, reverse=True)[:4]
    assert set(top[:2]) == {"2A", "6"}
    assert set(top[2:]) <= {"1A", "3D", "8", "5A"}
    # Missing episodes are concentrated in a few children, a handful with 10 or more.
    per_child = defaultdict(int)
    for row in ssda903(out, 2018)["Missing"]:
        per_child[row["CHILD"]] += 1
    assert sum(1 for n in per_child.values() if n >= 2) > len(per_child) / 3
    assert 2 <= sum(1 for n in per_child.values() if n >= 10) <= 30


# ---- the command and the arguments ------------------------------------------------------


def test_the_command_writes_the_files_with_a_progress_bar(tmp_path):
    result = CliRunner().invoke(
        synth,
        [
            "--children",
            "300",
            "--years",
            "2",
            "--seed",
            "4",
            "--out",
            str(tmp_path),
            "--with-errors",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Generating children" in result.output
    assert "Wrote" in result.output
    assert "Deliberately broken rows" in result.output
    assert (tmp_path / "cin_2017.xml").is_file()
    assert (tmp_path / "cin_2018.xml").is_file()


def test_the_command_explains_every_option():
    for param in synth.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), param.name
    assert "Example:" in synth.help
    assert "safeboard synth" in synth.help.split("Example:")[1]


def test_progress_is_reported_up_to_the_total(tmp_path):
    calls = []
    write(tmp_path, children=300, years=1, seed=1, progress=lambda d, t: calls.append((d, t)))
    assert calls
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"children": 0, "years": 1}, "children"),
        ({"children": 10, "years": 0}, "years"),
        ({"children": 10, "years": 30, "last_year": 2018}, "between"),
    ],
)
def test_impossible_arguments_are_refused(tmp_path, kwargs, message):
    with pytest.raises(ValueError, match=message):
        write(tmp_path, seed=1, **kwargs)
