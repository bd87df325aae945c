"""Synthetic experience sheets for benchmarks: valid against the schema, varied metadata, realistic
French text (600–900 words per sheet). Written into a folder of the caller's choice — never into the
repository's experiences/, never published."""
from __future__ import annotations

import random
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


def sheet(index: int, seed: int = 0) -> dict:
    """One sheet written by its structure (« origine: structure »): every section of the schema."""
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


def write_sheets(folder: Path, count: int, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        record = sheet(index, seed)
        path = folder / f"{record['id']}.yml"
        text = HEADER + yaml.safe_dump(record, allow_unicode=True, sort_keys=False, width=100)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
