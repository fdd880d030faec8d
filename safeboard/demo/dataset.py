"""The demonstration's dataset exports, written into the workspace's outputs folder."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from safeboard.dataset.compute import dataset
from safeboard.dataset.exports import dataset_csv, dataset_json
from safeboard.dataset.inputs import from_snapshots
from safeboard.dataset.workbook import dataset_workbook
from safeboard.demo.returns import DEMO_LAST_YEAR


def demo_dataset_exports() -> list[Path]:
    connection = from_snapshots()
    try:
        figures = dataset(connection, DEMO_LAST_YEAR)
    finally:
        connection.close()
    folder = settings.WORKSPACE.outputs_dir / "dataset"
    folder.mkdir(parents=True, exist_ok=True)
    label = f"{DEMO_LAST_YEAR - 1}-{DEMO_LAST_YEAR % 100:02d}"
    written = {
        folder / f"dataset-{label}.json": dataset_json(figures) + "\n",
        folder / f"dataset-{label}.csv": dataset_csv(figures),
    }
    for path, text in written.items():
        path.write_text(text, encoding="utf-8")
    workbook = folder / f"dataset-{label}.xlsx"
    workbook.write_bytes(dataset_workbook(figures, collection_year=DEMO_LAST_YEAR))
    return [*written, workbook]


def demo_chart_files() -> list[Path]:
    """The dashboards' charts as static SVG, for the report."""
    from safeboard.dashboards.charts import write_report_svgs

    return write_report_svgs(DEMO_LAST_YEAR, settings.WORKSPACE.outputs_dir / "charts")
