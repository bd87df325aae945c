"""Records → Markdown pages, through Jinja2 templates (StrictUndefined). Record texts go through the
`md` and `inline` filters: they are data, never template code or HTML."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator import departements, markup
from generator.corpus import Corpus
from generator.link import Links
from generator.vocabularies import experience_vocabulary, source_links


def _made_safe(function):
    def filtered(value):
        return Markup(function(value))

    return filtered


def _finalize(value):
    """Every « {{ … }} » whose value is text not made by a filter (md, inline, yaml, safe_url, e,
    safe) is escaped as plain text: record text forgotten by a template can never become markup.
    Macro calls are marked « | safe » in the templates (their output is built from filtered values)."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return markup.escape_text(markup.normalise(value))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.do"],
    )
    env.filters["md"] = _made_safe(markup.block)
    env.filters["inline"] = _made_safe(markup.inline)
    env.filters["yaml"] = _made_safe(markup.yaml_string)
    env.filters["safe_url"] = _made_safe(markup.safe_url)
    env.filters["departement"] = departements.label  # a label from our own data; escaped as text by finalize
    env.globals["date_fr"] = date_fr
    env.globals["euros"] = euros
    env.globals["periode"] = periode
    env.globals["source_link"] = lambda sheet, figure: source_links()[sheet][figure]
    return env


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")


def date_fr(iso: str) -> str:
    """At the precision written: « 2021-03-15 » → « 15 mars 2021 », « 2021-03 » → « mars 2021 », « 2021 » → « 2021 »."""
    parts = [int(part) for part in iso.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    year, month, day = parts
    return f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}"


def _since(iso: str) -> str:
    """« depuis 2021 », « depuis janvier 2021 », « depuis le 15 mars 2021 »."""
    return ("depuis le " if iso.count("-") == 2 else "depuis ") + date_fr(iso)


def periode(dates: dict) -> str:
    """The span of an experience, at the precision of each date."""
    if "fin" not in dates:
        return _since(dates["debut"])
    start = ("du " if dates["debut"].count("-") == 2 else "de ") + date_fr(dates["debut"])
    end = ("au " if dates["fin"].count("-") == 2 else "à ") + date_fr(dates["fin"])
    return f"{start} {end}"


def euros(amount: int) -> str:
    return f"{amount:,}".replace(",", "\u202f") + " €"


def render_template(name: str, **context) -> str:
    return environment().get_template(name).render(**context)


def atelier_label(atelier: dict) -> str:
    return f"{atelier['ville']} {atelier['annee']}" if atelier.get("annee") else atelier["ville"]


def render_pages(corpus: Corpus, links: Links, cache_folder: Path | None = None) -> dict[str, str]:
    figures = sorted(corpus.of("figure"), key=lambda f: f["numero"])
    themes = sorted(corpus.of("theme"), key=lambda t: t["numero"])
    ateliers = sorted(corpus.of("atelier"), key=lambda a: a["ordre"])
    by_id = {kind: {r["id"]: r for r in corpus.of(kind)} for kind in ("figure", "scenario", "theme", "atelier", "experience")}
    scenarios = sorted(
        corpus.of("scenario"), key=lambda s: (by_id["atelier"][s["atelier"]]["ordre"], s["titre"].casefold())
    )
    common = {
        "figures": figures,
        "themes": themes,
        "ateliers": ateliers,
        "scenarios": scenarios,
        "by_id": by_id,
        "links": links,
        "atelier_label": atelier_label,
        "vocab": experience_vocabulary(),
    }
    pages: dict[str, str] = {
        "figures/index.md": render_template("figures_index.md.j2", **common),
        "scenarios/index.md": render_template("scenarios_index.md.j2", **common),
        "themes/index.md": render_template("themes_index.md.j2", **common),
        "ateliers/index.md": render_template("ateliers_index.md.j2", **common),
    }
    source_keys = {record_id: getattr(record, "source_key", None) for record_id, record in corpus.records.get("experience", {}).items()}
    pages.update(render_figures(figures, common, cache_folder, source_keys))
    for scenario in scenarios:
        pages[f"scenarios/{scenario['id']}.md"] = render_template("scenario.md.j2", scenario=scenario, **common)
    for theme in themes:
        pages[f"themes/{theme['id']}.md"] = render_template("theme.md.j2", theme=theme, **common)
    for atelier in ateliers:
        pages[f"ateliers/{atelier['id']}.md"] = render_template("atelier.md.j2", atelier=atelier, **common)
    pages.update(render_experiences(corpus.of("experience"), common, cache_folder, source_keys))
    return pages


def _sheet_digest(fiche: dict, source_keys: dict[str, str | None]) -> bytes:
    from generator import page_cache

    source = source_keys.get(fiche["id"])
    return page_cache.source_digest(source) if source else page_cache.digest_of(fiche)


