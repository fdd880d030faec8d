"""The importer's code lists refuse no return that DfE's own rules accept.

A code the importer's list lacks refuses the whole file (SB-CODE); a code
DfE's rules only query must therefore be in the list. Each case edits one
code of the hand-made 2024-25 census fixture.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from safeboard.returns.pipeline import Status, return_import

FIXTURE = Path(__file__).parent / "fixtures" / "cin" / "cin_2025_valid.xml"


def census_with_factor(tmp_path: Path, factor: str) -> Path:
    """The 2024-25 fixture with its first assessment factor (18B) replaced by ``factor``."""
    text = FIXTURE.read_text(encoding="utf-8")
    original = "<AssessmentFactors>18B</AssessmentFactors>"
    assert text.count(original) == 1
    path = tmp_path / "cin_2025.xml"
    path.write_text(
        text.replace(original, f"<AssessmentFactors>{factor}</AssessmentFactors>"),
        encoding="utf-8",
    )
    return path


@pytest.mark.django_db
@pytest.mark.parametrize(("factor", "query"), [("18A", "8945Q"), ("19A", "8950Q")])
def test_old_abuse_factors_are_queried_not_refused(tmp_path, factor, query):
    # 18A/19A were split in 2020-21, but DfE still accepts them and from 2024-25 queries
    # them: the file is valid, with that query among its findings (not a refusal).
    result = return_import(
        kind="cin", paths=[census_with_factor(tmp_path, factor)], validate_only=True
    )
    assert result.status is not Status.REFUSED, [f.describe() for f in result.findings]
    assert not [f for f in result.findings if f.rule == "SB-CODE"]
    assert [f.value for f in result.findings if f.rule == query] == [factor]


@pytest.mark.django_db
def test_a_factor_no_year_ever_had_is_still_refused(tmp_path):
    # 18D was never a factor: the code list check refuses it, naming the field.
    result = return_import(
        kind="cin", paths=[census_with_factor(tmp_path, "18D")], validate_only=True
    )
    assert result.status is Status.REFUSED
    assert [(f.field, f.value) for f in result.findings if f.rule == "SB-CODE"] == [
        ("AssessmentFactors", "18D")
    ]
