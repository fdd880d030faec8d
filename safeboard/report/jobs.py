"""A report build started from the site: run in the background, its progress
kept in a small JSON file the build page polls.

The file lives in the year's output folder; the build writes every step's
message to it, then ``done`` (with the build's id) or ``failed``.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections

from safeboard.report.models import AnnualReport

logger = logging.getLogger(__name__)
JOB_FILE = "build-job.json"


def year_folder(report: AnnualReport) -> Path:
    return settings.WORKSPACE.outputs_dir / "report" / str(report.year)


def drafts_folder(report: AnnualReport) -> Path:
    return year_folder(report) / "latest"


def job_read(report: AnnualReport) -> dict:
    path = year_folder(report) / JOB_FILE
    try:
        return json.loads(path.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return {"state": "none", "steps": []}


def _job_write(report: AnnualReport, job: dict) -> None:
    folder = year_folder(report)
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{JOB_FILE}.{os.getpid()}.{threading.get_ident()}"
    temporary.write_text(json.dumps(job))
    temporary.replace(folder / JOB_FILE)  # readers never see half a file


def job_running(report: AnnualReport) -> bool:
    return job_read(report).get("state") == "running"


def job_start(*, report: AnnualReport, built_by: str) -> None:
    """Start a build of the draft; in the background unless settings say otherwise."""
    _job_write(report, {"state": "running", "steps": ["Starting"], "build": None})
    if getattr(settings, "SAFEBOARD_BUILD_REPORTS_IN_BACKGROUND", True):
        threading.Thread(target=_run_in_thread, args=(report.pk, built_by), daemon=True).start()
    else:
        _run(report.pk, built_by)


def _run_in_thread(report_pk: int, built_by: str) -> None:
    try:
        _run(report_pk, built_by)
    finally:
        close_old_connections()


def _run(report_pk: int, built_by: str) -> None:
    from safeboard.report.build import report_build

    report = AnnualReport.objects.get(pk=report_pk)
    steps: list[str] = []

    def progress(message: str) -> None:
        steps.append(message)
        _job_write(report, {"state": "running", "steps": steps, "build": None})

    try:
        result = report_build(
            report=report, out=drafts_folder(report), built_by=built_by, progress=progress
        )
    except Exception:
        # The reason goes to the server's log; the page says only that it failed.
        logger.exception("The report build for %s failed", report.year)
        _job_write(report, {"state": "failed", "steps": steps, "build": None})
        return
    _job_write(report, {"state": "done", "steps": steps, "build": result.build.pk})
