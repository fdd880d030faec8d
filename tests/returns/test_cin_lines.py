"""Positions name the line an element starts on, also past line 65,535.

libxml2 keeps a line number in 16 bits; past it, lxml's ``sourceline`` gives the line
where an element's first text ends, so every container (``<Child>``, ``<CINdetails>``
...) followed by a line break came out one line late in a large census
(``xmlio.element_line`` puts that right). The file here is a generated census of
about 2,500 children, some 75,000 lines.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

import pytest
from lxml import etree

from safeboard.returns.pipeline import return_import
from safeboard.returns.xmlio import BIG_LINE, element_line
from safeboard.synth import synth_write

YEAR = 2024
CONTAINERS = ("Child", "CINdetails", "Assessments", "ChildProtectionPlans", "Section47")
LEAVES = ("CINreferralDate", "Disability", "CPPreviewDate")


@pytest.fixture(scope="module")
def census(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("big-census")
    synth_write(children=2_600, years=1, seed=4, out=out, last_year=YEAR)
    path = out / f"cin_{YEAR}.xml"
    assert path.read_bytes().count(b"\n") > BIG_LINE + 5_000
    return path


def start_lines(data: bytes, tag: str) -> list[int]:
    """The line of every start tag of ``tag``, counted in the bytes."""
    breaks = [m.start() for m in re.finditer(b"\n", data)]
    return [
        bisect.bisect_left(breaks, m.start()) + 1
        for m in re.finditer(b"<" + tag.encode() + b"[ >]", data)
    ]


def test_every_element_is_on_the_line_its_start_tag_is(census):
    data = census.read_bytes()
    found: dict[str, list[int]] = {tag: [] for tag in (*CONTAINERS, *LEAVES)}
    for _event, element in etree.iterparse(str(census), events=("end",)):
        name = etree.QName(element).localname
        if name in found:
            found[name].append(element_line(element))
    for tag, lines in found.items():
        expected = start_lines(data, tag)
        assert lines == expected, tag
        assert max(expected) > BIG_LINE  # the big lines are among them


def test_lxml_alone_puts_containers_past_the_limit_a_line_late(census):
    # Why element_line exists: were libxml2 fixed, this test would say so.
    data = census.read_bytes()
    late = [
        element.sourceline
        for _event, element in etree.iterparse(str(census), events=("end",), tag="{*}Child")
    ]
    expected = start_lines(data, "Child")
    wrong = [(a, b) for a, b in zip(late, expected, strict=True) if a != b]
    assert wrong
    assert all(a == b + 1 and b >= BIG_LINE for a, b in wrong)


@pytest.mark.django_db
def test_a_finding_far_into_the_file_names_the_right_line(census, tmp_path):
    # The last referral date of the file is no date: its finding names the
    # <CINdetails> it is in, by the line that element starts on.
    text = census.read_text(encoding="utf-8")
    at = text.rindex("<CINreferralDate>")
    end = text.index("</CINreferralDate>", at)
    path = tmp_path / "cin_late_fault.xml"
    path.write_text(text[:at] + "<CINreferralDate>2024-02-30" + text[end:], encoding="utf-8")
    result = return_import(kind="cin", paths=[path], collection_year=YEAR, validate_only=True)
    (finding,) = [f for f in result.findings if f.rule == "SB-TYPE"]
    line = int(re.search(r"line (\d+)", finding.position).group(1))
    assert line > BIG_LINE
    assert path.read_text(encoding="utf-8").split("\n")[line - 1].strip() == "<CINdetails>"
