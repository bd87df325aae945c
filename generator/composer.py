"""Data of the « Composer mon CCAS » page: every ingredient of the 7 figures (actions, new roles,
points of vigilance) and, for each figure, the real experience sheets linked to it.

Written by `fabrique generate` as docs/figures/ingredients.js, a script that sets a global: the
page loads it with a <script> tag, so it works without a server (file://) and without fetch.
"""
from __future__ import annotations

import json

from generator.corpus import Corpus

DATA_PAGE = "figures/ingredients.js"


def ingredients(corpus: Corpus) -> dict:
    fiches_by_figure: dict[str, list[dict]] = {}
    for fiche in sorted(corpus.of("experience"), key=lambda f: f["titre"].casefold()):
        structure = fiche.get("structure") or {}
        entry = {"id": fiche["id"], "titre": fiche["titre"], "structure": structure.get("nom", ""),
                 "url": f"experiences/{fiche['id']}/"}
        for lien in fiche.get("figures") or []:  # only the link's id is relied on
            fiches_by_figure.setdefault(lien["id"], []).append(entry)
    figures = []
    for figure in sorted(corpus.of("figure"), key=lambda f: f["numero"]):
        key = figure["id"]
        figures.append({
            "id": key,
            "numero": figure["numero"],
            "titre": figure["titre"],
            "question": figure["question"],
            "url": f"figures/{key}/",
            "ingredients": (
                [{"id": f"{key}.a{n}", "type": "action", "texte": text} for n, text in enumerate(figure["actions"], 1)]
                + [{"id": f"{key}.r{n}", "type": "role", "texte": f"{acteur['role']} : {acteur['mission']}"}
                   for n, acteur in enumerate(figure["nouveaux_acteurs"], 1)]
                + [{"id": f"{key}.v{n}", "type": "vigilance", "texte": text}
                   for n, text in enumerate(figure["points_de_vigilance"], 1)]
            ),
            "fiches": fiches_by_figure.get(key, []),
        })
    return {"figures": figures}


def composer_pages(corpus: Corpus) -> dict[str, str]:
    data = json.dumps(ingredients(corpus), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # JSON is valid JavaScript; « </ » is escaped so that no text can close a <script> element.
    data = data.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return {DATA_PAGE: f"/* Généré par « fabrique generate » : ne pas modifier. */\nwindow.FABRIQUE_INGREDIENTS = {data};\n"}
