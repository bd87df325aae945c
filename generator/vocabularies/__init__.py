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
def source_links() -> dict[str, dict[str, str]]:
    """Links from a sheet to a figure that a published source makes itself: sheet id → figure id → source."""
    text = resources.files("generator.vocabularies").joinpath("liens_sources.yml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}  # safe_load, in C
