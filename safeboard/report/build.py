"""Building the annual report: every section, the HTML, the PDF, the dataset
workbook beside them, and a record of what the build read.

A build may always be made; it may be *published* only when it has no
blockers: a narrative citing a fact that does not exist, or citing a fact
whose figures have a consistency finding (the finding is named).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from safeboard.dataset.consistency import check
from safeboard.dataset.consistency.sources import workspace_figures
from safeboard.dataset.workbook import dataset_workbook
from safeboard.report import sections
from safeboard.report.context import BuildContext
from safeboard.report.markdown import render_markdown
from safeboard.report.models import AnnualReport, ReportBuild
from safeboard.report.render import RenderedSection, report_html, report_pdf

HTML_NAME = "annual-report.html"
PDF_NAME = "annual-report.pdf"
INPUTS_NAME = "inputs.json"


@dataclass(frozen=True)
class BuildResult:
    build: ReportBuild
    folder: Path
    files: list[Path]
    blockers: list[str]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _blockers(ctx: BuildContext, cited: dict[str, str], unknown: dict[str, str]) -> list[str]:
    found = [
        f"The section “{section}” cites [[fact:{name}]], which does not exist. "
        "Correct the name (the dataset section lists the facts) or remove it."
        for name, section in unknown.items()
    ]
    facts = [ctx.facts[name].narrative for name in cited if ctx.facts[name].narrative is not None]
    if not facts:
        return found
    findings = check(workspace_figures(ctx.year, ctx.snapshots), facts)
    for name, section in cited.items():
        fact = ctx.facts[name].narrative
        if fact is None:
            continue
        for finding in findings:
            named = finding.fact == fact.text or any(
                key.matches(figure) for key in fact.cites for figure in finding.figures
            )
            if named:
                found.append(
                    f"The section “{section}” cites [[fact:{name}]], whose figures have a "
                    f"consistency finding ({finding.rule}): {finding.message} "
                    "Resolve the finding (safeboard check) before publishing."
                )
    return found


def report_build(
    *,
    report: AnnualReport,
    out: Path,
    built_by: str,
    pdf: bool = True,
    progress: Callable[[str], None] = lambda message: None,
) -> BuildResult:
    ctx = BuildContext(report=report)
    ctx.snapshots  # noqa: B018 (read now: the build uses the snapshots current as it starts)
    facts = {name: fact.text for name, fact in ctx.facts.items()}
    rendered: list[RenderedSection] = []
    cited: dict[str, str] = {}
    unknown: dict[str, str] = {}
    chosen = list(report.sections.filter(enabled=True).order_by("position", "id"))
    ctx.inputs.records([report, *chosen])
    for section in chosen:
        progress(f"Section: {section.title}")
        prose = render_markdown(section.narrative, facts)
        for name in prose.cited:
            cited.setdefault(name, section.title)
            narrative = ctx.facts[name].narrative
            ctx.inputs.fact(name, [key.describe() for key in narrative.cites] if narrative else [])
        for name in prose.unknown:
            unknown.setdefault(name, section.title)
        rendered.append(
            RenderedSection(
                key=section.key,
                anchor=f"section-{section.key}",
                title=section.title,
                narrative=prose.html,
                content=sections.content(section.key, ctx),
            )
        )
    progress("Checking the cited figures")
    blockers = _blockers(ctx, cited, unknown)

    out.mkdir(parents=True, exist_ok=True)
    progress("Writing the HTML")
    html = report_html(report=report, sections=rendered).encode("utf-8")
    files = [out / HTML_NAME]
    files[0].write_bytes(html)
    pdf_bytes = b""
    if pdf:
        progress("Laying out the PDF")
        pdf_bytes = report_pdf(html.decode("utf-8"))
        (out / PDF_NAME).write_bytes(pdf_bytes)
        files.append(out / PDF_NAME)
    progress("Writing the dataset workbook")
    withheld = {key for key, text in ctx.published.items() if text == "c"}
    workbook = out / f"dataset-{report.year - 1}-{report.year % 100:02d}.xlsx"
    workbook.write_bytes(
        dataset_workbook(ctx.figures.shown(), collection_year=report.year, withheld=withheld)
    )
    files.append(workbook)
    inputs = ctx.inputs.as_dict()
    (out / INPUTS_NAME).write_text(json.dumps(inputs, indent=1, sort_keys=True) + "\n")
    files.append(out / INPUTS_NAME)
    build = ReportBuild.objects.create(
        report=report,
        built_by=built_by,
        folder=str(out),
        html_sha256=_sha256(html),
        pdf_sha256=_sha256(pdf_bytes) if pdf else "",
        inputs=inputs,
        blockers=blockers,
    )
    return BuildResult(build=build, folder=out, files=files, blockers=blockers)
