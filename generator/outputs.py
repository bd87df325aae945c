"""Side outputs put into the built site (cards PDF, search data…). Each is a small module."""
from __future__ import annotations

from pathlib import Path

from generator.project import Project


def build_outputs(project: Project, site_dir: Path) -> None:
    return None
