"""The whole dataset for one year (all quarters and history): time and peak memory.

For each size: generate a synthetic partnership (one year), import every kind
into a fresh workspace, then time ``safeboard dataset --year`` in a process of
its own and read its peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
SAFEBOARD = str(Path(sys.executable).parent / "safeboard")
YEAR = 2018


def _run(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, capture_output=True, check=True)  # noqa: S603
    return time.perf_counter() - start


def run(sizes: list[int]) -> list[dict]:
    from safeboard.synth import synth_write

    figures = []
    for size in sizes:
        folder = Path(tempfile.mkdtemp(prefix=f"safeboard-dataset-bench-{size}-"))
        inputs = folder / "input"
        synth_write(children=size, years=1, seed=1, out=inputs, last_year=YEAR)
        env = {
            **os.environ,
            "SAFEBOARD_ENV": "development",
            "DJANGO_SETTINGS_MODULE": "safeboard.config.settings.development",
            "SAFEBOARD_WORKSPACE": str(folder / "workspace"),
        }
        env.pop("DATABASE_URL", None)
        imports = 0.0
        for kind, path, extra in (
            ("cin", inputs / f"cin_{YEAR}.xml", []),
            ("ssda903", inputs / f"ssda903_{YEAR}", ["--year", str(YEAR)]),
            ("contacts", inputs / f"contacts_{YEAR}.csv", ["--year", str(YEAR)]),
            ("characteristics", inputs / "characteristics.csv", []),
            ("population", inputs / "population.csv", []),
        ):
            imports += _run([SAFEBOARD, "import", kind, str(path), *extra], env)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        out = folder / "dataset.json"
        seconds = _run([SAFEBOARD, "dataset", "--year", str(YEAR), "--out", str(out)], env)
        peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
        rows = len(json.loads(out.read_text()))
        row = {
            "children": size,
            "import_all_kinds_s": round(imports, 1),
            "dataset_s": round(seconds, 2),
            "dataset_rows": rows,
            "peak_mib": round(peak),
        }
        figures.append(row)
        print(
            f"{size:>9,} children  imports {row['import_all_kinds_s']:>7}s  "
            f"dataset {row['dataset_s']:>7}s ({rows:,} rows)  peak {row['peak_mib']:>5} MiB",
            flush=True,
        )
        subprocess.run(["rm", "-rf", str(folder)], check=False)  # noqa: S607
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safeboard.config.settings.development")
    figures = run(sorted(options.sizes))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"dataset_throughput-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(figures, indent=1))
    print(f"Figures written to {out}")


if __name__ == "__main__":
    main()