def render_figures(figures: list[dict], context: dict, cache_folder: Path | None = None,
                   source_keys: dict[str, str | None] | None = None) -> dict[str, str]:
    """One page per figure. Each lists every sheet that illustrates it (thousands at scale: rendering
    them took a third of a one-sheet regeneration), so it is kept in the page cache (table
    « figures »), under a key that covers what its template is given: the figures, themes, ateliers
    and scenarios, and, of the sheets, only those that illustrate it (see _own_context)."""
    import hashlib

    from generator import page_cache

    source_keys = source_keys or {}
    database = cache_folder / page_cache.FILE_NAME if cache_folder is not None else None
    common = page_cache.common_digest({part: context[part] for part in ("figures", "themes", "ateliers", "scenarios")})
    links = context["links"]
    keys = []
    for figure in figures:
        digest = hashlib.sha256(common + b"\0figure\0" + figure["id"].encode())
        for item in links.experiences_of_figure.get(figure["id"], []):
            digest.update(b"\0" + item["experience"]["id"].encode() + b"\0" + _sheet_digest(item["experience"], source_keys))
        keys.append(digest.hexdigest())
    found = page_cache.lookup(database, keys, table="figures")
    by_id = {kind: records for kind, records in context["by_id"].items() if kind != "experience"}
    pages, new = {}, {}
    for position, (figure, key) in enumerate(zip(figures, keys)):
        if key not in found:
            narrowed = Links(scenarios_of_figure=links.scenarios_of_figure,
                             experiences_of_figure={figure["id"]: links.experiences_of_figure.get(figure["id"], [])})
            new[key] = render_template(
                "figure.md.j2", figure=figure, previous=figures[position - 1] if position else None,
                following=figures[position + 1] if position + 1 < len(figures) else None,
                **{**context, "by_id": by_id, "links": narrowed},
            )
        pages[f"figures/{figure['id']}.md"] = found[key] if key in found else new[key]
    if database is not None and (new or len(found) != len(keys)):
        page_cache.store(database, new, set(keys), table="figures")
    return pages


PARALLEL_FROM = 600  # pages to render; below this, worker processes cost more than they save
_shared_context: dict = {}


def _render_chunk(fiches: list[dict]) -> list[tuple[str, str]]:
    return [(f"experiences/{fiche['id']}.md", render_template("experience.md.j2", fiche=fiche, **_own_context(fiche)))
            for fiche in fiches]


def _own_context(fiche: dict) -> dict:
    """The shared context, narrowed to what the page's cache key covers: of the other sheets, only
    its related sheets (see page_cache)."""
    context = _shared_context
    related = context["links"].related.get(("experience", fiche["id"]), [])
    experiences = context["by_id"]["experience"]
    return {**context,
            "by_id": {**context["by_id"], "experience": {other: experiences[other] for other in related}},
            "links": Links(related={("experience", fiche["id"]): related})}


def render_experiences(fiches: list[dict], context: dict, cache_folder: Path | None = None,
                       source_keys: dict[str, str | None] | None = None) -> dict[str, str]:
    """One page per sheet, from the page cache when its inputs did not change; the others at scale
    on every core (forked workers inherit the context). source_keys: each sheet's check cache key
    (check.py: the same key, the same bytes, the same data), which stands for its data in the page
    keys: hashing every sheet's data again took half a second at 10 000 sheets."""
    from generator import page_cache

    global _shared_context
    _shared_context = context
    database = cache_folder / page_cache.FILE_NAME if cache_folder is not None else None
    common = page_cache.common_digest({part: context[part] for part in ("figures", "themes", "ateliers", "scenarios")})
    source_keys = source_keys or {}
    digests = {fiche["id"]: _sheet_digest(fiche, source_keys) for fiche in fiches}
    related = context["links"].related
    keys = [page_cache.key_of(common, digests[fiche["id"]],
                              [(other, digests[other]) for other in related.get(("experience", fiche["id"]), [])])
            for fiche in fiches]
    found = page_cache.lookup(database, keys)
    missing = [fiche for fiche, key in zip(fiches, keys) if key not in found]
    rendered = dict(_render_all(missing))
    pages, new = {}, {}
    for fiche, key in zip(fiches, keys):
        path = f"experiences/{fiche['id']}.md"
        if key in found:
            pages[path] = found[key]
        else:
            pages[path] = new[key] = rendered[path]
    if database is not None and (new or len(found) != len(keys)):
        page_cache.store(database, new, set(keys))
    return pages


def _render_all(fiches: list[dict]) -> list[tuple[str, str]]:
    workers = min(os.cpu_count() or 1, 8)
    if len(fiches) < PARALLEL_FROM or workers < 2:
        return _render_chunk(fiches)
    import multiprocessing

    chunks = [fiches[start:start + 200] for start in range(0, len(fiches), 200)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return [item for chunk in pool.map(_render_chunk, chunks) for item in chunk]
