"""Runs csc-validator-be-903 on SSDA903 CSVs; executed by ITS interpreter.

Usage (from tools/d2i/runner.py):
``python driver_903.py OUT.json YEAR LA_CODE THIS_YEAR_FILES... [-- PREVIOUS_YEAR_FILES...]``.
Imports only the D2I package and the standard library, because it runs in
D2I's own virtual environment (pandas < 2), never in ours. Writes per-rule
counts and the wall time of read + ingest + rules, measured here so that the
interpreter's start and the package's imports (their postcode tables) are not
counted.
"""

import json
import logging
import os
import sys
import time
from importlib.metadata import version
from pathlib import Path

CHILD_IDS = 50  # per rule, for tracing a difference to children


def use_reference(metadata):
    """Put the comparison's postcode directory and providers' lookup in their place.

    ``D2I_POSTCODES`` (the directory's layout) replaces the directory their package
    ships, through the object their datastore looks postcodes up in;
    ``D2I_PROVIDERS`` (DfE's URN lookup's layout) becomes the ``provider_info``
    their ingress builds from Ofsted's spreadsheets, with the same columns, each
    provider's authority from the directory and their own district-to-authority list.
    """
    postcodes = os.environ.get("D2I_POSTCODES")
    if not postcodes:
        return
    import pandas as pd
    from lac_validator import datastore

    directory = pd.read_csv(postcodes, dtype=str, keep_default_na=False)
    directory["pcd_abbr"] = directory["pcds"].str.replace(" ", "").str.upper()
    directory = directory.rename(columns={"oslaua": "laua"})
    for column in ("oseast1m", "osnrth1m"):
        directory[column] = pd.to_numeric(directory[column], errors="coerce")

    class Directory:
        dataframe = directory[["pcd_abbr", "laua", "oseast1m", "osnrth1m"]]

        def load_postcodes(self, letters):
            pass  # all of it is loaded

    datastore.postcodes = Directory()
    lookup = pd.read_csv(os.environ["D2I_PROVIDERS"], dtype=str, keep_default_na=False)
    info = pd.DataFrame(
        {
            "URN": lookup["URN"],
            "LA_NAME_FROM_FILE": lookup["Local authority"],
            "PLACE_CODES": lookup["Placement code"].str.replace("/", ","),
            "PROVIDER_CODES": lookup["Placement provider code"].str.replace("/", ","),
            "REG_END": pd.to_datetime(
                lookup["Deregistration date"], format="%d/%m/%Y", errors="coerce"
            ),
            "POSTCODE": lookup["Setting address postcode"].str.replace(" ", "").str.upper(),
        }
    )
    authority = info[["POSTCODE"]].merge(
        directory[["pcd_abbr", "laua"]], how="left", left_on="POSTCODE", right_on="pcd_abbr"
    )
    authority = authority.merge(datastore.la_df, how="left", left_on="laua", right_on="LTLA21CD")
    info["LA_CODE_INFERRED"] = authority["UTLA21CD"].values
    info["LA_NAME_INFERRED"] = authority["UTLA21NM"].values
    metadata["provider_info"] = info


def main(out_path, collection_year, la_code, this_year, previous_year):
    logging.disable(logging.INFO)  # they log every rule at INFO
    from lac_validator import lac_validator
    from lac_validator.rules.ruleset_utils import get_year_ruleset

    registry = get_year_ruleset(str(collection_year))
    metadata = {"collectionYear": str(collection_year), "localAuthority": la_code}
    use_reference(metadata)  # before the clock, as their own tables load with the package
    started = time.perf_counter()
    # Their upload format: the files' bytes, each labelled this year or last year.
    files = [
        {"name": p, "description": label, "file_content": Path(p).read_bytes()}
        for label, paths in (("This year", this_year), ("Prev year", previous_year))
        for p in paths
    ]
    validator = lac_validator.LacValidator(metadata=metadata, files=files, registry=registry)
    finished = time.perf_counter()

    counts = {}
    for table, frame in validator.ds_results.items():
        if table == "metadata":
            continue
        for column in [c for c in frame.columns if str(c).startswith("ERR_")]:
            flagged = frame[frame[column] == True]  # noqa: E712 (a column of True and NaN)
            if flagged.empty:
                continue
            entry = counts.setdefault(
                column[4:], {"rows": 0, "children": 0, "tables": [], "_children": set()}
            )
            entry["rows"] += int(len(flagged))
            entry["tables"].append(table)
            entry["_children"].update(flagged["CHILD"].astype(str))
    for entry in counts.values():
        children = entry.pop("_children")
        entry["children"] = len(children)
        # Synthetic ids only ever reach this (the comparison's own files): for tracing.
        entry["child_ids"] = sorted(children)[:CHILD_IDS]
    result = {
        "kind": "ssda903",
        "package": "csc-validator-be-903",
        "version": version("csc-validator-be-903"),
        "collection_year": int(collection_year),
        "rules": sorted(str(code) for code in registry),
        "counts": counts,
        "failed_rules": sorted(str(c) for c in validator.fails),
        "skipped_rules": sorted(str(c) for c in validator.skips),
        "seconds": finished - started,
    }
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump(result, out)


if __name__ == "__main__":
    args = sys.argv[1:]
    out, year, la = args[:3]
    rest = args[3:]
    split = rest.index("--") if "--" in rest else len(rest)
    main(out, year, la, rest[:split], rest[split + 1 :])
