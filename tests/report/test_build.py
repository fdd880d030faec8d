"""Building the annual report from an imported synthetic partnership.

One build is slow (Appendix A draws every chart), so each test makes the
most of its builds.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from safeboard.report.build import HTML_NAME, INPUTS_NAME, PDF_NAME, report_build
from safeboard.report.context import BuildContext
from safeboard.report.models import ReportBuild
from safeboard.report.services import report_for_year
from tests.report.helpers import is_blank, pdf_pages, pdf_text

ARTIFACTS = Path("test-artifacts/report")


@pytest.fixture
def report(imported, partnership):
    return report_for_year(partnership=partnership, year=2018)


def test_the_same_records_give_the_same_html_and_pdf_and_every_page_prints(report, tmp_path):
    first = report_build(report=report, out=tmp_path / "one", built_by="tester")
    second = report_build(report=report, out=tmp_path / "two", built_by="tester")

    html_one, html_two = ((tmp_path / d / HTML_NAME).read_bytes() for d in ("one", "two"))
    assert html_one == html_two
    pdf_one, pdf_two = ((tmp_path / d / PDF_NAME).read_bytes() for d in ("one", "two"))
    # WeasyPrint takes no creation time of its own here: the PDFs are identical too.
    assert pdf_one == pdf_two
    assert first.build.html_sha256 == second.build.html_sha256

    text = pdf_text(tmp_path / "one" / PDF_NAME)
    titles = list(report.sections.filter(enabled=True).values_list("title", flat=True))
    flat = re.sub(r"\s+", " ", text)
    for title in titles:
        assert title in flat, f"section title missing from the PDF: {title}"
    assert "Page 1 of" in flat or "Page 2 of" in flat  # running page numbers

    pages = pdf_pages(tmp_path / "one" / PDF_NAME, tmp_path / "pages")
    assert len(pages) > len(titles)  # every section starts a page, plus the contents
    assert not [p.name for p in pages if is_blank(p)]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for page in pages[:6]:
        shutil.copy(page, ARTIFACTS / page.name)


def test_the_build_records_what_it_read(report, tmp_path):
    result = report_build(report=report, out=tmp_path, built_by="tester", pdf=False)
    inputs = json.loads((tmp_path / INPUTS_NAME).read_text())
    from safeboard.returns.models import Snapshot

    current = {str(s.pk) for s in Snapshot.objects.all()}
    assert {s["id"] for s in inputs["snapshots"]} <= current
    assert {s["kind"] for s in inputs["snapshots"]} >= {"cin", "ssda903", "population"}
    sections = inputs["records"]["report.ReportSection"]
    assert len(sections) == report.sections.filter(enabled=True).count()
    assert all(version is not None for _, version in sections)
    assert ReportBuild.objects.get(pk=result.build.pk).inputs == inputs


def test_appendix_a_prints_small_counts_as_c(report, tmp_path):
    ctx = BuildContext(report=report)
    withheld = [key for key, text in ctx.published.items() if text == "c"]
    assert withheld, "the synthetic year should have some counts from 1 to 5"
    report.sections.exclude(key="appendix-a").update(enabled=False)
    report_build(report=report, out=tmp_path, built_by="tester", pdf=False)
    html = (tmp_path / HTML_NAME).read_text()
    assert '<td class="num">c</td>' in html
    # Every count from 1 to 5 is withheld (secondary suppression may withhold more).
    small = [
        key
        for key, figure in ctx.figures.figures.items()
        if key in ctx.published
        and figure.unit == "count"
        and figure.value is not None
        and 1 <= figure.value <= 5
    ]
    assert small
    assert all(ctx.published[key] == "c" for key in small)


def test_a_switched_off_section_is_left_out_and_an_own_section_is_in(report, tmp_path):
    from safeboard.report.services import section_add

    report.sections.filter(key="guidance").update(enabled=False)
    section_add(report=report, title="Voice of the child", narrative="We asked **children**.")
    report.sections.exclude(key__in=["guidance", "introduction"]).exclude(
        key__startswith="own-"
    ).update(enabled=False)
    report_build(report=report, out=tmp_path, built_by="tester", pdf=False)
    html = (tmp_path / HTML_NAME).read_text()
    assert "Changes in guidance" not in html
    assert "Voice of the child" in html
    assert "We asked <strong>children</strong>." in html
    assert html.index("Introduction by the independent chair") < html.index("Voice of the child")
