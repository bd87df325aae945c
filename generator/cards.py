"""Printable workshop cards: the same records as the site, laid out by WeasyPrint.

Decks: figures (7), scenarios (18), augmentes (the 14 scenarios of 2050), themes (5).
Formats: « a4-4up » — A4 sheets of 4 cards (95 × 138 mm, in the A6 quarters of the sheet) with
crop marks, a sheet of fronts followed by a sheet of backs mirrored left–right, so that long-edge
duplex printing puts each back behind its front; « a6 » — one card per A6 page, front then back,
for print shops.
"""
from __future__ import annotations

from dataclasses import dataclass, field

DECKS = ("figures", "scenarios", "augmentes", "themes")
DECK_LABELS = {
    "figures": "Figure",
    "scenarios": "Scénario d'atelier",
    "augmentes": "Scénario 2050",
    "themes": "Thématique",
}
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


def build_cards(corpus, decks: tuple[str, ...]) -> list[Card]:
    from generator.render import atelier_label

    figures = sorted(corpus.of("figure"), key=lambda f: f["numero"])
    themes = {t["id"]: t for t in corpus.of("theme")}
    ateliers = {a["id"]: a for a in corpus.of("atelier")}
    figure_by_id = {f["id"]: f for f in figures}
    cards: list[Card] = []
    for deck in decks:
        if deck == "figures":
            for figure in figures:
                cards.append(Card(deck, f"F{figure['numero']}", figure["titre"], figure["couleur"],
                                  front={"numero": figure["numero"], "question": figure["question"],
                                         "accroche": figure["carte"]["accroche"], "page": figure["page"]},
                                  back={"finalite": figure["finalite"], "actions": figure["carte"]["actions"],
                                        "roles": figure["carte"]["roles"], "vigilance": figure["carte"]["vigilance"]}))
        elif deck == "scenarios":
            ordered = sorted(corpus.of("scenario"), key=lambda s: (ateliers[s["atelier"]]["ordre"], s["titre"].casefold()))
            for number, scenario in enumerate(ordered, 1):
                theme = themes[scenario["theme"]["id"]]
                cards.append(Card(deck, f"S{number}", scenario["titre"], theme["couleur"],
                                  front={"atelier": atelier_label(ateliers[scenario["atelier"]]), "theme": theme["titre"]},
                                  back={"resume": scenario["carte"]["resume"],
                                        "figures": [figure_by_id[lien["id"]]["titre"] for lien in scenario["figures"]]}))
        elif deck == "augmentes":
            for figure in figures:
                for index, augmente in enumerate(figure["scenarios_augmentes"], 1):
                    cards.append(Card(deck, f"A{figure['numero']}.{index}", augmente["titre"], figure["couleur"],
                                      front={"figure": figure["titre"], "numero": figure["numero"]},
                                      back={"resume": augmente["resume_carte"], "figure": figure["titre"]}))
        elif deck == "themes":
            for theme in sorted(themes.values(), key=lambda t: t["numero"]):
                cards.append(Card(deck, f"T{theme['numero']}", theme["titre"], theme["couleur"],
                                  front={"numero": theme["numero"], "autres_noms": theme["autres_noms"]},
                                  back={"questions": theme["carte"]["questions"]}))
    return cards


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


def render_html(cards: list[Card], fmt: str) -> str:
    from generator.cards_html import render

    if fmt == "a4-4up":
        pages = []
        for slots in sheets(cards):
            pages.append(("recto", slots))
            pages.append(("verso", mirrored(slots)))
        return render("a4.html.j2", pages=pages, labels=DECK_LABELS)
    return render("a6.html.j2", cards=cards, labels=DECK_LABELS)


def write_pdf(cards: list[Card], fmt: str) -> bytes:
    from weasyprint import HTML

    from generator.cards_html import stylesheet_base

    document = HTML(string=render_html(cards, fmt), base_url=stylesheet_base()).render()
    overflowing = overflowing_cards(document)
    if overflowing:
        import click

        raise click.ClickException(
            "texte trop long pour tenir sur la carte : " + ", ".join(overflowing)
            + ". Raccourcissez les textes « carte » de ces fiches."
        )
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
    "cartes-toutes.pdf": (DECKS, "a4-4up"),
    "cartes-figures.pdf": (("figures",), "a4-4up"),
    "cartes-scenarios.pdf": (("scenarios",), "a4-4up"),
    "cartes-augmentes.pdf": (("augmentes",), "a4-4up"),
    "cartes-themes.pdf": (("themes",), "a4-4up"),
    "cartes-a6.pdf": (DECKS, "a6"),
}


def site_pdfs(corpus, cache_folder) -> dict[str, bytes]:
    """Every PDF of the site, from a cache keyed on the cards' content and layout: WeasyPrint
    only runs when a card or the layout changed."""
    import hashlib
    import json
    from dataclasses import asdict
    from importlib import metadata, resources

    layout = "".join(
        entry.read_text(encoding="utf-8")
        for entry in sorted(resources.files("generator").joinpath("templates", "cards").iterdir(), key=lambda e: e.name)
        if entry.name.endswith((".css", ".j2"))
    )
    result = {}
    for name, (decks, fmt) in SITE_DECKS.items():
        cards = build_cards(corpus, decks)
        key = hashlib.sha256(
            json.dumps([fmt, metadata.version("weasyprint"), layout, [asdict(card) for card in cards]], ensure_ascii=False).encode()
        ).hexdigest()[:32]
        cached = cache_folder / f"{key}.pdf" if cache_folder is not None else None
        if cached is not None and cached.is_file() and not cached.is_symlink():
            result[name] = cached.read_bytes()
            continue
        data = write_pdf(cards, fmt)
        if cached is not None:
            from generator.write import write_atomic

            write_atomic(cached, data)
        result[name] = data
    return result
