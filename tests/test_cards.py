"""Printable cards: real PDFs opened with pypdf."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from conftest import ROOT, fabrique

A4 = (595.3, 841.9)
A6 = (297.6, 419.5)
EXPECTED_CARDS = {"consignes": 4, "themes": 5, "figures": 7, "scenarios": 18, "augmentes": 14, "roles": 14, "vigilance": 7}


def pdf(tmp_path, *args) -> PdfReader:
    target = tmp_path / "cartes.pdf"
    result = fabrique("cards", *args, "--output", str(target))
    assert result.returncode == 0, result.stderr
    return PdfReader(target)


FOOTER_LABELS = {"Consigne d'animation", "Thématique", "Figure", "Scénario d'atelier", "Scénario 2050", "Rôle à jouer", "Vigilance"}


def size(page) -> tuple[float, float]:
    return float(page.mediabox.width), float(page.mediabox.height)


def cards_on(page) -> list[tuple[str, float]]:
    """(code, x) of every card on a page, from the code printed in each card's footer."""
    found = []

    def visit(text, cm, tm, font, font_size):
        text = text.strip()
        parts = text.split(" · ")
        if len(parts) > 1 and parts[0][:1] in "CTFSARV" and (parts[1].startswith("verso") or parts[1] in FOOTER_LABELS):
            found.append((text.split(" · ")[0], tm[4] * cm[0] + cm[4]))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("deck", sorted(EXPECTED_CARDS))
def test_deck_page_count_and_size(tmp_path, deck):
    reader = pdf(tmp_path, "--deck", deck)
    sheets = -(-EXPECTED_CARDS[deck] // 4)
    assert len(reader.pages) == 2 * sheets
    for page in reader.pages:
        assert size(page) == pytest.approx(A4, abs=1)


def test_all_decks_each_start_on_a_new_sheet(tmp_path):
    reader = pdf(tmp_path)
    assert len(reader.pages) == 2 * sum(-(-n // 4) for n in EXPECTED_CARDS.values())


def test_fronts_and_backs_pair_up_mirrored(tmp_path):
    reader = pdf(tmp_path, "--deck", "figures")
    front, back = reader.pages[0], reader.pages[1]
    front_text, back_text = front.extract_text(), back.extract_text()
    for title in ("Le CCAS programmateur de convivialités", "Le CCAS radar"):
        assert title in front_text.replace("\n", " ") or title in " ".join(front_text.split())
    assert "Et si demain" in front_text
    assert "FINALITÉ" in back_text and "VIGILANCE" in back_text
    front_cards = dict(cards_on(front))
    back_cards = dict((code.replace(" ", ""), x) for code, x in cards_on(back))
    assert set(front_cards) == {"F1", "F2", "F3", "F4"}
    width = size(front)[0]
    for code, x in front_cards.items():
        # the back of a card sits at the mirrored horizontal position
        assert (x < width / 2) != (back_cards[code] < width / 2), code


def test_each_card_title_is_on_its_page(tmp_path):
    import yaml

    reader = pdf(tmp_path, "--deck", "scenarios")
    text = " ".join(flat(page.extract_text()) for page in reader.pages[::2])
    for path in sorted((ROOT / "scenarios").glob("*.yml")):
        assert yaml.safe_load(path.read_text(encoding="utf-8"))["titre"] in text


def test_a6_one_card_per_page(tmp_path):
    reader = pdf(tmp_path, "--format", "a6", "--deck", "themes")
    assert len(reader.pages) == 10
    assert size(reader.pages[0]) == pytest.approx(A6, abs=1)
    assert "Les vieillesses heureuses" in reader.pages[0].extract_text()
    assert "Pour lancer le groupe".upper() in reader.pages[0].extract_text().upper()
    assert "Pour démarrer".upper() in reader.pages[1].extract_text().upper()


def test_fonts_are_embedded(tmp_path):
    reader = pdf(tmp_path, "--deck", "themes")
    fonts = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor") or font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts.append(any(key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")))
    assert fonts and all(fonts)


