"""Bad and hostile CIN census files: each refused with a message, nothing stored changed.

Every test takes the state of the store (Snapshot rows and the snapshots
folder) before the import and asserts it is the same after.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings

from safeboard.returns import xmlio
from safeboard.returns.findings import Finding, Severity
from safeboard.returns.models import Snapshot
from safeboard.returns.pipeline import (
    LOCK_FILE,
    STAGING,
    Status,
    return_import,
    snapshots_reconcile,
)

FIXTURES = Path(__file__).parent / "fixtures" / "cin"
VALID_2018 = FIXTURES / "cin_2018_valid.xml"


def stored_state() -> tuple[int, list[str]]:
    root = settings.WORKSPACE.snapshots_dir
    listing = []
    if root.exists():
        for path in root.rglob("*"):
            relative = path.relative_to(root).as_posix()
            if relative not in (LOCK_FILE, STAGING):  # the lock and the (empty) staging folder
                listing.append(relative)
    return Snapshot.objects.count(), sorted(listing)


@pytest.fixture
def unchanged(db):
    """Asserts after the test that nothing stored changed."""
    snapshots_reconcile()  # what earlier tests' rolled-back imports left on disk
    before = stored_state()
    yield
    assert stored_state() == before
    assert before[0] == 0


def refused(path: Path, **kwargs) -> Finding:
    result = return_import(kind="cin", paths=[path], **kwargs)
    assert result.status is Status.REFUSED, result.findings
    assert result.snapshot is None
    assert result.errors
    return result.errors[0]


def test_an_external_entity_is_refused_and_the_file_is_never_read(unchanged, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT-42")
    hostile = tmp_path / "xxe.xml"
    hostile.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<!DOCTYPE Message [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        "<Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID>"
        "</ChildIdentifiers></Child></Children></Message>\n"
    )
    result = return_import(kind="cin", paths=[hostile])

    assert result.status is Status.REFUSED
    finding = result.findings[0]
    assert finding.rule == "SB-XML"
    assert finding.file == "xxe.xml"
    assert finding.position == "line 2"
    assert finding.message.startswith(
        "The file has a document type declaration (<!DOCTYPE ...>) before its root element, "
        "at line 2. Safeboard refuses any DTD in a return"
    )
    assert "external entities" in finding.message
    assert finding.guidance.startswith("A return never needs a DTD.")
    text = " ".join(" ".join(map(str, f.as_dict().values())) for f in result.findings)
    assert "TOP-SECRET-CONTENT-42" not in text
    for path in settings.WORKSPACE.root.rglob("*"):
        if path.is_file():
            assert b"TOP-SECRET-CONTENT-42" not in path.read_bytes(), path


def test_the_tree_check_refuses_a_dtd_even_past_the_prolog_check(unchanged, tmp_path, monkeypatch):
    """Defence in depth: with the byte scan switched off, the parsed tree's DTD is refused."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT-43")
    hostile = tmp_path / "xxe.xml"
    hostile.write_text(
        f'<!DOCTYPE Message [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
        "<Message><Children><Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID>"
        "</ChildIdentifiers><CINdetails/></Child></Children></Message>\n"
    )
    monkeypatch.setattr(xmlio, "_check_prolog", lambda *args: None)

    finding = refused(hostile)

    assert "document type declaration" in finding.message
    assert "TOP-SECRET-CONTENT-43" not in " ".join(map(str, finding.as_dict().values()))


def test_billion_laughs_is_refused(unchanged):
    finding = refused(FIXTURES / "billion_laughs.xml")

    assert finding.file == "billion_laughs.xml"
    assert finding.position == "line 2"
    assert "expand a few bytes into gigabytes (billion laughs)" in finding.message
    assert "lol" not in finding.message


def test_quadratic_blow_up_is_refused(unchanged):
    finding = refused(FIXTURES / "quadratic_blowup.xml")

    assert finding.file == "quadratic_blowup.xml"
    assert "make reading take hours (quadratic blow-up)" in finding.message
    assert "QQQ" not in finding.describe()


