"""The registry of return kinds: one module per kind, registered by name."""

from __future__ import annotations

from safeboard.returns.kinds.base import ReturnKind

_REGISTRY: dict[str, ReturnKind] = {}


def register(kind: ReturnKind) -> ReturnKind:
    if kind.name in _REGISTRY:
        raise ValueError(f"Return kind '{kind.name}' is registered twice.")
    _REGISTRY[kind.name] = kind
    return kind


def _load() -> None:
    # Importing a kind's module registers it (once: Python imports a module once).
    # Not "if _REGISTRY": a module imported on its own first (a test importing
    # kinds.ssda903) would otherwise leave every other kind unknown.
    from safeboard.returns.kinds import (  # noqa: F401
        baseline,
        characteristics,
        cin,
        contacts,
        population,
        postcodes,
        providers,
        published,
        ssda903,
    )


def get_kind(name: str) -> ReturnKind:
    _load()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise KeyError(f"There is no return kind '{name}'. Use one of: {known}.") from None


def kind_names() -> list[str]:
    _load()
    return sorted(_REGISTRY)