def test_overflowing_text_is_refused(tmp_path):
    from conftest import copy_project

    project = copy_project(tmp_path / "projet")
    figure = project / "figures" / "radar.yml"
    text = figure.read_text(encoding="utf-8")
    long = "Un texte de carte beaucoup trop long qui déborde. " * 15
    text = text.replace("finalite: >-", f"finalite: >-\n  {long}", 1)
    figure.write_text(text, encoding="utf-8")
    result = fabrique("--racine", str(project), "cards", "--deck", "figures", "--output", str(tmp_path / "x.pdf"))
    assert result.returncode == 1
    assert "texte trop long pour tenir sur la carte : F3 (verso)" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_site_offers_the_decks(built_site):
    names = ["kit-atelier.pdf", "cartes-toutes.pdf", "cartes-a6.pdf"] + [f"cartes-{deck}.pdf" for deck in EXPECTED_CARDS]
    for name in names:
        assert PdfReader(built_site / "cartes" / name).pages, name
    page = (built_site / "animer" / "index.html").read_text(encoding="utf-8")
    assert 'href="../cartes/kit-atelier.pdf"' in page


# --- The workshop kit: run sheet, then every deck, measured on the rendered pages -------------------


import yaml

from card_measure import CARD_H, CARD_W, SLOTS, cards_on_page

SLOT_BOXES = [(left, top, left + CARD_W, top + CARD_H) for left, top in SLOTS]

RUN_SHEET_PAGES = 2


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    import pdfplumber

    target = tmp_path_factory.mktemp("kit") / "kit.pdf"
    fabrique("cards", "--format", "kit", "--output", str(target), check=True)
    with pdfplumber.open(target) as document:
        pages = [{"text": page.extract_text() or "", "chars": len(page.chars), "sizes": [c["size"] for c in page.chars],
                  "cards": cards_on_page(page), "size": (float(page.width), float(page.height)),
                  "card_texts": [page.crop(slot).extract_text() or "" for slot in SLOT_BOXES]}
                 for page in document.pages]
    return {"pages": pages, "reader": PdfReader(target)}


def fronts(kit) -> list[dict]:
    return [card for page in kit["pages"][RUN_SHEET_PAGES::2] for card in page["cards"]]


