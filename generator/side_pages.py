"""Generated pages beyond one page per record: the experience catalogue and its data.

The data goes into a script file (`catalogue-donnees.js`, a global set by a <script> tag), not a
JSON file fetched at run time, so the catalogue works from a server and from disk (file://) alike.
"""
from __future__ import annotations

import json

from generator.corpus import Corpus
from generator.link import Links
from generator.render import render_template
from generator.departements import label as departement_label
from generator.vocabularies import experience_vocabulary

DATA_FILE = "catalogue-donnees.js"


def _year(value) -> int | None:
    return int(value[:4]) if isinstance(value, str) and value[:4].isdigit() else None


CATALOGUE_DATA = f"experiences/{DATA_FILE}"
CATALOGUE_GLOBAL = "window.FABRIQUE_CATALOGUE"


def read_catalogue_data(text: str) -> dict:
    """The data back from the script's text (for tests and tools)."""
    prefix = f"{CATALOGUE_GLOBAL} = "
    if not text.startswith(prefix) or not text.rstrip().endswith(";"):
        raise ValueError("not a catalogue data script")
    return json.loads(text[len(prefix):].rstrip().rstrip(";"))


def catalogue_entries(corpus: Corpus) -> list[dict]:
    """What the catalogue script needs of each sheet, nothing more."""
    entries = []
    for fiche in sorted(corpus.of("experience"), key=lambda f: (f["titre"].casefold(), f["id"])):
        structure = fiche["structure"]
        source = fiche.get("source", {})
        entries.append(
            {
                "id": fiche["id"],
                "titre": fiche["titre"],
                "chapo": fiche["chapo"],
                "origine": fiche["origine"],
                "structure": structure.get("nom", ""),
                "type": structure["type"],
                "commune": structure.get("commune", ""),
                "departement": structure.get("departement", ""),
                "population": structure.get("population", ""),
                "themes": fiche["themes"],
                "publics": fiche.get("publics", []),
                "figures": [lien["id"] for lien in fiche.get("figures", [])],
                "statut": fiche.get("statut", ""),
                "annee": _year(fiche.get("dates", {}).get("debut")),
                "publiee": _year(source.get("publie_le") or fiche.get("publication")),
            }
        )
    return entries


def _present(entries: list[dict], field: str) -> set:
    values = set()
    for entry in entries:
        value = entry[field]
        values.update(value if isinstance(value, list) else [value])
    values.discard("")
    values.discard(None)
    return values


def catalogue_filters(corpus: Corpus, entries: list[dict]) -> list[dict]:
    """The filters, each offering only the values that some sheet has (a choice never gives nothing)."""
    vocab = experience_vocabulary()
    figures = {f["id"]: f["titre"] for f in corpus.of("figure")}

    def options(field: str, labels: list[tuple[str, str]]) -> list[tuple[str, str]]:
        present = _present(entries, field)
        return [(value, label) for value, label in labels if value in present]

    departements = sorted(_present(entries, "departement"), key=lambda code: (len(code) > 2, code))
    filters = [
        {"id": "theme", "champ": "themes", "label": "Thème", "options": options("themes", list(vocab["themes"].items()))},
        {"id": "departement", "champ": "departement", "label": "Département",
         "options": [(code, departement_label(code)) for code in departements]},
        {"id": "public", "champ": "publics", "label": "Public", "options": options("publics", list(vocab["publics"].items()))},
        {"id": "figure", "champ": "figures", "label": "Figure du CCAS de 2050",
         "options": options("figures", sorted(figures.items(), key=lambda item: item[1]))},
        {"id": "type", "champ": "type", "label": "Structure", "options": options("type", list(vocab["types_structure"].items()))},
        {"id": "origine", "champ": "origine", "label": "Rédigée par",
         "options": options("origine", [("structure", "La structure"), ("unccas", "Le projet, d'après unccas.org")])},
    ]
    return [f for f in filters if f["options"]]


def entry_details(entry: dict) -> str:
    """« CCAS de Langoiran · Gironde (33) · depuis 2004 », as the script writes it too."""
    parts = [entry["structure"] or ("CIAS" if entry["type"] == "cias" else "CCAS" if entry["type"] == "ccas" else "")]
    if entry["departement"]:
        parts.append(departement_label(entry["departement"]))
    elif entry["commune"]:
        parts.append(entry["commune"])
    if entry["annee"]:
        parts.append(f"depuis {entry['annee']}")
    elif entry["publiee"]:
        parts.append(f"fiche de {entry['publiee']}")
    return " · ".join(part for part in parts if part)


def side_pages(corpus: Corpus, links: Links) -> dict[str, str]:
    entries = catalogue_entries(corpus)
    vocab = experience_vocabulary()
    labels = {"themes": vocab["themes"], "departements": {code: departement_label(code) for code in _present(entries, "departement")}}
    data = json.dumps({"fiches": entries, "libelles": labels}, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # « </ » cannot close the script element, whatever a sheet's text holds
    script = "window.FABRIQUE_CATALOGUE = " + data.replace("</", "<\\/") + ";\n"
    return {
        "experiences/index.md": render_template(
            "experiences_index.md.j2", entries=entries, filters=catalogue_filters(corpus, entries),
            details=entry_details, theme_labels=vocab["themes"], data_file=DATA_FILE,
        ),
        f"experiences/{DATA_FILE}": script,
    }
