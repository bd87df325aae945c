"""« Fiches proches »: for each sheet and scenario, up to 5 related sheets, computed at build time.

Each record becomes a sparse vector of integer weights, in two parts:

- what it is linked to: its figures, themes and publics (a scenario: its figures), each weighted by
  kind (figure 3, theme 2, public 1) times its rarity (IDF divided by the mean IDF of all links), so a
  shared rare theme counts more than a public that half the sheets name;
- what it says: its TEXT_TERMS most characteristic words (TF-IDF over every text field, the title
  counting double; words folded to ASCII, cut to 7 letters as a crude French stem, stop words out),
  hashed into TEXT_BUCKETS columns and normalised: identical texts weigh TEXT_WEIGHT, a little more
  than a shared figure; words that every sheet uses weigh nothing.

The similarity of two records is the dot product of their vectors, computed for all pairs at once
with NumPy in row chunks: 10 000 sheets take a few seconds, where a pairwise loop or Whoosh's
more_like_this (~15 ms a record) would take minutes. Weights are small integers, so every dot product
is an exact integer whatever the order of the additions (BLAS, threads, chunk size): with ties broken
by title then id, the output is the same on every run and every machine.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
import zlib
from collections import Counter
from pathlib import Path

from generator.corpus import Corpus

LIMIT = 5
WEIGHTS = {"figure": 3.0, "theme": 2.0, "public": 1.0}
TEXT_WEIGHT = 5.0
TEXT_TERMS = 24
TEXT_BUCKETS = 1024
SCALE = 32  # integer weights: a shared item of weight w counts about w × SCALE²
CHUNK = 1024
# The least similarity worth showing: a shared figure, a rare shared theme, or a theme with a public or
# some shared words; a shared public alone, or a theme most sheets have, is not enough
# (tests/test_related.py pins the threshold).
MIN_SCORE = 2.5 * SCALE * SCALE
# words of 4 letters or more, cut to their first 7 letters (the crude stem), on folded lowercase text
_STEM = re.compile(r"\b([a-z]{4,7})[a-z]*")
STOP = {
    "avec", "dans", "pour", "leur", "leurs", "elle", "elles", "sont", "plus", "tout", "tous", "toute", "toutes",
    "entre", "sans", "sous", "mais", "comme", "cette", "ceux", "celles", "celle", "celui", "aussi", "fait", "faire",
    "exemple", "etre", "avoir", "nous", "vous", "dont", "chaque", "autre", "autres", "mieux", "moins",
    "tres", "bien", "encore", "deja", "ainsi", "alors", "apres", "avant", "depuis", "pendant", "selon", "vers",
    "chez", "lors", "donc", "quand", "meme", "memes", "peut", "peuvent", "doit", "doivent", "font",
    "ceci", "cela", "quel", "quelle", "quels", "quelles", "notre", "votre",
    "fiche", "ccas", "cias", "action", "sociale", "social",
}
STOP = {word[:7] for word in STOP}
# fields that hold codes, names or addresses rather than what the record is about
_SKIP = {"id", "origine", "source", "par", "couleur", "page", "numero", "editorial", "licence", "publication", "mise_a_jour", "url", "structure",
         "statut", "dates", "atelier", "budget", "contact", "liens", "themes", "publics", "figures", "theme",
         "carte", "titre"}


def _strings(value, key=None):
    if key in _SKIP:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)
    elif isinstance(value, str):
        yield value


def _text(record: dict) -> str:
    parts = [record.get("titre", ""), record.get("titre", "")]
    parts += _strings(record)
    parts += [lien.get("justification", "") for lien in record.get("figures", []) if isinstance(lien, dict)]
    if isinstance(record.get("theme"), dict):
        parts.append(record["theme"].get("justification", ""))
    return "\n".join(parts)


def _stems(text: str) -> Counter:
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")
    counts = Counter(_STEM.findall(plain))
    for word in STOP & counts.keys():
        del counts[word]
    return counts


def _links(kind: str, record: dict) -> list[str]:
    keys = [f"figure:{lien['id']}" for lien in record.get("figures", [])]
    if kind == "experience":
        keys += [f"theme:{theme}" for theme in record.get("themes", [])]
        keys += [f"public:{public}" for public in record.get("publics", [])]
    return keys


def _bucket(term: str) -> int:
    return zlib.crc32(term.encode("ascii")) % TEXT_BUCKETS


def _all_stems(texts: list[str], cache_folder: Path | None) -> list[Counter]:
    """_stems of every text, those of texts already seen read from the cache (page_cache's database)."""
    if cache_folder is None:
        return [_stems(text) for text in texts]
    from generator import page_cache

    database = cache_folder / page_cache.FILE_NAME
    keys = [page_cache.text_key(text) for text in texts]
    found = page_cache.lookup(database, keys, table="stems")
    result, new = [], {}
    for key, text in zip(keys, texts):
        counts = page_cache.decode_counts(found.get(key))
        if counts is None:
            counts = _stems(text)
            new[key] = json.dumps(counts, ensure_ascii=False, separators=(",", ":"))
        result.append(counts)
    if new or len(found) != len(set(keys)):
        page_cache.store(database, new, set(keys), table="stems")
    return result


def compute_related(corpus: Corpus, cache_folder: Path | None = None) -> dict[tuple[str, str], list[str]]:
    """(kind, id) → ids of up to LIMIT related experience sheets, best first. cache_folder: where the
    words of each text are kept from one run to the next (the same words for the same text)."""
    import numpy as np

    fiches = sorted(corpus.of("experience"), key=lambda f: (f["titre"].casefold(), f["id"]))
    scenarios = corpus.of("scenario")
    if not fiches:
        return {("scenario", s["id"]): [] for s in scenarios}
    count = len(fiches)
    sheet_links = [_links("experience", f) for f in fiches]
    sheet_stems = _all_stems([_text(f) for f in fiches], cache_folder)

    # rarity of links and words, over the sheets (the records every vector is compared with)
    link_df = Counter(key for keys in sheet_links for key in set(keys))
    columns = {key: index for index, key in enumerate(sorted(link_df))}
    term_df = Counter()
    for stems in sheet_stems:
        term_df.update(stems.keys())

    def idf(df: int) -> float:
        return math.log((1 + count) / (1 + df)) + 1.0

    # words: no floor, a word that every sheet uses says nothing about any of them
    term_idf = {term: math.log((1 + count) / (1 + df)) for term, df in term_df.items()}

    mean_idf = sum(idf(df) * df for df in link_df.values()) / max(sum(link_df.values()), 1)
    link_value = {key: round(SCALE * math.sqrt(WEIGHTS[key.split(":", 1)[0]] * idf(df) / mean_idf))
                  for key, df in link_df.items()}
    width = len(columns) + TEXT_BUCKETS
    text_scale = SCALE * math.sqrt(TEXT_WEIGHT)

    def vector(keys: list[str], stems: Counter, row: np.ndarray) -> None:
        for key in keys:
            if key in columns:
                row[columns[key]] = link_value[key]
        # a word no sheet uses (seen in a scenario only) cannot bring a sheet closer: left out
        weighted = [((1.0 + math.log(tf)) * term_idf[term], term) for term, tf in stems.items() if term in term_idf]
        # the most characteristic words, ties broken by the word itself
        weighted.sort(key=lambda item: (-item[0], item[1]))
        top = weighted[:TEXT_TERMS]
        norm = math.sqrt(sum(w * w for w, _ in top))
        if norm:
            text = np.zeros(TEXT_BUCKETS)
            for w, term in top:
                text[_bucket(term)] += w
            row[len(columns):] = np.rint(text * (text_scale / norm))

    matrix = np.zeros((count, width), dtype=np.float32)
    for index, (keys, stems) in enumerate(zip(sheet_links, sheet_stems)):
        vector(keys, stems, matrix[index])
    ids = [f["id"] for f in fiches]
    order = np.arange(count)  # rows are in title order: a lower index wins a tie

    def best(rows: np.ndarray, first_self: int | None) -> list[list[str]]:
        # exact in float32: integer weights of a few hundred at most, sums far below 2**24
        scores = rows @ matrix.T
        if first_self is not None:
            scores[np.arange(len(rows)), first_self + np.arange(len(rows))] = 0
        k = min(LIMIT, count)
        kth = np.partition(scores, count - k, axis=1)[:, count - k]  # the k-th best score of each row
        found = []
        for row_scores, threshold in zip(scores, kth):
            candidates = np.flatnonzero(row_scores >= max(threshold, MIN_SCORE))
            ranked = candidates[np.lexsort((order[candidates], -row_scores[candidates]))]
            found.append([ids[j] for j in ranked[:LIMIT]])
        return found

    related: dict[tuple[str, str], list[str]] = {}
    for start in range(0, count, CHUNK):
        for offset, found in enumerate(best(matrix[start:start + CHUNK], start)):
            related[("experience", ids[start + offset])] = found
    if scenarios:
        rows = np.zeros((len(scenarios), width), dtype=np.float32)
        for index, scenario in enumerate(scenarios):
            vector(_links("scenario", scenario), _stems(_text(scenario)), rows[index])
        for scenario, found in zip(scenarios, best(rows, None)):
            related[("scenario", scenario["id"])] = found
    return related
