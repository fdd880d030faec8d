"""The registry of rule units, filled by discovery.

A rule unit is one module under ``safeboard/validation/rules/<return>/``
named after its code (``rule_sb_cin_001.py``; the DfE rule sets add
``rule_8500.py`` and so on), holding one function decorated with ``@rule``:
its code, severity, DfE's or our message, the fields it affects, the
guidance, the years it applies to, and its logic (SQL over the staged
tables). Its tests sit in ``tests/validation/`` with passing and failing rows.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from safeboard.returns.findings import Severity
from safeboard.validation.engine import Rule, RuleContext

_RULES: dict[tuple[str, str], Rule] = {}
_DISCOVERED = False


class DuplicateRuleError(ValueError):
    pass


def rule(
    *,
    code: str,
    kind: str,
    severity: Severity,
    message: str,
    guidance: str,
    tables: tuple[str, ...],
    fields: tuple[str, ...],
    first_year: int | None = None,
    last_year: int | None = None,
) -> Callable:
    """Register the decorated ``logic(context) -> SQL`` as a rule unit."""

    def decorate(logic: Callable[[RuleContext], str | None]):
        unit = Rule(
            code=code,
            severity=severity,
            message=message,
            guidance=guidance,
            kinds=frozenset({kind}),
            tables=tables,
            fields=fields,
            logic=logic,
            first_year=first_year,
            last_year=last_year,
        )
        key = (kind, code)
        if key in _RULES and _RULES[key].logic.__module__ != logic.__module__:
            raise DuplicateRuleError(f"Rule {code} for {kind} is defined twice.")
        _RULES[key] = unit
        logic.rule = unit
        return logic

    return decorate


def _discover() -> None:
    global _DISCOVERED
    if _DISCOVERED:
        return
    from safeboard.validation import rules

    for module in pkgutil.walk_packages(rules.__path__, prefix=f"{rules.__name__}."):
        importlib.import_module(module.name)
    _DISCOVERED = True


def rules_for(kind: str, collection_year: int | None = None) -> list[Rule]:
    """Every registered rule of a return kind, active in the year when one is given."""
    _discover()
    found = [r for (k, _), r in sorted(_RULES.items()) if k == kind]
    if collection_year is None:
        return found
    return [
        r
        for r in found
        if (r.first_year is None or r.first_year <= collection_year)
        and (r.last_year is None or collection_year <= r.last_year)
    ]
