"""Plain-Python builders for the GOV.UK components pages use most.

Views and presenters describe a table or a summary list as data; the
component's markup always comes from the GOV.UK macros (``govuk.render``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.utils.html import format_html
from django.utils.safestring import SafeString

from safeboard.web import govuk

Cell = str | int | SafeString | dict | None


def link(text: str, href: str) -> SafeString:
    return format_html('<a class="govuk-link" href="{}">{}</a>', href, text)


def _cell(value: Cell, *, numeric: bool = False) -> dict:
    if isinstance(value, dict):
        return value
    cell: dict = {"html": value} if isinstance(value, SafeString) else {"text": _text(value)}
    if numeric:
        cell["format"] = "numeric"
    return cell


def _text(value) -> str:
    return "" if value is None else str(value)


def table(
    *,
    caption: str,
    head: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    numeric: Sequence[int] = (),
    caption_visible: bool = False,
    empty: str = "None yet.",
) -> SafeString:
    """A GOV.UK table; ``numeric`` lists the column indexes to right-align."""
    body = [[_cell(v, numeric=i in numeric) for i, v in enumerate(row)] for row in rows]
    if not body:
        body = [[{"text": empty, "colspan": len(head)}]]
    return govuk.render(
        "table",
        {
            "caption": caption,
            "captionClasses": "govuk-table__caption--m"
            if caption_visible
            else "govuk-visually-hidden",
            "head": [
                {"text": h, **({"format": "numeric"} if i in numeric else {})}
                for i, h in enumerate(head)
            ],
            "rows": body,
        },
    )


def summary_list(rows: Iterable[tuple[str, Cell]]) -> SafeString:
    return govuk.render(
        "summary-list",
        {"rows": [{"key": {"text": key}, "value": _cell(value)} for key, value in rows]},
    )


def yes_no(value: bool) -> str:
    return "Yes" if value else "No"