def test_kit_is_a_run_sheet_then_every_deck_ready_for_duplex(kit):
    pages = kit["pages"]
    assert len(pages) == RUN_SHEET_PAGES + 2 * sum(-(-n // 4) for n in EXPECTED_CARDS.values())
    assert len(pages) % 2 == 0  # duplex: the last back is printed too
    assert all(page["size"] == pytest.approx(A4, abs=1) for page in pages)
    assert "Feuille de route de l'atelier" in pages[0]["text"]
    assert "Jour 1" in pages[0]["text"] and "Jour 2" in pages[0]["text"]
    assert "Dans ce kit" in pages[1]["text"] and "recto verso, bord long" in pages[1]["text"]
    codes = [card["code"] for card in fronts(kit)]
    assert len(codes) == sum(EXPECTED_CARDS.values()) == len(set(codes))
    # each front has its back on the next page, at the mirrored position
    for index in range(RUN_SHEET_PAGES, len(pages), 2):
        front = {c["code"]: c["left"] for c in pages[index]["cards"]}
        back = {c["code"]: c["left"] for c in pages[index + 1]["cards"]}
        assert set(front) == set(back)
        assert all(front[code] != back[code] for code in front)


def test_no_card_front_is_more_than_40_percent_empty(kit):
    too_empty = {card["code"]: f"{card['empty']:.0%}" for card in fronts(kit) if card["empty"] > 0.40}
    assert not too_empty


def test_no_text_under_9_points_on_cards_and_run_sheet(kit):
    for number, page in enumerate(kit["pages"], 1):
        assert page["sizes"], number
        assert min(page["sizes"]) >= 8.95, f"page {number}: {min(page['sizes']):.1f} pt"


def test_the_measure_sees_an_empty_card():
    """The emptiness measure itself: a card with only a title and a footer is mostly empty."""
    class Page:
        chars = [
            {"x0": 20, "x1": 60, "top": 20, "bottom": 35, "size": 15, "text": "T"},
            {"x0": 20, "x1": 30, "top": 380, "bottom": 389, "size": 9, "text": "X"},
        ]
    [card] = cards_on_page(Page())
    assert card["empty"] > 0.8 and card["min_size"] == 9


def test_every_card_names_its_deck_in_words_and_its_code(kit):
    """Black and white, colour-blind readers: a deck is told by its name and letter, not its colour."""
    labels = {"C": "Consigne", "T": "Thématique", "F": "Figure", "S": "Scénario d'atelier", "A": "Scénario 2050",
              "R": "Rôle à jouer", "V": "Vigilance"}
    for page in kit["pages"][RUN_SHEET_PAGES:]:
        text = " ".join(page["text"].split()).casefold()
        for card in page["cards"]:
            assert labels[card["code"][0]].casefold() in text, card["code"]
            assert card["code"] in page["text"]


def contrast_with_white(colour: str) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (luminance + 0.05)


def test_band_colours_keep_white_text_readable_in_grey():
    colours = [yaml.safe_load(path.read_text(encoding="utf-8"))["couleur"]
               for folder in ("figures", "themes") for path in sorted((ROOT / folder).glob("*.yml"))]
    assert colours
    for colour in colours:
        assert contrast_with_white(colour) >= 4.5, colour


def flat(text: str) -> str:
    return " ".join(text.replace("-\n", "-").split())


def cards_text(kit) -> str:
    return " ".join(flat(text) for page in kit["pages"][RUN_SHEET_PAGES:] for text in page["card_texts"])


def test_cards_carry_the_records_full_lists(kit):
    """Role and vigilance cards carry every « nouvel acteur » and every point of vigilance, word for word;
    scenario cards their places and roles; 2050 cards their hook and professions."""
    text = cards_text(kit)
    for path in sorted((ROOT / "figures").glob("*.yml")):
        figure = yaml.safe_load(path.read_text(encoding="utf-8"))
        for acteur in figure["nouveaux_acteurs"]:
            assert flat(acteur["role"]) in text and flat(acteur["mission"]) in text, acteur["role"]
        for point in figure["points_de_vigilance"]:
            assert flat(point) in text, point
        for augmente in figure["scenarios_augmentes"]:
            assert flat(augmente["accroche"]) in text
            for metier in augmente["metiers"]:
                assert flat(metier["nom"]) in text
    for path in sorted((ROOT / "scenarios").glob("*.yml")):
        scenario = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in scenario["lieux"] + scenario["roles"]:
            assert flat(item["nom"]) in text and flat(item["description"]) in text, item["nom"]
    for path in sorted((ROOT / "themes").glob("*.yml")):
        for question in yaml.safe_load(path.read_text(encoding="utf-8"))["carte"]["questions"]:
            assert flat(question) in text


def test_a_card_error_during_generation_is_told_in_french_and_nothing_is_written(tmp_path):
    """The site's cards are rendered in a process of their own (card_job): a text too long for its
    card stops `fabrique generate` with the same message as `fabrique cards`, and no page is written."""
    from conftest import copy_project

    project = copy_project(tmp_path / "projet")
    figure = project / "figures" / "radar.yml"
    long = "Un texte de carte beaucoup trop long qui déborde. " * 15
    figure.write_text(figure.read_text(encoding="utf-8").replace("finalite: >-", f"finalite: >-\n  {long}", 1), encoding="utf-8")
    before = {path: path.read_bytes() for path in (project / "docs").rglob("*") if path.is_file()}
    result = fabrique("--racine", str(project), "generate")
    assert result.returncode == 1
    assert "texte trop long pour tenir sur la carte : F3 (verso)" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert {path: path.read_bytes() for path in (project / "docs").rglob("*") if path.is_file()} == before


def test_a_card_process_that_dies_is_told_in_french(monkeypatch):
    """If the cards' process ends without a result (killed, out of memory), the build says so in
    French instead of waiting for ever or showing a traceback."""
    import os

    import click

    from generator import cards
    from generator.card_job import CardJob
    from generator.corpus import Corpus

    monkeypatch.setattr(cards, "site_pdfs", lambda corpus, cache_folder, cached_only=False: os._exit(3))
    job = CardJob(Corpus(), None)
    with pytest.raises(click.ClickException) as raised:
        job.result()
    assert "le rendu des cartes PDF s'est arrêté sans résultat (code 3)" in raised.value.format_message()
