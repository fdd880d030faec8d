"""A process that builds the annual report, for the concurrency tests.

``python -m tests.concurrency.report_driver setup DIR`` makes the partnership,
its 2017-18 report and imports the files in DIR (a small synthetic 2017-18).
``... build OUT [--import-at TEXT --import-file FILE]`` builds the report (HTML
only) into OUT; when the build reports the step TEXT it imports FILE with a real
``safeboard import`` process and waits for it, so the import lands mid-build.
It prints, as JSON, the snapshots current when the build started.
``... state`` prints the snapshot rows and folders, as JSON.
Run with the workspace's environment (SAFEBOARD_WORKSPACE, DATABASE_URL).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SAFEBOARD = str(Path(sys.executable).parent / "safeboard")
YEAR = 2018


def setup(folder: Path) -> None:
    from safeboard.report.services import report_for_year
    from safeboard.returns.pipeline import Status, return_import
    from tests.factories import make_partnership

    report_for_year(partnership=make_partnership(), year=YEAR)
    for kind, path, year in [
        ("cin", folder / "cin_2018.xml", None),
        ("population", folder / "population.csv", None),
        ("characteristics", folder / "characteristics.csv", None),
    ]:
        result = return_import(kind=kind, paths=[path], collection_year=year)
        assert result.status is Status.IMPORTED, result.findings[:3]


def build(out: Path, import_at: str | None, import_file: str | None) -> None:
    from safeboard.partnership.models import Partnership
    from safeboard.report.build import report_build
    from safeboard.report.models import AnnualReport
    from safeboard.returns.selectors import current_snapshots

    report = AnnualReport.objects.get(partnership=Partnership.objects.get(), year=YEAR)
    at_start = sorted(str(s.pk) for s in current_snapshots())

    def progress(message: str) -> None:
        if import_at is not None and message.startswith(import_at):
            done = subprocess.run(  # noqa: S603
                [SAFEBOARD, "import", "cin", import_file],
                capture_output=True,
                text=True,
                check=False,
            )
            assert done.returncode in (0, 1), done.stderr  # imported (1: with warnings)

    result = report_build(report=report, out=out, built_by="driver", pdf=False, progress=progress)
    print(json.dumps({"at_start": at_start, "blockers": result.blockers}))


def state() -> None:
    from django.conf import settings

    from safeboard.returns.models import Snapshot
    from safeboard.returns.selectors import current_snapshots

    root = settings.WORKSPACE.snapshots_dir
    print(
        json.dumps(
            {
                "rows": sorted(str(s.pk) for s in Snapshot.objects.all()),
                "current": sorted(str(s.pk) for s in current_snapshots()),
                "folders": {
                    str(s.pk): sorted(p.name for p in (root / s.folder).iterdir())
                    for s in Snapshot.objects.all()
                },
                "unrecorded": sorted(
                    p.name
                    for p in root.iterdir()
                    if not p.name.startswith(".")
                    and p.name not in set(Snapshot.objects.values_list("folder", flat=True))
                ),
            }
        )
    )


def main(argv: list[str]) -> None:
    from safeboard.cli.options import django_setup

    django_setup(migrate=True)
    command = argv[0]
    if command == "setup":
        setup(Path(argv[1]))
    elif command == "build":
        options = dict(zip(argv[2::2], argv[3::2], strict=True))
        build(Path(argv[1]), options.get("--import-at"), options.get("--import-file"))
    elif command == "state":
        state()
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv[1:])
