"""Side outputs put into the built hosted site: the Pagefind search index (pagefind/)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click


def start_search_index(site_dir: Path) -> subprocess.Popen:
    """Pagefind indexes the pages marked data-pagefind-body (see site_hooks.py), in French (the pages'
    lang="fr": French stemming), into site_dir/pagefind/: an index split in chunks that a visitor
    downloads only as far as the query needs. Started as soon as the hosted edition is built, so it
    runs while the offline edition is still being built."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", "pagefind",
               "--exclude-selectors", ".headerlink", "--silent"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_search_index(process: subprocess.Popen) -> None:
    output, _ = process.communicate()
    if process.returncode != 0:
        raise click.ClickException(
            "l'index de recherche (Pagefind) n'a pas pu être construit. Le site précédent est conservé tel quel. "
            "Détail :\n" + (output or "").strip()
        )


def build_search_index(site_dir: Path) -> None:
    wait_search_index(start_search_index(site_dir))
