"""The kinds of record: where they live, which schema checks them, what they point to."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reference:
    """A field holding the id of another record. `path` uses "*" for every item of a list."""

    path: tuple[str, ...]
    target: str  # kind name


@dataclass(frozen=True)
class Kind:
    name: str  # "figure"
    folder: str  # "figures"
    label: str  # French, singular: "figure"
    with_article: str  # "la figure", "l'atelier"
    references: tuple[Reference, ...] = ()


KINDS: tuple[Kind, ...] = (
    Kind("theme", "themes", "thématique", "la thématique"),
    Kind("atelier", "ateliers", "atelier", "l'atelier"),
    Kind("figure", "figures", "figure", "la figure"),
    Kind(
        "scenario",
        "scenarios",
        "scénario",
        "le scénario",
        (
            Reference(("atelier",), "atelier"),
            Reference(("theme", "id"), "theme"),
            Reference(("figures", "*", "id"), "figure"),
        ),
    ),
    Kind(
        "experience",
        "experiences",
        "fiche d'expérience",
        "la fiche d'expérience",
        (
            Reference(("figures", "*", "id"), "figure"),
        ),
    ),
)

BY_NAME = {kind.name: kind for kind in KINDS}
BY_FOLDER = {kind.folder: kind for kind in KINDS}
