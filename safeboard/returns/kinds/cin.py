"""CIN census XML (kind ``cin``), FORMATS.md 1.1, from the 2017-18 collection on.

One ``<Message>`` per local authority and year. The file is streamed child
by child (``safeboard.returns.xmlio``); its header becomes one row and each
``<Child>`` rows of nine tables, one row per element occurrence, every
repeated element kept:

    header             Header/CollectionDetails and Source/LEA (one row per file)
    child              ChildIdentifiers and Ethnicity (one row per Child)
    disability         Disabilities/Disability
    cin_episode        CINdetails (episode = 1.. within the child)
    assessment         CINdetails/Assessments (assessment = 1.. within the episode)
    assessment_factor  Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors
    cin_plan           CINdetails/CINPlanDates (cin_plan = 1.. within the episode)
    section47          CINdetails/Section47 (section47 = 1.. within the episode)
    cp_plan            CINdetails/ChildProtectionPlans (cp_plan = 1.. within the episode)
    cp_review          ChildProtectionPlans/Reviews/CPPreviewDate (review = 1.. within the plan)

Every row carries the child's LAchildID, which the pipeline replaces by its
pseudonym (column ``child``), and the ordinals that link it to its parents.
A row's position is "child N (line L)": the child's place in the file and the
line of the element, never the child's id. The UPNs are dropped and the
LAchildID pseudonymised, so the child's row keeps instead what DfE's rules
check of them (their form, the UPN's check letter, a per-import key to find
a UPN given twice: ``cin_identifiers``).

The header's Year and ReferenceDate give the collection year and the as-at
date, unless the person importing gave them (then they must agree).

Element order inside a block is a strict sequence in the DfE's schema; it is
not enforced here. An element Safeboard does not know inside a known block
is ignored with a warning; a single element given twice, or a Child without
CINdetails, is an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from lxml import etree

from safeboard.returns.codelists import cin as cin_codelists
from safeboard.returns.findings import Finding, Severity
from safeboard.returns.kinds import register
from safeboard.returns.kinds.base import (
    ChunkEnd,
    InputFile,
    RawRow,
    ReadContext,
    ReturnKind,
    Share,
)
from safeboard.returns.kinds.cin_identifiers import UpnKeys, identifier_facts
from safeboard.returns.spec import Column, Kind, TableSpec
from safeboard.returns.xmlio import element_line, iter_elements, refuse

SEX_FROM = cin_codelists.SEX_FROM  # GenderCurrent to 2023-24, Sex from 2024-25

HEADER_RULE = "SB-CIN-HEADER"
UNKNOWN_RULE = "SB-XML-UNKNOWN"
STRUCTURE_RULE = "SB-XML-STRUCTURE"
MAX_LISTED = 100  # structure errors listed one by one; beyond, counted
MAX_UNKNOWN_KINDS = 100  # distinct unknown elements reported; beyond, counted

CHILD_ID = Column("LAchildID", Kind.CHILD_ID)


def _code(name: str, codelist: str | None = None, *, required: bool = False) -> Column:
    return Column(name, Kind.CODE, required=required, codelist=codelist or name)


def _date(name: str, *, required: bool = False) -> Column:
    return Column(name, Kind.DATE, required=required)


def _ordinal(name: str) -> Column:
    return Column(name, Kind.INT, required=True)


def _child_table(genders: tuple[Column, ...]) -> TableSpec:
    return TableSpec(
        name="child",
        columns=(
            Column("LAchildID", Kind.CHILD_ID, required=True),
            Column("UPN", Kind.UPN),
            Column("FormerUPN", Kind.UPN),
            _code("UPNunknown"),
            Column("PersonBirthDate", Kind.BIRTH_DATE),
            Column("ExpectedPersonBirthDate", Kind.BIRTH_DATE),
            *genders,
            _date("PersonDeathDate"),
            _code("Ethnicity", required=True),
            # Worked out at import from the raw identifiers (cin_identifiers).
            Column("UPN_form"),
            Column("UPN_check", Kind.BOOL),
            Column("UPN_key"),
            Column("FormerUPN_form"),
            Column("LAchildID_length", Kind.INT),
            Column("LAchildID_alphanumeric", Kind.BOOL),
        ),
        date_order=(("PersonBirthDate", "PersonDeathDate"),),
    )


# The header as given (text: a malformed Year or ReferenceDate is the header's
# own finding, and DfE's rule 100's).
HEADER_TABLE = TableSpec(
    name="header",
    columns=(Column("Collection"), Column("Year"), Column("ReferenceDate"), Column("LEA")),
)


OTHER_TABLES = (
    TableSpec(
        name="disability",
        columns=(CHILD_ID, _code("Disability", required=True)),
    ),
    TableSpec(
        name="cin_episode",
        columns=(
            CHILD_ID,
            _ordinal("episode"),
            _date("CINreferralDate", required=True),
            _code("ReferralSource", required=True),
            _code("PrimaryNeedCode"),
            _date("CINclosureDate"),
            _code("ReasonForClosure"),
            _date("DateOfInitialCPC"),
            Column("ReferralNFA", Kind.BOOL, required=True),
        ),
        date_order=(("CINreferralDate", "CINclosureDate"),),
    ),
    TableSpec(
        name="assessment",
        columns=(
            CHILD_ID,
            _ordinal("episode"),
            _ordinal("assessment"),
            _date("AssessmentActualStartDate", required=True),
            _date("AssessmentInternalReviewDate"),
            _date("AssessmentAuthorisationDate"),
        ),
        date_order=(("AssessmentActualStartDate", "AssessmentAuthorisationDate"),),
    ),
    TableSpec(
        name="assessment_factor",
        columns=(
            CHILD_ID,
            _ordinal("episode"),
            _ordinal("assessment"),
            _code("AssessmentFactors", required=True),
        ),
    ),
    TableSpec(
        name="cin_plan",
        columns=(
            CHILD_ID,
            _ordinal("episode"),
            _ordinal("cin_plan"),
            _date("CINPlanStartDate", required=True),
            _date("CINPlanEndDate"),
        ),
        date_order=(("CINPlanStartDate", "CINPlanEndDate"),),
    ),
    TableSpec(
        name="section47",
        columns=(
            CHILD_ID,
            _ordinal("episode"),
            _ordinal("section47"),
            _date("S47ActualStartDate", required=True),
            _date("InitialCPCtarget"),
            _date("DateOfInitialCPC"),
            Column("ICPCnotRequired", Kind.BOOL, required=True),
        ),
    ),
    TableSpec(
        name="cp_plan",
        columns=(
            CHILD_ID,
            _ordinal("episode"),
            _ordinal("cp_plan"),
            _date("CPPstartDate", required=True),
            _date("CPPendDate"),
            _code("InitialCategoryOfAbuse", "CategoryOfAbuse", required=True),
            _code("LatestCategoryOfAbuse", "CategoryOfAbuse", required=True),
            # A count of earlier plans: 0 is valid and common.
            Column("NumberOfPreviousCPP", Kind.INT, required=True),
        ),
        date_order=(("CPPstartDate", "CPPendDate"),),
    ),
    TableSpec(
        name="cp_review",
        columns=(
            CHILD_ID,
            _ordinal("episode"),
            _ordinal("cp_plan"),
            _ordinal("review"),
            _date("CPPreviewDate", required=True),
        ),
    ),
)


def gender_elements(collection_year: int | None) -> tuple[str, ...]:
    """The element that records a child's sex or gender in a collection year."""
    if collection_year is None:
        return ("GenderCurrent", "Sex")
    return ("Sex",) if collection_year >= SEX_FROM else ("GenderCurrent",)


