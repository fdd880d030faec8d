"""Narrative Markdown: safe HTML whatever is typed, and facts cited by name."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from safeboard.report.markdown import render_markdown

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src='https://evil.example'></iframe>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<svg onload=alert(1)>",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
]


class _Elements(HTMLParser):
    """Every element and attribute the browser would build from the HTML."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)


def elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("text", HOSTILE)
def test_no_script_or_active_content_survives(text):
    # Typed markup may survive as visible, escaped text; never as an element.
    found = elements(str(render_markdown(text).html))
    assert set(found.tags) <= {"p", "a"}, found.tags
    for name, value in found.attributes:
        assert not name.startswith("on")
        assert name != "style"
        if name == "href":
            assert value.startswith(("http://", "https://", "mailto:")), value


def test_headings_never_skip_a_level_whatever_the_writer_started_with():
    html = str(render_markdown("## Our year\n\n#### Detail\n\n## Next year").html)
    assert html.count("<h3>") == 2
    assert "<h5>Detail</h5>" in html


def test_raw_html_is_shown_as_text_not_dropped():
    # The writer sees what they typed, escaped, rather than losing it silently.
    assert "&lt;b&gt;bold&lt;/b&gt;" in render_markdown("<b>bold</b>").html


def test_prose_keeps_its_structure_and_headings_start_below_the_section_title():
    html = str(
        render_markdown(
            "# Our year\n\nWe *did* **this**:\n\n- one\n- two\n\n[site](https://example.org)"
        ).html
    )
    assert "<h3>Our year</h3>" in html
    assert "<em>did</em>" in html
    assert "<strong>this</strong>" in html
    assert "<li>one</li>" in html
    assert '<a href="https://example.org" rel="noopener noreferrer">site</a>' in html


def test_a_cited_fact_is_replaced_by_its_sentence_and_recorded():
    facts = {
        "change.cp_open": "The number of children subject to a child protection plan rose by 28.5%, from 439 to 564."
    }
    rendered = render_markdown("In short: [[fact:change.cp_open]] More below.", facts)
    assert "rose by 28.5%, from 439 to 564." in rendered.html
    assert rendered.cited == ("change.cp_open",)
    assert rendered.unknown == ()


def test_an_unknown_fact_stays_visible_and_is_listed():
    rendered = render_markdown("See [[fact:change.nothing]].", {})
    assert "[unknown fact: change.nothing]" in rendered.html
    assert rendered.unknown == ("change.nothing",)


def test_a_fact_cannot_smuggle_markup():
    rendered = render_markdown("[[fact:x]]", {"x": "<script>alert(1)</script> *not emphasis*"})
    assert "<script" not in rendered.html
    assert "<em>" not in rendered.html
