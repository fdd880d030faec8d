"""The partnership's records as GOV.UK tables and summary lists."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import format_html

from safeboard.partnership.models import Agency, LocalAuthority, Person
from safeboard.web.components import link, summary_list, table, yes_no


def districts_table(authority: LocalAuthority):
    note = "" if authority.partnership_id else ", shares the child death overview panel only"
    return table(
        caption=f"{authority.name} ({authority.ons_code}){note}",
        caption_visible=True,
        head=["District", "ONS code"],
        rows=[[d.name, d.ons_code] for d in authority.districts.all()],
        empty="No districts recorded.",
    )


def agencies_table(agencies):
    rows = []
    for agency in agencies:
        name = link(agency.name, reverse("partnership:agency-detail", args=[agency.pk]))
        if not agency.active:
            name = format_html(
                '{} <strong class="govuk-tag govuk-tag--grey">Inactive</strong>', name
            )
        rows.append(
            [
                name,
                agency.get_agency_type_display(),
                yes_no(agency.is_statutory_partner),
                agency.people_count,
            ]
        )
    return table(
        caption="Partner agencies",
        head=["Agency", "Type", "Statutory partner", "People"],
        rows=rows,
        numeric=[3],
        empty="No agencies yet.",
    )


def agency_summary(agency: Agency):
    return summary_list(
        [
            ("Type", agency.get_agency_type_display()),
            ("Short name", agency.short_name or "None"),
            ("Statutory safeguarding partner", yes_no(agency.is_statutory_partner)),
            ("Relevant agency", yes_no(agency.is_relevant_agency)),
            ("Active", yes_no(agency.active)),
        ]
    )


def people_table(people):
    return table(
        caption="People you can see",
        head=["Name", "Job title", "Agency"],
        rows=[
            [
                link(p.full_name, reverse("partnership:person-detail", args=[p.pk])),
                p.job_title,
                p.agency.name,
            ]
            for p in people
        ],
        empty="No people you can see.",
    )


def person_summary(person: Person):
    return summary_list(
        [
            ("Job title", person.job_title or "Not recorded"),
            ("E-mail", person.email or "Not recorded"),
            (
                "Agency",
                link(
                    person.agency.name,
                    reverse("partnership:agency-detail", args=[person.agency_id]),
                ),
            ),
        ]
    )