@lru_cache(maxsize=32)
def _specs(collection_year: int | None) -> dict[str, TableSpec]:
    known = collection_year is not None
    genders = tuple(_code(name, required=known) for name in gender_elements(collection_year))
    tables = (HEADER_TABLE, _child_table(genders), *OTHER_TABLES)
    return {spec.name: spec for spec in tables}


# ---- the elements of a Child, by block -----------------------------------------------

IDENTIFIERS = (
    "LAchildID",
    "UPN",
    "FormerUPN",
    "UPNunknown",
    "PersonBirthDate",
    "ExpectedPersonBirthDate",
    "PersonDeathDate",
)
EPISODE = (
    "CINreferralDate",
    "ReferralSource",
    "PrimaryNeedCode",
    "CINclosureDate",
    "ReasonForClosure",
    "DateOfInitialCPC",
    "ReferralNFA",
)
ASSESSMENT = (
    "AssessmentActualStartDate",
    "AssessmentInternalReviewDate",
    "AssessmentAuthorisationDate",
)
CIN_PLAN = ("CINPlanStartDate", "CINPlanEndDate")
SECTION47 = ("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired")
CP_PLAN = (
    "CPPstartDate",
    "CPPendDate",
    "InitialCategoryOfAbuse",
    "LatestCategoryOfAbuse",
    "NumberOfPreviousCPP",
)
COLLECTION_DETAILS = ("Collection", "Year", "ReferenceDate")
HEADER = (*COLLECTION_DETAILS, "LEA")
SOURCE = ("SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime")


