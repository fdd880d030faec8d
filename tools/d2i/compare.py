"""Safeboard's DfE rules beside the D2I validators, rule by rule, on the same files.

Generates a synthetic partnership (``safeboard synth``) of two collection years
with faults planted for many DfE rules in the later year only
(``safeboard.synth.broken.DfeFaults``), then:

* Safeboard, through its command line on a fresh workspace, as a local
  authority would use it: last year's SSDA903 and CIN census are imported
  (so the previous-year rules run), with the synthetic world's postcode directory
  and providers' lookup and its authority, then this year's are validated
  (``safeboard validate ... --format json``);
* D2I's ``csc-validator-be-cin`` and ``csc-validator-be-903`` in their own
  virtual environments (``tools.d2i.runner``), the SSDA903 one given last
  year's files as its "previous year", and the same postcode directory and
  providers' lookup in place of the ones it ships or is given as spreadsheets.

It reports, for every rule either side has for the year, the children (and
rows) each flags, and whether they agree. Children are the level compared:
the two tools count rows differently (D2I flags a row in every table a rule
touches: its 8873Q marks the assessment and the episode), while both name
the child. Writes Markdown and JSON to ``--out`` (default ``benchmarks/results/``).

    .venv/bin/python -m tools.d2i.compare --children 2000 --year 2024
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from safeboard.synth.places import COUNTY
from tools.d2i.runner import FIRST_YEAR, SAFEBOARD, run_d2i, safeboard_workspace_env

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "benchmarks" / "results"
KINDS = ("cin", "ssda903")


def generate(folder: Path, children: int, year: int, seed: int) -> dict[str, int]:
    """Two years of synthetic returns, faults planted in ``year`` only; what was planted."""
    from safeboard.synth import synth_write
    from safeboard.synth.broken import DfeFaults

    summary = synth_write(
        children=children,
        years=2,
        seed=seed,
        out=folder,
        last_year=year,
        errors=DfeFaults(years={year}),
    )
    return summary.broken


def _inputs(folder: Path, kind: str, year: int) -> list[Path]:
    if kind == "cin":
        return [folder / f"cin_{year}.xml"]
    return sorted((folder / f"ssda903_{year}").glob("*.csv"))


# The placing authority, as a partnership's workspace names it (safeboard.synth.places).
AUTHORITY = """
import django; django.setup()
from safeboard.partnership.models import LocalAuthority, Partnership
from safeboard.synth.places import COUNTY
partnership = Partnership.objects.create(name="Synthetic partnership", short_name="SYN")
LocalAuthority.objects.create(partnership=partnership, name="Warwickshire", ons_code=COUNTY)
"""


def safeboard_findings(folder: Path, workspace: Path, year: int) -> dict[str, dict]:
    """Safeboard's findings on this year's files, after importing last year's.

    The workspace first gets its authority and the synthetic world's reference data
    (postcode directory, providers' lookup), so that DfE's placement rules run.
    """
    env = safeboard_workspace_env(workspace)
    subprocess.run([sys.executable, "-c", AUTHORITY], env=env, check=True)  # noqa: S603
    for kind in ("postcodes", "providers"):
        done = subprocess.run(  # noqa: S603
            [SAFEBOARD, "import", kind, str(folder / f"{kind}.csv")],
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"The {kind} reference data was not imported:\n{done.stdout}")
    for kind in KINDS:
        done = subprocess.run(  # noqa: S603
            [SAFEBOARD, "import", kind, *map(str, _inputs(folder, kind, year - 1))]
            + ["--year", str(year - 1)],
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode not in (0, 1):
            raise RuntimeError(f"Last year's {kind} was refused:\n{done.stdout[-3000:]}")
    out = {}
    for kind in KINDS:
        started = time.perf_counter()
        done = subprocess.run(  # noqa: S603
            [SAFEBOARD, "validate", kind, *map(str, _inputs(folder, kind, year))]
            + ["--year", str(year), "--format", "json"],
            env=env,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - started
        if done.returncode not in (0, 1, 2):
            raise RuntimeError(f"safeboard validate {kind} failed:\n{done.stderr[-3000:]}")
        findings = json.loads(done.stdout)
        out[kind] = {"counts": _count(findings), "seconds": seconds, "rules": _rules(kind, year)}
    # Our findings name children by pseudonym; the inputs' own ids, pseudonymised with the
    # workspace's key, turn them back into the (synthetic) ids D2I reports.
    from safeboard.returns.pseudonymise import PSEUDONYM_KEY, Pseudonymiser
    from safeboard.workspace import Workspace

    pseudonymiser = Pseudonymiser(
        Workspace(workspace.resolve()).secret(PSEUDONYM_KEY, create=False)
    )
    ids = set(
        re.findall(r"<LAchildID>([^<]+)</LAchildID>", _inputs(folder, "cin", year)[0].read_text())
    )
    for path in _inputs(folder, "ssda903", year):
        with path.open(newline="", encoding="utf-8") as handle:
            ids.update(row["CHILD"] for row in csv.DictReader(handle) if row.get("CHILD"))
    back = {pseudonymiser.child(i): i for i in ids}
    for kind in KINDS:
        for entry in out[kind]["counts"].values():
            entry["child_ids"] = sorted(back.get(p, p) for p in entry.pop("_pseudonyms"))[:50]
    return out


def _count(findings: list[dict]) -> dict[str, dict]:
    rows: dict[str, set] = defaultdict(set)
    children: dict[str, set] = defaultdict(set)
    for finding in findings:
        rows[finding["rule"]].add((finding["table"], finding["position"]))
        if finding["child"]:
            children[finding["rule"]].add(finding["child"])
    return {
        code: {
            "rows": len(rows[code]),
            "children": len(children[code]),
            "_pseudonyms": children[code],
        }
        for code in sorted(rows)
    }


def _rules(kind: str, year: int) -> list[str]:
    """Every Safeboard rule of the kind active in the year (the registry, read here)."""
    os.environ.setdefault("SAFEBOARD_ENV", "development")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safeboard.config.settings.development")
    import django

    django.setup()
    from safeboard.validation.registry import rules_for

    return [r.code for r in rules_for(kind, year)]


def key(code: str) -> str:
    """The code both sides can be matched on: DfE's codes, case aside (D2I writes 392a)."""
    return code.strip().upper()


def compare(kind: str, d2i, ours: dict) -> list[dict]:
    """One row per rule either side has (Safeboard's own SB- checks aside)."""
    theirs_by_key = {key(c): c for c in d2i.rules}
    ours_by_key = {key(c): c for c in ours["rules"] if not c.startswith("SB-")}
    rows = []
    for k in sorted(set(theirs_by_key) | set(ours_by_key), key=_sort_key):
        their_code, our_code = theirs_by_key.get(k), ours_by_key.get(k)
        # A rule D2I lacks under the code but has with a letter suffix (8869Q and 8869).
        if their_code is None and k + "Q" in theirs_by_key and k + "Q" not in ours_by_key:
            their_code = theirs_by_key[k + "Q"]
        if our_code is None and k.endswith("Q") and k[:-1] in ours_by_key:
            continue  # reported with our code
        their = d2i.counts.get(their_code, {}) if their_code else None
        mine = ours["counts"].get(our_code, {}) if our_code else None
        row = {
            "rule": our_code or their_code,
            "d2i_code": their_code,
            "d2i_children": None if their is None else their.get("children", 0),
            "d2i_rows": None if their is None else their.get("rows", 0),
            "safeboard_children": None if mine is None else mine.get("children", 0),
            "safeboard_rows": None if mine is None else mine.get("rows", 0),
            "d2i_crashed": bool(their_code and their_code in d2i.failed_rules),
        }
        if their is not None and mine is not None:
            theirs_ids, mine_ids = set(their.get("child_ids", [])), set(mine.get("child_ids", []))
            row["only_d2i"] = sorted(theirs_ids - mine_ids)[:10]
            row["only_safeboard"] = sorted(mine_ids - theirs_ids)[:10]
        row["status"] = _status(row)
        rows.append(row)
    return rows


def _status(row: dict) -> str:
    if row["d2i_code"] is None:
        return "Safeboard only"
    if row["safeboard_children"] is None:
        return "D2I only"
    if row["d2i_crashed"]:
        return "differ (D2I crashed)"
    if row["d2i_children"] == row["safeboard_children"] == 0:
        return "neither fired"
    return "agree" if row["d2i_children"] == row["safeboard_children"] else "differ"


def _sort_key(code: str):
    digits = "".join(c for c in code if c.isdigit())
    return (0 if digits else 1, int(digits) if digits else 0, code)


def markdown(report: dict) -> str:
    lines = [
        f"# Safeboard and the D2I validators, collection year {report['year']}",
        "",
        f"{report['children']} synthetic children, seed {report['seed']}; faults planted: "
        + ", ".join(f"{name} {n}" for name, n in report["planted"].items() if n),
        "",
    ]
    for kind in KINDS:
        section = report[kind]
        rows = section["rows"]
        tally = defaultdict(int)
        for row in rows:
            tally[row["status"]] += 1
        lines += [
            f"## {kind} (D2I {section['d2i_package']} {section['d2i_version']})",
            "",
            "D2I parse/ingest + rules {:.1f} s (inside its process); Safeboard validate {:.1f} s "
            "(the whole command).".format(section["d2i_seconds"], section["safeboard_seconds"]),
            "",
            ", ".join(f"{status}: {n}" for status, n in sorted(tally.items())),
            "",
            "| rule | D2I children (rows) | Safeboard children (rows) | |",
            "| --- | ---: | ---: | --- |",
        ]
        for row in rows:
            if row["status"] == "neither fired":
                continue
            their = (
                "–" if row["d2i_children"] is None else f"{row['d2i_children']} ({row['d2i_rows']})"
            )
            mine = (
                "–"
                if row["safeboard_children"] is None
                else f"{row['safeboard_children']} ({row['safeboard_rows']})"
            )
            code = row["rule"] + (
                f" ({row['d2i_code']})" if row["d2i_code"] not in (None, row["rule"]) else ""
            )
            lines.append(f"| {code} | {their} | {mine} | {row['status']} |")
        quiet = [r["rule"] for r in rows if r["status"] == "neither fired"]
        lines += ["", f"Neither fired ({len(quiet)}): {', '.join(quiet)}", ""]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--children", type=int, default=2000)
    parser.add_argument("--year", type=int, default=2024, help="collection year (2024 = 2023-24)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args(argv)
    if args.year < FIRST_YEAR:
        parser.error(f"D2I's rule sets start with collection year {FIRST_YEAR}.")
    folder = Path(tempfile.mkdtemp(prefix="safeboard-d2i-"))
    planted = generate(folder / "input", args.children, args.year, args.seed)
    ours = safeboard_findings(folder / "input", folder / "workspace", args.year)
    report = {"year": args.year, "children": args.children, "seed": args.seed, "planted": planted}
    for kind in KINDS:
        previous = _inputs(folder / "input", kind, args.year - 1) if kind == "ssda903" else []
        d2i = run_d2i(
            kind,
            _inputs(folder / "input", kind, args.year),
            args.year,
            previous_files=previous,
            la_code=COUNTY,
            reference=folder / "input",
        )
        report[kind] = {
            "d2i_package": d2i.raw.get("package"),
            "d2i_version": d2i.version,
            "d2i_seconds": d2i.seconds,
            "d2i_failed_rules": d2i.failed_rules,
            "d2i_skipped_rules": d2i.skipped_rules,
            "safeboard_seconds": ours[kind]["seconds"],
            "rows": compare(kind, d2i, ours[kind]),
        }
    text = markdown(report)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    stem = f"d2i_comparison_{args.year}_{args.children}_{args.seed}"
    (args.out / f"{stem}.md").write_text(text, encoding="utf-8")
    (args.out / f"{stem}.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(f"Written to {args.out / stem}.md and .json")
    if args.keep:
        print(f"Inputs and workspace kept in {folder}")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
