"""Where a placement is: DfE's derived fields worked out from the full postcodes.

DfE works out three fields of an SSDA903 episode from its postcodes, and
several of its rules read them: the placement's upper-tier authority
(``PL_LA``; ``SCO``, ``WAL`` or ``NIR`` outside England), whether that is the
placing authority (``PL_LOCATION``: ``IN`` or ``OUT``) and the straight-line
distance from home to placement in miles, to one decimal place
(``PL_DISTANCE``: DfE's formula, the grid references' distance in metres over
1,000 over 1.6093). Safeboard keeps only outward codes, so the fields are
worked out as each row is read, from the ONS Postcode Directory (kind
``postcodes``) and the workspace's authority, and the full postcodes dropped.

The directory has some 2.7 million postcodes. Its newest snapshot is turned
once into a small SQLite index (postcode -> authority, country, grid
reference) under the workspace's outputs folder, and each process looks
postcodes up in it as rows are read, remembering the ones it has seen: a
child's home postcode repeats on every episode.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

MILES = 1.6093  # kilometres in a mile, as DfE's guidance gives it
OUTSIDE_ENGLAND = {"S": "SCO", "W": "WAL", "N": "NIR"}  # DfE's PL_LA outside England
_REMEMBERED = 200_000  # postcodes a process keeps looked up (a few tens of MB at most)
_PER_QUERY = 900  # postcodes looked up by one query (SQLite allows 32,766 parameters)
_LOOKUP = (
    "SELECT postcode, authority, country, easting, northing FROM postcodes WHERE postcode IN (?)"
)


class Place(NamedTuple):
    """A postcode's place: its upper-tier authority, country letter, grid reference."""

    authority: str | None
    country: str | None
    easting: int | None
    northing: int | None

    @property
    def placement_authority(self) -> str | None:
        """``PL_LA``: the authority's ONS code in England, else SCO, WAL or NIR."""
        return OUTSIDE_ENGLAND.get(self.country or "", self.authority)


def distance_miles(home: Place | None, placed: Place | None) -> float | None:
    """DfE's PL_DISTANCE: miles between the grid references, to 0.1; None without both."""
    if home is None or placed is None:
        return None
    if None in (home.easting, home.northing, placed.easting, placed.northing):
        return None
    metres = math.hypot(home.easting - placed.easting, home.northing - placed.northing)
    return round(metres / 1000 / MILES, 1)


def normal(postcode: str | None) -> str:
    """A postcode as the directory keys it: upper case, no spaces."""
    return "".join((postcode or "").split()).upper()


class PostcodeDirectory:
    """Look postcodes up in the newest imported ONS Postcode Directory."""

    def __init__(self, index: Path):
        self.index = index
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._seen: dict[str, Place | None] = {}  # by the directory's key (normal)
        self._as_written: dict[str, Place | None] = {}  # by the text as the file gives it
        self._lock = threading.Lock()

    @classmethod
    def current(cls) -> PostcodeDirectory | None:
        """The newest postcodes snapshot's directory, its index made if need be; else None."""
        from safeboard.returns.integrity import snapshots_verify
        from safeboard.returns.models import Snapshot

        snapshot = Snapshot.objects.filter(kind="postcodes").order_by("-imported_at").first()
        if snapshot is None:
            return None
        index = index_path(snapshot.sha256)
        if not index.exists():
            # Made from the snapshot's files once they are checked (a damaged one raises).
            (checked,) = snapshots_verify([snapshot])
            table = checked.table_files().get("postcodes")
            if table is None:
                return None
            build_index(table, index)
        return cls(index)

    def find_many(self, postcodes: Iterable[str | None]) -> None:
        """Look up at once the postcodes not yet seen, so that ``find`` then has them.

        One query for hundreds of postcodes costs about what one costs alone.
        """
        written = {
            postcode: normal(postcode)
            for postcode in postcodes
            if postcode and postcode not in self._as_written
        }
        keys = list(set(written.values()) - self._seen.keys() - {""})
        if len(self._seen) + len(keys) > _REMEMBERED:
            self._forget()
        if keys:
            with self._lock:
                cursor = self._cursor()
                for start in range(0, len(keys), _PER_QUERY):
                    part = keys[start : start + _PER_QUERY]
                    # Only placeholders are put in the text; the postcodes are parameters.
                    query = _LOOKUP.replace("?", ",".join("?" * len(part)))
                    found = {row[0]: Place(*row[1:]) for row in cursor.execute(query, part)}
                    for key in part:
                        self._seen[key] = found.get(key)
        for postcode, key in written.items():
            self._as_written[postcode] = self._seen.get(key)

    def find(self, postcode: str | None) -> Place | None:
        """The postcode's place, or None when it is not in the directory (or not given)."""
        if not postcode:
            return None
        try:
            return self._as_written[postcode]  # as the file writes it: no normalising
        except KeyError:
            pass
        key = normal(postcode)
        if key not in self._seen and key:
            with self._lock:
                row = (
                    self._cursor()
                    .execute(
                        "SELECT authority, country, easting, northing FROM postcodes"
                        " WHERE postcode = ?",
                        (key,),
                    )
                    .fetchone()
                )
            if len(self._seen) >= _REMEMBERED:
                self._forget()
            self._seen[key] = Place(*row) if row else None
        place = self._seen.get(key)
        self._as_written[postcode] = place
        return place

    def _forget(self) -> None:
        self._seen.clear()
        self._as_written.clear()

    def _cursor(self) -> sqlite3.Connection:
        # One connection per process: a worker forked while reading opens its own.
        if self._connection is None or self._pid != os.getpid():
            self._connection = sqlite3.connect(
                f"file:{self.index}?mode=ro", uri=True, check_same_thread=False
            )
            self._pid = os.getpid()
        return self._connection


