"""Generated pages beyond one page per record: the experience catalogue and its data.

The catalogue's data is a script that sets a global (`window.FABRIQUE_CATALOGUE`), loaded by a
<script> tag: it works from a server and from disk (file://), where `fetch` of a local file fails."""
from __future__ import annotations

import json

from generator.corpus import Corpus
from generator.link import Links
from generator.render import render_template
from generator.vocabularies import experience_vocabulary


CATALOGUE_DATA = "experiences/catalogue-data.js"
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
    for fiche in sorted(corpus.of("experience"), key=lambda f: f["titre"].casefold()):
        entries.append(
            {
                "id": fiche["id"],
                "titre": fiche["titre"],
                "chapo": fiche["chapo"],
                "exemple": fiche["exemple"],
                "structure": fiche["structure"]["nom"],
                "type": fiche["structure"]["type"],
                "commune": fiche["structure"]["commune"],
                "departement": fiche["structure"]["departement"],
                "population": fiche["structure"]["population"],
                "themes": fiche["themes"],
                "publics": fiche["publics"],
                "figures": [lien["id"] for lien in fiche["figures"]],
                "statut": fiche["statut"],
                "annee": int(fiche["dates"]["debut"][:4]),
            }
        )
    return entries


def catalogue_filters(corpus: Corpus, entries: list[dict]) -> list[dict]:
    vocab = experience_vocabulary()
    figures = {f["id"]: f["titre"] for f in corpus.of("figure")}
    departements = sorted({e["departement"] for e in entries})
    years = sorted({e["annee"] for e in entries}, reverse=True)
    return [
        {"id": "theme", "champ": "themes", "label": "Thème", "options": list(vocab["themes"].items())},
        {"id": "public", "champ": "publics", "label": "Public", "options": list(vocab["publics"].items())},
        {"id": "type", "champ": "type", "label": "Type de structure", "options": list(vocab["types_structure"].items())},
        {"id": "population", "champ": "population", "label": "Population", "options": list(vocab["populations"].items())},
        {"id": "departement", "champ": "departement", "label": "Département", "options": [(d, d) for d in departements]},
        {"id": "figure", "champ": "figures", "label": "Figure", "options": sorted(figures.items(), key=lambda item: item[1])},
        {"id": "statut", "champ": "statut", "label": "Statut", "options": list(vocab["statuts"].items())},
        {"id": "annee", "champ": "annee", "label": "Année de début", "options": [(str(y), str(y)) for y in years]},
    ]


def side_pages(corpus: Corpus, links: Links) -> dict[str, str]:
    entries = catalogue_entries(corpus)
    data = json.dumps({"fiches": entries}, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # "</" never closes anything in a separate script file, but escaping it keeps the file safe to inline
    data = data.replace("</", "<\\/")
    return {
        "experiences/index.md": render_template(
            "experiences_index.md.j2", entries=entries, filters=catalogue_filters(corpus, entries)
        ),
        CATALOGUE_DATA: f"{CATALOGUE_GLOBAL} = {data};\n",
    }
