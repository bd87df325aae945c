"""Printable workshop cards: the same records as the site, laid out by WeasyPrint.

Decks, in the order of the two-day workshop: consignes (the facilitator's 4 cards), themes (5),
figures (7), scenarios (18), augmentes (the 14 scenarios of 2050), roles (the « nouveaux acteurs »
of the figures), vigilance (one card per figure, every point of vigilance).
Formats: « a4-4up » — A4 sheets of 4 cards (95 × 138 mm, in the A6 quarters of the sheet) with
crop marks, a sheet of fronts followed by a sheet of backs mirrored left–right, so that long-edge
duplex printing puts each back behind its front; « a6 » — one card per A6 page, front then back,
for print shops. The « kit d'atelier » adds a run sheet (one page, and its back) before the decks.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

DECKS = ("consignes", "themes", "figures", "scenarios", "augmentes", "roles", "vigilance")
DECK_LABELS = {
    "consignes": "Consigne d'animation",
    "themes": "Thématique",
    "figures": "Figure",
    "scenarios": "Scénario d'atelier",
    "augmentes": "Scénario 2050",
    "roles": "Rôle à jouer",
    "vigilance": "Vigilance",
}
# A shape per deck, printed beside its name: decks stay apart in black and white and without colour.
DECK_SYMBOLS = {
    "consignes": "✎", "themes": "■", "figures": "◆", "scenarios": "●", "augmentes": "★", "roles": "▲", "vigilance": "⚠",
}
CONSIGNES_COLOUR = "#333333"
PER_SHEET = 4


@dataclass
class Card:
    """One card, front and back; `code` (e.g. « F3 », « S12 ») identifies it on both sides."""

    deck: str
    code: str
    titre: str
    couleur: str
    front: dict = field(default_factory=dict)
    back: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def workshop_texts() -> dict:
    """The facilitator's cards and the run sheet (templates/cards/atelier.yml)."""
    from importlib import resources

    import yaml

    text = resources.files("generator").joinpath("templates", "cards", "atelier.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def scenario_order(corpus) -> list[dict]:
    ateliers = {a["id"]: a for a in corpus.of("atelier")}
    return sorted(corpus.of("scenario"), key=lambda s: (ateliers[s["atelier"]]["ordre"], s["titre"].casefold()))


def build_cards(corpus, decks: tuple[str, ...]) -> list[Card]:
    from generator.render import atelier_label

    figures = sorted(corpus.of("figure"), key=lambda f: f["numero"])
    themes = {t["id"]: t for t in corpus.of("theme")}
    ateliers = {a["id"]: a for a in corpus.of("atelier")}
    figure_by_id = {f["id"]: f for f in figures}
    scenarios = scenario_order(corpus)
    scenario_codes = {s["id"]: f"S{number}" for number, s in enumerate(scenarios, 1)}
    role_numbers = iter(range(1, 1000))
    role_codes = {f["id"]: [f"R{next(role_numbers)}" for _ in f["nouveaux_acteurs"]] for f in figures}

    def figure_ref(figure: dict) -> dict:
        return {"numero": figure["numero"], "titre": figure["titre"], "code": f"F{figure['numero']}"}

    def theme_ref(theme: dict) -> dict:
        return {"numero": theme["numero"], "titre": theme["titre"], "code": f"T{theme['numero']}"}

    cards: list[Card] = []
    for deck in decks:
        if deck == "consignes":
            for number, consigne in enumerate(workshop_texts()["consignes"], 1):
                cards.append(Card(deck, f"C{number}", consigne["titre"], CONSIGNES_COLOUR,
                                  front={"blocs": consigne["recto"]}, back={"blocs": consigne["verso"]}))
        elif deck == "themes":
            for theme in sorted(themes.values(), key=lambda t: t["numero"]):
                lies = [{"code": scenario_codes[s["id"]], "titre": s["titre"]} for s in scenarios if s["theme"]["id"] == theme["id"]]
                cards.append(Card(deck, f"T{theme['numero']}", theme["titre"], theme["couleur"],
                                  front={"numero": theme["numero"], "autres_noms": theme["autres_noms"],
                                         "questions": theme["carte"]["questions"], "scenarios": lies},
                                  back={"description": theme["description"]}))
        elif deck == "figures":
            for figure in figures:
                cards.append(Card(deck, f"F{figure['numero']}", figure["titre"], figure["couleur"],
                                  front={"numero": figure["numero"], "question": figure["question"],
                                         "accroche": figure["carte"]["accroche"], "page": figure["page"],
                                         "renvois": {"augmentes": [f"A{figure['numero']}.{i}" for i in (1, 2)],
                                                     "roles": role_codes[figure["id"]], "vigilance": f"V{figure['numero']}"}},
                                  back={"finalite": figure["finalite"], "actions": figure["carte"]["actions"],
                                        "roles": figure["carte"]["roles"], "vigilance": figure["carte"]["vigilance"]}))
        elif deck == "scenarios":
            for scenario in scenarios:
                theme = themes[scenario["theme"]["id"]]
                cards.append(Card(deck, scenario_codes[scenario["id"]], scenario["titre"], theme["couleur"],
                                  front={"atelier": atelier_label(ateliers[scenario["atelier"]]), "theme": theme_ref(theme),
                                         "resume": scenario["carte"]["resume"], "lieux": scenario["lieux"], "roles": scenario["roles"]},
                                  back={"figures": [{**figure_ref(figure_by_id[lien["id"]]), "justification": lien.get("justification", "")}
                                                    for lien in scenario["figures"]]}))
        elif deck == "augmentes":
            for figure in figures:
                for index, augmente in enumerate(figure["scenarios_augmentes"], 1):
                    cards.append(Card(deck, f"A{figure['numero']}.{index}", augmente["titre"], figure["couleur"],
                                      front={"figure": figure_ref(figure), "accroche": augmente["accroche"],
                                             "metiers": augmente["metiers"]},
                                      back={"resume": augmente["resume_carte"], "figure": figure_ref(figure),
                                            "question": figure["question"]}))
        elif deck == "roles":
            for figure in figures:
                for acteur, code in zip(figure["nouveaux_acteurs"], role_codes[figure["id"]]):
                    cards.append(Card(deck, code, acteur["role"], figure["couleur"],
                                      front={"figure": figure_ref(figure), "mission": acteur["mission"]},
                                      back={"figure": figure_ref(figure), "actions": figure["actions"]}))
        elif deck == "vigilance":
            for figure in figures:
                cards.append(Card(deck, f"V{figure['numero']}", figure["titre"], figure["couleur"],
                                  front={"figure": figure_ref(figure), "points": figure["points_de_vigilance"]},
                                  back={"figure": figure_ref(figure), "finalite": figure["finalite"]}))
    for card in cards:
        card.front["taille"] = type_size(card)
    return cards


# Front text length (characters) under which a deck's front is set larger, and over which smaller:
# short texts fill their card at a size read across the table, long ones still fit.
FRONT_LENGTHS = {"figures": (370, 520), "vigilance": (220, 380), "augmentes": (275, 345), "roles": (110, 200), "scenarios": (300, 480)}


def text_length(value) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(text_length(item) for key, item in value.items() if key not in ("figure", "renvois"))
    if isinstance(value, list):
        return sum(text_length(item) for item in value)
    return 0


def type_size(card: Card) -> str:
    if card.deck not in FRONT_LENGTHS:
        return "m"
    length = text_length(card.front)
    short, long = FRONT_LENGTHS[card.deck]
    return "l" if length < short else "s" if length > long else "m"


def sheets(cards: list[Card]) -> list[list[Card | None]]:
    """Cards in groups of 4, each deck starting on a new sheet."""
    result: list[list[Card | None]] = []
    current: list[Card | None] = []
    deck = None
    for card in cards:
        if current and (len(current) == PER_SHEET or card.deck != deck):
            result.append(current + [None] * (PER_SHEET - len(current)))
            current = []
        current.append(card)
        deck = card.deck
    if current:
        result.append(current + [None] * (PER_SHEET - len(current)))
    return result


def mirrored(slots: list[Card | None]) -> list[Card | None]:
    """Back sheet order: left and right swapped on each row (slots 0 1 / 2 3 → 1 0 / 3 2)."""
    return [slots[1], slots[0], slots[3], slots[2]]


def kit_contents(cards: list[Card]) -> list[dict]:
    """What the kit holds, deck by deck: codes, card count and PDF pages (after the 2 run-sheet pages)."""
    contents, page = [], 3
    for deck in DECKS:
        codes = [card.code for card in cards if card.deck == deck]
        if not codes:
            continue
        pages = 2 * -(-len(codes) // PER_SHEET)
        contents.append({"deck": deck, "label": DECK_LABELS[deck], "symbole": DECK_SYMBOLS[deck],
                         "codes": f"{codes[0]} à {codes[-1]}" if len(codes) > 1 else codes[0],
                         "nombre": len(codes), "pages": f"{page} à {page + pages - 1}"})
        page += pages
    return contents


def render_html(cards: list[Card], fmt: str, front_only: bool = False) -> str:
    """front_only: the kit's run sheet and contents alone, without the card sheets that follow them."""
    from generator.cards_html import render

    common = {"labels": DECK_LABELS, "symbols": DECK_SYMBOLS}
    if fmt in ("a4-4up", "kit"):
        pages = []
        for slots in ([] if front_only else sheets(cards)):
            pages.append(("recto", slots))
            pages.append(("verso", mirrored(slots)))
        kit = {"feuille": workshop_texts()["feuille_de_route"], "contenu": kit_contents(cards)} if fmt == "kit" else None
        return render("a4.html.j2", pages=pages, kit=kit, **common)
    return render("a6.html.j2", cards=cards, **common)


def write_pdf(cards: list[Card], fmt: str) -> bytes:
    return _pdf([_layout(render_html(cards, fmt))])


def _layout(html: str):
    """WeasyPrint's layout of one HTML document; a card whose text runs past its box is an error."""
    from weasyprint import HTML

    from generator.cards_html import stylesheet_base

    document = HTML(string=html, base_url=stylesheet_base()).render()
    overflowing = overflowing_cards(document)
    if overflowing:
        import click

        raise click.ClickException(
            "texte trop long pour tenir sur la carte : " + ", ".join(overflowing)
            + ". Raccourcissez les textes « carte » de ces fiches."
        )
    return document


def _pdf(documents: list) -> bytes:
    """One PDF of the pages of these laid-out documents, in order (the first one's title)."""
    document = documents[0].copy([page for each in documents for page in each.pages])
    return document.write_pdf(pdf_identifier=b"fabrique-cartes", uncompressed_pdf=False)


def overflowing_cards(document) -> list[str]:
    """Codes and sides of the cards whose text runs past the bottom of their box."""
    found = []
    for page in document.pages:
        for box in _descendants(page._page_box):
            element = getattr(box, "element", None)
            if element is None or "carte-contenu" not in (element.get("class") or "").split():
                continue
            bottom = box.content_box_y() + box.height
            deepest = max((child.position_y + child.margin_height() for child in _descendants(box) if child is not box
                           and hasattr(child, "margin_height")), default=0)
            if deepest > bottom + 0.5:
                found.append(f"{element.get('data-code')} ({element.get('data-face')})")
    return sorted(set(found))


def _descendants(box):
    yield box
    for child in getattr(box, "children", []) or []:
        yield from _descendants(child)


# The PDFs the site offers for download (docs/cartes/, written by `fabrique generate`).
SITE_DECKS = {
    "kit-atelier.pdf": (DECKS, "kit"),
    "cartes-toutes.pdf": (DECKS, "a4-4up"),
    **{f"cartes-{deck}.pdf": ((deck,), "a4-4up") for deck in DECKS},
    "cartes-a6.pdf": (DECKS, "a6"),
}


def site_pdfs(corpus, cache_folder, cached_only: bool = False) -> dict[str, bytes] | None:
    """Every PDF of the site, from a cache keyed on the cards' content and layout: WeasyPrint
    only runs when a card or the layout changed. cached_only: None as soon as one PDF is not in
    the cache (nothing rendered, WeasyPrint not even imported)."""
    import hashlib
    import json
    from dataclasses import asdict
    from importlib import metadata, resources

    layout = "".join(
        entry.read_text(encoding="utf-8")
        for entry in sorted(resources.files("generator").joinpath("templates", "cards").iterdir(), key=lambda e: e.name)
        if entry.name.endswith((".css", ".j2", ".yml"))
    )
    result, keys, built = {}, {}, {}
    for name, (decks, fmt) in SITE_DECKS.items():
        built[name] = cards = build_cards(corpus, decks)
        keys[name] = hashlib.sha256(
            json.dumps([fmt, metadata.version("weasyprint"), layout, [asdict(card) for card in cards]], ensure_ascii=False).encode()
        ).hexdigest()[:32]
        cached = cache_folder / f"{keys[name]}.pdf" if cache_folder is not None else None
        if cached is not None and cached.is_file() and not cached.is_symlink():
            result[name] = cached.read_bytes()
        elif cached_only:
            return None
    missing = [name for name in SITE_DECKS if name not in result]
    for name, data in _render_site_pdfs(built, missing).items():
        if cache_folder is not None:
            from generator.write import write_atomic

            write_atomic(cache_folder / f"{keys[name]}.pdf", data)
        result[name] = data
    return {name: result[name] for name in SITE_DECKS}


def _render_site_pdfs(built: dict[str, list[Card]], names: list[str]) -> dict[str, bytes]:
    """The PDFs `names`, from the cards of every site PDF (`built`). The A4 sheets of each deck are
    laid out once: every deck starts on a new sheet (see sheets), so « toutes » is the decks' pages
    one after the other, and the kit is its run sheet followed by the same pages. WeasyPrint's layout
    is most of the cards' time (about 4 s for all the decks)."""
    laid_out: dict[str, object] = {}

    def deck_document(deck: str):
        if deck not in laid_out:
            laid_out[deck] = _layout(render_html(built[f"cartes-{deck}.pdf"], "a4-4up"))
        return laid_out[deck]

    rendered = {}
    for name in names:
        decks, fmt = SITE_DECKS[name]
        cards = built[name]
        if fmt == "a6":
            rendered[name] = write_pdf(cards, fmt)
            continue
        present = [deck for deck in decks if any(card.deck == deck for card in cards)] or list(decks[:1])
        documents = [deck_document(deck) for deck in present]
        if fmt == "kit":
            documents.insert(0, _layout(render_html(cards, fmt, front_only=True)))
        rendered[name] = _pdf(documents)
    return rendered
