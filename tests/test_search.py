"""`fabrique search`: Whoosh with a French analyser, facets, filters, JSON, incremental index."""
from __future__ import annotations

import shutil

import json

from conftest import ROOT, copy_project, fabrique


def search(project, *args) -> tuple[dict, str]:
    result = fabrique("--racine", str(project), "search", *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def test_queries_from_the_handbook(tmp_path):
    project = copy_project(tmp_path / "projet")
    cases = {
        "colocation": "maison-universelle",
        "THEMIS": "radar",
        "hospitalisation": "tournee-sociale",
        "ULUX": "les-bienveilleurs",
        "nutrimètre": "taxe-produits-ultra-transformes",
        "cirque": "programmateur-convivialites",
        "Sarcelles": "sarcelles-ville-laboratoire",
    }
    for query, expected in cases.items():
        answer, _ = search(project, query)
        assert answer["resultats"][0]["id"] == expected, (query, answer["resultats"][:3])
    answer, _ = search(project, "café")
    top = [r["id"] for r in answer["resultats"][:4]]
    assert "programmateur-convivialites" in top and "ccas-bar" in top


def test_json_shape_facets_and_highlight(tmp_path):
    project = copy_project(tmp_path / "projet")
    answer, _ = search(project, "veilleur")
    assert list(answer) == ["requete", "total", "resultats", "facettes"]
    first = answer["resultats"][0]
    assert set(first) == {"id", "type", "titre", "score", "extrait", "mots_trouves"}
    assert "veilleur" in first["extrait"] and "*" not in first["extrait"]
    assert any(word.startswith("veilleur") for word in first["mots_trouves"])
    assert answer["facettes"]["type"] == {"experience": 1, "figure": 1, "scenario": 1}
    assert "logement-hebergement" in answer["facettes"]["theme"]  # the sheet's own La Fabrique tag


def test_filters(tmp_path):
    project = copy_project(tmp_path / "projet")
    answer, _ = search(project, "isolement", "--type", "experience")
    assert answer["resultats"] and {r["type"] for r in answer["resultats"]} == {"experience"}
    for name in ("fiche", "Fiche", "fiches"):  # results are labelled « fiche »: the filter takes that name
        assert search(project, "isolement", "--type", name)[0] == answer
    for name in ("scénario", "scenario"):
        named, _ = search(project, "café", "--type", name)
        assert named["resultats"] and {r["type"] for r in named["resultats"]} == {"scenario"}
    answer, _ = search(project, "repérage", "--departement", "95")
    assert [r["id"] for r in answer["resultats"]] == ["sarcelles-ville-laboratoire"]
    answer, _ = search(project, "café", "--figure", "programmateur-convivialites", "--type", "scenario")
    assert [r["id"] for r in answer["resultats"]][:1] == ["ccas-bar"]
    answer, _ = search(project, "accueil", "--theme", "justices-sociales", "--limit", "1")
    assert len(answer["resultats"]) == 1 and answer["resultats"][0]["type"] == "scenario"


def test_stop_words_and_elisions_do_not_empty_a_query(tmp_path):
    project = copy_project(tmp_path / "projet")
    plain, _ = search(project, "isolement personnes âgées")
    with_stop_words, _ = search(project, "l'isolement des personnes âgées")
    assert with_stop_words["total"] == plain["total"] > 0
    curly, _ = search(project, "l’isolement", "--theme", "bien-vieillir")
    assert curly["total"] > 0
    assert curly["resultats"][0]["id"] == "service-de-lien-social-en-faveur-des-seniors-isoles"


def test_terminal_output_has_no_markdown_and_no_score(tmp_path):
    project = copy_project(tmp_path / "projet")
    result = fabrique("--racine", str(project), "search", "veilleur")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("3 résultats pour « veilleur »")
    assert "**" not in result.stdout and "score" not in result.stdout and "\ue000" not in result.stdout
    assert any(line.startswith("1. [figure] Le CCAS radar") for line in lines)


def test_a_changed_sheet_reindexes_alone(tmp_path):
    project = copy_project(tmp_path / "projet")
    shutil.copy(ROOT / "tests" / "fixtures" / "exemple-cafe-des-aidants.yml", project / "experiences")
    _, first = search(project, "café")
    assert "0 inchangée" in first
    _, second = search(project, "café")
    assert second.startswith("Index de recherche : 0 fiche (ré)indexée, 0 retirée,")
    sheet = project / "experiences" / "exemple-cafe-des-aidants.yml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("trente kilomètres", "trente kilomètres en zeppelin"), encoding="utf-8")
    answer, third = search(project, "zeppelin")
    assert third.startswith("Index de recherche : 1 fiche (ré)indexée, 0 retirée,")
    assert [r["id"] for r in answer["resultats"]] == ["exemple-cafe-des-aidants"]
    sheet.unlink()
    answer, fourth = search(project, "zeppelin")
    assert "1 retirée" in fourth and answer["total"] == 0


def test_text_output(tmp_path):
    project = copy_project(tmp_path / "projet")
    result = fabrique("--racine", str(project), "search", "ULUX")
    assert result.stdout.startswith("1 résultat pour « ULUX » (scénario : 1).")
    assert "1. [scénario] Les bienveilleurs (les-bienveilleurs)" in result.stdout