def test_any_doctype_is_refused(unchanged):
    finding = refused(FIXTURES / "doctype_plain.xml")

    assert finding.message.startswith(
        "The file has a document type declaration (<!DOCTYPE ...>) before its root element, "
        "at line 2."
    )
    assert finding.guidance == xmlio.DTD_GUIDANCE


def test_truncated_xml_is_refused(unchanged):
    finding = refused(FIXTURES / "truncated.xml")

    assert finding.file == "truncated.xml"
    assert finding.message.startswith("The file ends before its XML is complete (")
    assert "it looks cut short" in finding.message
    assert "Premature end of data in tag" in finding.message
    assert finding.guidance == "Copy or export the whole file again and import the new copy."


def test_malformed_xml_mid_file_names_the_line_and_elements(unchanged, tmp_path):
    text = VALID_2018.read_text().replace(
        "<Ethnicity>NOBT</Ethnicity>", "<Ethnicity>NOBT</Ethnicty>"
    )
    bad = tmp_path / "mismatch.xml"
    bad.write_text(text)
    line = text.splitlines().index("        <Ethnicity>NOBT</Ethnicty>") + 1

    finding = refused(bad)

    assert finding.message.startswith(f"The file is not well-formed XML at line {line}, column ")
    assert "Opening and ending tag mismatch: Ethnicity" in finding.message
    assert finding.position.startswith(f"line {line}, column ")


def test_a_wrong_root_element_is_refused(unchanged):
    finding = refused(FIXTURES / "wrong_root.xml")

    assert finding.message == (
        "The file's root element is <CINCensus>, not <Message>: this is not the kind of "
        "return that was chosen, or not a complete return."
    )
    assert finding.position == "line 2, element CINCensus"
    assert "a return starts with <Message>" in finding.guidance


def test_a_file_that_is_not_xml_is_refused(unchanged, tmp_path):
    csv = tmp_path / "episodes.csv"
    csv.write_text("CHILD,DECOM\nRAWID-X,2018-01-01\n")

    finding = refused(csv)

    assert finding.message == "The file is not XML: it does not start with an XML element."
    assert "RAWID-X" not in finding.describe()


def test_missing_required_elements_name_the_child_line_and_element(unchanged):
    path = FIXTURES / "missing_required.xml"
    lines = path.read_text().splitlines()
    child_lines = [i + 1 for i, line in enumerate(lines) if line == "    <Child>"]
    result = return_import(kind="cin", paths=[path])

    assert result.status is Status.REFUSED
    found = {(f.table, f.field, f.position): f for f in result.blocking}
    missing_id = found[("child", "LAchildID", f"child 2 (line {child_lines[1]})")]
    assert missing_id.message == "LAchildID is missing; it is required."
    assert missing_id.rule == "SB-REQUIRED"
    assert missing_id.file == "missing_required.xml"
    assert missing_id.guidance.startswith("Fill in LAchildID for this record")
    episode_line = lines.index("        <CINreferralDate>2017-07-01</CINreferralDate>")
    assert lines[episode_line - 1] == "      <CINdetails>"  # 1-based: the CINdetails line
    nfa = found[("cin_episode", "ReferralNFA", f"child 2 (line {episode_line})")]
    assert nfa.message == "ReferralNFA is missing; it is required."
    no_details = found[("cin_episode", "CINdetails", f"child 3 (line {child_lines[2]})")]
    assert no_details.message == (
        "<Child> has no <CINdetails>; every child in the census has at least one."
    )
    assert len(result.blocking) == 3


def test_an_impossible_date_is_refused(unchanged):
    result = return_import(kind="cin", paths=[FIXTURES / "date_impossible.xml"])

    assert result.status is Status.REFUSED
    [error] = result.blocking
    assert error.message == "CINreferralDate: '2017-02-30' is not a real date."
    assert (error.table, error.field, error.value) == (
        "cin_episode",
        "CINreferralDate",
        "2017-02-30",
    )
    assert error.position.startswith("child 1 (line ")
    assert error.child  # the pseudonym, not the raw id
    assert "RAWID" not in error.child


