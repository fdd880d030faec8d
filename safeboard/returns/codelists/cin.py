"""The CIN census code lists, per collection year (FORMATS.md 1.1).

Collection year = the year the collection ends: 2018 for 2017-18. A year of
``None`` (not known) gives every code the list has ever had.
"""

from __future__ import annotations

from safeboard.returns.codelists import CodeLists, period

FIRST_YEAR = 2018  # Safeboard reads the CIN census from the 2017-18 collection on
SEX_FROM = 2025  # GenderCurrent until 2023-24 (2024), Sex from 2024-25 (2025)


def _numbers(ranges: str) -> str:
    """'001-003 420' -> '001 002 003 420': three-digit numbers, ranges inclusive."""
    numbers = []
    for part in ranges.split():
        first, _, last = part.partition("-")
        numbers += [f"{n:03d}" for n in range(int(first), int(last or first) + 1)]
    return " ".join(numbers)


CIN_CODELISTS = CodeLists(
    {
        "GenderCurrent": (period("0 1 2 9", last_year=SEX_FROM - 1),),
        "Sex": (period("M F U", first_year=SEX_FROM),),
        "Ethnicity": (
            period(
                "WBRI WIRI WIRT WOTH WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH "
                "BCRB BAFR BOTH CHNE OOTH REFU NOBT"
            ),
        ),
        "Disability": (period("NONE MOB HAND PC INC COMM LD HEAR VIS BEH CON AUT DDA"),),
        "ReferralSource": (
            period("1A 1B 1C 1D 2A 2B 3A 3B 3C 3D 3E 3F 4 5A 5B 5C 6 7 8 9 10"),
            period("5D", first_year=2023),  # LA services: early help, from 2022-23
        ),
        "PrimaryNeedCode": (period("N0 N1 N2 N3 N4 N5 N6 N7 N8 N9"),),
        "ReasonForClosure": (
            period("RC1 RC2 RC3 RC4 RC5 RC6 RC7 RC8"),
            period("RC9", first_year=2023),  # closed after assessment, to early help
        ),
        "CategoryOfAbuse": (period("NEG PHY SAB EMO MUL"),),
        "AssessmentFactors": (
            period(
                "1A 1B 1C 2A 2B 2C 3A 3B 3C 4A 4B 4C 5A 5B 5C 6A 6B 6C 7A "
                "8B 8C 8D 8E 8F 9A 10A 11A 12A 13A 14A 15A 16A 17A 20 21 22A 23A"
            ),
            # Physical and sexual abuse, split child-on-child / adult-on-child in 2020-21. The
            # old 18A and 19A stay accepted: DfE's rules count them as factors after the split
            # (8897Q) and only query them, from 2024-25 (8945Q, 8950Q), so refusing them here
            # would refuse returns DfE accepts.
            period("18A 19A"),
            period("18B 18C 19B 19C", first_year=2021),
            period("24A", first_year=2022),  # child criminal exploitation, from 2021-22
        ),
        "UPNunknown": (period("UN1 UN2 UN3 UN4 UN5 UN6 UN7"),),
        # A UPN's characters 2-4: an LA number since April 1998 or a pseudo-LA (rule 1530).
        # DfE added Dorset's and Bournemouth, Christchurch and Poole's 838 and 839 (April
        # 2019) to its list only in March 2021; UPNs they issued were valid before that, so
        # the numbers count in every year here.
        "UPNLANumber": (
            period(
                _numbers(
                    "001-005 201-213 301-320 330-336 340-344 350-359 370-373 380-384 "
                    "390-394 420 660-681 701-708 800-803 805-808 810-813 815 816 820-823 "
                    "825 826 830 831 835-839 840 841 845 846 850-852 855-857 860 861 "
                    "865-896 908 909 916 919 921 925 926 928 929 931 933 935-938 940 941"
                )
            ),
            period("942 943", first_year=2024),  # Cumberland, Westmorland and Furness
        ),
    }
)


def codes(codelist_name: str, collection_year: int | None) -> set[str]:
    """The codes of a CIN code list valid in a collection year."""
    return set(CIN_CODELISTS.codes(codelist_name, collection_year))


def names() -> list[str]:
    return CIN_CODELISTS.names()
