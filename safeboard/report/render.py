"""The report as HTML and PDF, from one template.

Same records and inputs, same bytes: nothing in the document depends on the
time of the build, the PDF carries a fixed identifier and no creation time
of its own (WeasyPrint takes its dates from the document's ``dcterms``
meta, which is the publication date), and the PDF is tagged (PDF/UA-1) so
screen readers can follow its structure.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from safeboard.dataset.disclosure import disclosure_threshold

CSS_PATH = Path(__file__).parent / "templates" / "report" / "report.css"
PDF_IDENTIFIER = b"safeboard-annual-report"


@dataclass(frozen=True)
class RenderedSection:
    key: str
    anchor: str
    title: str
    narrative: SafeString
    content: SafeString | None


def report_html(*, report, sections: list[RenderedSection]) -> str:
    return render_to_string(
        "report/document.html",
        {
            "title": f"{report.partnership.name}: {report.display_title}",
            "partnership": report.partnership,
            "year": report.year,
            "year_start": report.year - 1,
            "published_on": report.published_on,
            "sections": sections,
            "css": CSS_PATH.read_text(encoding="utf-8"),
            "threshold": disclosure_threshold(),
        },
    )


def style_hash() -> str:
    """The CSP source that allows the document's one inline stylesheet and nothing else."""
    digest = hashlib.sha256(CSS_PATH.read_text(encoding="utf-8").encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def report_pdf(html: str) -> bytes:
    # Imported here: WeasyPrint takes seconds to load, and only a build needs it.
    import weasyprint

    document = weasyprint.HTML(string=html, base_url=str(CSS_PATH.parent))
    return document.write_pdf(pdf_identifier=PDF_IDENTIFIER, pdf_variant="pdf/ua-1")
