"""Measure printed cards on a rendered PDF page (pdfplumber): which card sits in each A4 quarter,
how much of its height carries no text, and the smallest type size on it."""
from __future__ import annotations

MM = 72 / 25.4
CARD_W, CARD_H = 95 * MM, 138 * MM
SLOTS = [(5 * MM, 5.25 * MM), (110 * MM, 5.25 * MM), (5 * MM, 153.75 * MM), (110 * MM, 153.75 * MM)]
HALO = 1 * MM  # a line of text covers its own height and 1 mm above and below (ordinary leading)


def cards_on_page(page) -> list[dict]:
    """Every card of a 4-up sheet: its code (first word of the footer), the share of its height that
    carries no text, and its smallest font size in points."""
    found = []
    for left, top in SLOTS:
        chars = [c for c in page.chars if left <= c["x0"] and c["x1"] <= left + CARD_W and top <= c["top"] and c["bottom"] <= top + CARD_H]
        if not chars:
            continue
        intervals = sorted((max(top, c["top"] - HALO), min(top + CARD_H, c["bottom"] + HALO)) for c in chars)
        covered, start, end = 0.0, *intervals[0]
        for low, high in intervals[1:]:
            if low > end:
                covered += end - start
                start, end = low, high
            else:
                end = max(end, high)
        covered += end - start
        footer = sorted((c for c in chars if c["top"] > top + CARD_H - 7 * MM), key=lambda c: c["x0"])
        code = "".join(c["text"] for c in footer).split("·")[0].strip()
        found.append({"code": code, "empty": 1 - covered / CARD_H, "min_size": min(c["size"] for c in chars), "left": left})
    return found
