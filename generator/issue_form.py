"""The GitHub issue form « Proposer une fiche », made from the experience schema and the vocabularies,
and the way back: an issue body (GitHub's rendering of the answers) → experiences/<id>.yml.

The form and the conversion share one list of fields (`fields()`), so a label written in the form
is the label the conversion looks for. The issue body is untrusted text: it is read as data, bounded
in size, turned into a dict and written with yaml.safe_dump; nothing of it is ever a template or a
command.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator import departements
from generator.schema import as_written_by, load_schemas
from generator.vocabularies import experience_vocabulary

FORM_PATH = Path(".github") / "ISSUE_TEMPLATE" / "nouvelle-fiche.yml"
LABEL = "nouvelle-fiche"  # the issue label the workflow reacts to
MAX_BODY = 256 * 1024  # the same bound as a sheet file
NO_RESPONSE = "_No response_"  # what GitHub writes for an empty answer

# Short French labels of the schema's fields, used when the schema gives no « title ».
LABELS = {
    "titre": "Titre de l'expérience",
    "chapo": "L'expérience en deux ou trois phrases",
    "structure": "Structure",
    "type": "Type de structure",
    "nom": "Nom de la structure",
    "commune": "Commune",
    "departement": "Département",
    "population": "Population du territoire",
    "themes": "Thèmes",
    "publics": "Publics",
    "figures": "Figures du CCAS de 2050",
    "statut": "Où en est l'expérience",
    "dates": "Dates",
    "debut": "Date de début",
    "fin": "Date de fin",
    "contexte": "Contexte",
    "objectifs": "Objectifs",
    "description": "Déroulement",
    "moyens": "Moyens",
    "humains": "Moyens humains",
    "financiers": "Moyens financiers",
    "budget": "Budget total en euros",
    "partenaires": "Partenaires",
    "resultats": "Résultats et évaluation",
    "difficultes": "Difficultés",
    "enseignements": "Enseignements pour un autre territoire",
    "perspectives": "Perspectives",
    "contact": "Contact",
    "service": "Service à contacter",
    "adresse": "Adresse postale de la structure",
    "courriel": "Courriel de service",
    "site": "Site de la structure",
    "licence": "Licence du texte",
}
# Set by the conversion, not asked: the sheet's id (from its title), example flag, origin, dates of publication.
NOT_ASKED = {"id", "origine", "publication", "mise_a_jour", "source", "liens"}
FIGURE_REASON = "figures-justification"


@dataclass
class Field:
    path: tuple[str, ...]
    kind: str  # input, textarea, lines, dropdown, checkboxes, figures, integer
    label: str
    description: str
    required: bool
    options: dict[str, str] = field(default_factory=dict)  # label shown → id written

    @property
    def element_id(self) -> str:
        return "-".join(self.path).replace("_", "-")


def _resolve(node: dict) -> dict:
    """Follow a $ref to the shared definitions, keeping the local description."""
    if "$ref" in node:
        name = node["$ref"].split("/")[-1]
        target = dict(load_schemas()["_common"]["$defs"][name])
        target.update({k: v for k, v in node.items() if k != "$ref"})
        return _resolve(target)
    return node


def _vocabulary_for(ids: list[str]) -> dict[str, str]:
    """Label → id from the vocabulary list holding exactly these ids; the ids themselves otherwise."""
    for entries in experience_vocabulary().values():
        if isinstance(entries, dict) and list(entries) == list(ids):
            return {label: key for key, label in entries.items()}
    return {key: key for key in ids}


_EDITOR_ONLY = (
    re.compile(r"\s*Valeurs possibles : [^\n]*$"),  # the form lists them itself
    re.compile(r"\s*\(liste vide « \[\] » si aucune?\)"),  # YAML syntax
    re.compile(r",? entre guillemets"),
)


def _form_description(text: str) -> str:
    for pattern in _EDITOR_ONLY:
        text = pattern.sub("", text)
    return text.strip()


def _label(key: str, node: dict, parent: str | None) -> str:
    return node.get("title") or LABELS.get(key) or key.replace("_", " ").capitalize()


def fields(figures: dict[str, str] | None = None) -> list[Field]:
    """The questions of the form, in the schema's order. `figures`: id → title of the figure records."""
    schema = as_written_by("experience", "structure")  # the form is for sheets written by the structure itself
    found: list[Field] = []

    def visit(properties: dict, required: list[str], prefix: tuple, parent: str | None):
        for key, raw in properties.items():
            if not prefix and key in NOT_ASKED:
                continue
            node = _resolve(raw)
            path = prefix + (key,)
            label = _label(key, node, parent)
            description = _form_description(node.get("description", ""))
            is_required = key in required
            kind = node.get("type")
            if kind == "object":
                visit(node.get("properties", {}), node.get("required", []), path, label)
            elif kind == "boolean" or "const" in node:
                continue
            elif key == "departement":
                options = {departements.label(code): code for code in departements.departements()}
                found.append(Field(path, "dropdown", label, "Le département du siège de la structure.", is_required, options))
            elif "enum" in node:
                found.append(Field(path, "dropdown", label, description, is_required, _vocabulary_for(node["enum"])))
            elif kind == "array":
                items = _resolve(node.get("items", {}))
                if "enum" in items:
                    found.append(Field(path, "checkboxes", label, description, is_required, _vocabulary_for(items["enum"])))
                elif items.get("type") == "object" and key == "figures":
                    options = {title: figure_id for figure_id, title in (figures or {}).items()}
                    found.append(Field(path, "figures", label, description, False, options))
                    found.append(Field((FIGURE_REASON,), "textarea", "Pourquoi ces figures ?",
                                       _resolve(items.get("properties", {}).get("justification", {})).get("description", ""),
                                       False))
                elif items.get("type") == "string":
                    found.append(Field(path, "lines", label, description, is_required and node.get("minItems", 0) > 0))
            elif kind == "integer":
                found.append(Field(path, "integer", label, description, is_required))
            elif kind == "string":
                short = node.get("maxLength", 10**6) <= 200 or "format" in node or "pattern" in node and node["pattern"] != "\\S"
                found.append(Field(path, "input" if short else "textarea", label, description, is_required))

    visit(schema["properties"], schema.get("required", []), (), None)
    return found