def index_path(snapshot_sha256: str) -> Path:
    from django.conf import settings

    return settings.WORKSPACE.outputs_dir / "postcode-index" / f"{snapshot_sha256[:32]}.sqlite"


def build_index(table: Path, index: Path) -> Path:
    """The SQLite index of a postcodes snapshot's Parquet table (made once, atomically)."""
    if index.exists():
        return index
    import duckdb

    index.parent.mkdir(parents=True, exist_ok=True)
    partial = index.with_suffix(f".{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    database = sqlite3.connect(partial)
    try:
        database.execute(
            "CREATE TABLE postcodes (postcode TEXT PRIMARY KEY, authority TEXT, country TEXT,"
            " easting INTEGER, northing INTEGER) WITHOUT ROWID"
        )
        source = duckdb.connect()
        try:
            batches = (
                source.read_parquet(str(table))
                .query(
                    "directory",
                    "SELECT DISTINCT ON (POSTCODE) POSTCODE, UPPER_TIER, COUNTRY, EASTING, NORTHING"
                    " FROM directory WHERE POSTCODE IS NOT NULL ORDER BY POSTCODE",
                )
                .to_arrow_reader(100_000)
            )
            for batch in batches:
                database.executemany(
                    "INSERT INTO postcodes VALUES (?, ?, ?, ?, ?)",
                    zip(*(column.to_pylist() for column in batch.columns), strict=True),
                )
        finally:
            source.close()
        database.commit()
    finally:
        database.close()
    os.replace(partial, index)
    # Older directories' indexes are no longer read (only the newest directory is used);
    # a process still reading one keeps its open file until it is done.
    for older in index.parent.glob("*.sqlite"):
        if older != index:
            older.unlink(missing_ok=True)
    return index


def workspace_authority() -> str | None:
    """The ONS code of the workspace's local authority: the partnership's only one.

    None when the partnership has several (or none): the rules comparing a
    placement's authority with the placing one then do not run.
    """
    from safeboard.partnership.models import LocalAuthority

    codes = list(
        LocalAuthority.objects.filter(partnership__isnull=False).values_list("ons_code", flat=True)[
            :2
        ]
    )
    return codes[0] if len(codes) == 1 else None


class PlacementArea:
    """Works out PL_LA, PL_LOCATION and PL_DISTANCE for an episode's postcodes."""

    def __init__(self, directory: PostcodeDirectory, authority: str | None):
        self.directory = directory
        self.authority = authority

    def fields_many(self, pairs: list[tuple[str | None, str | None]]) -> list[dict]:
        """``fields`` of many (home, placement) pairs, their postcodes looked up together."""
        self.directory.find_many(postcode for pair in pairs for postcode in pair)
        return [self.fields(home, placed) for home, placed in pairs]

    def fields(self, home: str | None, placed: str | None) -> dict[str, str | None]:
        place = self.directory.find(placed)
        la = place.placement_authority if place else None
        if la is None or self.authority is None:
            location = None
        else:
            location = "IN" if la == self.authority else "OUT"
        miles = distance_miles(self.directory.find(home), place)
        return {
            "PL_LA": la,
            "PL_LOCATION": location,
            "PL_DISTANCE": None if miles is None else f"{miles:.1f}",
        }
