"""The dataset's inputs: one DuckDB connection with the same views whatever feeds it.

Raw tables (``raw_<name>``) hold the rows of every current snapshot of a kind,
each with its ``collection_year``. On top, the views the indicators read:

- ``cin_episode``: one row per referral (child, referral date), from the latest
  census that holds it, with an ``episode_key``; ``assessment``, ``section47``
  and ``cp_plan`` gather a referral's rows from every census (each once, by its
  own dates) and carry the chosen episode's ``episode``, ``collection_year``,
  ``episode_key`` and ``CINreferralDate``;
- ``child``: each child's latest census record, with ``gender`` (GenderCurrent
  or Sex), ``disabled``, and ``district`` and ``language`` from the latest
  characteristics extract (its last row for the child wins);
- ``lac_episode`` and ``lac_missing``: SSDA903 episodes and missing periods,
  each from the latest return that holds it;
- ``contact``, ``population`` (the newest import's figures per area and year),
  and ``calendar`` (working days) with the macros of ``macros.sql``.

Tests fill the raw tables from rows written in the test; the site and the
command line fill them from the snapshots.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from safeboard.dataset.calendar import calendar_table
from safeboard.returns.kinds import get_kind

MACROS = Path(__file__).with_name("macros.sql")

# raw table -> (kind, the kind's table name)
RAW_TABLES: dict[str, tuple[str, str]] = {
    "raw_child": ("cin", "child"),
    "raw_disability": ("cin", "disability"),
    "raw_cin_episode": ("cin", "cin_episode"),
    "raw_assessment": ("cin", "assessment"),
    "raw_section47": ("cin", "section47"),
    "raw_cp_plan": ("cin", "cp_plan"),
    "raw_lac_header": ("ssda903", "Header"),
    "raw_lac_episode": ("ssda903", "Episodes"),
    "raw_lac_missing": ("ssda903", "Missing"),
    "raw_contact": ("contacts", "contacts"),
    "raw_characteristics": ("characteristics", "characteristics"),
    "raw_population": ("population", "population"),
}

# The views (and the table macro) the indicators read, and the kinds of return
# behind each: what decides which snapshots cover a figure and which a figure's
# page names as its sources.
KINDS_OF_VIEW: dict[str, tuple[str, ...]] = {
    "cin_episode": ("cin",),
    "episode_of": ("cin",),
    "assessment": ("cin",),
    "section47": ("cin",),
    "cp_plan": ("cin",),
    "child": ("cin", "characteristics"),
    "cp_children_at": ("cin", "characteristics"),
    "lac_episode": ("ssda903",),
    "lac_missing": ("ssda903",),
    "contact": ("contacts",),
    "population": ("population",),
}
# Kinds whose snapshots belong to one collection year.
YEAR_BOUND_KINDS = ("cin", "ssda903", "contacts")
KIND_ORDER = ("cin", "ssda903", "contacts", "characteristics", "population")
_READS = re.compile(r"\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_]*)", re.IGNORECASE)


def kinds_read(ind) -> tuple[str, ...]:
    """Every kind of return an indicator's SQL reads, in a fixed order."""
    kinds = {
        kind for view in _READS.findall(ind.sql) for kind in KINDS_OF_VIEW.get(view.lower(), ())
    }
    return tuple(sorted(kinds, key=KIND_ORDER.index))


