"""The synthetic world's geography and registered providers: the reference data
DfE's placement rules read, written beside the returns.

* ``postcodes.csv``: a postcode directory in the ONS Postcode Directory's layout
  (its column names, a few of its fifty columns) holding every postcode the
  generator can write: each outward code it uses, with every inward code of
  the form it draws (a digit and two letters). Authorities and districts are
  the real ones of the county and its neighbours; grid references are each
  outward code's rough place plus a made-up offset per inward code, so that
  distances look like a county's.
* ``providers.csv``: a lookup of the Ofsted providers the episodes name, in
  the layout of DfE's URN lookup: each URN with every placement and provider
  code it was used with and its setting's postcode.

A provider's postcode comes from its URN alone (``provider_postcode``), so
every child placed there gives the same one; the URN says what kind of
provision it is, so that a home the authority runs (PR1) is in the county and
another authority's (PR2) is not, as DfE's rules 229 and 1015 expect.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from safeboard.synth import codes

COUNTY = "E10000031"  # Warwickshire, the demonstration county (safeboard.demo.area)
NO_COUNTY = "E99999999"  # the directory's code for a unitary authority's postcodes

# Outward code -> (district, county or NO_COUNTY, authority's name, easting, northing):
# the county's districts (codes.DISTRICTS) and the neighbours placements go to.
OUTWARD = {
    "CV9": ("E07000218", COUNTY, "Warwickshire", 430000, 297000),
    "B46": ("E07000218", COUNTY, "Warwickshire", 420000, 289000),
    "B78": ("E07000218", COUNTY, "Warwickshire", 425000, 301000),
    "CV10": ("E07000219", COUNTY, "Warwickshire", 433000, 291000),
    "CV11": ("E07000219", COUNTY, "Warwickshire", 437000, 291000),
    "CV12": ("E07000219", COUNTY, "Warwickshire", 436000, 286000),
    "CV21": ("E07000220", COUNTY, "Warwickshire", 450500, 275500),
    "CV22": ("E07000220", COUNTY, "Warwickshire", 449000, 273500),
    "CV23": ("E07000220", COUNTY, "Warwickshire", 452000, 278000),
    "CV37": ("E07000221", COUNTY, "Warwickshire", 420000, 255000),
    "CV35": ("E07000221", COUNTY, "Warwickshire", 428000, 255000),
    "CV36": ("E07000221", COUNTY, "Warwickshire", 427000, 240000),
    "B49": ("E07000221", COUNTY, "Warwickshire", 409000, 257000),
    "CV31": ("E07000222", COUNTY, "Warwickshire", 432000, 265000),
    "CV32": ("E07000222", COUNTY, "Warwickshire", 432000, 267000),
    "CV34": ("E07000222", COUNTY, "Warwickshire", 428000, 265000),
    "CV8": ("E07000222", COUNTY, "Warwickshire", 432000, 272000),
    "CV1": ("E08000026", NO_COUNTY, "Coventry", 433500, 279000),
    "CV6": ("E08000026", NO_COUNTY, "Coventry", 433500, 281500),
    "B23": ("E08000025", NO_COUNTY, "Birmingham", 410000, 292500),
    "B90": ("E08000029", NO_COUNTY, "Solihull", 412000, 278500),
    "LE10": ("E07000132", "E10000018", "Leicestershire", 443000, 293500),
    "NN11": ("E06000062", NO_COUNTY, "West Northamptonshire", 458000, 260000),
    "OX16": ("E07000177", "E10000025", "Oxfordshire", 445000, 240000),
    "GL55": ("E07000079", "E10000013", "Gloucestershire", 415000, 239000),
    "WR11": ("E07000238", "E10000034", "Worcestershire", 404000, 244000),
}
IN_COUNTY = tuple(o for o, place in OUTWARD.items() if place[1] == COUNTY)
OUT_OF_COUNTY = codes.OUT_OF_AREA_OUTWARD
SPREAD = 1_500  # metres an inward code may lie from its outward code's place

# The URN's first digit after SC says whose provision it is: the county's own (PR1),
# another authority's (PR2), or a private or voluntary provider's.
_URN_DIGIT = {"PR1": "8", "PR2": "7"}


def provider_urn(number: int, provider: str) -> str:
    """A synthetic Ofsted URN (SC and six digits) for a provider of this kind."""
    return f"SC{_URN_DIGIT.get(provider, '9')}{number:05d}"


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def provider_postcode(urn: str) -> str:
    """The setting's postcode, from the URN alone: the same for every child placed there.

    The county's own homes are in the county, another authority's outside it.
    """
    digest = _digest(urn)
    if urn.startswith("SC8"):
        outwards = IN_COUNTY
    elif urn.startswith("SC7"):
        outwards = OUT_OF_COUNTY
    else:
        outwards = IN_COUNTY + OUT_OF_COUNTY
    outward = outwards[digest % len(outwards)]
    letters = codes.POSTCODE_INWARD_LETTERS
    digest //= len(outwards)
    inward = f"{1 + digest % 9}{letters[digest // 9 % 20]}{letters[digest // 180 % 20]}"
    return f"{outward} {inward}"


def _inwards():
    letters = codes.POSTCODE_INWARD_LETTERS
    for digit in range(1, 10):
        for first in letters:
            for second in letters:
                yield f"{digit}{first}{second}"


def write_postcode_directory(path: Path) -> int:
    """Every postcode the generator can write, in the directory's layout; the rows."""
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            ("pcd", "pcds", "doterm", "oscty", "oslaua", "oseast1m", "osnrth1m", "ctry")
        )
        for outward, (district, county, _, east, north) in OUTWARD.items():
            for inward in _inwards():
                postcode = f"{outward} {inward}"
                digest = _digest(postcode)
                dx = digest % (2 * SPREAD) - SPREAD
                dy = digest // (2 * SPREAD) % (2 * SPREAD) - SPREAD
                pcd = f"{outward:<4}{inward}"  # the directory's seven-character form
                writer.writerow(
                    (pcd, postcode, "", county, district, east + dx, north + dy, "E92000001")
                )
                rows += 1
    return rows


class ProviderLookup:
    """The providers the episodes name, gathered as they are written."""

    def __init__(self):
        self._codes: dict[str, tuple[set[str], set[str]]] = {}

    def add(self, urn: str, place: str, provider: str) -> None:
        if not urn or urn == codes.NO_URN:
            return
        places, providers = self._codes.setdefault(urn, (set(), set()))
        places.add(place)
        providers.add(provider)

    def urns(self) -> list[str]:
        """The URNs gathered so far, in the order first seen."""
        return list(self._codes)

    def write(self, path: Path) -> int:
        """DfE's URN lookup's layout (its column names); the rows."""
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(
                (
                    "URN",
                    "Local authority",
                    "Placement code",
                    "Placement provider code",
                    "Deregistration date",
                    "Setting address postcode",
                )
            )
            for urn in sorted(self._codes):
                places, providers = self._codes[urn]
                postcode = provider_postcode(urn)
                authority = OUTWARD[postcode.split()[0]][2]
                writer.writerow(
                    (
                        urn,
                        authority,
                        "/".join(sorted(places)),
                        "/".join(sorted(providers)),
                        "",
                        postcode,
                    )
                )
        return len(self._codes)
