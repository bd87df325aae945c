"""« Fiches proches »: real proximity on the real base, up to 5, never the whole base, above a threshold."""
from __future__ import annotations

import copy

from conftest import ROOT
from generator.check import check_project
from generator.corpus import Corpus
from generator.project import Project
from generator.related import LIMIT, compute_related


def real_corpus() -> Corpus:
    corpus, problems = check_project(Project.at(ROOT))
    assert not [p for p in problems if p.level == "error"]
    return corpus


def test_real_neighbours_make_sense():
    related = compute_related(real_corpus())
    expected = {
        "accompagnement-global-autour-d-une-situation-de-surendettement": "point-conseil-budget-de-tourcoing",
        "anim-ge-la-tablette-communicante-dans-une-petite-commune": "papot-age-et-part-age-echanges-intergenerationnels-avec-livres-et-tablettes",
        "atelier-feris-le-recyclage-d-ordinateurs-par-et-pour-les-personnes-demunies":
            "atelier-informatique-et-aide-a-l-acquisition-d-un-ordinateur-personnel",
    }
    for sheet, neighbour in expected.items():
        assert neighbour in related[("experience", sheet)][:3], (sheet, related[("experience", sheet)])


def test_never_the_whole_base_and_never_itself():
    corpus = real_corpus()
    related = compute_related(corpus)
    sheets = corpus.of("experience")
    assert len(sheets) > 2 * LIMIT
    for (kind, record_id), found in related.items():
        assert len(found) <= LIMIT and len(set(found)) == len(found)
        assert record_id not in found
    lists = {tuple(found) for (kind, _), found in related.items() if kind == "scenario"}
    assert len(lists) > 10  # scenarios get their own neighbours, not one shared list


def _sheet(sheet_id: str, titre: str, **fields) -> dict:
    base = {"id": sheet_id, "titre": titre, "origine": "unccas", "chapo": titre, "structure": {"type": "ccas"},
            "themes": [], "publics": [], "figures": []}
    base.update(fields)
    return base


def test_threshold_a_shared_public_or_common_theme_alone_is_not_enough():
    """Many unrelated sheets, and pairs that share only a public, only a theme, or a figure."""
    corpus = Corpus()
    filler = [_sheet(f"autre-{n}", f"Sujet {word} numéro {n}", themes=["sante"], publics=["jeunes"])
              for n, word in enumerate(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"])]
    pairs = [
        _sheet("public-a", "Tricot collectif", publics=["aidants"]),
        _sheet("public-b", "Permanence juridique", publics=["aidants"]),
        _sheet("theme-a", "Ramassage scolaire", themes=["sante"]),
        _sheet("figure-a", "Bal populaire", figures=[{"id": "radar", "par": "redaction", "justification": "x"}]),
        _sheet("figure-b", "Vestiaire solidaire", figures=[{"id": "radar", "par": "redaction", "justification": "x"}]),
        _sheet("both-a", "Repair café", themes=["inclusion-numerique"], publics=["aidants"]),
        _sheet("both-b", "Cours de cuisine", themes=["inclusion-numerique"], publics=["aidants"]),
    ]
    for record in filler + pairs:
        corpus.records["experience"][record["id"]] = type("R", (), {"data": copy.deepcopy(record)})()
    related = compute_related(corpus)
    assert "public-b" not in related[("experience", "public-a")]
    assert related[("experience", "figure-a")][:1] == ["figure-b"]
    assert related[("experience", "both-a")][:1] == ["both-b"]  # a theme and a public together are enough
    assert related[("experience", "theme-a")] == []  # « sante » is shared by most sheets here: it says little
