"""A problem found in a record, and the three ways of printing it."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from generator.markup import visible


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    column: int
    message: str
    level: str = "error"  # "error" or "warning"

    def as_text(self) -> str:
        prefix = "" if self.level == "error" else "avertissement : "
        return visible(f"{self.path}:{self.line}:{self.column}: {prefix}{self.message}")

    def as_github(self) -> str:
        kind = "error" if self.level == "error" else "warning"
        props = ",".join(
            f"{key}={_escape_property(str(value))}"
            for key, value in (("file", self.path), ("line", self.line), ("col", self.column), ("title", "fabrique check"))
        )
        return f"::{kind} {props}::{_escape_data(self.message)}"


def _escape_data(text: str) -> str:
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_problems(problems: list[Problem], fmt: str, checked: int | None = None) -> str:
    errors = [p for p in problems if p.level == "error"]
    warnings = [p for p in problems if p.level != "error"]
    if fmt == "json":
        counts = {} if checked is None else {"fiches_verifiees": checked}
        return json.dumps(
            {**counts, "erreurs": len(errors), "avertissements": len(warnings), "problemes": [asdict(p) for p in problems]},
            ensure_ascii=False,
            indent=2,
        )
    if fmt == "github":
        return "\n".join(p.as_github() for p in problems)
    lines = [p.as_text() for p in problems]
    lines.append(summary(len(errors), len(warnings), checked))
    return "\n".join(lines)


def checked_text(checked: int) -> str:
    return f"{checked} fiche{'s' if checked > 1 else ''} vérifiée{'s' if checked > 1 else ''}"


def summary(errors: int, warnings: int, checked: int | None = None) -> str:
    if checked is not None and not errors and not warnings:
        return f"{checked_text(checked)} : tout est en ordre, aucun problème trouvé."
    if checked is not None:
        return f"{checked_text(checked)} : " + summary(errors, warnings)
    if not errors and not warnings:
        return "Tout est en ordre : aucun problème trouvé."
    parts = []
    if errors:
        parts.append(f"{errors} erreur{'s' if errors > 1 else ''}")
    if warnings:
        parts.append(f"{warnings} avertissement{'s' if warnings > 1 else ''}")
    return " et ".join(parts) + " à corriger." if errors else " et ".join(parts) + " (la vérification passe)."
