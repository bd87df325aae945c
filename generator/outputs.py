"""Side outputs put into the built hosted site: the Pagefind search index (pagefind/)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from generator.project import Project


def build_outputs(project: Project, site_dir: Path) -> None:
    build_search_index(site_dir)


def build_search_index(site_dir: Path) -> None:
    """Pagefind indexes the pages marked data-pagefind-body (see site_hooks.py), in French (the pages'
    lang="fr": French stemming), into site_dir/pagefind/: an index split in chunks that a visitor
    downloads only as far as the query needs."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", "pagefind",
               "--exclude-selectors", ".headerlink", "--silent"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise click.ClickException(
            "l'index de recherche (Pagefind) n'a pas pu être construit. Le site précédent est conservé tel quel. "
            "Détail :\n" + (result.stderr + result.stdout).strip()
        )
