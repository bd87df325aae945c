"""`fabrique new experience "Titre"`: a commented sheet, ready to fill."""
from __future__ import annotations

import datetime
import os
import re
import unicodedata
from pathlib import Path

import click

from generator.project import Project


def slugify(title: str) -> str:
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:60].rstrip("-")


def new_experience_text(project: Project, record_id: str, title: str, today: str) -> str:
    from generator.render import render_template
    from generator.vocabularies import experience_vocabulary

    figures = _figures(project)
    schema = Path(os.path.relpath(Path(__file__).parent / "schemas" / "experience.schema.json", project.root / "experiences"))
    return render_template(
        "nouvelle_fiche.yml.j2",
        id=record_id,
        titre=title,
        today=today,
        vocab=experience_vocabulary(),
        figures=figures,
        schema_path=schema.as_posix(),
    )


MODEL = "modeles/fiche-experience.yml"


def model_text(project: Project) -> str:
    """modeles/fiche-experience.yml: the sheet `fabrique new` writes, for contributors who copy it by hand
    in GitHub's web editor (tests/test_experiences.py keeps the two equal)."""
    text = new_experience_text(project, "titre-de-votre-experience", "Titre de votre expérience", "")
    lines = text.splitlines(keepends=True)
    lines[1] = ("# Modèle de fiche d'expérience : copiez ce fichier dans experiences/, nommez-le comme son id (par exemple "
                "cafe-des-aidants-tulle.yml), remplissez-le, puis lancez « fabrique check ».\n")
    text = "".join(lines)
    return text.replace("id: titre-de-votre-experience  # identique au nom du fichier, ne pas modifier",
                        "id: titre-de-votre-experience  # à remplacer : le nom de votre fichier, sans « .yml »")


def _figures(project: Project) -> list[dict[str, str]]:
    """Id and title of each figure, for the comment that explains figure links; a figure file that
    does not load is listed by its id (`fabrique check` tells what is wrong with it)."""
    from generator.load import load_file

    folder = project.root / "figures"
    found = []
    for path in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
        record, _ = load_file(path, path.name, "figures")
        title = record.data.get("titre") if record is not None else None
        found.append({"id": path.stem, "titre": title if isinstance(title, str) else path.stem})
    return found


def create_experience(project: Project, title: str, record_id: str | None) -> Path:
    record_id = record_id or slugify(title)
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", record_id or ""):
        raise click.UsageError(
            "impossible de faire un identifiant avec ce titre : donnez-en un avec --id (minuscules, chiffres, tirets)."
        )
    from generator.project import RESERVED_IDS

    if record_id in RESERVED_IDS:
        raise click.UsageError(f"« {record_id} » est un identifiant réservé : donnez-en un autre avec --id.")
    folder = project.root / "experiences"
    if folder.is_symlink():
        raise click.ClickException("le dossier « experiences/ » est un lien symbolique : fabrique n'écrit pas à travers un lien.")
    target = folder / f"{record_id}.yml"
    if target.exists() or target.is_symlink():
        raise click.ClickException(f"la fiche {project.shown(target)} existe déjà : choisissez un autre titre ou --id.")
    text = new_experience_text(project, record_id, title, datetime.date.today().isoformat())
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8") as stream:
        stream.write(text)
    return target
