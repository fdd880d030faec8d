"""Five years of synthetic returns for the demonstration, imported as a user would.

The files are generated in a temporary folder outside the workspace and
removed after the import, so the workspace holds only what an import keeps:
pseudonymised snapshots. The same seed gives the same files, so running the
demo again finds them already imported and changes nothing.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from safeboard.returns.pipeline import ImportResult, Status, return_import
from safeboard.synth import synth_write

DEMO_CHILDREN = 12_000  # the source report's county: about 10,000 referrals a year
DEMO_YEARS = 5
DEMO_LAST_YEAR = 2018  # 2017-18, the year of the source report
DEMO_SEED = 2018


@dataclass(frozen=True)
class DemoImport:
    name: str
    status: Status
    rows: int
    warnings: int


def demo_returns(*, progress: Callable[[str], None] = lambda message: None) -> list[DemoImport]:
    with tempfile.TemporaryDirectory(prefix="safeboard-demo-") as folder:
        out = Path(folder)
        progress(f"Generating {DEMO_YEARS} years of synthetic returns")
        synth_write(
            children=DEMO_CHILDREN,
            years=DEMO_YEARS,
            seed=DEMO_SEED,
            out=out,
            last_year=DEMO_LAST_YEAR,
        )
        done = []
        for name, kind, paths, year in _inputs(out):
            result = return_import(kind=kind, paths=paths, collection_year=year)
            done.append(_summary(name, result))
            progress(f"{name}: {result.status.value}, {sum(result.row_counts.values()):,} rows")
        return done


def _inputs(out: Path):
    # Reference data first: DfE's SSDA903 placement rules read it as the returns come in.
    for kind in ("postcodes", "providers"):
        yield f"{kind}.csv", kind, [out / f"{kind}.csv"], None
    for xml in sorted(out.glob("cin_*.xml")):
        yield xml.name, "cin", [xml], None
    for folder in sorted(out.glob("ssda903_*")):
        yield folder.name, "ssda903", [folder], int(folder.name.split("_")[1])
    for contacts in sorted(out.glob("contacts_*.csv")):
        yield contacts.name, "contacts", [contacts], int(contacts.stem.split("_")[1])
    for kind in ("characteristics", "population", "baseline"):
        yield f"{kind}.csv", kind, [out / f"{kind}.csv"], None


def _summary(name: str, result: ImportResult) -> DemoImport:
    if result.status is Status.REFUSED:
        problems = "; ".join(f.describe() for f in result.errors[:3])
        raise RuntimeError(f"The demonstration's own {name} was refused: {problems}")
    return DemoImport(name, result.status, sum(result.row_counts.values()), len(result.warnings))
