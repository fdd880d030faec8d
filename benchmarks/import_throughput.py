"""CIN census import throughput and peak memory, beside the lxml floor.

For each size: generate a synthetic CIN census (safeboard synth), time a bare
``lxml.etree.iterparse`` pass over it (the floor no importer can beat), then
run ``safeboard import cin`` in a fresh process on a fresh workspace and read
its wall time and peak memory (its worker processes' included: ``memory.py``).
Prints a table and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
SAFEBOARD = str(Path(sys.executable).parent / "safeboard")
sys.path.insert(0, str(ROOT))  # benchmarks.memory, when run as a script

from benchmarks.memory import run_sampled  # noqa: E402


def bare_iterparse(path: Path) -> float:
    """Seconds for lxml to read every element and free it: the floor."""
    from lxml import etree

    start = time.perf_counter()
    for _, element in etree.iterparse(str(path), events=("end",), resolve_entities=False):
        element.clear()
        while element.getprevious() is not None:
            del element.getparent()[0]
    return time.perf_counter() - start


def child_process(args: list[str], env: dict) -> tuple[float, float, int]:
    """Wall seconds, peak MiB of the command and its worker processes, and exit status."""
    result, seconds, peak_mib = run_sampled(args, env)
    if result.returncode not in (0, 1):
        sys.stderr.write(result.stderr[-2000:])
    return seconds, peak_mib, result.returncode


def run(sizes: list[int], keep: bool) -> list[dict]:
    from safeboard.synth import synth_write

    figures = []
    for size in sizes:
        folder = Path(tempfile.mkdtemp(prefix=f"safeboard-bench-{size}-"))
        start = time.perf_counter()
        synth_write(children=size, years=1, seed=1, out=folder / "input")
        generate = time.perf_counter() - start
        cin_file = next((folder / "input").glob("cin_*.xml"))
        children = cin_file.read_bytes().count(b"<Child>") if size <= 100_000 else size
        floor = bare_iterparse(cin_file)
        env = {
            **os.environ,
            "SAFEBOARD_ENV": "development",
            "DJANGO_SETTINGS_MODULE": "safeboard.config.settings.development",
            "SAFEBOARD_WORKSPACE": str(folder / "workspace"),
        }
        env.pop("DATABASE_URL", None)
        subprocess.run([SAFEBOARD, "init"], env=env, capture_output=True, check=True)  # noqa: S603
        seconds, peak_mib, status = child_process([SAFEBOARD, "import", "cin", str(cin_file)], env)
        row = {
            "children": size,
            "file_mib": round(cin_file.stat().st_size / 2**20, 1),
            "generate_s": round(generate, 1),
            "lxml_floor_s": round(floor, 2),
            "lxml_floor_children_per_s": round(size / floor),
            "import_s": round(seconds, 2),
            "import_children_per_s": round(size / seconds),
            "import_over_floor": round(seconds / floor, 1),
            "peak_mib": round(peak_mib),
            "exit_status": status,
            "counted_children": children,
        }
        figures.append(row)
        print(
            f"{size:>9,} children  {row['file_mib']:>7} MiB  floor {row['lxml_floor_s']:>7}s "
            f"({row['lxml_floor_children_per_s']:>8,}/s)  import {row['import_s']:>7}s "
            f"({row['import_children_per_s']:>8,}/s, {row['import_over_floor']}x floor)  "
            f"peak {row['peak_mib']:>5} MiB  exit {status}",
            flush=True,
        )
        if not keep:
            subprocess.run(["rm", "-rf", str(folder)], check=False)  # noqa: S607
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--keep", action="store_true", help="Keep the generated files.")
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safeboard.config.settings.development")
    figures = run(sorted(options.sizes), options.keep)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"import_throughput-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(figures, indent=1))
    print(f"Figures written to {out}")


if __name__ == "__main__":
    main()
