"""Synthetic experience sheets for benchmarks: valid against the schema, varied metadata, 600–900 words
per sheet. Written into a folder of the caller's choice — never into the repository's experiences/,
never published.

Two kinds of text (`text=`):
- "vocabulaire" (default, bench/run.py): sentences drawn from a vocabulary of about a hundred words.
  Every word is then in nearly every sheet: a worst case for a search index.
- "reel" (bench/search_bytes.py): sentences drawn from the real sheets (experiences/*.yml), each sheet
  mixing sentences of many real sheets, the real towns' names replaced by varied made-up town names,
  so that the vocabulary and word frequencies look like those of real sheets."""
from __future__ import annotations

import functools
import random
import re
from pathlib import Path

import yaml

from generator.vocabularies import experience_vocabulary

FIGURES = ["programmateur-convivialites", "developpeur-potentialites", "radar", "co-organisateur-lieux",
           "coordinateur-energies", "avocat-social", "formateur-vivre-ensemble"]
DEPARTEMENTS = [f"{n:02d}" for n in range(1, 96) if n != 20] + ["2A", "2B", "971", "972", "973", "974", "976"]
WORDS = (
    "accompagnement habitants quartier isolement seniors familles jeunes aidants partenaires association "
    "mairie commune territoire accueil droits logement santé alimentation mobilité numérique insertion "
    "emploi solidarité bénévoles convivialité café rencontre atelier formation veille repérage visite "
    "domicile permanence réseau élus agents travailleurs sociaux diagnostic besoins analyse évaluation "
    "projet financement subvention département caisse conférence prévention autonomie handicap enfance "
    "parentalité précarité pauvreté énergie transport épicerie jardin partagé colocation intergénérationnel "
    "médiation participation citoyenneté conseil comité usagers enquête questionnaire résultats bilan"
).split()
HEADER = "# yaml-language-server: $schema=../generator/schemas/experience.schema.json\n"
CONNECTORS = ["afin de", "grâce à", "avec", "pour", "auprès des", "dans le cadre de", "en lien avec", "malgré"]


def sentence(rng: random.Random, words: int) -> str:
    parts = [rng.choice(WORDS) for _ in range(words)]
    parts.insert(rng.randrange(1, words), rng.choice(CONNECTORS))
    text = " ".join(parts)
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(sentences))


ROOT = Path(__file__).resolve().parent.parent
TEXT_FIELDS = ("chapo", "contexte", "description", "resultats", "difficultes", "perspectives")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«A-ZÀ-Ý0-9])")
# made-up town names: 40 × 30 × (1 + 16) ≈ 20 000 names, like the many small towns of real sheets
TOWN_STARTS = ("Bel", "Mont", "Saint-Ger", "Beau", "Ville", "Roche", "Font", "Cham", "Mar", "Pont", "Val",
               "Châte", "Bour", "Neu", "Ro", "La", "Ber", "Cler", "Ange", "Vi", "Tour", "Sau", "Mor", "Bri",
               "Lan", "Gre", "Ca", "Du", "Li", "Per", "Sé", "Av", "Quim", "Ver", "Plou", "Ker", "Es", "Ar",
               "Al", "Or")
TOWN_ENDS = ("ville", "court", "mont", "ac", "an", "ay", "y", "ières", "ange", "heim", "bourg", "lieu",
             "val", "gny", "sac", "zac", "ec", "on", "oux", "eau", "ignan", "elle", "ot", "ès", "aix",
             "euil", "anne", "ois", "ard", "enne")
RIVERS = ("", "-sur-Loire", "-sur-Seine", "-sur-Marne", "-sur-Garonne", "-les-Bains", "-en-Brie", "-le-Château",
          "-sur-Mer", "-la-Forêt", "-sur-Rhône", "-en-Vexin", "-sur-Lot", "-le-Grand", "-le-Petit", "-sur-Oise",
          "-en-Forez")


