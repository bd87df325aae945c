"""« Fiches proches »: for each sheet and scenario, up to 5 related sheets, computed at build time.

Each record becomes a vector: its figures (weight 3), themes (2), publics (1), and the words of its
title and summary (hashed into 512 buckets, IDF-weighted, total weight 2). Similarity is the dot
product; the matrix product runs in chunks with NumPy, so 10 000 sheets take seconds, not the
minutes a pairwise loop or Whoosh's more_like_this (~15 ms a record) would. Ties are broken by
title then id, so the output is the same on every run.
"""
from __future__ import annotations

import math
import re
import unicodedata
import zlib

from generator.corpus import Corpus

LIMIT = 5
WEIGHTS = {"figure": 3.0, "theme": 2.0, "public": 1.0}
TEXT_WEIGHT = 2.0
TEXT_BUCKETS = 512
CHUNK = 512
_WORD = re.compile(r"[a-z]{4,}")
STOP = {"avec", "dans", "pour", "leur", "leurs", "elle", "elles", "sont", "plus", "tout", "tous", "toute", "toutes",
        "entre", "sans", "sous", "mais", "comme", "cette", "ceux", "celles", "aussi", "fait", "faire", "exemple"}


def _words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")
    return {word[:7] for word in _WORD.findall(plain) if word not in STOP}  # 7 letters: a crude French stem


def _experience_features(fiche: dict) -> tuple[list[str], set[str]]:
    keys = [f"figure:{lien['id']}" for lien in fiche.get("figures", [])]
    keys += [f"theme:{theme}" for theme in fiche.get("themes", [])]
    keys += [f"public:{public}" for public in fiche.get("publics", [])]
    return keys, _words(fiche["titre"] + " " + fiche.get("chapo", ""))


def _scenario_features(scenario: dict) -> tuple[list[str], set[str]]:
    return [f"figure:{lien['id']}" for lien in scenario.get("figures", [])], _words(scenario["titre"] + " " + scenario["resume"])


def compute_related(corpus: Corpus) -> dict[tuple[str, str], list[str]]:
    """(kind, id) → ids of up to LIMIT related experience sheets, best first."""
    import numpy as np

    fiches = sorted(corpus.of("experience"), key=lambda f: (f["titre"].casefold(), f["id"]))
    scenarios = corpus.of("scenario")
    if not fiches:
        return {("scenario", s["id"]): [] for s in scenarios}
    sheet_features = [_experience_features(f) for f in fiches]
    columns: dict[str, int] = {}
    for keys, _ in sheet_features:
        for key in keys:
            columns.setdefault(key, len(columns))
    width = len(columns) + TEXT_BUCKETS
    document_frequency = np.zeros(TEXT_BUCKETS)
    buckets_of = []
    for _, words in sheet_features:
        buckets = sorted({zlib.crc32(word.encode()) % TEXT_BUCKETS for word in words})
        buckets_of.append(buckets)
        document_frequency[buckets] += 1
    idf = np.log((1 + len(fiches)) / (1 + document_frequency)) + 1.0

    def vector(keys: list[str], words: set[str], buckets=None) -> np.ndarray:
        row = np.zeros(width)
        for key in keys:
            if key in columns:
                row[columns[key]] = math.sqrt(WEIGHTS[key.split(":", 1)[0]])
        if buckets is None:
            buckets = sorted({zlib.crc32(word.encode()) % TEXT_BUCKETS for word in words})
        if buckets:
            text = idf[buckets]
            row[len(columns) + np.array(buckets)] = text / np.linalg.norm(text) * math.sqrt(TEXT_WEIGHT)
        return row

    matrix = np.vstack([vector(keys, words, buckets) for (keys, words), buckets in zip(sheet_features, buckets_of)])
    ids = [f["id"] for f in fiches]
    # Rank in title order, as a tiny penalty: among equal scores, the earlier title wins, every time.
    tie_break = np.arange(len(fiches)) * 1e-9

    def best(rows: np.ndarray, exclude_self_from: int | None) -> list[list[str]]:
        scores = np.round(rows @ matrix.T, 6) - tie_break
        if exclude_self_from is not None:
            scores[np.arange(len(rows)), exclude_self_from + np.arange(len(rows))] = -np.inf
        k = min(LIMIT, len(fiches))
        top = np.argpartition(-scores, k - 1, axis=1)[:, :k] if len(fiches) > k else np.tile(np.arange(len(fiches)), (len(rows), 1))
        result = []
        for row_scores, candidates in zip(scores, top):
            ordered = sorted(candidates, key=lambda j: -row_scores[j])
            result.append([ids[j] for j in ordered if row_scores[j] > 0][:LIMIT])
        return result

    related: dict[tuple[str, str], list[str]] = {}
    for start in range(0, len(fiches), CHUNK):
        for offset, found in enumerate(best(matrix[start:start + CHUNK], start)):
            related[("experience", ids[start + offset])] = found
    if scenarios:
        rows = np.vstack([vector(*_scenario_features(s)) for s in scenarios])
        for scenario, found in zip(scenarios, best(rows, None)):
            related[("scenario", scenario["id"])] = found
    return related
