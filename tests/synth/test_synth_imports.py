"""Everything the generator writes imports cleanly through the real importers.

The generator and the importers are written separately (so each checks the
other): a year the generator writes with a code the importer's list does not
have for that year fails here. DfE's own rules find no error in the files
either: every year's CIN census and SSDA903 return, imported in year order so
that the rules comparing with last year's return run too.

DfE's queries (checks, not errors) that synthetic data still raises, and why
they stay:

* 8825Q: RC8 with no assessment. A referral closed with no further action
  (ReferralNFA) has no assessment and closes as RC8, as authorities record it.
* 8873Q: one assessment, factor 21 (no factors), closed other than RC8/RC9:
  a case may close as RC7 after services although the assessment found no
  factors.
* 8670Q and 8675Q: an assessment (or an enquiry's conference) still open more
  than 45 (15) working days before the year's end: a few run long, as in life.
* 2991Q: a section 47 enquiry on an episode without an assessment (an enquiry
  during a later referral's plan).
* 1001 and 1002 (SSDA903): care leaver information for a young person whose
  care is not in the two years of returns DfE's rule can see (DfE's note says
  it gives false positives for care that ended before last year).
"""

from __future__ import annotations

import pytest

from safeboard.partnership.models import LocalAuthority, Partnership
from safeboard.returns.findings import Severity
from safeboard.returns.pipeline import Status, return_import
from safeboard.synth import synth_write
from safeboard.synth.places import COUNTY
from safeboard.validation.registry import rules_for
from tests.returns.test_ssda903_import import snapshot_tables


@pytest.mark.django_db
def test_every_generated_file_imports_without_errors(tmp_path):
    synth_write(children=600, years=10, seed=11, out=tmp_path, last_year=2027)
    # The placing authority and the reference data first, so that DfE's placement
    # rules (postcode directory, providers' lookup, the authority's code) run too.
    partnership = Partnership.objects.create(name="Warwickshire", short_name="WSCP")
    LocalAuthority.objects.create(partnership=partnership, name="Warwickshire", ons_code=COUNTY)
    results = {}
    for kind in ("postcodes", "providers"):
        results[kind] = return_import(kind=kind, paths=[tmp_path / f"{kind}.csv"])
    for xml in sorted(tmp_path.glob("cin_*.xml")):
        results[xml.name] = return_import(kind="cin", paths=[xml])
    for folder in sorted(tmp_path.glob("ssda903_*")):
        year = int(folder.name.split("_")[1])
        results[folder.name] = return_import(kind="ssda903", paths=[folder], collection_year=year)
    for contacts in sorted(tmp_path.glob("contacts_*.csv")):
        results[contacts.name] = return_import(kind="contacts", paths=[contacts])
    for kind in ("characteristics", "population", "baseline"):
        results[kind] = return_import(kind=kind, paths=[tmp_path / f"{kind}.csv"])

    # The importer's own checks (structure, code lists per year, types) find nothing.
    dfe = {
        r.code
        for kind in ("cin", "ssda903")
        for r in rules_for(kind)
        if not r.code.startswith("SB-")
    }
    problems = {
        name: [f.describe() for f in result.findings if f.rule not in dfe][:3]
        for name, result in results.items()
        if result.status is not Status.IMPORTED or any(f.rule not in dfe for f in result.findings)
    }
    assert problems == {}
    assert len(results) == 10 + 10 + 10 + 3 + 2
    # The placement fields were worked out for every episode with both postcodes.
    latest = snapshot_tables(results["ssda903_2027"].snapshot)["Episodes"]
    placed = [e for e in latest if e["HOME_POST"] and e["PL_POST"]]
    assert placed
    assert all(e["PL_LA"] and e["PL_LOCATION"] and e["PL_DISTANCE"] is not None for e in placed)
    assert {e["PL_LOCATION"] for e in placed} == {"IN", "OUT"}
    # Nor do DfE's rules find an error, in any year: each file names the rules that fire.
    dfe_errors = {
        name: sorted({f.rule for f in result.findings if f.severity is Severity.ERROR})
        for name, result in results.items()
        if any(f.severity is Severity.ERROR for f in result.findings)
    }
    assert dfe_errors == {}
    # The rules did run: the years' DfE queries are there (see the module's list).
    queries = {f.rule for result in results.values() for f in result.findings}
    assert "8825Q" in queries
