import pytest

from safeboard.records import areas
from tests.records.example import EXAMPLE_AREA


@pytest.fixture
def example_urls(settings):
    settings.ROOT_URLCONF = "tests.records.example"


@pytest.fixture
def example_area(monkeypatch):
    """The test area beside the real ones, in the registry every page and command reads."""
    registry = {**areas.board_areas(), EXAMPLE_AREA.name: EXAMPLE_AREA}
    monkeypatch.setattr(areas, "board_areas", lambda: registry)
    return EXAMPLE_AREA