def year_label(year: int | None) -> str:
    return f"{year - 1}-{year % 100:02d}" if year else "unknown year"


def _shown(element) -> str:
    """An element's local name, safe to show (it is markup, never a value)."""
    try:
        name = etree.QName(element).localname
    except ValueError:
        return "?"
    return name[:60] if name.isprintable() else "?"


class _CinFile:
    """Reads one CIN census file: the header into the context, each Child into rows."""

    def __init__(
        self, file: InputFile, context: ReadContext, given_year, given_as_at, keys: UpnKeys
    ):
        self.file = file
        self.keys = keys
        self.name = file.name
        self.context = context
        self.given_year = given_year
        self.given_as_at = given_as_at
        self.children = 0
        self.header_seen = False
        self.unknown: dict[tuple[str, str], list] = {}
        self.unknown_other = 0
        self.structure: dict[tuple[str, str], int] = {}
        self.ns = ""
        self.t: dict[str, str] = {}

    @property
    def clean(self) -> bool:
        """Nothing found so far: no warning or error, unknown element or structure problem."""
        return not (self.context.warnings or self.unknown or self.unknown_other or self.structure)

    # -- findings --

    def _finding(self, severity, rule, message, guidance, position="", field="", table=""):
        self.context.warnings.append(
            Finding(
                rule=rule,
                severity=severity,
                message=message,
                guidance=guidance,
                file=self.name,
                table=table,
                field=field,
                position=position,
            )
        )

    def _unknown_element(self, block: str, element, child: int | None) -> None:
        key = (block, element.tag)
        entry = self.unknown.get(key)
        if entry is not None:
            entry[0] += 1
            return
        if len(self.unknown) >= MAX_UNKNOWN_KINDS:
            self.unknown_other += 1
            return
        where = (
            f"child {child} (line {element_line(element)})"
            if child
            else f"line {element_line(element)}"
        )
        self.unknown[key] = [1, where, _shown(element)]

    def _structure_error(
        self, key: tuple[str, str], message: str, guidance: str, where: str, field: str, table=""
    ):
        count = self.structure.get(key, 0) + 1
        self.structure[key] = count
        if count <= MAX_LISTED:
            self._finding(Severity.ERROR, STRUCTURE_RULE, message, guidance, where, field, table)

    def _repeated(self, block: str, name: str, element, child: int | None) -> None:
        where = (
            f"child {child} (line {element_line(element)})"
            if child
            else f"line {element_line(element)}"
        )
        self._structure_error(
            ("repeated", f"{block}/{name}"),
            f"<{block}> has more than one <{name}>; the CIN census allows one.",
            f"Correct the record in the source system so that it has one {name}, then "
            "export the return again.",
            where,
            name,
        )

    def finish(self) -> None:
        year = self.context.collection_year
        for (block, _tag), (count, where, shown) in self.unknown.items():
            hint = ""
            if shown in ("GenderCurrent", "Sex"):
                hint = " The CIN census records GenderCurrent to 2023-24 and Sex from 2024-25."
            times = "once" if count == 1 else f"{count:,} times, first"
            self._finding(
                Severity.WARNING,
                UNKNOWN_RULE,
                f"<{shown}> inside <{block}> is not part of the {year_label(year)} CIN census "
                f"and was ignored ({times} at {where}).{hint}",
                "Nothing to do if the element is not needed. If it should count, check its "
                "name and place against the DfE's CIN census specification for the year.",
                where,
                shown,
            )
        if self.unknown_other:
            self._finding(
                Severity.WARNING,
                UNKNOWN_RULE,
                f"{self.unknown_other:,} more elements Safeboard does not know were ignored.",
                "Check the file against the DfE's CIN census specification for the year.",
            )
        for (kind, what), count in self.structure.items():
            if count > MAX_LISTED:
                self._finding(
                    Severity.ERROR,
                    STRUCTURE_RULE,
                    f"{count - MAX_LISTED:,} more records have the same problem ({kind} "
                    f"{what}); only the first {MAX_LISTED} are listed.",
                    "Correct the records in the source system and export the return again.",
                )
        if self.children == 0:
            raise refuse(
                self.name,
                "The file holds no <Child> inside <Children>: there is nothing to import.",
                "Check that you chose the whole census file, or export it again.",
            )

    # -- the header --

    def header(self, element) -> RawRow | None:
        """Reads the header into the context; its row, unless it is out of place."""
        where = f"Header (line {element_line(element)})"
        if self.header_seen or self.children:
            self._finding(
                Severity.ERROR,
                HEADER_RULE,
                "<Header> comes more than once, or after the children.",
                "A census file has one Header, before <Children>. Export the return again.",
                where,
            )
            return None
        self.header_seen = True
        values: dict[str, str | None] = {}
        ns = etree.QName(element).namespace
        prefix = "{" + ns + "}" if ns else ""
        details = {prefix + n: n for n in COLLECTION_DETAILS}
        source = {prefix + n: n for n in SOURCE}
        for block in element:
            if block.tag == prefix + "CollectionDetails":
                for item in block:
                    name = details.get(item.tag)
                    if name is None:
                        self._unknown_element("CollectionDetails", item, None)
                    else:
                        values[name] = (item.text or "").strip()
            elif block.tag == prefix + "Source":
                for item in block:
                    name = source.get(item.tag)
                    if name is None:
                        self._unknown_element("Source", item, None)
                    elif name == "LEA":
                        values[name] = (item.text or "").strip()
                        if self.context.la_code is None:
                            self.context.la_code = values[name][:10] or None
            else:
                self._unknown_element("Header", block, None)
        self._collection(values, where)
        return RawRow(
            "header", {name: values.get(name) or None for name in HEADER}, where, self.name
        )

    def _collection(self, values: dict, where: str) -> None:
        context = self.context
        collection = values.get("Collection")
        if collection and collection != "CIN":
            self._finding(
                Severity.ERROR,
                HEADER_RULE,
                f"The header's Collection is '{collection[:20]}', not 'CIN': this is not a CIN "
                "census file.",
                "Check that you chose the CIN census file and the kind 'cin'.",
                where,
                "Collection",
            )
        year_text = values.get("Year")
        if year_text:
            if len(year_text) == 4 and year_text.isdigit():
                year = int(year_text)
                if self.given_year is not None and year != self.given_year:
                    self._finding(
                        Severity.ERROR,
                        HEADER_RULE,
                        f"The file says it is the {year_label(year)} census (Year {year}), but "
                        f"the import was for {year_label(self.given_year)} "
                        f"({self.given_year}).",
                        "Check that you chose the right file, or import it for the year it "
                        "declares.",
                        where,
                        "Year",
                    )
                elif context.collection_year is not None and year != context.collection_year:
                    self._finding(
                        Severity.ERROR,
                        HEADER_RULE,
                        f"The files are of different collection years ({context.collection_year} "
                        f"and {year}).",
                        "Import each year's census on its own.",
                        where,
                        "Year",
                    )
                elif context.collection_year is None:
                    context.collection_year = year
            else:
                self._finding(
                    Severity.ERROR,
                    HEADER_RULE,
                    f"The header's Year '{year_text[:20]}' is not a year such as 2018.",
                    "The Year is the year the collection ends (2018 for 2017-18). Correct it "
                    "or export the return again.",
                    where,
                    "Year",
                )
        reference_text = values.get("ReferenceDate")
        if reference_text:
            try:
                reference = date.fromisoformat(reference_text)
            except ValueError:
                self._finding(
                    Severity.ERROR,
                    HEADER_RULE,
                    f"The header's ReferenceDate '{reference_text[:20]}' is not a date in the "
                    "form YYYY-MM-DD.",
                    "The ReferenceDate is 31 March of the collection year, for example "
                    "2018-03-31. Correct it or export the return again.",
                    where,
                    "ReferenceDate",
                )
                return
            if self.given_as_at is not None and reference != self.given_as_at:
                self._finding(
                    Severity.ERROR,
                    HEADER_RULE,
                    f"The file's ReferenceDate is {reference.isoformat()}, but the import was "
                    f"for data as at {self.given_as_at.isoformat()}.",
                    "Check that you chose the right file, or import it as at the date it declares.",
                    where,
                    "ReferenceDate",
                )
            elif context.as_at is None:
                context.as_at = reference

    # -- the children --

    def _prepare(self, element) -> None:
        """Tag names (with the file's namespace, if any) for the year the header gave."""
        if self.context.collection_year is None:
            self._finding(
                Severity.ERROR,
                HEADER_RULE,
                "The file does not say which collection year it is (Header, CollectionDetails, "
                "Year), so its code lists cannot be checked.",
                "Export the census with its header, or give the collection year when importing.",
                f"child 1 (line {element_line(element)})",
                "Year",
            )
        ns = etree.QName(element).namespace
        p = "{" + ns + "}" if ns else ""
        self.ns = p
        gender = gender_elements(self.context.collection_year)
        self.identifiers = {p + n: n for n in (*IDENTIFIERS, *gender)}
        self.episode = {p + n: n for n in EPISODE}
        self.assessment = {p + n: n for n in ASSESSMENT}
        self.cin_plan = {p + n: n for n in CIN_PLAN}
        self.section47 = {p + n: n for n in SECTION47}
        self.cp_plan = {p + n: n for n in CP_PLAN}
        self.t = {
            n: p + n
            for n in (
                "Children",
                "ChildIdentifiers",
                "ChildCharacteristics",
                "Ethnicity",
                "Disabilities",
                "Disability",
                "CINdetails",
                "Assessments",
                "FactorsIdentifiedAtAssessment",
                "AssessmentFactors",
                "CINPlanDates",
                "Section47",
                "ChildProtectionPlans",
                "Reviews",
                "CPPreviewDate",
            )
        }

    def _fields(self, block, fields: dict, values: dict, block_name: str, n: int) -> None:
        for item in block:
            name = fields.get(item.tag)
            if name is None:
                self._unknown_element(block_name, item, n)
            elif name in values:
                self._repeated(block_name, name, item, n)
            else:
                values[name] = item.text

    def child(self, element) -> list[RawRow]:
        if not self.t:
            self._prepare(element)
        t = self.t
        self.children += 1
        n = self.children
        file = self.name
        where = f"child {n} (line {element_line(element)})"
        parent = element.getparent()
        if parent is None or parent.tag != t["Children"]:
            self._structure_error(
                ("misplaced", "Child"),
                "<Child> is not directly inside <Children>.",
                "Each Child belongs in Message/Children. Export the return again.",
                where,
                "Child",
            )
        person: dict[str, str | None] = {}
        rows = [RawRow("child", person, where, file)]
        episode = 0
        for block in element:
            tag = block.tag
            if tag == t["CINdetails"]:
                episode += 1
                self._cin_details(block, n, str(episode), rows)
            elif tag == t["ChildIdentifiers"]:
                self._fields(block, self.identifiers, person, "ChildIdentifiers", n)
            elif tag == t["ChildCharacteristics"]:
                for item in block:
                    if item.tag == t["Ethnicity"]:
                        if "Ethnicity" in person:
                            self._repeated("ChildCharacteristics", "Ethnicity", item, n)
                        else:
                            person["Ethnicity"] = item.text
                    elif item.tag == t["Disabilities"]:
                        for disability in item:
                            if disability.tag == t["Disability"]:
                                rows.append(
                                    RawRow(
                                        "disability",
                                        {"Disability": disability.text},
                                        f"child {n} (line {element_line(disability)})",
                                        file,
                                    )
                                )
                            else:
                                self._unknown_element("Disabilities", disability, n)
                    else:
                        self._unknown_element("ChildCharacteristics", item, n)
            else:
                self._unknown_element("Child", block, n)
        if not episode:
            self._structure_error(
                ("missing", "CINdetails"),
                "<Child> has no <CINdetails>; every child in the census has at least one.",
                "Add the child's referral (CINdetails) in the source system, or leave the "
                "child out of the return, then export again.",
                where,
                "CINdetails",
                "cin_episode",
            )
        child_id = person.get("LAchildID")
        person.update(identifier_facts(person, self.keys))
        for row in rows[1:]:
            row.values["LAchildID"] = child_id
        return rows

    def _cin_details(self, block, n: int, episode: str, rows: list) -> None:
        t = self.t
        file = self.name
        fields = self.episode
        values: dict[str, str | None] = {"episode": episode}
        rows.append(
            RawRow(
                "cin_episode",
                values,
                f"child {n} (line {element_line(block)})",
                file,
            )
        )
        assessments = cin_plans = enquiries = plans = 0
        for item in block:
            tag = item.tag
            name = fields.get(tag)
            if name is not None:
                if name in values:
                    self._repeated("CINdetails", name, item, n)
                else:
                    values[name] = item.text
            elif tag == t["Assessments"]:
                assessments += 1
                number = str(assessments)
                assessment = {"episode": episode, "assessment": number}
                rows.append(
                    RawRow(
                        "assessment",
                        assessment,
                        f"child {n} (line {element_line(item)})",
                        file,
                    )
                )
                for part in item:
                    name = self.assessment.get(part.tag)
                    if name is not None:
                        if name in assessment:
                            self._repeated("Assessments", name, part, n)
                        else:
                            assessment[name] = part.text
                    elif part.tag == t["FactorsIdentifiedAtAssessment"]:
                        for factor in part:
                            if factor.tag == t["AssessmentFactors"]:
                                rows.append(
                                    RawRow(
                                        "assessment_factor",
                                        {
                                            "episode": episode,
                                            "assessment": number,
                                            "AssessmentFactors": factor.text,
                                        },
                                        f"child {n} (line {element_line(factor)})",
                                        file,
                                    )
                                )
                            else:
                                self._unknown_element("FactorsIdentifiedAtAssessment", factor, n)
                    else:
                        self._unknown_element("Assessments", part, n)
            elif tag == t["CINPlanDates"]:
                cin_plans += 1
                plan = {"episode": episode, "cin_plan": str(cin_plans)}
                rows.append(
                    RawRow(
                        "cin_plan",
                        plan,
                        f"child {n} (line {element_line(item)})",
                        file,
                    )
                )
                self._fields(item, self.cin_plan, plan, "CINPlanDates", n)
            elif tag == t["Section47"]:
                enquiries += 1
                enquiry = {"episode": episode, "section47": str(enquiries)}
                rows.append(
                    RawRow(
                        "section47",
                        enquiry,
                        f"child {n} (line {element_line(item)})",
                        file,
                    )
                )
                self._fields(item, self.section47, enquiry, "Section47", n)
            elif tag == t["ChildProtectionPlans"]:
                plans += 1
                self._cp_plan(item, n, episode, str(plans), rows)
            else:
                self._unknown_element("CINdetails", item, n)

    def _cp_plan(self, block, n: int, episode: str, number: str, rows: list) -> None:
        t = self.t
        file = self.name
        plan = {"episode": episode, "cp_plan": number}
        rows.append(RawRow("cp_plan", plan, f"child {n} (line {element_line(block)})", file))
        reviews = 0
        for part in block:
            name = self.cp_plan.get(part.tag)
            if name is not None:
                if name in plan:
                    self._repeated("ChildProtectionPlans", name, part, n)
                else:
                    plan[name] = part.text
            elif part.tag == t["Reviews"]:
                for review in part:
                    if review.tag == t["CPPreviewDate"]:
                        reviews += 1
                        rows.append(
                            RawRow(
                                "cp_review",
                                {
                                    "episode": episode,
                                    "cp_plan": number,
                                    "review": str(reviews),
                                    "CPPreviewDate": review.text,
                                },
                                f"child {n} (line {element_line(review)})",
                                file,
                            )
                        )
                    else:
                        self._unknown_element("Reviews", review, n)
            else:
                self._unknown_element("ChildProtectionPlans", part, n)