VIEWS = """
CREATE OR REPLACE VIEW cin_episode AS
SELECT * EXCLUDE (pick) FROM (
    SELECT e.*,
           CAST(e.collection_year AS VARCHAR) || ':' || e.child || ':' || CAST(e.episode AS VARCHAR)
               AS episode_key,
           row_number() OVER (PARTITION BY e.child, e.CINreferralDate
                              ORDER BY e.collection_year DESC, e.episode) AS pick
    FROM raw_cin_episode e
) WHERE pick = 1;

-- A referral's assessments, enquiries and plans can be spread over several
-- censuses (each census holds what happened in its year). They are gathered
-- from every census, each counted once, and re-keyed to the chosen episode:
-- their episode, collection_year and episode_key are that episode's.
CREATE OR REPLACE VIEW episode_of AS
SELECT r.child, r.episode AS raw_episode, r.collection_year AS raw_year,
       c.episode, c.collection_year, c.episode_key, c.CINreferralDate
FROM raw_cin_episode r
JOIN cin_episode c ON c.child = r.child AND c.CINreferralDate = r.CINreferralDate;

CREATE OR REPLACE VIEW assessment AS
SELECT * EXCLUDE (pick) FROM (
    SELECT a.* REPLACE (o.episode AS episode, o.collection_year AS collection_year),
           o.episode_key, o.CINreferralDate,
           row_number() OVER (PARTITION BY a.child, o.CINreferralDate, a.AssessmentActualStartDate
                              ORDER BY a.collection_year DESC, a.assessment) AS pick
    FROM raw_assessment a
    JOIN episode_of o ON o.child = a.child AND o.raw_episode = a.episode
                     AND o.raw_year = a.collection_year
) WHERE pick = 1;

CREATE OR REPLACE VIEW section47 AS
SELECT * EXCLUDE (pick) FROM (
    SELECT s.* REPLACE (o.episode AS episode, o.collection_year AS collection_year),
           o.episode_key, o.CINreferralDate,
           row_number() OVER (PARTITION BY s.child, o.CINreferralDate, s.S47ActualStartDate
                              ORDER BY s.collection_year DESC, s.section47) AS pick
    FROM raw_section47 s
    JOIN episode_of o ON o.child = s.child AND o.raw_episode = s.episode
                     AND o.raw_year = s.collection_year
) WHERE pick = 1;

CREATE OR REPLACE VIEW cp_plan AS
SELECT * EXCLUDE (pick) FROM (
    SELECT p.* REPLACE (o.episode AS episode, o.collection_year AS collection_year),
           o.episode_key, o.CINreferralDate,
           row_number() OVER (PARTITION BY p.child, p.CPPstartDate
                              ORDER BY p.collection_year DESC, p.episode, p.cp_plan) AS pick
    FROM raw_cp_plan p
    JOIN episode_of o ON o.child = p.child AND o.raw_episode = p.episode
                     AND o.raw_year = p.collection_year
) WHERE pick = 1;

CREATE OR REPLACE VIEW latest_characteristics AS
SELECT child, district, language FROM (
    SELECT c.*, row_number() OVER (
        PARTITION BY c.child
        ORDER BY c.collection_year DESC,
                 TRY_CAST(regexp_extract(c._position, '(\\d+)', 1) AS INTEGER) DESC
    ) AS pick
    FROM raw_characteristics c
) WHERE pick = 1;

CREATE OR REPLACE VIEW child AS
SELECT c.child, c.PersonBirthDate AS birth, c.ExpectedPersonBirthDate AS expected,
       c.gender, c.Ethnicity AS ethnicity, c.collection_year,
       EXISTS (SELECT 1 FROM raw_disability d
               WHERE d.child = c.child AND d.collection_year = c.collection_year
                 AND d.Disability <> 'NONE') AS disabled,
       ch.district, ch.language
FROM (
    SELECT r.*, row_number() OVER (PARTITION BY r.child ORDER BY r.collection_year DESC) AS pick
    FROM raw_child r
) c
LEFT JOIN latest_characteristics ch ON ch.child = c.child
WHERE c.pick = 1;

CREATE OR REPLACE VIEW lac_episode AS
SELECT * EXCLUDE (pick) FROM (
    SELECT e.*, row_number() OVER (PARTITION BY e.child, e.DECOM
                                   ORDER BY e.collection_year DESC) AS pick
    FROM raw_lac_episode e
) WHERE pick = 1;

CREATE OR REPLACE VIEW lac_missing AS
SELECT * EXCLUDE (pick) FROM (
    SELECT m.*, row_number() OVER (PARTITION BY m.child, m.MIS_START
                                   ORDER BY m.collection_year DESC) AS pick
    FROM raw_lac_missing m
) WHERE pick = 1;

CREATE OR REPLACE VIEW contact AS SELECT * FROM raw_contact;

-- Children with a child protection plan open at d, each once (two plans open at
-- once: the latest-starting one), with the child's attributes. A table macro, so
-- every cp_* indicator reads the same set (INDICATORS.md "Child-level identities").
CREATE OR REPLACE MACRO cp_children_at(d) AS TABLE
SELECT o.child, o.LatestCategoryOfAbuse, c.birth, c.expected, c.gender, c.ethnicity,
       c.language, c.district, coalesce(c.disabled, false) AS disabled,
       coalesce(is_unborn(c.birth, c.expected, d), false) AS unborn
FROM (
    SELECT child, LatestCategoryOfAbuse,
           row_number() OVER (PARTITION BY child ORDER BY CPPstartDate DESC) AS pick
    FROM cp_plan
    WHERE CPPstartDate <= d AND (CPPendDate IS NULL OR CPPendDate > d)
) o
LEFT JOIN child c ON c.child = o.child
WHERE o.pick = 1;

CREATE OR REPLACE VIEW population AS
SELECT area_code, area_name, mid_year, population_0_17 FROM (
    SELECT p.*, row_number() OVER (PARTITION BY p.area_code, p.mid_year
                                   ORDER BY p.import_order DESC) AS pick
    FROM raw_population p
) WHERE pick = 1;
"""


