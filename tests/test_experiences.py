"""Experience sheets: scaffold → fill → check → pages, catalogue and figure pages."""
from __future__ import annotations

import re
import shutil

import yaml

from generator.side_pages import read_catalogue_data
from conftest import ROOT, SAMPLES, fabrique
from generator.schema import load_schemas
from generator.vocabularies import experience_vocabulary

FILLED = {
    'chapo: ""': 'chapo: "Un café mensuel où les aidants se retrouvent pour souffler et s\'informer."',
    'nom: ""': 'nom: "CCAS de Villeneuve-Exemple"',
    'commune: ""': 'commune: "Villeneuve-Exemple"',
    'departement: ""': 'departement: "42"',
    'contexte: ""': 'contexte: "Les aidants familiaux disaient manquer de temps pour eux."',
    '  - ""\ndescription': '  - "Rompre l\'isolement des aidants."\ndescription',
    'description: ""': 'description: "Un café par mois, animé par une psychologue et une bénévole."',
    'humains: ""': 'humains: "Une animatrice à mi-temps."',
    'financiers: ""': 'financiers: "Budget du CCAS."',
    'resultats: ""': 'resultats: "Trente aidants réguliers la première année."',
    'difficultes: ""': 'difficultes: "Trouver un horaire qui convienne à tous."',
    '  - ""\nperspectives': '  - "Aller chercher les aidants là où ils sont."\nperspectives',
    'perspectives: ""': 'perspectives: "Ouvrir un second café."',
    'service: ""': 'service: "Pôle seniors"',
    'adresse: ""': 'adresse: "1 place de la Mairie, 42000 Villeneuve-Exemple"',
    'debut: ""': 'debut: "2021-09-01"',
    "figures: []": "figures:\n  - id: radar\n    par: structure\n    justification: \"Le café repère des aidants épuisés.\"",
}


def test_vocabulary_and_schema_agree():
    vocab = experience_vocabulary()
    props = load_schemas()["experience"]["properties"]
    assert props["themes"]["items"]["enum"] == list(vocab["themes"])
    assert props["publics"]["items"]["enum"] == list(vocab["publics"])
    assert props["statut"]["enum"] == list(vocab["statuts"])
    assert props["structure"]["properties"]["population"]["enum"] == list(vocab["populations"])
    assert props["structure"]["properties"]["type"]["enum"] == list(vocab["types_structure"])
    assert props["licence"]["enum"] == list(vocab["licences"])
    assert props["origine"]["enum"] == list(vocab["origines"])
    assert load_schemas()["_common"]["$defs"]["lien_figure"]["properties"]["par"]["enum"] == list(vocab["liens_par"])


def test_departement_pattern_accepts_exactly_the_real_departements():
    from generator.departements import departements

    pattern = re.compile(load_schemas()["experience"]["properties"]["structure"]["properties"]["departement"]["pattern"])
    every_code = {f"{n:02d}" for n in range(0, 100)} | {f"{n}" for n in range(100, 1000)} | {"2A", "2B", "2C"}
    assert {code for code in every_code if pattern.match(code)} == set(departements())
    assert len(departements()) == 101 and "20" not in departements()


def catalogue_data(docs) -> dict:
    """The catalogue's data, as the page's script receives it."""
    return read_catalogue_data((docs / "experiences" / "catalogue-donnees.js").read_text(encoding="utf-8"))


def test_new_sheet_filled_passes_and_appears_everywhere(tmp_path):
    project = tmp_path / "projet"
    shutil.copytree(SAMPLES, project)
    shutil.rmtree(project / "experiences", ignore_errors=True)
    created = fabrique("--racine", str(project), "new", "fiche", "Le café des aidants", check=True)
    assert "Fiche créée : experiences/le-cafe-des-aidants.yml" in created.stdout
    sheet = project / "experiences" / "le-cafe-des-aidants.yml"
    text = sheet.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=")
    unfilled = fabrique("--racine", str(project), "check")
    assert unfilled.returncode == 1
    assert 'experiences/le-cafe-des-aidants.yml:9:8: « chapo » est vide : écrivez le texte attendu.' in unfilled.stdout
    for old, new in FILLED.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    sheet.write_text(text, encoding="utf-8")
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 0, result.stdout
    fabrique("--racine", str(project), "generate", check=True)
    docs = project / "docs"
    page = (docs / "experiences" / "le-cafe-des-aidants.md").read_text(encoding="utf-8")
    assert "# Le café des aidants" in page and "## Enseignements" in page
    assert "[Le CCAS radar](../figures/radar.md)" in page
    catalogue = catalogue_data(docs)
    assert [f["id"] for f in catalogue["fiches"]] == ["le-cafe-des-aidants"]
    assert catalogue["fiches"][0]["departement"] == "42"
    figure = (docs / "figures" / "radar.md").read_text(encoding="utf-8")
    assert "[Le café des aidants](../experiences/le-cafe-des-aidants.md) — CCAS de Villeneuve-Exemple, Loire (42)" in figure
    assert "*rapprochement proposé par la structure* : Le café repère des aidants épuisés." in figure
    assert "!!! note \"Fiche rédigée par la structure\"" in page


def test_sheet_with_five_mistakes_gets_five_messages(tmp_path):
    project = tmp_path / "projet"
    shutil.copytree(SAMPLES, project)
    sheet = project / "experiences" / "cinq-erreurs.yml"
    source = (ROOT / "experiences" / "sarcelles-ville-laboratoire.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(source)
    data["id"] = "cinq-erreurs"
    data["figures"] = [{"id": "radar", "par": "redaction", "justification": "x" * 3}]
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    text = text.replace("statut: ", "statu: ", 1)  # 1. misspelt key
    text = re.sub(r"departement: '?\d+'?", "departement: '975'", text)  # 2. no such département
    text = re.sub(r"debut: '?[0-9-]+'?", "debut: '2021-02-30'", text)  # 3. a date that does not exist
    text = re.sub(r"(themes:\n)- \S+", r"\1- bien-vieilir", text)  # 4. misspelt theme
    text = re.sub(r"(\nfigures:\n- id: )radar", r"\1radr", text)  # 5. unknown figure
    sheet.write_text(text, encoding="utf-8")
    result = fabrique("--racine", str(project), "check", str(sheet))
    lines = [line for line in result.stdout.splitlines() if "cinq-erreurs.yml:" in line]
    assert len(lines) == 5, result.stdout
    joined = "\n".join(lines)
    assert "champ « statu » inconnu. Vouliez-vous dire « statut » ?" in joined
    assert "« structure, departement » vaut « 975 », qui n'est pas un département : Saint-Pierre-et-Miquelon" in joined
    assert "« dates, debut » doit être une date qui existe" in joined
    assert "Vouliez-vous dire « bien-vieillir » ?" in joined
    assert "renvoie à la figure « radr »" in joined
    assert all(re.match(r".*cinq-erreurs\.yml:\d+:\d+: ", line) for line in lines)




def test_model_for_the_web_editor_is_what_fabrique_new_writes():
    """modeles/fiche-experience.yml is copied by contributors who do not use the command line."""
    import os

    from generator.project import Project
    from generator.scaffold import MODEL, model_text

    expected = model_text(Project.at(ROOT))
    if os.environ.get("UPDATE_GOLDEN"):
        (ROOT / MODEL).write_text(expected, encoding="utf-8")
    assert (ROOT / MODEL).read_text(encoding="utf-8") == expected, "relancez avec UPDATE_GOLDEN=1"
