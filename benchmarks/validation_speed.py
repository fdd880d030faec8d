"""Validation speed beside the D2I validators, in one run (issue 8, item 6).

For each size: generate a synthetic partnership (safeboard synth, one
collection year), then validate its CIN census and its SSDA903 return five times
in turn (D2I's CIN validator once: it takes a minute), each run in a fresh
process, and compare the medians, with

* the D2I validators (``csc-validator-be-cin``, ``csc-validator-be-903``), in
  their own virtual environments through ``tools/d2i/runner.py``: their parse
  (ingest) plus rules, timed inside their process after their imports and
  after their rule set is built;
* Safeboard: the import pipeline's parse and validation
  (``return_import(validate_only=True)``: read, pseudonymise, stage, every
  rule), timed the same way inside a fresh process on a fresh workspace,
  after Django has started and the rule units are imported and built.

It prints a table (size, D2I seconds, Safeboard seconds, ratio, target,
pass or fail), then validates a 1,000,000-child CIN census with Safeboard
alone (D2I's CIN validator does not finish 50,000 in five minutes), and
reports its seconds and peak memory (the process's maximum resident set)
against the bound. Safeboard's time, CPU and memory include the worker processes
that read a large CIN census side by side (``safeboard.returns.parallel_read``):
its memory is the largest sum of every process's proportional set size, sampled
every 250 ms over the whole run. Figures are written as JSON to ``benchmarks/results/``.

    .venv/bin/python benchmarks/validation_speed.py
    .venv/bin/python benchmarks/validation_speed.py --sizes 10000 --skip-1m
    .venv/bin/python benchmarks/validation_speed.py --skip-d2i --cache /tmp/synth
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
sys.path.insert(0, str(ROOT))  # tools.d2i, when run as a script

from benchmarks.memory import run_sampled  # noqa: E402

KINDS = ("cin", "ssda903")
# D2I's rule sets start with 2022-23: the newest year both hold is compared.
YEAR = 2024
SEED = 1
# The targets: how many times faster than D2I, at how many children.
TARGETS = {("cin", 10_000): 100, ("ssda903", 50_000): 10}
REPEATS = 5  # runs of each tool at each size (D2I's CIN once); the median is compared
MILLION = 1_000_000
MILLION_SECONDS = 60
# The returns issue's bound: memory stays flat whatever the file's size. The import
# of 1,000,000 children peaks at 218 MiB (benchmarks/README.md); validation adds
# DuckDB's working memory, capped by safeboard.validation.engine.MEMORY_LIMIT.
MEMORY_BOUND_MIB = 1536
# D2I's CIN ingest grows quadratically: beyond this it is not waited for.
D2I_TIMEOUT_S = 600


def synthetic(children: int, cache: Path | None, scratch: Path, reference: bool = True) -> Path:
    """A synthetic partnership of ``children`` for YEAR; reused from ``cache`` when there.

    ``reference``: its SSDA903 return is validated, which needs the reference data the
    generator writes beside it (a cached folder from before it did is made again).
    """
    from safeboard.synth import synth_write

    folder = (cache or scratch) / f"synth-{children}-{YEAR}-seed{SEED}"
    done = folder / ".complete"
    if not done.exists() or (reference and not (folder / "postcodes.csv").exists()):
        synth_write(children=children, years=1, seed=SEED, out=folder, last_year=YEAR)
        done.touch()
    return folder


def inputs(folder: Path, kind: str) -> list[Path]:
    if kind == "cin":
        return [folder / f"cin_{YEAR}.xml"]
    return sorted((folder / f"ssda903_{YEAR}").glob("*.csv"))


def safeboard_run(kind: str, files: list[Path], workspace: Path, memory: bool = False) -> dict:
    """Safeboard's parse + validation of ``files``, in a fresh process on a fresh workspace.

    With ``memory``, the memory of the run's processes is sampled from here as it runs
    (reading /proc costs CPU the run would use, so only where memory is judged).
    """
    from tools.d2i.runner import safeboard_workspace_env

    env = safeboard_workspace_env(workspace)
    # Sampled from outside: a thread inside would keep the import to one process
    # (safeboard.returns.parallel_read forks workers only from a single-threaded one).
    done, _, peak_tree_mib = run_sampled(
        [sys.executable, __file__, "--worker", kind, *map(str, files)], env, sample=memory
    )
    if done.returncode != 0:
        raise RuntimeError(f"Safeboard {kind} run failed:\n{done.stderr[-3000:]}")
    stdout = done.stdout
    figures = json.loads(stdout.strip().splitlines()[-1])
    # The whole run's peak (start-up included) over every process of it; never less
    # than the maximum resident set the worker itself saw.
    figures["peak_mib"] = round(max(peak_tree_mib, figures["peak_mib"]))
    return figures


def worker(kind: str, files: list[str]) -> None:
    """In the fresh process: start Django, build the rules, then time the validation."""
    from safeboard.cli.options import django_setup

    django_setup()
    from safeboard.returns.kinds import get_kind
    from safeboard.returns.pipeline import return_import
    from safeboard.validation.engine import RuleContext
    from safeboard.validation.registry import rules_for

    get_kind(kind)  # its modules imported, as D2I's are before its clock starts
    if kind == "ssda903":
        reference(Path(files[0]).parent.parent)

    # Like D2I's driver, which builds its rule set before its clock starts: import
    # every rule unit and build each one's SQL once (their imports, code lists).
    for unit in rules_for(kind, YEAR):
        unit.logic(RuleContext(kind=kind, collection_year=YEAR, tables=frozenset(unit.tables)))
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    result = return_import(
        kind=kind, paths=[Path(f) for f in files], collection_year=YEAR, validate_only=True
    )
    seconds = time.perf_counter() - started
    # CPU seconds of every thread and of the import's worker processes: what the run
    # costs whatever else shares the machine.
    cpu_seconds = _cpu_seconds() - cpu_started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": round(cpu_seconds, 3),
                "peak_mib": round(peak_mib),
                "status": str(result.status),
                "findings": len(result.findings),
                "rows": sum(result.row_counts.values()),
            }
        )
    )


def reference(folder: Path) -> None:
    """The authority and the synthetic world's reference data, set up before the clock.

    D2I's SSDA903 validator works out every episode's placement authority, location
    and distance from the postcodes with the directory it ships, and its clock runs
    while it does; Safeboard does the same with its imported directory, so that both
    do the same work. The directory's lookup index is made here, as D2I's package
    loads its tables before its clock starts.
    """
    from safeboard.partnership.models import LocalAuthority, Partnership
    from safeboard.returns.pipeline import return_import
    from safeboard.returns.placement_area import PostcodeDirectory
    from safeboard.synth.places import COUNTY

    partnership = Partnership.objects.create(name="Benchmark", short_name="BM")
    LocalAuthority.objects.create(partnership=partnership, name="County", ons_code=COUNTY)
    for kind in ("postcodes", "providers"):
        return_import(kind=kind, paths=[folder / f"{kind}.csv"])
    PostcodeDirectory.current()


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # once they have ended
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def d2i_run(kind: str, files: list[Path], timeout: float = D2I_TIMEOUT_S) -> dict:
    from tools.d2i.runner import run_d2i

    try:
        result = run_d2i(kind, files, YEAR, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": None, "timed_out_after": timeout}
    return {
        "seconds": result.seconds,
        "version": result.version,
        "rules": len(result.rules),
        "ingest_seconds": result.raw.get("ingest_seconds"),
        "rules_seconds": result.raw.get("rules_seconds"),
        "failed_rules": len(result.failed_rules),
    }


def _median_run(runs: list[dict]) -> dict:
    """The run of median seconds, with every run's seconds beside it."""
    timed = [run for run in runs if run.get("seconds") is not None]
    if not timed:
        return runs[0]
    middle = sorted(timed, key=lambda run: run["seconds"])[(len(timed) - 1) // 2]
    return {**middle, "runs_seconds": [round(run["seconds"], 3) for run in timed]}


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def side_by_side(
    runs: list[tuple[str, int]], skip_d2i: bool, cache, scratch: Path, timeout: float
) -> list:
    """Each (return, children) run by both tools, one after the other."""
    rows = []
    for kind, size in runs:
        folder = synthetic(size, cache, scratch)
        target = TARGETS.get((kind, size))
        files = inputs(folder, kind)
        load_before = load_average()
        # Each tool run REPEATS times (D2I's CIN run once: it takes a minute), in
        # turn, each time in a fresh process; the median of each is compared.
        ours_runs, their_runs = [], []
        for turn in range(REPEATS):
            workspace = scratch / f"workspace-{kind}-{size}-{turn}"
            ours_runs.append(safeboard_run(kind, files, workspace))
            if not skip_d2i and (turn == 0 or kind != "cin"):
                their_runs.append(d2i_run(kind, files, timeout))
        ours = _median_run(ours_runs)
        theirs = _median_run(their_runs) if their_runs else {"seconds": None, "skipped": True}
        ratio = theirs["seconds"] / ours["seconds"] if theirs.get("seconds") is not None else None
        # D2I stopped at the timeout: the ratio is at least this much.
        at_least = (
            theirs["timed_out_after"] / ours["seconds"] if theirs.get("timed_out_after") else None
        )
        row = {
            "kind": kind,
            "children": size,
            "year": YEAR,
            "safeboard": ours,
            "d2i": theirs,
            "ratio": None if ratio is None else round(ratio, 1),
            "ratio_at_least": None if at_least is None else round(at_least, 1),
            "target_ratio": target,
            "passed": None if ratio is None or target is None else ratio >= target,
            "load_average": load_before,
        }
        rows.append(row)
        print(format_row(row), flush=True)
    return rows


def format_row(row: dict) -> str:
    theirs = row["d2i"]
    if theirs.get("seconds") is not None:
        d2i = f"{theirs['seconds']:8.2f}"
    elif theirs.get("timed_out_after"):
        d2i = f"> {theirs['timed_out_after']:>5}"
    else:
        d2i = "skipped"
    ratio = "" if row["ratio"] is None else f"{row['ratio']:.1f}x"
    if row.get("ratio_at_least") is not None:
        ratio = f"> {row['ratio_at_least']:.1f}x"
    target = "" if row["target_ratio"] is None else f">= {row['target_ratio']}x"
    verdict = {True: "pass", False: "FAIL", None: ""}[row["passed"]]
    return (
        f"{row['kind']:<8} {row['children']:>9,}  {d2i:>9}  "
        f"{row['safeboard']['seconds']:8.2f}  {ratio:>8}  {target:>8}  {verdict:<4}  "
        f"(ours {row['safeboard']['cpu_seconds']:.2f} s CPU; load {row['load_average'][0]}; "
        f"ours {_spread(row['safeboard'])}, D2I {_spread(theirs)})"
    )


def _spread(run: dict) -> str:
    """Every run's seconds, as 'min-max of n'."""
    seconds = run.get("runs_seconds") or []
    if not seconds:
        return "-"
    return f"{min(seconds):.2f}-{max(seconds):.2f} s of {len(seconds)}"


def million(cache: Path | None, scratch: Path) -> dict:
    folder = synthetic(MILLION, cache, scratch, reference=False)  # the CIN census only
    load_before = load_average()
    ours = safeboard_run("cin", inputs(folder, "cin"), scratch / "workspace-cin-1m", memory=True)
    row = {
        "kind": "cin",
        "children": MILLION,
        "year": YEAR,
        "safeboard": ours,
        "target_seconds": MILLION_SECONDS,
        "memory_bound_mib": MEMORY_BOUND_MIB,
        "passed": ours["seconds"] < MILLION_SECONDS and ours["peak_mib"] <= MEMORY_BOUND_MIB,
        "load_average": load_before,
    }
    print(
        f"cin      {MILLION:>9,}  Safeboard only: {ours['seconds']:.1f} s (target < "
        f"{MILLION_SECONDS} s), peak {ours['peak_mib']} MiB (bound {MEMORY_BOUND_MIB} MiB): "
        f"{'pass' if row['passed'] else 'FAIL'}  (load {load_before[0]})",
        flush=True,
    )
    return row


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--worker":
        worker(argv[1], argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        help="children per synthetic partnership, each run for both returns (by default "
        "the issue's two targets: CIN at 10,000 and SSDA903 at 50,000 children)",
    )
    parser.add_argument("--skip-d2i", action="store_true", help="Safeboard only")
    parser.add_argument("--skip-1m", action="store_true", help="no 1,000,000-child CIN run")
    parser.add_argument("--only-1m", action="store_true", help="the 1,000,000-child run alone")
    parser.add_argument(
        "--d2i-timeout",
        type=float,
        default=D2I_TIMEOUT_S,
        help="seconds to wait for a D2I run (on a busy machine its CIN run needs more)",
    )
    parser.add_argument(
        "--cache", type=Path, help="keep and reuse the generated files in this folder"
    )
    options = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safeboard.config.settings.development")
    if options.only_1m:
        runs = []
    elif options.sizes is None:
        runs = sorted(TARGETS)
    else:
        runs = [(kind, size) for size in sorted(set(options.sizes)) for kind in KINDS]
    started = time.strftime("%Y-%m-%d %H:%M:%S")
    print(
        f"{'return':<8} {'children':>9}  {'D2I s':>9}  {'ours s':>8}  {'ratio':>8}  {'target':>8}"
    )
    with tempfile.TemporaryDirectory(prefix="safeboard-validation-speed-") as tmp:
        scratch = Path(tmp)
        rows = side_by_side(runs, options.skip_d2i, options.cache, scratch, options.d2i_timeout)
        big = None if options.skip_1m else million(options.cache, scratch)
    figures = {
        "started": started,
        "cores": os.cpu_count(),
        "side_by_side": rows,
        "million": big,
        "load_average_end": load_average(),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"validation_speed-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(figures, indent=1))
    print(f"Figures written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
