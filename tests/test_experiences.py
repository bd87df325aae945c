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
    "figures: []": "figures:\n  - id: radar\n    editorial: true\n    justification: \"Le café repère des aidants épuisés.\"",
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


def test_new_sheet_filled_passes_and_appears_everywhere(tmp_path):
    project = tmp_path / "projet"
    shutil.copytree(SAMPLES, project)
    shutil.rmtree(project / "experiences", ignore_errors=True)
    created = fabrique("--racine", str(project), "new", "experience", "Le café des aidants", check=True)
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
    catalogue = read_catalogue_data((docs / "experiences" / "catalogue-data.js").read_text(encoding="utf-8"))
    assert [f["id"] for f in catalogue["fiches"]] == ["le-cafe-des-aidants"]
    assert catalogue["fiches"][0]["departement"] == "42"
    figure = (docs / "figures" / "radar.md").read_text(encoding="utf-8")
    assert "[Le café des aidants](../experiences/le-cafe-des-aidants.md)" in figure


def test_sheet_with_five_mistakes_gets_five_messages(tmp_path):
    project = tmp_path / "projet"
    shutil.copytree(SAMPLES, project)
    sheet = project / "experiences" / "cinq-erreurs.yml"
    source = (ROOT / "experiences" / "sarcelles-ville-laboratoire.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(source)
    data["id"] = "cinq-erreurs"
    data["figures"] = [{"id": "radar", "editorial": False, "justification": "x" * 3}]
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    text = text.replace("statut: ", "statu: ", 1)  # 1. misspelt key
    text = re.sub(r"departement: '?\d+'?", "departement: '975'", text)  # 2. no such département
    text = re.sub(r"debut: '[0-9-]+'", "debut: '2021-02-30'", text)  # 3. a date that does not exist
    text = re.sub(r"(themes:\n)- \S+", r"\1- isolemnt", text)  # 4. misspelt theme
    text = re.sub(r"(\nfigures:\n- id: )radar", r"\1radr", text)  # 5. unknown figure
    sheet.write_text(text, encoding="utf-8")
    result = fabrique("--racine", str(project), "check", str(sheet))
    lines = [line for line in result.stdout.splitlines() if "cinq-erreurs.yml:" in line]
    assert len(lines) == 5, result.stdout
    joined = "\n".join(lines)
    assert "champ « statu » inconnu. Vouliez-vous dire « statut » ?" in joined
    assert "« structure, departement » a une forme inattendue" in joined
    assert "« dates, debut » doit être une date qui existe" in joined
    assert "Vouliez-vous dire « isolement » ?" in joined
    assert "renvoie à la figure « radr »" in joined
    assert all(re.match(r".*cinq-erreurs\.yml:\d+:\d+: ", line) for line in lines)


def test_related_sheets_on_sheet_and_scenario_pages(tmp_path):
    from conftest import copy_project

    project = copy_project(tmp_path / "projet")
    fabrique("--racine", str(project), "generate", check=True)
    docs = project / "docs"
    sheet = (docs / "experiences" / "sarcelles-ville-laboratoire.md").read_text(encoding="utf-8")
    related = sheet.split("## Fiches proches", 1)[1].split("---", 1)[0]
    # shares the radar figure, « isolement » and « personnes isolées » with the veilleurs sheet
    assert related.strip().startswith("- [Exemple : un réseau de veilleurs de quartier](../experiences/exemple-veilleurs-de-quartier.md)")
    assert "sarcelles-ville-laboratoire.md" not in related
    scenario = (docs / "scenarios" / "les-referents-de-proximite.md").read_text(encoding="utf-8")
    assert "## Fiches proches" in scenario
    assert "exemple-veilleurs-de-quartier.md" in scenario.split("## Fiches proches", 1)[1]