def figure_titles(root: Path) -> dict[str, str]:
    from generator.load import load_file

    titles = {}
    for path in sorted((root / "figures").glob("*.yml")):
        record, _ = load_file(path, path.name, "figures")
        title = record.data.get("titre") if record is not None else None
        titles[path.stem] = title if isinstance(title, str) else path.stem
    return titles


# ---------------------------------------------------------------- the form


def form(figures: dict[str, str]) -> dict:
    body: list[dict] = [{
        "type": "markdown",
        "attributes": {"value": (
            "Merci de partager l'expérience de votre structure ! Remplissez les champs ci-dessous : à l'envoi, "
            "une vérification automatique relit la fiche et répond dans ce ticket. S'il y a quelque chose à corriger, "
            "modifiez le ticket (menu « … » puis « Edit ») : la vérification recommence.\n\n"
            "N'écrivez aucune donnée personnelle (nom d'usager, téléphone ou adresse e-mail d'une personne)."
        )},
    }]
    for question in fields(figures):
        element: dict = {"type": question.kind, "id": question.element_id}
        attributes: dict = {"label": question.label}
        if question.description:
            attributes["description"] = question.description
        if question.kind in ("input", "integer"):
            element["type"] = "input"
        elif question.kind in ("textarea", "lines"):
            element["type"] = "textarea"
            if question.kind == "lines" and "par ligne" not in question.description:
                attributes["description"] = (question.description + " Un élément par ligne.").strip()
        elif question.kind == "dropdown":
            attributes["options"] = list(question.options)
        elif question.kind in ("checkboxes", "figures"):
            element["type"] = "checkboxes"
            attributes["options"] = [{"label": label} for label in question.options]
            if question.kind == "figures":
                attributes["description"] = (
                    "Facultatif. Le manuel décrit 7 figures, 7 visages possibles du CCAS de 2050. Cocher une figure "
                    "veut dire : notre expérience montre déjà aujourd'hui un peu de ce CCAS de demain. "
                    "Expliquez pourquoi dans la question suivante."
                )
        element["attributes"] = attributes
        if question.required:
            element["validations"] = {"required": True}
        body.append(element)
    return {
        "name": "Proposer une fiche d'expérience",
        "description": "Partager l'expérience de votre CCAS ou CIAS, sans rien installer : elle deviendra une fiche du site.",
        "title": "Fiche : ",
        "labels": [LABEL],
        "body": body,
    }


