"""Run the D2I validators in their own virtual environments.

The D2I validators (PyPI ``csc-validator-be-cin`` and ``csc-validator-be-903``)
pin pandas below 2 and cannot share an environment with each other or with
Safeboard, so each lives in its own venv under ``.tools/`` (git-ignored) and
is driven by a small script (``driver_cin.py``, ``driver_903.py``) that their
interpreter executes. They are never Safeboard's dependency.

    from tools.d2i.runner import ensure_venv, run_d2i
    result = run_d2i("cin", [Path("census.xml")], 2024)
    result.counts["8600"]  # {"rows": 3, "children": 3, ...}
    result.seconds         # parse/ingest + rules, timed inside their process
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TOOLS = ROOT / ".tools"

# kind -> (venv folder, PyPI package, the module their driver imports, driver script).
KINDS = {
    "cin": ("d2i-cin", "csc-validator-be-cin", "cin_validator", "driver_cin.py"),
    "ssda903": ("d2i-903", "csc-validator-be-903", "lac_validator", "driver_903.py"),
}
# The versions docs/validation/d2i-differences.md was written against: a newer release
# may move rules, so a change here means comparing again.
VERSIONS = {"cin": "0.1.13", "ssda903": "0.1.17"}
# Their CIN package pins pandas<2 but not numpy: pandas 1.5 does not load with numpy 2.
EXTRA_PINS = {"cin": ["numpy<2"], "ssda903": []}
ALIASES = {"903": "ssda903", "lac": "ssda903"}
# Their first rule sets are for 2022-23 (collection year 2023).
FIRST_YEAR = 2023
# The 903 tool derives placement distances and in/out of area from postcodes and
# the local authority's code; any English upper-tier code will do for synthetic data.
DEFAULT_LA_CODE = "E10000030"


@dataclass
class D2IResult:
    """What one run of a D2I validator found, per rule (their codes, e.g. ``8869Q``)."""

    kind: str
    collection_year: int
    version: str
    counts: dict[str, dict]  # code -> {"rows": n, "children": n, "tables": [...]}
    rules: list[str]  # every rule in their rule set for the year
    seconds: float  # parse/ingest + rules, measured inside their process
    failed_rules: list[str] = field(default_factory=list)  # rules that crashed on the data
    skipped_rules: list[str] = field(default_factory=list)  # 903: tables missing
    raw: dict = field(default_factory=dict)

    def rows(self, code: str) -> int:
        return self.counts.get(code, {}).get("rows", 0)

    def children(self, code: str) -> int:
        return self.counts.get(code, {}).get("children", 0)


def _kind(kind: str) -> str:
    kind = ALIASES.get(kind, kind)
    if kind not in KINDS:
        raise ValueError(f"Unknown kind {kind!r}: use 'cin' or 'ssda903'.")
    return kind


def venv_python(kind: str) -> Path:
    return TOOLS / KINDS[_kind(kind)][0] / "bin" / "python"


def ensure_venv(kind: str) -> Path:
    """The D2I validator's venv for ``kind`` ("cin" or "ssda903"), created on first use.

    Returns the venv's folder. Creating it needs PyPI (a minute or two).
    """
    kind = _kind(kind)
    folder, package, module, _ = KINDS[kind]
    venv = TOOLS / folder
    python = venv / "bin" / "python"
    if python.exists() and _imports(python, module):
        return venv
    TOOLS.mkdir(exist_ok=True)
    # python3.11: their packages support it; ours is not reused, so nothing leaks either way.
    subprocess.run(["python3.11", "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            f"{package}=={VERSIONS[kind]}",
            *EXTRA_PINS[kind],
        ],
        check=True,
    )
    if not _imports(python, module):
        raise RuntimeError(f"{package} installed in {venv} but {module} does not import.")
    return venv


def _imports(python: Path, module: str) -> bool:
    done = subprocess.run([str(python), "-c", f"import {module}"], capture_output=True)
    return done.returncode == 0


def run_d2i(
    kind: str,
    files: list[Path],
    collection_year: int,
    *,
    previous_files: list[Path] = (),
    la_code: str = DEFAULT_LA_CODE,
    timeout: float | None = None,
    reference: Path | None = None,
) -> D2IResult:
    """Run D2I's validator on ``files`` (one CIN XML, or the SSDA903 CSVs) for a year.

    ``previous_files`` are last year's SSDA903 CSVs (their previous-year rules
    run only with them). ``reference``, a folder holding ``postcodes.csv`` (the
    directory's layout) and ``providers.csv`` (DfE's URN lookup's), replaces the
    SSDA903 tool's own postcode directory and gives it the providers' lookup, as
    Safeboard is given them. Raises ``subprocess.TimeoutExpired`` past ``timeout``.
    """
    kind = _kind(kind)
    if collection_year < FIRST_YEAR:
        raise ValueError(
            f"D2I holds no rule set before {FIRST_YEAR - 1}-{str(FIRST_YEAR)[2:]} "
            f"(asked for collection year {collection_year})."
        )
    venv = ensure_venv(kind)
    driver = HERE / KINDS[kind][3]
    with tempfile.TemporaryDirectory(prefix="d2i-") as tmp:
        out = Path(tmp) / "result.json"
        args = [str(venv / "bin" / "python"), str(driver), str(out), str(collection_year)]
        if kind == "cin":
            if len(files) != 1:
                raise ValueError("The CIN validator takes exactly one XML file.")
            args.append(str(Path(files[0]).resolve()))
        else:
            args += [la_code, *(str(Path(f).resolve()) for f in files)]
            if previous_files:
                args += ["--", *(str(Path(f).resolve()) for f in previous_files)]
        # Their working folder is the temporary one: their 903 package writes a log file there.
        env = dict(os.environ)
        if reference is not None and kind == "ssda903":
            env["D2I_POSTCODES"] = str(Path(reference, "postcodes.csv").resolve())
            env["D2I_PROVIDERS"] = str(Path(reference, "providers.csv").resolve())
        done = subprocess.run(
            args, cwd=tmp, capture_output=True, text=True, timeout=timeout, env=env
        )
        if done.returncode != 0 or not out.exists():
            raise RuntimeError(
                f"D2I {kind} validator failed (exit {done.returncode}):\n{done.stderr[-4000:]}"
            )
        raw = json.loads(out.read_text(encoding="utf-8"))
    return D2IResult(
        kind=kind,
        collection_year=raw["collection_year"],
        version=raw["version"],
        counts=raw["counts"],
        rules=raw["rules"],
        seconds=raw["seconds"],
        failed_rules=raw.get("failed_rules", []),
        skipped_rules=raw.get("skipped_rules", []),
        raw=raw,
    )


if __name__ == "__main__":
    # python -m tools.d2i.runner cin FILE.xml 2024
    kind_arg, *paths, year_arg = sys.argv[1:]
    result = run_d2i(kind_arg, [Path(p) for p in paths], int(year_arg))
    print(json.dumps({"seconds": result.seconds, "counts": result.counts}, indent=1))


SAFEBOARD = str(Path(sys.executable).parent / "safeboard")


def safeboard_workspace_env(workspace: Path) -> dict[str, str]:
    """The environment of a fresh, private Safeboard workspace (initialised here).

    Its own SQLite database whatever the shell's DATABASE_URL says, so a comparison or
    a benchmark never touches a real partnership's data.
    """
    env = {
        **os.environ,
        "SAFEBOARD_ENV": "development",
        "DJANGO_SETTINGS_MODULE": "safeboard.config.settings.development",
        "SAFEBOARD_WORKSPACE": str(workspace),
    }
    env.pop("DATABASE_URL", None)
    subprocess.run([SAFEBOARD, "init"], env=env, capture_output=True, check=True)  # noqa: S603
    return env