def test_a_date_in_the_wrong_format_is_refused(unchanged):
    result = return_import(kind="cin", paths=[FIXTURES / "date_wrong_format.xml"])

    assert result.status is Status.REFUSED
    [error] = result.blocking
    assert error.message == (
        "CINreferralDate: '30/03/2017' is not a date in the form YYYY-MM-DD, for example 2018-03-31."
    )
    assert error.field == "CINreferralDate"


def test_codes_unknown_in_the_collection_year_are_refused(unchanged):
    result = return_import(kind="cin", paths=[FIXTURES / "unknown_codes.xml"])

    assert result.status is Status.REFUSED
    messages = sorted(f.message for f in result.blocking)
    assert messages == [
        "ReasonForClosure 'RC9' is not a code of this collection year.",
        "ReferralSource '5D' is not a code of this collection year.",
    ]
    assert {f.rule for f in result.blocking} == {"SB-CODE"}
    assert all(f.position.startswith("child 1 (line ") for f in result.blocking)


def encoded(tmp_path: Path, name: str, text: str, encoding: str, bom: bytes = b"") -> Path:
    path = tmp_path / name
    path.write_bytes(bom + text.encode(encoding))
    return path


def accented_census(declared: str) -> str:
    """The valid 2017-18 census, declared as given, with an accented child id."""
    return (
        VALID_2018.read_text()
        .replace('encoding="UTF-8"', f'encoding="{declared}"')
        .replace("RAWID-ALPHA-0001", "RAWID-ÉCOLE-0001")
    )


@pytest.mark.parametrize(
    ("name", "declared", "encoding", "bom"),
    [
        ("utf16_bom.xml", "UTF-16", "utf-16-le", b"\xff\xfe"),
        ("utf16be_bom.xml", "UTF-16", "utf-16-be", b"\xfe\xff"),
        ("utf16_no_bom.xml", "UTF-16", "utf-16-le", b""),
        ("latin1.xml", "ISO-8859-1", "latin-1", b""),
        ("utf8_bom.xml", "UTF-8", "utf-8", b"\xef\xbb\xbf"),
    ],
)
@pytest.mark.django_db
def test_files_whose_declaration_and_bytes_agree_are_read(tmp_path, name, declared, encoding, bom):
    from tests.returns.test_cin_import import COUNTS_2018, pseudonym, table

    path = encoded(tmp_path, name, accented_census(declared), encoding, bom)
    result = return_import(kind="cin", paths=[path])

    assert result.status is Status.IMPORTED, [f.describe() for f in result.findings]
    assert result.row_counts == COUNTS_2018
    assert table(result, "child")[0]["child"] == pseudonym("RAWID-ÉCOLE-0001")


def test_utf16_with_a_bom_declared_utf8_is_refused(unchanged, tmp_path):
    path = encoded(tmp_path, "u16.xml", accented_census("UTF-8"), "utf-16-le", b"\xff\xfe")

    finding = refused(path)

    assert (
        finding.message == "The XML declaration says the file is UTF-8, but its bytes are UTF-16."
    )
    assert finding.position == "line 1"
    assert finding.guidance.startswith("Save the file as UTF-8")


def test_utf16_without_bom_or_declaration_is_refused(unchanged, tmp_path):
    text = accented_census("UTF-16").split("\n", 1)[1]  # no XML declaration
    path = encoded(tmp_path, "u16.xml", text, "utf-16-le")

    finding = refused(path)

    assert finding.message.startswith(
        "The file looks like UTF-16 but has neither a byte order mark nor an XML declaration"
    )


