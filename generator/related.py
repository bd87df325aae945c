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
    # a column no sheet uses adds nothing to any dot product: left out, the product is the same, faster
    used = np.flatnonzero(matrix.any(axis=0))
    kept = matrix[:, used]

    def best(rows: np.ndarray, selves: np.ndarray | None) -> list[list[str]]:
        """The related sheets of each row (its used columns only); selves: each row's own index among
        the sheets (a scenario: None)."""
        # exact in float32: integer weights of a few hundred at most, sums far below 2**24
        scores = rows @ kept.T
        if selves is not None:
            scores[np.arange(len(rows)), selves] = 0
        k = min(LIMIT, count)
        kth = np.partition(scores, count - k, axis=1)[:, count - k]  # the k-th best score of each row
        found = []
        for row_scores, threshold in zip(scores, kth):
            candidates = np.flatnonzero(row_scores >= max(threshold, MIN_SCORE))
            ranked = candidates[np.lexsort((order[candidates], -row_scores[candidates]))]
            found.append([ids[j] for j in ranked[:LIMIT]])
        return found

    related: dict[tuple[str, str], list[str]] = {}
    digests = _row_digests(corpus, fiches, sheet_links, link_value, matrix[:, len(columns):])
    previous = _previous_state(cache_folder) if digests is not None else None
    if previous is not None:
        update = _update(previous, ids, digests, kept, best)
    if previous is None or update is None:
        for start in range(0, count, CHUNK):
            for offset, found in enumerate(best(kept[start:start + CHUNK], np.arange(start, min(start + CHUNK, count)))):
                related[("experience", ids[start + offset])] = found
    else:
        related.update((("experience", ids[index]), found) for index, found in enumerate(update))
    if digests is not None:
        _store_state(cache_folder, previous, {ids[i]: [digests[i], related[("experience", ids[i])]] for i in range(count)})
    if scenarios:
        rows = np.zeros((len(scenarios), width), dtype=np.float32)
        for index, scenario in enumerate(scenarios):
            vector(_links("scenario", scenario), _stems(_text(scenario)), rows[index])
        for scenario, found in zip(scenarios, best(rows[:, used], None)):
            related[("scenario", scenario["id"])] = found
    return related


# Incremental: after a change, only the rows whose related sheets can have changed are computed again.
#
# A row's digest covers everything its dot products and its rank in a tie depend on: its title order
# key (title, id) and its vector, by column name. Between two rows whose digests did not change, the
# score is the one of the previous run, and so is their order. So for a row whose digest did not
# change, and whose previous related sheets all kept theirs, those sheets are still the best among
# the unchanged rows (a row that left or changed was not among them); the new list is the best of
# them and of the changed rows, whose scores with every row are computed here. Every other row
# (changed, new, or whose list held a changed or removed sheet) is computed in full. When a change
# alters the rarity of words or links used by many sheets, most digests change: then everything is
# computed, as in a first run. tests/test_incremental.py compares the result with a cold run.

INCREMENTAL_UP_TO = 0.2  # share of changed rows above which the whole product is computed again


def _row_digests(corpus: Corpus, fiches: list[dict], sheet_links, link_value, text_part) -> list[str] | None:
    """Each sheet's row digest, or None when the records carry no check key (no cache: see check.py)."""
    import hashlib

    records = corpus.records.get("experience", {})
    if not all(getattr(records.get(f["id"]), "source_key", None) for f in fiches):
        return None
    digests = []
    for fiche, keys, text in zip(fiches, sheet_links, text_part):
        digest = hashlib.sha256(json.dumps([fiche["titre"].casefold(), fiche["id"], sorted((key, link_value[key]) for key in keys)],
                                           ensure_ascii=False).encode())
        digest.update(text.tobytes())
        digests.append(digest.hexdigest())
    return digests


def _state_key() -> str:
    import hashlib

    from generator.sqlite_cache import generator_fingerprint

    return hashlib.sha256(generator_fingerprint() + b"\0related").hexdigest()


def _previous_state(cache_folder: Path | None) -> dict[str, tuple[str, list[str]]] | None:
    """id → (row digest, related ids) of the previous run, or None when there is none to trust."""
    if cache_folder is None:
        return None
    from generator import page_cache

    stored = page_cache.lookup(cache_folder / page_cache.FILE_NAME, [_state_key()], table="related").get(_state_key())
    if stored is None:
        return None
    try:
        rows = json.loads(stored)
    except ValueError:
        return None
    if type(rows) is not dict:
        return None
    state = {}
    for sheet_id, row in rows.items():
        if not (type(row) is list and len(row) == 2 and type(row[0]) is str and type(row[1]) is list
                and len(row[1]) <= LIMIT and all(type(other) is str and other in rows for other in row[1])):
            return None
        state[sheet_id] = (row[0], row[1])
    return state


def _update(previous, ids: list[str], digests: list[str], kept, best) -> list[list[str]] | None:
    """Every sheet's related sheets, from the previous run's; None when too many rows changed."""
    import numpy as np

    count = len(ids)
    index_of = {sheet_id: index for index, sheet_id in enumerate(ids)}
    same = [previous.get(sheet_id, ("",))[0] == digest for sheet_id, digest in zip(ids, digests)]
    changed = np.array([index for index in range(count) if not same[index]], dtype=np.int64)
    if len(changed) > INCREMENTAL_UP_TO * count:
        return None
    # sheets of the previous run that changed or left: a list that held one is computed in full
    gone = {sheet_id for sheet_id, (digest, _) in previous.items()
            if sheet_id not in index_of or not same[index_of[sheet_id]]}
    full = set(changed.tolist())
    if gone:
        full.update(index for index in range(count) if same[index] and not gone.isdisjoint(previous[ids[index]][1]))
    full = sorted(full)
    result: list[list[str] | None] = [None] * count
    for start in range(0, len(full), CHUNK):
        part = np.array(full[start:start + CHUNK], dtype=np.int64)
        for index, found in zip(part, best(kept[part], part)):
            result[index] = found
    if len(changed):
        against = kept @ kept[changed].T  # every row's score with each changed row, exact (see best)
        # a row none of the changed rows comes close to keeps its list; the others merge theirs with them
        for index in np.flatnonzero((against >= MIN_SCORE).any(axis=1)).tolist():
            if result[index] is not None:
                continue
            olds = [index_of[other] for other in previous[ids[index]][1]]
            scored = [(float(kept[index] @ kept[other]), other) for other in olds]
            row = against[index]
            scored += [(float(row[column]), int(changed[column])) for column in np.flatnonzero(row >= MIN_SCORE)]
            scored.sort(key=lambda item: (-item[0], item[1]))
            result[index] = [ids[other] for _, other in scored[:LIMIT]]
    for index in range(count):
        if result[index] is None:
            result[index] = list(previous[ids[index]][1])
    return result


def _store_state(cache_folder: Path | None, previous, rows: dict[str, list]) -> None:
    if cache_folder is None:
        return
    if previous is not None and len(previous) == len(rows) and all(
            previous.get(sheet_id) == (row[0], row[1]) for sheet_id, row in rows.items()):
        return
    from generator import page_cache

    key = _state_key()
    page_cache.store(cache_folder / page_cache.FILE_NAME, {key: json.dumps(rows, ensure_ascii=False, separators=(",", ":"))},
                     {key}, table="related")
