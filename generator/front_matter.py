"""The front matter of hand-written pages (docs/*.md outside the generated folders).

MkDocs reads a page's front matter with the same pattern as below, but when the YAML is invalid it
silently ignores it and shows the block as text at the top of the page. `fabrique check` reads it
first and says which file, which line and what to fix, in French.
"""
from __future__ import annotations

import re

import yaml

from generator.problems import Problem
from generator.project import Project
from generator.load import read_record_bytes
from generator.write import GENERATED_FOLDERS
from generator.yaml_messages import explain_yaml_error

# mkdocs.utils.meta.YAML_RE: what MkDocs takes as front matter
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
TEXT_KEYS = ("title", "description")


def hand_written_pages(project: Project):
    docs = project.docs
    if not docs.is_dir():
        return
    # the generated folders (thousands of pages at scale) are not even listed
    found = list(docs.glob("*.md"))
    for entry in docs.iterdir():
        if entry.name not in GENERATED_FOLDERS and entry.is_dir() and not entry.is_symlink():
            found.extend(entry.rglob("*.md"))
    for page in sorted(found):
        if not page.is_symlink():
            yield page


def check_page(text: str, shown: str) -> list[Problem]:
    text = text.replace("\r\n", "\n")
    if not text.startswith("---"):
        return []
    first_line = text.split("\n", 1)[0]
    if first_line.strip() != "---":
        return []
    match = FRONT_MATTER.match(text)
    if match is None:
        return [Problem(shown, 1, 1, "l'en-tête de la page (front matter) commence par « --- » mais n'est jamais "
                                     "refermé : ajoutez une ligne « --- » après le dernier champ (title, description…).")]
    block = match.group(1)
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as error:
        line, column, message = explain_yaml_error(error, block)
        return [Problem(shown, line + 1, column, f"en-tête de la page (front matter) : {message} "
                                                 "Sinon, MkDocs l'ignore et l'affiche en texte en haut de la page.")]
    if data is None:
        return []
    if not isinstance(data, dict):
        return [Problem(shown, 2, 1, "l'en-tête de la page (front matter) doit être une suite de champs « nom: valeur » "
                                     "(title: …, description: …), un par ligne.")]
    problems = []
    for key in TEXT_KEYS:
        if key in data and not isinstance(data[key], str):
            line = next((n for n, row in enumerate(block.split("\n"), 2) if row.startswith(f"{key}:")), 2)
            problems.append(Problem(shown, line, 1, f"« {key} » doit être un texte : mettez la valeur entre guillemets."))
    return problems


def check_pages(project: Project) -> list[Problem]:
    problems: list[Problem] = []
    for page in hand_written_pages(project):
        shown = project.shown(page)
        raw = read_record_bytes(page, limit=4 * 1024 * 1024)  # a regular file, never through a link, bounded
        if isinstance(raw, str):
            problems.append(Problem(shown, 1, 1, raw))
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(Problem(shown, 1, 1, "la page n'est pas encodée en UTF-8 : enregistrez-la en UTF-8 dans votre éditeur."))
            continue
        problems.extend(check_page(text, shown))
    return problems