def test_latin1_bytes_declared_utf8_are_refused(unchanged, tmp_path):
    text = accented_census("UTF-8")
    path = encoded(tmp_path, "latin.xml", text, "latin-1")
    line = text.splitlines().index("        <LAchildID>RAWID-ÉCOLE-0001</LAchildID>") + 1

    finding = refused(path)

    assert finding.message.startswith(
        f"The file cannot be read as UTF-8, as its XML declaration says: at line {line}, column "
    )
    assert "bytes are not valid in that encoding" in finding.message
    assert "ÉCOLE" not in finding.describe()
    assert "COLE" not in finding.describe()
    assert 'encoding="ISO-8859-1"' in finding.guidance


def test_latin1_bytes_without_a_declaration_are_refused(unchanged, tmp_path):
    text = accented_census("UTF-8").split("\n", 1)[1]
    finding = refused(encoded(tmp_path, "latin.xml", text, "latin-1"))

    assert finding.message.startswith("The file cannot be read as UTF-8: at line ")


def test_utf8_declared_utf16_is_refused(unchanged, tmp_path):
    finding = refused(encoded(tmp_path, "x.xml", accented_census("UTF-16"), "utf-8"))

    assert finding.message == "The XML declaration says the file is UTF-16, but its bytes are not."


def test_an_unknown_declared_encoding_is_refused(unchanged, tmp_path):
    finding = refused(encoded(tmp_path, "x.xml", accented_census("KLINGON-8"), "utf-8"))

    assert finding.message == (
        "The XML declaration names the encoding 'KLINGON-8', which Safeboard does not know."
    )


def test_an_empty_file_is_refused(unchanged, tmp_path):
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")

    finding = refused(empty)

    assert (finding.file, finding.message) == ("empty.xml", "The file is empty.")


def test_a_file_of_only_blank_space_is_refused(unchanged, tmp_path):
    blank = tmp_path / "blank.xml"
    blank.write_bytes(b"\n \n\t\n")

    finding = refused(blank)

    assert (finding.file, finding.message) == ("blank.xml", "The file is empty.")


def test_a_file_over_the_size_limit_is_refused(unchanged, settings):
    settings.SAFEBOARD_MAX_IMPORT_BYTES = 1_000
    size = VALID_2018.stat().st_size

    finding = refused(VALID_2018)

    assert finding.message == f"The file is {size:,} bytes, over the limit of 1,000 bytes."
    assert "SAFEBOARD_MAX_IMPORT_BYTES" in finding.guidance


def test_a_file_without_children_is_refused(unchanged, tmp_path):
    text = VALID_2018.read_text()
    empty = tmp_path / "no_children.xml"
    empty.write_text(text.split("<Children>")[0] + "<Children/>\n</Message>\n")

    finding = refused(empty)

    assert finding.message == (
        "The file holds no <Child> inside <Children>: there is nothing to import."
    )


def test_a_file_without_a_collection_year_is_refused_unless_one_is_given(unchanged, tmp_path):
    text = VALID_2018.read_text()
    start, end = text.index("  <Header>"), text.index("</Header>") + len("</Header>\n")
    headless = tmp_path / "headless.xml"
    headless.write_text(text[:start] + text[end:])

    finding = refused(headless)

    assert finding.field == "Year"
    assert finding.message.startswith("The file does not say which collection year it is")
    assert finding.severity is Severity.ERROR

    result = return_import(kind="cin", paths=[headless], collection_year=2018, validate_only=True)
    assert result.status is Status.VALID
    assert result.collection_year == 2018


def test_a_single_element_given_twice_is_refused(unchanged, tmp_path):
    text = VALID_2018.read_text().replace(
        "<PersonBirthDate>2010-06-17</PersonBirthDate>",
        "<PersonBirthDate>2010-06-17</PersonBirthDate><PersonBirthDate>2010-07-17</PersonBirthDate>",
    )
    twice = tmp_path / "twice.xml"
    twice.write_text(text)

    error = refused(twice)
    assert (
        error.message
        == "<ChildIdentifiers> has more than one <PersonBirthDate>; the CIN census allows one."
    )
    assert error.position.startswith("child 1 (line ")