def form_text(root: Path) -> str:
    header = (
        "# Généré par « fabrique formulaire » à partir de generator/schemas/experience.schema.json et des\n"
        "# vocabulaires : ne pas modifier à la main (tests/test_issue_form.py compare ce fichier à la commande).\n"
    )
    return header + yaml.safe_dump(form(figure_titles(root)), allow_unicode=True, sort_keys=False, width=100)


# ---------------------------------------------------------------- the way back


class BodyError(ValueError):
    """An issue body that cannot become a sheet; the message is for the contributor, in French."""


def sections(body: str) -> dict[str, str]:
    """« ### Label » headings → the text under each (GitHub's rendering of an issue form)."""
    found: dict[str, str] = {}
    current: str | None = None
    lines: list[str] = []
    for line in body.splitlines():
        if line.startswith("### "):
            if current is not None and current not in found:
                found[current] = "\n".join(lines).strip()
            current, lines = line[4:].strip(), []
        elif current is not None:
            lines.append(line)
    if current is not None and current not in found:
        found[current] = "\n".join(lines).strip()
    return found


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\ue000\ue001]")
_CHECKED = re.compile(r"^\s*-\s*\[[xX]\]\s*(.+?)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


def _answer(text: str | None) -> str:
    if text is None:
        return ""
    text = _CONTROL.sub("", text.replace("\r\n", "\n")).strip()
    return "" if text == NO_RESPONSE else text


def _integer(text: str):
    compact = re.sub(r"[\s\u00a0\u202f.€]|euros?", "", text, flags=re.IGNORECASE)
    return int(compact) if compact.isdigit() and len(compact) < 16 else text


def _set(data: dict, path: tuple, value) -> None:
    for key in path[:-1]:
        data = data.setdefault(key, {})
    data[path[-1]] = value


def to_record(body: str, figures: dict[str, str], taken: set[str], number: int, created: str) -> tuple[str, dict]:
    """(id, record) from an issue body. `taken`: the ids already used in experiences/."""
    from generator.scaffold import slugify

    if len(body.encode("utf-8", "surrogatepass")) > MAX_BODY:
        raise BodyError(
            f"le texte du ticket est trop long (plus de {MAX_BODY // 1024} Kio) : une fiche tient en quelques "
            "pages ; raccourcissez les réponses."
        )
    answers = sections(body)
    questions = fields(figures)
    if not any(question.label in answers for question in questions):
        raise BodyError(
            "ce ticket ne suit pas le formulaire « Proposer une fiche d'expérience » : aucune question du "
            "formulaire n'y figure. Ouvrez un nouveau ticket avec ce formulaire."
        )
    schema = load_schemas()["experience"]
    data: dict = {}
    reason = _answer(answers.get("Pourquoi ces figures ?"))
    for question in questions:
        text = _answer(answers.get(question.label))
        if question.path == (FIGURE_REASON,):
            continue
        if question.kind == "figures":
            chosen = [question.options.get(m[1], m[1]) for m in map(_CHECKED.match, text.splitlines()) if m]
            links = []
            for figure_id in chosen:
                link: dict = {"id": figure_id, "par": "structure"}  # the contributor's own reading of the project
                if reason:
                    link["justification"] = reason
                links.append(link)
            _set(data, question.path, links)
        elif question.kind == "checkboxes":
            _set(data, question.path, [question.options.get(m[1], m[1]) for m in map(_CHECKED.match, text.splitlines()) if m])
        elif question.kind == "lines":
            _set(data, question.path, [_BULLET.sub("", line).strip() for line in text.splitlines() if _BULLET.sub("", line).strip()])
        elif question.kind == "dropdown":
            if text or question.required:
                _set(data, question.path, question.options.get(text, text))
        elif question.kind == "integer":
            if text:
                _set(data, question.path, _integer(text))
        elif text or question.required:
            _set(data, question.path, text)
    title = data.get("titre") if isinstance(data.get("titre"), str) else ""
    record_id = slugify(title) or f"fiche-ticket-{number}"
    if record_id in taken:
        record_id = f"{record_id}-{number}"
    properties = schema["properties"]
    record = {"id": record_id}
    record["origine"] = "structure"  # a form is filled in by the structure itself
    record.update(data)
    record["publication"] = created
    ordered = {key: record[key] for key in properties if key in record}
    return record_id, ordered


def record_text(record: dict, number: int) -> str:
    header = (
        f"# Fiche proposée avec le formulaire, ticket #{number}. Pour la corriger, modifiez le ticket :\n"
        "# ce fichier est refait à chaque modification.\n"
    )
    return header + yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100)