@functools.cache
def real_text() -> dict:
    """Sentences and titles of the real sheets, their towns' names replaced by a marker."""
    sentences: list[str] = []
    items: list[str] = []
    titles: list[str] = []
    partners: list[str] = []
    records: list[dict] = []
    for path in sorted((ROOT / "experiences").glob("*.yml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        records.append(record)
        structure = record.get("structure") or {}
        names = sorted({n for n in (structure.get("commune"), structure.get("nom")) if n}, key=len, reverse=True)

        def anonymous(text: str) -> str:
            for name in names:
                text = text.replace(name, "{ville}" if name == structure.get("commune") else "{structure}")
            return " ".join(text.split())

        titles.append(anonymous(record["titre"]))
        for field in TEXT_FIELDS:
            sentences += [anonymous(s) for s in sentences_of(record.get(field))]
        for field in ("objectifs", "enseignements"):
            items += [anonymous(str(i)) for i in record.get(field) or []]
        moyens = record.get("moyens") or {}
        sentences += [anonymous(str(moyens[k])) for k in ("humains", "financiers") if moyens.get(k)]
        partners += [str(p) for p in record.get("partenaires") or [] if not any(n in str(p) for n in names)]
    return {"sentences": sentences, "items": items or sentences, "titles": titles, "partners": partners, "records": records}


def town(rng: random.Random) -> str:
    return rng.choice(TOWN_STARTS) + rng.choice(TOWN_ENDS) + rng.choice(RIVERS)


def sheet(index: int, seed: int = 0, text: str = "vocabulaire") -> dict:
    """One sheet written by its structure (« origine: structure »): every section of the schema."""
    if text == "reel":
        return real_sheet(index, seed)
    rng = random.Random(seed * 1_000_003 + index)
    vocab = experience_vocabulary()
    year = rng.randint(2012, 2024)
    figures = rng.sample(FIGURES, rng.randint(0, 2))
    dates = {"debut": f"{year}-{rng.randint(1, 12):02d}"}
    if rng.random() < 0.3:
        dates["fin"] = str(year + rng.randint(1, 3))
    record = {
        "id": f"synthetique-{index:05d}",
        "titre": f"Expérience {index} : " + sentence(rng, 5)[:-1],
        "origine": "structure",
        "chapo": paragraph(rng, 2)[:390],
        "structure": {
            "type": rng.choice(list(vocab["types_structure"])),
            "nom": f"CCAS de Commune-{index}",
            "commune": f"Commune-{index}",
            "departement": rng.choice(DEPARTEMENTS),
            "population": rng.choice(list(vocab["populations"])),
        },
        "themes": rng.sample(list(vocab["themes"]), rng.randint(1, 3)),
        "publics": rng.sample(list(vocab["publics"]), rng.randint(1, 3)),
        "figures": [{"id": f, "par": rng.choice(["structure", "redaction"]), "justification": sentence(rng, 10)}
                    for f in figures],
        "statut": rng.choice(list(vocab["statuts"])),
        "dates": dates,
        "contexte": paragraph(rng, 6),
        "objectifs": [sentence(rng, 10) for _ in range(3)],
        "description": paragraph(rng, 10) + "\n\n" + paragraph(rng, 8),
        "moyens": {"humains": paragraph(rng, 2), "financiers": paragraph(rng, 2), "budget": rng.randint(1, 200) * 1000},
        "partenaires": [f"Association {rng.choice(WORDS)}" for _ in range(rng.randint(0, 4))],
        "resultats": paragraph(rng, 6),
        "difficultes": paragraph(rng, 4),
        "enseignements": [sentence(rng, 14) for _ in range(4)],
        "perspectives": paragraph(rng, 3),
        "contact": {"service": "Direction de l'action sociale", "adresse": f"1 place de la Mairie, Commune-{index}"},
        "licence": rng.choice(list(vocab["licences"])),
        "publication": f"{year + 1}-01-15",
    }
    return record


def sentences_of(text) -> list[str]:
    return [s for block in str(text or "").split("\n\n") for s in SENTENCE_END.split(block.strip()) if len(s.split()) >= 4]


def real_sheet(index: int, seed: int = 0) -> dict:
    """The sheet's metadata, its text drawn from the real sheets (see real_text): one real sheet, drawn
    at random, gives how many sentences each section has (real sheets are shorter than the
    "vocabulaire" ones: about 300 words); the sentences themselves come from any real sheet."""
    record = sheet(index, seed)
    rng = random.Random(seed * 1_000_003 + index + 7)
    real = real_text()
    model = rng.choice(real["records"])
    commune = town(rng)
    structure = record["structure"]["nom"].replace(f"Commune-{index}", commune)

    def fill(line: str) -> str:
        return line.replace("{ville}", commune).replace("{structure}", structure)

    def paragraph(count: int) -> str:
        return " ".join(fill(s) for s in rng.sample(real["sentences"], max(1, count)))

    def chapo() -> str:
        text = ""
        for sentence in rng.sample(real["sentences"], 6):
            if len(text) + len(sentence) + 60 > 390:
                break
            text = (text + " " + fill(sentence)).strip()
        return text or f"À {commune}, une action du CCAS auprès des habitants."

    record["titre"] = fill(rng.choice(real["titles"]))
    record["chapo"] = chapo()
    record["structure"]["nom"] = structure
    record["structure"]["commune"] = commune
    for figure in record["figures"]:
        figure["justification"] = fill(rng.choice(real["sentences"]))
    # a sheet written by its structure has every section: one sentence at least where the model has none
    for field in ("contexte", "description", "resultats", "difficultes", "perspectives"):
        record[field] = paragraph(len(sentences_of(model.get(field))))
    for field in ("objectifs", "enseignements"):
        record[field] = [fill(i) for i in rng.sample(real["items"], max(1, len(model.get(field) or [])))]
    record["moyens"] = {**record["moyens"], "humains": paragraph(1), "financiers": paragraph(1)}
    record["partenaires"] = rng.sample(real["partners"], len(model.get("partenaires") or []))
    record["contact"]["adresse"] = f"1 place de la Mairie, {commune}"
    return record


def write_sheets(folder: Path, count: int, seed: int = 0, text: str = "vocabulaire") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        record = sheet(index, seed, text)
        path = folder / f"{record['id']}.yml"
        body = HEADER + yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100)
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths
