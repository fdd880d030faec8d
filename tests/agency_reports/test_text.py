"""An item's text: paragraphs and a one-level bulleted list, escaped; HTML refused."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from safeboard.agency_reports.text import (
    MAX_CHARS,
    TEXT_HAS_HTML,
    TEXT_REQUIRED,
    TEXT_TOO_LONG,
    text_blocks,
    text_html,
    text_problems,
    validate_item_text,
)


def _dicts(text):
    return [block.as_dict() for block in text_blocks(text)]


def test_plain_text_is_one_paragraph_its_lines_joined():
    assert _dicts("The CCGs have continued\nto work with partners.") == [
        {"kind": "paragraph", "text": "The CCGs have continued to work with partners."}
    ]


def test_a_blank_line_starts_a_new_paragraph():
    assert [b["text"] for b in _dicts("One.\n\nTwo.")] == ["One.", "Two."]


def test_bullets_with_a_sub_list_as_the_source_report_nests_them():
    text = (
        "Ongoing work on neglect via the following:\n"
        "- Shared learning from reviews\n"
        "  - within training sessions\n"
        "  - within supervision\n"
        "* Protected learning time events\n"
        "• Held across the county"
    )
    assert _dicts(text) == [
        {"kind": "paragraph", "text": "Ongoing work on neglect via the following:"},
        {
            "kind": "list",
            "bullets": [
                {
                    "text": "Shared learning from reviews",
                    "children": ["within training sessions", "within supervision"],
                },
                {"text": "Protected learning time events", "children": []},
                {"text": "Held across the county", "children": []},
            ],
        },
    ]


def test_a_line_after_a_bullet_continues_it_and_a_blank_line_ends_it():
    text = "- The MASH through the Harm Assessment Unit are a main\nsource of guidance\n\nAfter."
    assert _dicts(text) == [
        {
            "kind": "list",
            "bullets": [
                {
                    "text": "The MASH through the Harm Assessment Unit are a main source of guidance",
                    "children": [],
                }
            ],
        },
        {"kind": "paragraph", "text": "After."},
    ]


def test_an_empty_bullet_is_dropped_as_the_source_reports_empty_column_is():
    assert _dicts("•\n- Intensify early identification") == [
        {"kind": "list", "bullets": [{"text": "Intensify early identification", "children": []}]}
    ]


def test_html_output_escapes_everything_and_uses_govuk_lists():
    html = str(text_html("Children <5 & **bold**\n- one\n  - <i>two</i>"))
    assert html == (
        '<p class="govuk-body">Children &lt;5 &amp; **bold**</p>'
        '<ul class="govuk-list govuk-list--bullet"><li>one'
        '<ul class="govuk-list govuk-list--bullet"><li>&lt;i&gt;two&lt;/i&gt;</li></ul>'
        "</li></ul>"
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Hello <b>world</b>", "<b>"),
        ('<a href="https://example.org">link</a>', '<a href="https://example.org">'),
        ("<script>alert(1)</script>", "<script>"),
        ("a <!-- comment -->", "<!--"),
        ("</p>", "</p>"),
        ("<br/>", "<br/>"),
    ],
)
def test_html_is_refused_naming_the_tag(text, tag):
    assert text_problems(text) == [TEXT_HAS_HTML.format(tag=tag)]


@pytest.mark.parametrize("text", ["a < b", "children aged <5", "x<y, so y>x", "3 > 2"])
def test_angle_brackets_that_are_not_tags_are_plain_text(text):
    assert text_problems(text) == []


def test_blank_and_too_long_text_are_refused():
    assert text_problems("   \n ") == [TEXT_REQUIRED]
    long = "x" * (MAX_CHARS + 1)
    assert text_problems(long) == [TEXT_TOO_LONG.format(length=MAX_CHARS + 1, max=MAX_CHARS)]
    assert text_problems("x" * MAX_CHARS) == []


def test_the_model_validator_raises_every_problem():
    with pytest.raises(ValidationError) as refused:
        validate_item_text("<b>" + "x" * MAX_CHARS)
    assert len(refused.value.messages) == 2
