"""Narrative sections: Markdown in, sanitised HTML out, with facts cited by name.

People write the report's prose in the site. Two guards keep it safe:
markdown-it renders with raw HTML switched off (so ``<script>`` is shown as
text, never run), and nh3 (the Rust ``ammonia`` sanitiser) then keeps only
the tags and attributes prose needs, whatever the renderer let through.
Links may only be http(s) or mailto.

A fact is cited as ``[[fact:change.cp_open]]``: at every build it is
replaced by the fact's sentence, recomputed from the current figures, and
the build records which facts (and so which figures) the text cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

FACT = re.compile(r"\[\[\s*fact:([a-z0-9_.\-]+)\s*\]\]")
ALLOWED_TAGS = {
    "p", "br", "strong", "em", "code", "blockquote", "ul", "ol", "li", "a",
    "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "ol": {"start"}}
URL_SCHEMES = {"http", "https", "mailto"}
# A section's title is an h2; its prose's own headings start at h3.
FIRST_HEADING = 3


@dataclass(frozen=True)
class Rendered:
    html: SafeString
    cited: tuple[str, ...] = ()
    unknown: tuple[str, ...] = field(default=())


def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    return md


_MD = _renderer()


def _shift_headings(tokens) -> None:
    """The prose's top heading becomes an h3 and the rest follow, so headings never
    skip a level whether the writer started with # or ###."""
    levels = [int(t.tag[1]) for t in tokens if t.type == "heading_open"]
    if not levels:
        return
    offset = FIRST_HEADING - min(levels)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + offset, 6)}"


def render_markdown(text: str, facts: dict[str, str] | None = None) -> Rendered:
    """The prose as safe HTML; each ``[[fact:name]]`` replaced by its sentence.

    An unknown fact is left visible as ``[unknown fact: name]`` and listed in
    ``unknown``, so a build can refuse to publish it.
    """
    facts = facts or {}
    cited: list[str] = []
    unknown: list[str] = []

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name in facts:
            cited.append(name)
            return _escape_markdown(facts[name])
        unknown.append(name)
        return f"[unknown fact: {name}]"

    source = FACT.sub(replace, text or "")
    tokens = _MD.parse(source)
    _shift_headings(tokens)
    html = _MD.renderer.render(tokens, _MD.options, {})
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return Rendered(mark_safe(clean), tuple(dict.fromkeys(cited)), tuple(dict.fromkeys(unknown)))  # noqa: S308 (sanitised by nh3 just above)


def _escape_markdown(sentence: str) -> str:
    # A fact is plain text: its * or _ must not turn into emphasis.
    return re.sub(r"([\\`*_\[\]<>#])", r"\\\1", sentence)
