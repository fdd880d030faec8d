"""URL matrix rows for the board hub (the export download is tested in test_pages.py)."""

from django.urls import reverse

from tests.matrix_sets import SIGNED_IN

MATRIX = {"records:hub": SIGNED_IN}
SPECIAL = {"records:export"}


def url(name: str) -> str:
    return reverse(name)
