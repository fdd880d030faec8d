"""The concurrency tests run real ``safeboard`` processes on a workspace of their own."""

from tests.returns.conftest import workspace_env  # noqa: F401 (a fixture, shared)
