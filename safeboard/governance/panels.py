"""The home page's governance panel: groups without a chair, inquorate meetings."""

from __future__ import annotations

from safeboard.governance import policy, presenters, selectors

PANEL_ROWS = 5


def board_context(user) -> dict:
    """Vacant chairs (longest first) and the last twelve months' inquorate meetings,
    for roles that see the whole board; others get a link to the area."""
    if not policy.sees_whole_board(user):
        return {"whole": False}
    vacancies = selectors.vacancies(user=user)
    return {
        "whole": True,
        "vacant_count": len(vacancies),
        "vacancies": [
            {"vacancy": v, "days": presenters.days_text(v.days_vacant)}
            for v in vacancies[:PANEL_ROWS]
        ],
        "inquorate": selectors.recent_inquorate(user=user)[:PANEL_ROWS],
    }
