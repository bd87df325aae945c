"""« Fiches proches »: for each sheet and scenario, up to 5 related sheets, computed at build time.

Similarity: weighted count of shared figures, themes and publics, found through an inverted
index (only sheets sharing something are ever compared)."""
from __future__ import annotations

from collections import defaultdict

from generator.corpus import Corpus

LIMIT = 5
WEIGHTS = {"figure": 3.0, "theme": 2.0, "public": 1.0}


def features_of_experience(fiche: dict) -> set[tuple[str, str]]:
    return (
        {("figure", lien["id"]) for lien in fiche.get("figures", [])}
        | {("theme", theme) for theme in fiche.get("themes", [])}
        | {("public", public) for public in fiche.get("publics", [])}
    )


def features_of_scenario(scenario: dict) -> set[tuple[str, str]]:
    return {("figure", lien["id"]) for lien in scenario.get("figures", [])}


def compute_related(corpus: Corpus) -> dict[tuple[str, str], list[str]]:
    """(kind, id) → ids of up to LIMIT related experience sheets, best first."""
    fiches = corpus.of("experience")
    titles = {f["id"]: f["titre"].casefold() for f in fiches}
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for fiche in fiches:
        for feature in features_of_experience(fiche):
            index[feature].append(fiche["id"])

    def best(features: set, exclude: str | None) -> list[str]:
        scores: dict[str, float] = defaultdict(float)
        for feature in features:
            weight = WEIGHTS[feature[0]]
            for other in index.get(feature, ()):
                if other != exclude:
                    scores[other] += weight
        ranked = sorted(scores.items(), key=lambda item: (-item[1], titles[item[0]], item[0]))
        return [record_id for record_id, _ in ranked[:LIMIT]]

    related = {("experience", f["id"]): best(features_of_experience(f), f["id"]) for f in fiches}
    for scenario in corpus.of("scenario"):
        related[("scenario", scenario["id"])] = best(features_of_scenario(scenario), None)
    return related
