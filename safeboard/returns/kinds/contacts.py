"""Contacts (kind ``contacts``): Ofsted Annex A list 1 layout (FORMATS.md 2.1).

One row per contact. Required: ``Child Unique ID`` (the same LAchildID as the
CIN census, stored as its pseudonym ``child``) and ``Date of Contact``.
Optional, as Annex A names them: ``Gender``, ``Ethnicity``, ``Date of Birth``
(kept to its month), ``Age of Child (Years)`` and ``Contact Source``. Gender,
ethnicity and source are kept as given: the dataset maps blank and local
values to "Not recorded", so they never refuse a file. Dates are DD/MM/YYYY
or YYYY-MM-DD. The snapshot's columns are snake_case (``date_of_contact``...).
"""

from __future__ import annotations

from safeboard.returns.kinds import register
from safeboard.returns.kinds.extract import CsvExtract
from safeboard.returns.spec import Column, Kind, TableSpec

TABLE = TableSpec(
    name="contacts",
    columns=(
        Column("Child Unique ID", Kind.CHILD_ID, required=True),
        Column("Date of Contact", Kind.DATE, required=True, output="date_of_contact"),
        Column("Gender", Kind.CODE, output="gender"),
        Column("Ethnicity", Kind.CODE, output="ethnicity"),
        Column("Date of Birth", Kind.BIRTH_DATE, output="date_of_birth"),
        Column("Age of Child (Years)", Kind.INT, output="age_years"),
        Column("Contact Source", Kind.TEXT, output="contact_source"),
    ),
)


class Contacts(CsvExtract):
    name = "contacts"
    label = "Contacts (Annex A list 1)"
    date_style = "either"
    table = TABLE
    header_required = frozenset({"Child Unique ID", "Date of Contact"})


register(Contacts())
