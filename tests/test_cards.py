"""Printable cards: real PDFs opened with pypdf."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from conftest import ROOT, fabrique

A4 = (595.3, 841.9)
A6 = (297.6, 419.5)
EXPECTED_CARDS = {"figures": 7, "scenarios": 18, "augmentes": 14, "themes": 5}


def pdf(tmp_path, *args) -> PdfReader:
    target = tmp_path / "cartes.pdf"
    result = fabrique("cards", *args, "--output", str(target))
    assert result.returncode == 0, result.stderr
    return PdfReader(target)


def size(page) -> tuple[float, float]:
    return float(page.mediabox.width), float(page.mediabox.height)


def cards_on(page) -> list[tuple[str, float]]:
    """(code, x) of every card on a page, from the code printed in each card's footer."""
    found = []

    def visit(text, cm, tm, font, font_size):
        text = text.strip()
        if " · " in text and text.split(" · ")[0][:1] in "FSAT":
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
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages[::2])
    for path in sorted((ROOT / "scenarios").glob("*.yml")):
        assert yaml.safe_load(path.read_text(encoding="utf-8"))["titre"] in text


def test_a6_one_card_per_page(tmp_path):
    reader = pdf(tmp_path, "--format", "a6", "--deck", "themes")
    assert len(reader.pages) == 10
    assert size(reader.pages[0]) == pytest.approx(A6, abs=1)
    assert "Les vieillesses heureuses" in reader.pages[0].extract_text()
    assert "Pour lancer le groupe".upper() in reader.pages[1].extract_text().upper()


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
    for name in ("cartes-toutes.pdf", "cartes-figures.pdf", "cartes-scenarios.pdf", "cartes-augmentes.pdf", "cartes-themes.pdf", "cartes-a6.pdf"):
        assert PdfReader(built_site / "cartes" / name).pages
