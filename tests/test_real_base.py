"""The real experience base: one record per action of La Fabrique's pages in ../shared/sources/unccas-fiches,
each faithful to the facts its page shows (address, tags, département, dates) and free of personal names."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from generator.vocabularies import experience_vocabulary

SOURCES = ROOT.parent / "shared" / "sources" / "unccas-fiches"
MONTHS = {name: number for number, name in enumerate(
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"), 1)}


def records() -> dict[str, dict]:
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((ROOT / "experiences").glob("*.yml"))}


def source_pages() -> dict[str, list[str]]:
    """Address (as https) → the page's lines."""
    if not SOURCES.is_dir():
        pytest.fail(f"les pages sources sont introuvables : {SOURCES} (le dossier shared/ doit être à côté du dépôt)")
    pages = {}
    for path in sorted(SOURCES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        pages[re.sub(r"^http://", "https://", lines[0].strip())] = lines
    return pages


def other_pages(path: Path) -> list[str]:
    return re.findall(r"^# autre page : (\S+)", path.read_text(encoding="utf-8"), re.M)


def test_at_least_75_real_records_each_with_its_address():
    real = {rid: r for rid, r in records().items() if r["origine"] == "unccas" and r["source"].get("url")}
    assert len(real) >= 75
    for rid, record in real.items():
        assert re.match(r"^https://(www\.|preprod\.)?unccas\.org/", record["source"]["url"]), rid


def test_every_source_page_is_one_record():
    pages = source_pages()
    by_url: dict[str, list[str]] = {}
    for path in sorted((ROOT / "experiences").glob("*.yml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        for url in [record.get("source", {}).get("url")] + other_pages(path):
            if url:
                by_url.setdefault(url, []).append(path.stem)
    missing = sorted(set(pages) - set(by_url))
    twice = {url: ids for url, ids in by_url.items() if len(ids) > 1}
    assert not missing and not twice, (missing, twice)


def _tag_line(lines: list[str]) -> str | None:
    """Template C pages: the title, an empty line, then the tags, before « Publié le » or a département."""
    head = [line.strip() for line in lines[1:8] if line.strip()]
    for index, line in enumerate(head[1:4], 1):
        if line.startswith("Publié le"):
            candidates = [h for h in head[1:index] if not re.search(r"\(\d[\dAB]{1,2}\)$", h)]
            return candidates[0] if candidates else None
    return None


def _parse_date(text: str) -> str:
    day, month, year = re.match(r"(\d{1,2}) (\S+) (\d{4})", text).groups()
    return f"{int(year):04d}-{MONTHS[month]:02d}-{int(day):02d}"


def test_themes_departements_and_dates_follow_the_page():
    vocab = experience_vocabulary()
    by_label = {label: tid for tid, label in vocab["themes"].items()} | vocab["themes_alias"]
    pages = source_pages()
    checked = {"tags": 0, "departement": 0, "publie": 0}
    for rid, record in records().items():
        url = record.get("source", {}).get("url")
        if url not in pages:
            continue
        lines = pages[url]
        tags = _tag_line(lines)
        if tags:
            wanted = set()
            rest = tags
            for label in sorted(by_label, key=len, reverse=True):  # « Logement, hébergement » before « Logement »
                if label in rest:
                    wanted.add(by_label[label])
                    rest = rest.replace(label, "")
            assert not rest.strip(" ,"), (rid, tags)
            assert wanted <= set(record["themes"]), (rid, tags, record["themes"])
            checked["tags"] += 1
        for line in lines[1:8]:
            found = re.match(r"^\S.* \((\d\d|2A|2B|97\d)\)$", line.strip())
            if found and not line.startswith("Publié"):
                assert record["structure"].get("departement") == found.group(1), rid
                checked["departement"] += 1
            published = re.match(r"^Publié le (\d{1,2} \S+ \d{4})(?: \(Màj le (\d{1,2} \S+ \d{4})\))?", line.strip())
            if published:
                assert record["source"].get("publie_le") == _parse_date(published.group(1)), rid
                if published.group(2):
                    assert record["source"].get("mis_a_jour_le") == _parse_date(published.group(2)), rid
                checked["publie"] += 1
    assert checked == {"tags": 14, "departement": 2, "publie": 19}, checked  # every tagged page of the folder


def test_every_tag_the_pages_use_has_sheets():
    counts: dict[str, int] = {}
    for record in records().values():
        for theme in record["themes"]:
            counts[theme] = counts.get(theme, 0) + 1
    vocab = experience_vocabulary()
    by_label = {label: tid for tid, label in vocab["themes"].items()} | vocab["themes_alias"]
    used = set()
    for lines in source_pages().values():
        tags = _tag_line(lines) or ""
        used |= {tid for label, tid in by_label.items() if label in tags}
    assert used and all(counts.get(tid, 0) >= 1 for tid in used), {tid: counts.get(tid, 0) for tid in used}


def test_excerpts_are_not_padded():
    for rid, record in records().items():
        if record["origine"] != "unccas":
            continue
        text = yaml.safe_dump(record, allow_unicode=True).casefold()
        for filler in ("ne précise pas", "non précisé", "n'est pas précisé", "non communiqué", "inconnu"):
            assert filler not in text, (rid, filler)


# --- no personal data -------------------------------------------------------------------------------
# Names of persons quoted in the source pages, kept here only as SHA-256 digests of their folded form
# (tests/data/noms-cites.sha256), so that the project never holds the names themselves; plus every name
# the pages introduce with a civility (M., Mme, Monsieur, Madame), found afresh at each run.

def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", " ", text.casefold()).strip()


def digest(name: str) -> str:
    return hashlib.sha256(fold(name).encode()).hexdigest()


CIVILITY = re.compile(r"\b(?:M\.|Mme|Mlle|Monsieur|Madame)\s+((?:[A-ZÀ-Ý][\w'’-]+\s?){1,3})")


def quoted_names() -> set[str]:
    lines = (ROOT / "tests" / "data" / "noms-cites.sha256").read_text(encoding="utf-8").splitlines()
    digests = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    for lines in source_pages().values():
        for match in CIVILITY.finditer("\n".join(lines)):
            words = match.group(1).split()
            digests.add(digest(" ".join(words)))
            digests.add(digest(words[-1]))
    return digests


def ngrams(text: str, size: int = 3):
    words = fold(text).split()
    for n in range(1, size + 1):
        for start in range(len(words) - n + 1):
            yield " ".join(words[start:start + n])


def test_no_quoted_person_appears_in_records_or_pages(built_site):
    names = quoted_names()
    assert len(names) >= 7
    texts = {path: path.read_text(encoding="utf-8") for folder in ("experiences", "figures", "scenarios", "themes", "ateliers")
             for path in sorted((ROOT / folder).glob("*.yml"))}
    texts |= {path: path.read_text(encoding="utf-8") for path in sorted(built_site.rglob("*.html"))}
    found = {str(path): gram for path, text in texts.items()
             for gram in set(ngrams(re.sub(r"<[^>]+>", " ", text))) if hashlib.sha256(gram.encode()).hexdigest() in names}
    assert not found, found


def test_figure_pages_answer_who_does_it_already(built_site):
    linked: dict[str, set[str]] = {}
    for rid, record in records().items():
        for lien in record.get("figures", []):
            linked.setdefault(lien["id"], set()).add(rid)
    for figure in sorted(p.stem for p in (ROOT / "figures").glob("*.yml")):
        html = (built_site / "figures" / figure / "index.html").read_text(encoding="utf-8")
        section = html.split('id="ils-le-font-deja"', 1)[1].split("<h2", 1)[0]
        assert linked.get(figure), figure  # the real base illustrates every figure
        for rid in linked[figure]:
            assert f'href="../../experiences/{rid}/"' in section, (figure, rid)


def test_no_invented_sheet_on_the_site(built_site):
    for path in built_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "Port-Exemple" not in text and "Villeneuve-Exemple" not in text and "Fiche d'exemple" not in text, path