def label_of(path: tuple, questions: list[Field]) -> str:
    """The form question that holds a data path (the longest matching question path)."""
    matching = [q for q in questions if tuple(path[: len(q.path)]) == q.path]
    return max(matching, key=lambda q: len(q.path)).label if matching else ""


def _where(record, line: int) -> tuple:
    """The deepest data path written on a line of the generated file."""
    paths = [path for table in (record.keys, record.values) for path, (at, _) in table.items() if at == line]
    return max(paths, key=len) if paths else ()


def _plain(text: str) -> str:
    """Text of a message shown in a GitHub comment: no mention, no HTML, no markdown link syntax."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("@", "@\u200b").replace("[", "\\[").replace("`", "'"))


def convert(project, body: str, number: int, created: str) -> tuple[Path | None, list, str]:
    """Write experiences/<id>.yml from an issue body and check it: (file, problems, comment in French)."""
    from generator.check import check_project
    from generator.load import load_text

    figures = figure_titles(project.root)
    folder = project.root / "experiences"
    taken = {path.stem for path in folder.glob("*.yml")} if folder.is_dir() else set()
    try:
        record_id, record = to_record(body, figures, taken, number, created)
    except BodyError as error:
        return None, [], f"La fiche n'a pas pu être préparée : {error}"
    target = folder / f"{record_id}.yml"
    text = record_text(record, number)
    from generator.write import write_atomic

    write_atomic(target, text.encode("utf-8"))
    _, problems = check_project(project, [target])
    loaded, _ = load_text(text.encode("utf-8"), project.shown(target), "experiences")
    questions = fields(figures)
    lines = []
    for problem in problems:
        label = label_of(_where(loaded, problem.line), questions) if loaded is not None else ""
        prefix = "avertissement : " if problem.level != "error" else ""
        lines.append(f"- **{label or 'Fiche'}** : {prefix}{_plain(problem.message)}")
    errors = [p for p in problems if p.level == "error"]
    if errors:
        comment = (
            f"Merci pour cette fiche ! La vérification a trouvé {len(errors)} point{'s' if len(errors) > 1 else ''} "
            "à corriger. Modifiez le ticket (menu « … » en haut à droite, puis « Edit ») et corrigez les réponses "
            "ci-dessous : la vérification recommence à chaque modification.\n\n" + "\n".join(lines)
        )
    else:
        comment = (
            f"Merci pour cette fiche ! La vérification n'a rien trouvé à corriger : la fiche « {record_id} » est "
            "proposée à l'équipe dans une demande de fusion, qui sera relue avant publication."
            + ("\n\n" + "\n".join(lines) if lines else "")
        )
    return target, problems, comment


MAX_EVENT = 4 * 1024 * 1024


def read_issue(event: Path | None, body_file: Path | None, number: int | None) -> tuple[str, int, str]:
    """(body, number, creation date) from GitHub's event file, or from a body file and a number."""
    import json

    import click

    def read(path: Path, limit: int) -> str:
        try:
            with open(path, "rb") as stream:
                raw = stream.read(limit + 1)
        except OSError as error:
            raise click.ClickException(f"lecture impossible de « {path} » : {error.strerror}.") from None
        if len(raw) > limit:
            return "\0" * (MAX_BODY + 1)  # too long: to_record tells it in French
        return raw.decode("utf-8", errors="replace")

    if event is not None:
        try:
            issue = json.loads(read(event, MAX_EVENT))["issue"]
            body, number = issue.get("body") or "", int(issue["number"])
            created = str(issue.get("created_at") or "")[:10]
        except (ValueError, KeyError, TypeError):
            raise click.ClickException(f"« {event} » n'est pas un événement de ticket GitHub.") from None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", created):
            created = datetime.date.today().isoformat()
        return body, number, created
    if body_file is None or number is None:
        raise click.UsageError("indiquez --evenement, ou bien --corps et --numero.")
    return read(body_file, MAX_BODY), number, datetime.date.today().isoformat()