class Cin(ReturnKind):
    name = "cin"
    label = "CIN census (XML)"
    date_style = "iso"
    shares = "records"

    def table_specs(self, collection_year: int | None) -> dict[str, TableSpec]:
        return _specs(collection_year)

    def read(
        self, files: list[InputFile], context: ReadContext, share: Share | None = None
    ) -> Iterator[RawRow | ChunkEnd]:
        given_year, given_as_at = context.collection_year, context.as_at
        # One key for all the import's files (and workers): a UPN twice in them is found.
        keys = UpnKeys(context.import_key)
        for file in files:
            reader = _CinFile(file, context, given_year, given_as_at, keys)
            # A piece of the file (share.first_record set): every child in it is this
            # worker's, numbered on from the children before it.
            piece = share is not None and share.first_record is not None
            numbered = not piece  # a piece's children are numbered from its first
            chunk = share.index if piece else 0  # the chunk of the children read so far
            part = 0  # of a piece: its parts of share.size children
            for element in iter_elements(file, root="Message", tags=("Header", "Child")):
                if element.tag.endswith("Header"):  # the only two tags asked for
                    header = reader.header(element)
                    if header is not None and (share is None or share.owns(0)):
                        yield header
                    continue
                if not numbered:  # after the header, which must come before any child
                    reader.children = share.first_record
                    numbered = True
                if piece:
                    at = (reader.children - share.first_record) // share.size
                    if at != part:
                        yield ChunkEnd(chunk, reader.clean, part=part, last=False)
                        part = at
                elif share is not None:
                    at = reader.children // share.size
                    if at != chunk:
                        if share.owns(chunk):
                            yield ChunkEnd(chunk, reader.clean)
                        chunk = at
                    if not share.owns(chunk):
                        reader.children += 1  # another worker's child: counted, not read
                        continue
                yield from reader.child(element)
            reader.finish()
            if share is not None and share.owns(chunk):
                yield ChunkEnd(chunk, reader.clean, part=part)
            if piece:
                context.records = reader.children - share.first_record

    def codes(self, codelist: str, collection_year: int | None) -> set[str]:
        return cin_codelists.codes(codelist, collection_year)


register(Cin())
