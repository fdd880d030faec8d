"""Tables and summary lists for child death reviews, as data for the GOV.UK macros."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.safestring import SafeString

from safeboard.cdop import policy, selectors, summaries, timescales
from safeboard.cdop.figures import ALL, YearFigures
from safeboard.cdop.models import CaseReview, ChildDeath, PanelMeeting
from safeboard.common.numbers import percent
from safeboard.records.years import year_bounds
from safeboard.web import components


def day(value) -> str:
    return date_format(value, "j F Y") if value else "Not given"


def case_link(death: ChildDeath) -> SafeString:
    return components.link(death.case_reference, reverse("cdop:death-detail", args=[death.pk]))


def _section(heading: str, *, body: SafeString | str = "", text: str = "", links=()) -> SafeString:
    return SafeString(
        render_to_string(
            "cdop/_section.html",
            {"heading": heading, "body": body, "text": text, "links": list(links)},
        )
    )


# --- list columns -------------------------------------------------------------------------


def review_state(death: ChildDeath) -> str:
    review = getattr(death, "review", None)
    if review is None:
        return "Awaiting review"
    return f"Reviewed {day(review.meeting.held_on)}"


def deadline_table(items, today, *, caption: str) -> SafeString:
    """Open deadlines: the case, what is due, when, and where it stands today."""
    return components.table(
        caption=caption,
        head=["Case", "What is due", "Due", "Status"],
        rows=[
            [
                case_link(item.death),
                item.deadline.label,
                day(item.deadline.due),
                item.deadline.describe(today),
            ]
            for item in items
        ],
        empty="Nothing is due.",
    )


# --- detail sections ----------------------------------------------------------------------


def death_sections(request, death: ChildDeath) -> list[SafeString]:
    user, today = request.user, timezone.localdate()
    manage = policy.can_manage(user)
    information = list(selectors.information_list(user=user, death=death))
    deadlines = timescales.case_deadlines(death, information)
    sections = [
        _section(
            "Timescales",
            body=components.table(
                caption="Timescales of this case",
                head=["What is due", "Due", "Status"],
                rows=[[d.label, day(d.due), d.describe(today)] for d in deadlines],
                empty="No deadlines.",
            ),
            text=""
            if timescales.national_notification(death)
            else "The panel learned of this death before 1 April 2019, when the national "
            "database went live: there was no 48-hour notification then.",
        ),
        _section(
            "Information from agencies",
            body=components.table(
                caption="Information from agencies",
                head=["Agency", "What was asked for", "Requested", "Due", "Status"],
                rows=[
                    [
                        components.link(
                            str(item.agency), reverse("cdop:information-detail", args=[item.pk])
                        ),
                        item.get_form_display(),
                        day(item.requested_on),
                        day(item.due_on),
                        timescales.agency_information(item).describe(today),
                    ]
                    for item in information
                ],
                empty="No information asked for yet.",
            ),
            links=[
                (
                    "Ask an agency for information",
                    reverse("cdop:information-create") + f"?death={death.pk}",
                )
            ]
            if manage
            else [],
        ),
    ]
    meetings = list(selectors.review_meeting_list(user=user, death=death))
    sections.append(
        _section(
            "Child death review meetings",
            body=components.table(
                caption="Child death review meetings",
                head=["Date", "Notice", "Agencies attending", "Post-mortem report"],
                rows=[
                    [
                        components.link(
                            day(m.held_on), reverse("cdop:review-meeting-detail", args=[m.pk])
                        ),
                        notice_text(m),
                        ", ".join(a.name for a in m.agencies.all()) or "None recorded",
                        m.get_post_mortem_display() or "Not given",
                    ]
                    for m in meetings
                ],
                empty="No review meeting recorded yet.",
            ),
            links=[
                (
                    "Add a review meeting",
                    reverse("cdop:review-meeting-create") + f"?death={death.pk}",
                )
            ]
            if manage
            else [],
        )
    )
    review = selectors.review_list(user=user).filter(death=death).first()
    if review is not None:
        sections.append(
            _section(
                "The panel's review",
                body=review_summary(review),
                links=[
                    ("Open the panel's review", reverse("cdop:review-detail", args=[review.pk]))
                ],
            )
        )
    else:
        sections.append(
            _section(
                "The panel's review",
                text="The panel has not reviewed this death yet.",
                links=[
                    (
                        "Record the panel's review",
                        reverse("cdop:review-create") + f"?death={death.pk}",
                    )
                ]
                if manage
                else [],
            )
        )
    return sections


def notice_text(meeting) -> str:
    if meeting.notice_given_on is None:
        return "Not recorded"
    text = f"Invitations sent {day(meeting.notice_given_on)}"
    if timescales.short_notice(meeting):
        text += " (less than a month's notice)"
    return text


def information_sections(request, information) -> list[SafeString]:
    deadline = timescales.agency_information(information)
    return [
        _section(
            "Timescale",
            text=f"Due {day(deadline.due)}, {information.working_days_allowed} working days "
            f"after the request: {deadline.describe(timezone.localdate())}.",
            links=[("Back to the case", reverse("cdop:death-detail", args=[information.death_id]))],
        )
    ]


def review_meeting_sections(request, meeting) -> list[SafeString]:
    text = "The national guidance advises at least a month's notice of the meeting."
    if timescales.short_notice(meeting):
        text = "This meeting had less than a month's notice: " + text[0].lower() + text[1:]
    return [
        _section(
            "Notice",
            text=text,
            links=[("Back to the case", reverse("cdop:death-detail", args=[meeting.death_id]))],
        )
    ]


def review_summary(review: CaseReview) -> SafeString:
    return components.summary_list(review_rows(review))


def review_rows(review: CaseReview) -> list[tuple[str, object]]:
    return [
        ("Case", case_link(review.death)),
        ("Panel meeting", day(review.meeting.held_on)),
        ("Category of death", f"{review.category}. {review.get_category_display()}"),
        ("Modifiable factors", review.get_modifiable_display()),
        ("Domains of the factors", ", ".join(review.domains()) or "None"),
        ("Learning", review.learning or "Not given"),
        ("Sent to the national database", day(review.national_submitted_on)),
    ]


def review_sections(request, review: CaseReview) -> list[SafeString]:
    raised = selectors.raised_action_list(user=request.user, review=review)
    table = components.table(
        caption="Actions raised",
        head=["Action", "Owner", "Due", "Status"],
        rows=[
            [
                components.link(
                    f"{r.action.reference}: {r.action.text}",
                    reverse("actions:action-detail", args=[r.action.pk]),
                )
                if _has_action_pages()
                else f"{r.action.reference}: {r.action.text}",
                str(r.action.owner_agency),
                day(r.action.due_date),
                r.action.get_status_display(),
            ]
            for r in raised
        ],
        empty="No actions raised from this review.",
    )
    links = []
    if policy.can_manage(request.user):
        links.append(("Raise an action", reverse("cdop:action-raise", args=[review.pk])))
    return [
        _section(
            "Actions raised",
            body=table,
            text="Actions go into the panel's action plan for the year, with the board's other "
            "action plans; their readers do not see which case they came from.",
            links=links,
        )
    ]


def _has_action_pages() -> bool:
    from django.urls import NoReverseMatch

    try:
        reverse("actions:action-detail", args=[1])
    except NoReverseMatch:
        return False
    return True


def panel_meeting_sections(request, meeting: PanelMeeting) -> list[SafeString]:
    reviews = selectors.review_list(user=request.user, meeting=meeting)
    table = components.table(
        caption="Deaths reviewed at this meeting",
        head=["Case", "Area of residence", "Category", "Modifiable factors"],
        rows=[
            [
                components.link(r.death.case_reference, reverse("cdop:review-detail", args=[r.pk])),
                str(r.death.local_authority),
                r.get_category_display(),
                r.get_modifiable_display(),
            ]
            for r in reviews
        ],
        empty="No deaths reviewed at this meeting yet.",
    )
    return [_section("Deaths reviewed", body=table)]


# --- the panel's year ---------------------------------------------------------------------


def _la(name: str) -> str:
    return name or "All authorities"


def reviewed_table(figures: YearFigures) -> SafeString:
    every = [*figures.authorities, ALL]
    return components.table(
        caption="Deaths notified and reviewed, by the child's local authority",
        caption_visible=True,
        head=[
            "Local authority",
            "Deaths notified",
            "Deaths reviewed",
            "With modifiable factors",
            "Share with modifiable factors (%)",
        ],
        rows=[
            [
                _la(la),
                figures.shown(("notified", la)),
                figures.shown(("reviewed", la)),
                figures.shown(("modifiable", la)),
                figures.share(("modifiable", la), ("reviewed", la)),
            ]
            for la in every
        ],
        numeric=[1, 2, 3, 4],
    )


def category_table(figures: YearFigures) -> SafeString:
    rows = [
        [
            f"{c.value}. {c.label}",
            *(figures.shown(("category", la, c)) for la in figures.authorities),
        ]
        for c in summaries.CATEGORIES
    ]
    rows.append(
        ["All categories", *(figures.shown(("reviewed", la)) for la in figures.authorities)]
    )
    return components.table(
        caption="Deaths reviewed by category of death, for each local authority",
        caption_visible=True,
        head=["Category of death", *figures.authorities],
        rows=rows,
        numeric=list(range(1, len(figures.authorities) + 1)),
    )


def timing_table(figures: YearFigures) -> SafeString:
    rows = [[band, figures.shown(("band", band))] for band in summaries.BANDS]
    rows.append(["Median days from death to review", figures.median()])
    return components.table(
        caption="Time from death to the panel's review",
        caption_visible=True,
        head=["Time from death to review", "Deaths reviewed"],
        rows=rows,
        numeric=[1],
    )


def activity_table(figures: YearFigures) -> SafeString:
    year_end = day(year_bounds(figures.year)[1])
    return components.table(
        caption="The panel's work",
        caption_visible=True,
        head=["Figure", "Number"],
        rows=[
            ["Panel meetings held", figures.shown(("panels",))],
            ["Unexpected deaths notified", figures.shown(("unexpected",))],
            ["Joint agency responses", figures.shown(("jar",))],
            ["Actions raised", figures.shown(("actions_raised",))],
            [f"Actions completed by {year_end}", figures.shown(("actions_completed",))],
        ],
        numeric=[1],
    )


def domains_table(domains: dict[str, int]) -> SafeString:
    return components.table(
        caption="Where the modifiable factors were",
        caption_visible=True,
        head=["Domain", "Deaths reviewed with factors in it"],
        rows=[[label, n] for label, n in domains.items()],
        numeric=[1],
    )


def timeliness_table(national: summaries.OnTime, information: summaries.OnTime) -> SafeString:
    def share(on: summaries.OnTime) -> str:
        value = percent(on.on_time, on.due)
        return "No deadlines fell due" if value is None else f"{value}%"

    return components.table(
        caption="Timescales met",
        caption_visible=True,
        head=["Timescale", "Met", "Fell due", "Share met"],
        rows=[
            [
                "National database notified within 48 hours",
                national.on_time,
                national.due,
                share(national),
            ],
            [
                "Agency information by its due date",
                information.on_time,
                information.due,
                share(information),
            ],
        ],
        numeric=[1, 2],
    )


def waiting_table(deaths, today) -> SafeString:
    """Deaths awaiting the panel's review, longest waiting first."""
    return components.table(
        caption="Deaths awaiting the panel's review",
        head=["Case", "Area of residence", "Date of death", "Days since the death"],
        rows=[
            [
                case_link(d),
                str(d.local_authority),
                day(d.date_of_death),
                (today - d.date_of_death).days,
            ]
            for d in deaths
        ],
        numeric=[3],
        empty="Every death notified has been reviewed.",
    )
