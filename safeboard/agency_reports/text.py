"""The text of a report item: plain text or a small Markdown list, never HTML.

What an agency lead may write, and all of it:

- paragraphs: lines of text; a blank line starts a new paragraph;
- a bulleted list: lines starting with ``- ``, ``* `` or ``• `` (the source
  report's own bullet, so text pasted from it works);
- one level of sub-bullets: a bullet line indented by two or more spaces;
- a line that is not a bullet, straight after a bullet, continues that bullet.

Everything else (emphasis, links, headings) stays as the characters typed:
the text is always escaped when shown. HTML tags are refused outright, so
what is stored is what the annual report prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

MAX_CHARS = 4000
BULLET = re.compile(r"^[-*•]\s+|^[-*•]$")
# An HTML tag or closing tag, comment, doctype or processing instruction ("a <b" is text).
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--|<![A-Za-z]|<\?")
SUB_INDENT = 2

TEXT_REQUIRED = "Enter the text of the item."
TEXT_TOO_LONG = "The text is {length:,} characters long; an item can be at most {max:,}."
TEXT_HAS_HTML = (
    "Remove '{tag}': the text is plain text and HTML is not allowed. "
    "To make a bulleted list, start each line with '- '."
)


@dataclass
class Bullet:
    text: str
    children: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"text": self.text, "children": list(self.children)}


@dataclass
class Block:
    """A paragraph (``text``) or a bulleted list (``bullets``)."""

    kind: str  # "paragraph" or "list"
    text: str = ""
    bullets: list[Bullet] = field(default_factory=list)

    def as_dict(self) -> dict:
        if self.kind == "paragraph":
            return {"kind": "paragraph", "text": self.text}
        return {"kind": "list", "bullets": [b.as_dict() for b in self.bullets]}


def text_problems(text: str) -> list[str]:
    """What is wrong with an item's text (nothing: an empty list)."""
    text = text or ""
    if not text.strip():
        return [TEXT_REQUIRED]
    problems = []
    if len(text) > MAX_CHARS:
        problems.append(TEXT_TOO_LONG.format(length=len(text), max=MAX_CHARS))
    tag = HTML_TAG.search(text)
    if tag:
        problems.append(TEXT_HAS_HTML.format(tag=tag.group(0)[:40]))
    return problems


def validate_item_text(text: str) -> None:
    """The model field's validator: every problem at once."""
    problems = text_problems(text)
    if problems:
        raise ValidationError(problems)


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))


def _join(before: str, more: str) -> str:
    return f"{before} {more}".strip()


def text_blocks(text: str) -> list[Block]:
    """The text as paragraphs and lists, in order (the module docstring has the rules)."""
    blocks: list[Block] = []
    current: Block | None = None
    after_bullet = False  # the line before was part of a bullet
    for raw in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            if current is not None and current.kind == "paragraph":
                current = None
            after_bullet = False
            continue
        bullet = BULLET.match(stripped)
        if bullet:
            content = stripped[bullet.end() :].strip()
            if current is None or current.kind != "list":
                current = Block("list")
                blocks.append(current)
            if _indent(line) >= SUB_INDENT and current.bullets:
                if content:
                    current.bullets[-1].children.append(content)
            elif content:
                current.bullets.append(Bullet(content))
            after_bullet = bool(current.bullets)
            continue
        if current is not None and current.kind == "list" and after_bullet:
            last = current.bullets[-1]
            if last.children:
                last.children[-1] = _join(last.children[-1], stripped)
            else:
                last.text = _join(last.text, stripped)
            continue
        if current is None or current.kind != "paragraph":
            current = Block("paragraph")
            blocks.append(current)
        current.text = _join(current.text, stripped)
    return [b for b in blocks if b.text or b.bullets]


def _list_html(items, classes: str = "govuk-list govuk-list--bullet") -> SafeString:
    return format_html('<ul class="{}">{}</ul>', classes, items)


def text_html(text: str) -> SafeString:
    """The text as GOV.UK paragraphs and bulleted lists, every character escaped."""
    parts = []
    for block in text_blocks(text):
        if block.kind == "paragraph":
            parts.append(format_html('<p class="govuk-body">{}</p>', block.text))
            continue
        items = []
        for bullet in block.bullets:
            children = (
                _list_html(format_html_join("", "<li>{}</li>", ((c,) for c in bullet.children)))
                if bullet.children
                else ""
            )
            items.append(format_html("<li>{}{}</li>", bullet.text, children))
        parts.append(_list_html(format_html_join("", "{}", ((i,) for i in items))))
    return format_html_join("", "{}", ((p,) for p in parts))
