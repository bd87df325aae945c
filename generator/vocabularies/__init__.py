"""Controlled lists (id → French label) used by the experience sheets."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def experience_vocabulary() -> dict[str, dict[str, str]]:
    text = resources.files("generator.vocabularies").joinpath("experience.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def departements() -> dict[str, str]:
    """Code → name of every French département (« 33 » → « Gironde »)."""
    text = resources.files("generator.vocabularies").joinpath("departements.yml").read_text(encoding="utf-8")
    return {str(code): name for code, name in yaml.safe_load(text).items()}


def departement_label(code: str) -> str:
    """« Gironde (33) »; an unknown code is shown as it is."""
    name = departements().get(code)
    return f"{name} ({code})" if name else code


@lru_cache(maxsize=1)
def source_links() -> dict[str, dict[str, str]]:
    """Links from a sheet to a figure that a published source makes itself: sheet id → figure id → source."""
    text = resources.files("generator.vocabularies").joinpath("liens_sources.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}
