"""A narrative statement recomputed from the figures it cites."""

from __future__ import annotations

from decimal import Decimal

import pytest

from safeboard.dataset.consistency import FigureKey, NarrativeFact, check
from safeboard.dataset.consistency.narrative import parse_change
from tests.dataset.test_consistency_support import Q4, fig

BEFORE = fig("cp_open", "2017-03-31", 439, table="3.1")
AFTER = fig("cp_open", Q4, 564, table="3.1")
CITES = (BEFORE.key, AFTER.key)


def fact(text, cites=CITES):
    return NarrativeFact(text=text, cites=cites)


def test_a_true_sentence_has_no_finding():
    sentence = (
        "The number of children subject to a child protection plan rose by 28.5%, from 439 to 564"
    )
    assert check([BEFORE, AFTER], [fact(sentence)]) == []


def test_a_wrong_percent_is_one_finding_with_the_sentence_and_both_figures():
    sentence = "The number of children subject to a plan rose by 30.0%, from 439 to 564."
    [finding] = check([BEFORE, AFTER], [fact(sentence)])
    assert finding.rule == "narrative"
    assert finding.fact == sentence
    assert finding.figures == (BEFORE, AFTER)
    assert finding.difference == 1.5
    assert finding.message == f'"{sentence}": it says 30.0%, the figures give 28.5%.'


def test_a_wrong_direction_and_a_wrong_figure():
    [finding] = check([BEFORE, AFTER], [fact("Plans fell by 28.5% from 439 to 546.")])
    assert finding.message == (
        '"Plans fell by 28.5% from 439 to 546.": it says to 546, the figure is 564; '
        "it says fell, the figures rose."
    )
    assert finding.difference == -18.0


def test_the_percent_is_compared_to_the_places_the_sentence_prints():
    assert check([BEFORE, AFTER], [fact("Plans rose by 28% from 439 to 564.")]) == []
    assert check([BEFORE, AFTER], [fact("Plans rose by 29% from 439 to 564.")]) != []


def test_a_sentence_that_cannot_be_read_or_cites_what_is_not_there():
    [unread] = check([BEFORE, AFTER], [fact("Plans went up a lot.")])
    assert unread.figures == ()
    assert "cannot be read" in unread.message
    missing_key = FigureKey("cp_open", "2016-03-31", table="3.1")
    [missing] = check(
        [BEFORE, AFTER], [fact("Plans rose by 28.5% from 439 to 564.", (missing_key, AFTER.key))]
    )
    assert missing.figures == (AFTER,)
    assert "cp_open at 2016-03-31 (total, table 3.1), not among the figures" in missing.message
    assert missing.difference is None


def test_a_key_without_a_source_matches_every_figure_of_the_quantity():
    computed = fig("cp_open", "2017-03-31", 443, source="computed")
    loose = (FigureKey("cp_open", "2017-03-31"), AFTER.key)
    findings = check(
        [BEFORE, AFTER, computed], [fact("Plans rose by 28.5% from 439 to 564.", loose)]
    )
    assert [f.rule for f in findings] == ["one-value", "narrative"]
    assert findings[1].figures == (computed, AFTER)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rose by 28.5%, from 439 to 564", (1, "28.5", "439", "564")),
        ("increased in this year by 28.5% rising from 439 to 564", (1, "28.5", "439", "564")),
        ("fell by 3% from 10,750 to 10,428", (-1, "3", "10750", "10428")),
        ("decreased by 2.1 per cent, from 41.9% to 41.0%", (-1, "2.1", "41.9", "41.0")),
    ],
)
def test_parse_change(text, expected):
    parsed = parse_change(text)
    direction, percent, before, after = expected
    assert parsed["direction"] == direction
    assert parsed["percent"][0] == Decimal(percent)
    assert parsed["from"][0] == Decimal(before)
    assert parsed["to"][0] == Decimal(after)


def test_a_fact_of_an_unknown_kind_or_the_wrong_cites_is_refused():
    with pytest.raises(ValueError, match="kind"):
        NarrativeFact("x", CITES, kind="share")
    with pytest.raises(ValueError, match="two figures"):
        NarrativeFact("x", CITES[:1])
