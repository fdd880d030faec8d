"""Small numbers suppressed in the panel's figures, as INDICATORS.md says.

A count of children from 1 to the threshold (``SAFEBOARD_DISCLOSURE_THRESHOLD``,
5 by default) is shown as ``c``; so is any share whose numerator or
denominator is hidden. A true zero is shown as 0 and never hidden; ``z``
marks a share with nothing to divide by.

Secondary suppression: the figures form groups where a total is the sum of
its cells (deaths reviewed: the panel's total and each authority; each
authority's deaths and its categories; the panel's total and the time bands).
A group with exactly one hidden member (the total counting as a member) would
let a reader recover it by subtraction, so the smallest shown non-zero cell
is hidden too (ties broken by the cells' order), or the total if no such cell
is left. Groups share cells (an authority's count is a cell of the panel's
total and the total of its categories), so this repeats over every group
until nothing changes. It ends: each pass hides one more cell.

This is ``safeboard.dataset.disclosure``'s rule, applied to groups that nest,
which that module's one-level breakdowns cannot express.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

from safeboard.dataset.disclosure import PRIMARY, SECONDARY, disclosure_threshold

Key = Hashable


@dataclass(frozen=True)
class Group:
    """A total and the cells that add up to it, in their shown order."""

    total: Key
    members: tuple[Key, ...]


def suppress(
    counts: Mapping[Key, int], groups: Sequence[Group], *, threshold: int | None = None
) -> dict[Key, str]:
    """The keys to hide, each with why (``primary`` or ``secondary``)."""
    limit = disclosure_threshold() if threshold is None else threshold
    hidden = {key: PRIMARY for key, count in counts.items() if 1 <= count <= limit}
    changed = True
    while changed:
        changed = False
        for group in groups:
            members_hidden = sum(member in hidden for member in group.members)
            if members_hidden + (group.total in hidden) != 1:
                continue
            candidates = [
                (counts[member], index, member)
                for index, member in enumerate(group.members)
                if member not in hidden and counts[member]
            ]
            if candidates:
                hidden[min(candidates)[2]] = SECONDARY
            elif group.total not in hidden and counts[group.total]:
                hidden[group.total] = SECONDARY
            else:
                continue
            changed = True
    return hidden
