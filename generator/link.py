"""Back-references between records, resolved on the whole corpus before any page is rendered."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from generator.corpus import Corpus
from generator.related import compute_related


@dataclass
class Links:
    scenarios_of_figure: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    scenarios_of_theme: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    scenarios_of_atelier: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    experiences_of_figure: dict[str, list[dict]] = field(default_factory=lambda: defaultdict(list))
    related: dict[tuple[str, str], list[str]] = field(default_factory=dict)


def link(corpus: Corpus, cache_folder=None) -> Links:
    links = Links()
    for scenario in corpus.of("scenario"):
        links.scenarios_of_atelier[scenario["atelier"]].append(scenario)
        links.scenarios_of_theme[scenario["theme"]["id"]].append({"scenario": scenario, "lien": scenario["theme"]})
        for figure_link in scenario["figures"]:
            links.scenarios_of_figure[figure_link["id"]].append({"scenario": scenario, "lien": figure_link})
    for experience in corpus.of("experience"):
        for figure_link in experience.get("figures", []):
            links.experiences_of_figure[figure_link["id"]].append({"experience": experience, "lien": figure_link})
    links.related = compute_related(corpus, cache_folder)
    return links
