"""Cutting a CIN census between children into pieces that parse apart (xml_split).

Hand-written files: the pieces' bytes are checked exactly, and where a file cannot
be cut safely the answer is None (the file is then read whole by every worker).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from safeboard.returns import xml_split
from safeboard.returns.kinds.base import InputFile
from safeboard.returns.xml_split import cut

PROLOG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<Message xmlns="http://www.dcsf.gov.uk/schemas/cbds">\n'
    b"  <Header><CollectionDetails><Year>2024</Year></CollectionDetails></Header>\n"
    b"  <Children>\n"
    b"    "
)
CLOSING = b"\n  </Children>\n</Message>\n"


def child(n: int) -> bytes:
    # Each child four lines long, its id the child's number.
    return (
        b"<Child>\n      <ChildIdentifiers><LAchildID>C%d</LAchildID></ChildIdentifiers>\n"
        b"      <CINdetails><CINreferralDate>2024-01-01</CINreferralDate></CINdetails>\n"
        b"    </Child>\n    " % n
    )


def census(tmp_path: Path, children: int = 40, prolog: bytes = PROLOG, name="cin.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(prolog + b"".join(child(n) for n in range(1, children + 1)) + CLOSING)
    return path


def read(piece) -> bytes:
    with piece.open() as stream:
        parts = []
        while chunk := stream.read(7):  # small reads: every boundary is crossed
            parts.append(chunk)
    return b"".join(parts)


def ids_and_lines(data: bytes) -> list[tuple[str, int]]:
    root = etree.fromstring(data)
    return [
        (element.findtext("{*}ChildIdentifiers/{*}LAchildID"), element.sourceline)
        for element in root.iter("{*}Child")
    ]


def test_pieces_hold_every_child_once_on_the_files_own_lines(tmp_path):
    path = census(tmp_path)
    data = path.read_bytes()
    pieces = cut(InputFile(path), 3)
    assert pieces is not None
    assert len(pieces) == 3
    whole = ids_and_lines(data)
    assert len(whole) == 40
    found = []
    for piece in pieces:
        text = read(piece)
        assert text.startswith(PROLOG)  # every piece opens as the file does
        assert text.endswith(b"</Children></Message>" if piece.end < len(data) else CLOSING)
        assert data[piece.start : piece.start + 7] == b"<Child>"  # cut at a start tag
        children = ids_and_lines(text)
        # Numbered on from the children before the piece; lines as in the whole file.
        assert [c for c, _ in children][:1] == [f"C{piece.children_before + 1}"]
        found += children
    assert found == whole


def test_the_first_piece_is_the_files_start(tmp_path):
    path = census(tmp_path)
    first = cut(InputFile(path), 2)[0]
    assert first.start == first.prolog_end == len(PROLOG)
    assert first.children_before == 0
    assert first.padding == 0
    assert read(first) == path.read_bytes()[: first.end] + b"</Children></Message>"


def test_a_prefixed_namespace_closes_with_its_prefix(tmp_path):
    prolog = PROLOG.replace(b"<Message xmlns=", b"<cbds:Message xmlns:cbds=").replace(
        b"<Children>", b"<cbds:Children>"
    )
    path = tmp_path / "prefixed.xml"
    body = b"".join(child(n).replace(b"Child>", b"cbds:Child>") for n in range(1, 30))
    path.write_bytes(prolog + body + b"</cbds:Children></cbds:Message>")
    pieces = cut(InputFile(path), 2)
    assert pieces[0].closing == b"</cbds:Children></cbds:Message>"
    assert etree.fromstring(read(pieces[0])) is not None


def test_files_that_are_not_cut(tmp_path):
    one = InputFile(census(tmp_path, name="plain.xml"))
    assert cut(one, 1) is None  # one worker: nothing to cut
    commented = census(tmp_path, prolog=PROLOG.replace(b"<Children>", b"<!-- c --><Children>"))
    assert cut(InputFile(commented), 2) is None  # a comment before the children
    pi = census(tmp_path, prolog=PROLOG.replace(b"  <Header>", b"<?pi x?>  <Header>"), name="p")
    assert cut(InputFile(pi), 2) is None  # a processing instruction
    utf16 = tmp_path / "utf16.xml"
    utf16.write_bytes(census(tmp_path, name="u").read_text().encode("utf-16"))
    assert cut(InputFile(utf16), 2) is None  # markup is not ASCII bytes
    declared = census(tmp_path, prolog=PROLOG.replace(b"UTF-8", b"Shift_JIS"), name="sj")
    assert cut(InputFile(declared), 2) is None  # a multi-byte encoding other than UTF-8
    attributed = tmp_path / "attributed.xml"
    attributed.write_bytes(
        census(tmp_path, name="a").read_bytes().replace(b"<Child>", b'<Child a="1">')
    )
    assert cut(InputFile(attributed), 2) is None  # no plain <Child> tag to cut at
    member = InputFile(census(tmp_path, name="z.xml"), member="cin.xml")
    assert cut(member, 2) is None  # inside a zip: its bytes cannot be sought


def test_a_file_with_a_utf8_byte_order_mark_is_cut(tmp_path):
    path = census(tmp_path, prolog=b"\xef\xbb\xbf" + PROLOG, name="bom.xml")
    pieces = cut(InputFile(path), 2)
    assert pieces is not None
    assert read(pieces[1]).startswith(b"\xef\xbb\xbf<?xml")


def test_many_line_breaks_are_given_in_elements_the_reader_passes_over(tmp_path, monkeypatch):
    # libxml2 refuses one text of more than 10 MB: a piece far into a large census
    # gets its line breaks in <p> elements of at most PADDING_PER_ELEMENT each.
    monkeypatch.setattr(xml_split, "PADDING_PER_ELEMENT", 5)
    path = census(tmp_path)
    pieces = cut(InputFile(path), 2)
    assert pieces[1].padding > 20
    text = read(pieces[1])
    assert text.count(b"<p>") == -(-pieces[1].padding // 5)
    found = ids_and_lines(text)
    whole = ids_and_lines(path.read_bytes())
    assert found == whole[pieces[1].children_before :]
