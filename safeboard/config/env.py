"""The one place that reads the process environment for settings."""

from __future__ import annotations

import os

ENVIRONMENTS = ("development", "test", "production")


def env_str(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def env_list(name: str) -> list[str]:
    raw = env_str(name, "") or ""
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    raw = env_str(name)
    if raw is None:
        return default
    return raw.strip().lower() in {"1", "true", "yes", "on"}


def settings_module() -> str:
    environment = env_str("SAFEBOARD_ENV", "development")
    if environment not in ENVIRONMENTS:
        raise SystemExit(
            f"SAFEBOARD_ENV is '{environment}'; it must be one of {', '.join(ENVIRONMENTS)}."
        )
    return f"safeboard.config.settings.{environment}"


def env_int(name: str, default: int) -> int:
    raw = env_str(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise SystemExit(f"{name} must be a whole number, not '{raw}'.") from error