def _empty_raw(name: str, collection_year: int | None) -> pa.Table:
    kind, table = RAW_TABLES[name]
    schema = get_kind(kind).table_specs(collection_year)[table].arrow_schema()
    schema = schema.append(pa.field("collection_year", pa.int32()))
    if name == "raw_population":
        schema = schema.append(pa.field("import_order", pa.int32()))
    if name == "raw_child" and "gender" not in schema.names:
        schema = schema.append(pa.field("gender", pa.string()))
    return schema.empty_table()


def connect(raw: dict[str, pa.Table]) -> duckdb.DuckDBPyConnection:
    """A connection with the raw tables given (others empty), the views and the macros."""
    connection = duckdb.connect()
    connection.register("calendar_arrow", calendar_table())
    connection.execute("CREATE TABLE calendar AS SELECT * FROM calendar_arrow")
    for name in RAW_TABLES:
        table = raw.get(name)
        if table is None:
            table = _empty_raw(name, None)
        connection.register(f"{name}_arrow", table)
        connection.execute(f"CREATE TABLE {name} AS SELECT * FROM {name}_arrow")  # noqa: S608
    connection.execute(MACROS.read_text())
    # Materialised once per connection: every indicator and period reads them, and
    # re-running their window functions per query cost most of a dataset's time.
    connection.execute(VIEWS.replace("CREATE OR REPLACE VIEW", "CREATE OR REPLACE TABLE"))
    return connection


def table_from_rows(name: str, rows: list[dict]) -> pa.Table:
    """A raw table from rows that name only the columns they need (tests use this)."""
    schema = _empty_raw(name, None).schema
    filled = []
    for row in rows:
        row = dict(row)
        if name == "raw_child" and "gender" not in row:
            row["gender"] = row.get("GenderCurrent") or row.get("Sex")
        filled.append({field: row.get(field) for field in schema.names})
    return pa.Table.from_pylist(filled, schema=schema)


def from_snapshots(snapshots: list | None = None) -> duckdb.DuckDBPyConnection:
    """The connection over the current snapshot of each kind and collection year
    (or over ``snapshots``, the current ones as a caller read them once, so that
    an import landing meanwhile cannot change what one piece of work reads).

    DuckDB reads the snapshots' Parquet files itself, straight into its raw
    tables, so no copy of a snapshot is ever held in Python.
    """
    from django.conf import settings

    from safeboard.returns.selectors import current_snapshots

    root = settings.WORKSPACE.snapshots_dir
    by_kind: dict[str, list] = {}
    chosen = current_snapshots() if snapshots is None else snapshots
    for order, snapshot in enumerate(chosen):
        by_kind.setdefault(snapshot.kind, []).append((order, snapshot))
    connection = connect({})
    for name, (kind, table) in RAW_TABLES.items():
        target = [field.name for field in _empty_raw(name, None).schema]
        for order, snapshot in by_kind.get(kind, []):
            path = root / snapshot.folder / f"{table}.parquet"
            if not path.exists():
                continue
            present = set(pq.read_schema(path).names)
            columns = []
            for column in target:
                if column == "collection_year":
                    columns.append(f"{int(snapshot.collection_year or 0) or 'NULL'}")
                elif column == "import_order":
                    columns.append(str(order))
                elif column in present:
                    columns.append(_quote(column))
                elif name == "raw_child" and column == "gender":
                    # GenderCurrent to 2023-24, Sex from 2024-25: one column here.
                    source = "GenderCurrent" if "GenderCurrent" in present else "Sex"
                    columns.append(f"CAST({_quote(source)} AS VARCHAR)")
                else:
                    columns.append("NULL")
            connection.execute(
                f"INSERT INTO {name} SELECT {', '.join(columns)} "  # noqa: S608
                f"FROM read_parquet({_literal(str(path))})"
            )
    # The derived tables were made over empty raw tables: make them again.
    connection.execute(VIEWS.replace("CREATE OR REPLACE VIEW", "CREATE OR REPLACE TABLE"))
    return connection


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
