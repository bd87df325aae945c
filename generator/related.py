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

With a cache folder, a run starts from the previous run's state (see « Incremental » below): after
one sheet changed, only the word columns and the rows that can have changed are computed again,
and the result is the one a computation from nothing gives (tests/test_incremental.py).
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


def _stems_of(database: Path | None, keys: list[str], fiches: list[dict | None]) -> tuple[list[Counter], dict] | None:
    """_stems of each sheet, read from the cache (page_cache's database) under its key when it is there,
    else counted (when its sheet is given: None asks only for what the cache has, else the answer is
    None); with the new entries to store."""
    from generator import page_cache

    found = page_cache.lookup(database, keys, table="stems") if database is not None else {}
    result, new = [], {}
    for key, fiche in zip(keys, fiches):
        counts = page_cache.decode_counts(found.get(key))
        if counts is None:
            if fiche is None:
                return None
            counts = _stems(_text(fiche))
            new[key] = json.dumps(counts, ensure_ascii=False, separators=(",", ":"))
        result.append(counts)
    return result, new


def compute_related(corpus: Corpus, cache_folder: Path | None = None) -> dict[tuple[str, str], list[str]]:
    """(kind, id) → ids of up to LIMIT related experience sheets, best first. cache_folder: where the
    words of each sheet, and this run's vectors and results, are kept for the next run (see below)."""
    import numpy as np

    from generator import page_cache

    fiches = sorted(corpus.of("experience"), key=lambda f: (f["titre"].casefold(), f["id"]))
    scenarios = corpus.of("scenario")
    if not fiches:
        return {("scenario", s["id"]): [] for s in scenarios}
    count = len(fiches)
    ids = [f["id"] for f in fiches]
    records = corpus.records.get("experience", {})
    # the check cache's key of each sheet (check.py): the same key, the same bytes, the same words
    sources = [getattr(records.get(sheet_id), "source_key", None) for sheet_id in ids]
    keyed = cache_folder is not None and all(sources)
    database = cache_folder / page_cache.FILE_NAME if cache_folder is not None else None
    if keyed:
        stem_keys = [f"s:{source}" for source in sources]
    elif database is not None:
        stem_keys = [page_cache.text_key(_text(f)) for f in fiches]
    sheet_links = [_links("experience", f) for f in fiches]

    # rarity of links and words, over the sheets (the records every vector is compared with)
    link_df = Counter(key for keys in sheet_links for key in set(keys))
    columns = {key: index for index, key in enumerate(sorted(link_df))}

    def idf(df: int) -> float:
        return math.log((1 + count) / (1 + df)) + 1.0

    mean_idf = sum(idf(df) * df for df in link_df.values()) / max(sum(link_df.values()), 1)
    link_value = {key: round(SCALE * math.sqrt(WEIGHTS[key.split(":", 1)[0]] * idf(df) / mean_idf))
                  for key, df in link_df.items()}
    width = len(columns) + TEXT_BUCKETS
    text_scale = SCALE * math.sqrt(TEXT_WEIGHT)

    state = _previous_state(cache_folder, count) if keyed else None
    reuse = _words_since(state, ids, sources, database, fiches) if state is not None else None
    stems_new: dict = {}
    if reuse is None:
        if database is not None:
            sheet_stems, stems_new = _stems_of(database, stem_keys, fiches)
        else:
            sheet_stems = [_stems(_text(f)) for f in fiches]
        term_df = Counter()
        for stems in sheet_stems:
            term_df.update(stems.keys())
        todo = range(count)
    else:
        term_df, todo, sheet_stems, stems_new = reuse
    # words: no floor, a word that every sheet uses says nothing about any of them
    term_idf = {term: math.log((1 + count) / (1 + df)) for term, df in term_df.items()}

    def text_part(stems: Counter) -> tuple[list[int], list[int]]:
        """The word columns of a vector (buckets, values), as small integers."""
        # a word no sheet uses (seen in a scenario only) cannot bring a sheet closer: left out
        weighted = [((1.0 + math.log(tf)) * term_idf[term], term) for term, tf in stems.items() if term in term_idf]
        # the most characteristic words, ties broken by the word itself
        weighted.sort(key=lambda item: (-item[0], item[1]))
        top = weighted[:TEXT_TERMS]
        norm = math.sqrt(sum(w * w for w, _ in top))
        if not norm:
            return [], []
        text = np.zeros(TEXT_BUCKETS)
        for w, term in top:
            text[_bucket(term)] += w
        values = np.rint(text * (text_scale / norm))
        buckets = np.flatnonzero(values)
        return buckets.tolist(), values[buckets].astype(np.int64).tolist()

    def vector(keys: list[str], words: tuple[list[int], list[int]], row: np.ndarray) -> None:
        for key in keys:
            if key in columns:
                row[columns[key]] = link_value[key]
        buckets, values = words
        if buckets:
            row[len(columns) + np.array(buckets)] = values

    words = [state["rows"].get(sheet_id, (None,) * 4)[3] for sheet_id in ids] if reuse is not None else [None] * count
    for index in todo:
        words[index] = text_part(sheet_stems[index])
    matrix = np.zeros((count, width), dtype=np.float32)
    for index, (keys, part) in enumerate(zip(sheet_links, words)):
        vector(keys, part, matrix[index])
    if database is not None and (reuse is None or todo):
        page_cache.store(database, stems_new, set(stem_keys), table="stems")
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
    digests = None
    if keyed:
        # a row whose words were not weighed again, whose file and links' weights did not change: same digest
        same_links = state is not None and reuse is not None and state.get("links") == link_value
        again = set(todo)
        digests = [_row_digest(fiche, keys, link_value, part) if index in again or not same_links else state["rows"][fiche["id"]][1]
                   for index, (fiche, keys, part) in enumerate(zip(fiches, sheet_links, words))]
    previous = {sheet_id: (row[1], row[2]) for sheet_id, row in state["rows"].items()} if state is not None else None
    if previous is not None:
        update = _update(previous, ids, digests, kept, best)
    if previous is None or update is None:
        for start in range(0, count, CHUNK):
            for offset, found in enumerate(best(kept[start:start + CHUNK], np.arange(start, min(start + CHUNK, count)))):
                related[("experience", ids[start + offset])] = found
    else:
        related.update((("experience", ids[index]), found) for index, found in enumerate(update))
    if digests is not None:
        _store_state(cache_folder, state, {"count": count, "terms": term_df, "links": link_value, "rows": {
            ids[i]: [sources[i], digests[i], related[("experience", ids[i])], list(words[i])] for i in range(count)}})
    if scenarios:
        rows = np.zeros((len(scenarios), width), dtype=np.float32)
        for index, scenario in enumerate(scenarios):
            vector(_links("scenario", scenario), text_part(_stems(_text(scenario))), rows[index])
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


def _row_digest(fiche: dict, keys: list[str], link_value: dict, words) -> str:
    """A sheet's row digest: its title order key and its vector, by column name (links by name, words
    by bucket)."""
    import hashlib

    shape = [fiche["titre"].casefold(), fiche["id"], sorted((key, link_value[key]) for key in keys), list(words)]
    return hashlib.sha256(json.dumps(shape, ensure_ascii=False).encode()).hexdigest()


def _state_key() -> str:
    import hashlib

    from generator.sqlite_cache import generator_fingerprint

    return hashlib.sha256(generator_fingerprint() + b"\0related").hexdigest()


def _previous_state(cache_folder: Path | None, count: int) -> dict | None:
    """The previous run's state when there is one to trust, for as many sheets: {"count", "terms": word →
    number of sheets that use it, "rows": id → [check key, row digest, related ids, (buckets, values)]}."""
    if cache_folder is None:
        return None
    from generator import page_cache

    stored = page_cache.lookup(cache_folder / page_cache.FILE_NAME, [_state_key()], table="related").get(_state_key())
    if stored is None:
        return None
    try:
        state = json.loads(stored)
    except ValueError:
        return None
    if not (type(state) is dict and type(state.get("count")) is int and state["count"] == count and type(state.get("terms")) is dict
            and type(state.get("rows")) is dict and len(state["rows"]) == count):
        return None
    if not all(type(df) is int and df > 0 for df in state["terms"].values()):
        return None
    if not (type(state.get("links")) is dict and all(type(value) is int for value in state["links"].values())):
        return None
    rows = state["rows"]
    # the shape of every row, checked over all rows at once (this runs on every generation)
    if not all(type(row) is list and len(row) == 4 and type(row[0]) is str and type(row[1]) is str
               and type(row[2]) is list and len(row[2]) <= LIMIT and type(row[3]) is list and len(row[3]) == 2
               and type(row[3][0]) is list and type(row[3][1]) is list and len(row[3][0]) == len(row[3][1]) <= TEXT_TERMS
               for row in rows.values()):
        return None
    try:
        related = {other for row in rows.values() for other in row[2]}
    except TypeError:  # a list or a mapping where an id should be
        return None
    buckets = [bucket for row in rows.values() for bucket in row[3][0]]
    values = [value for row in rows.values() for value in row[3][1]]
    if not (related <= rows.keys() and {type(bucket) for bucket in buckets} <= {int} and {type(v) for v in values} <= {int}):
        return None  # ids only: a related sheet that is not one of the rows is refused with the rest
    if buckets and not (0 <= min(buckets) and max(buckets) < TEXT_BUCKETS and 0 < min(values) and max(values) < 4096):
        return None
    return state


def _words_since(state: dict, ids: list[str], sources: list[str], database: Path | None, fiches: list[dict]):
    """(words' counts of sheets, sheets whose word columns must be computed, their words, new cache
    entries), from the previous run's state: only the sheets whose file changed, and those that use a
    word whose rarity changed with them, are computed again. None when the words of a sheet that
    changed or left are no longer in the cache (everything is then computed)."""
    rows = state["rows"]
    changed = [index for index, (sheet_id, source) in enumerate(zip(ids, sources))
               if sheet_id not in rows or rows[sheet_id][0] != source]
    source_of = dict(zip(ids, sources))
    left = [row[0] for sheet_id, row in rows.items() if source_of.get(sheet_id) != row[0]]
    if not changed and not left:
        return Counter(state["terms"]), [], None, {}
    old = _stems_of(database, [f"s:{source}" for source in left], [None] * len(left))
    if old is None:
        return None
    new_stems, new_entries = _stems_of(database, [f"s:{sources[i]}" for i in changed], [fiches[i] for i in changed])
    term_df = Counter(state["terms"])
    for stems in old[0]:
        term_df.subtract(stems.keys())
    for stems in new_stems:
        term_df.update(stems.keys())
    moved = {term for term in term_df if term_df[term] != state["terms"].get(term, 0)}
    # of those, the words that a sheet which did not change uses (a word only changed sheets use, as a
    # word that a title gains, or loses, weighs differently in no other sheet)
    in_changed = Counter()
    for stems in new_stems:
        in_changed.update(moved & stems.keys())
    moved = {term for term in moved if term_df[term] > in_changed[term]}
    for term in [term for term, df in term_df.items() if df <= 0]:
        del term_df[term]
    todo = set(changed)
    sheet_stems: list = [None] * len(ids)
    for index, stems in zip(changed, new_stems):
        sheet_stems[index] = stems
    if moved:
        # a word used by more or fewer sheets weighs differently in every sheet that uses it: those
        # sheets are found by SQLite in the stored counts when every sheet has its own there (a few
        # words only: each is a scan of the table), else by reading every count
        keys = [f"s:{source}" for source in sources]
        found = _stems_naming(database, sorted(moved)) if len(moved) <= 16 else None
        others = [index for index in range(len(ids)) if index not in todo]
        if found is not None and found[1].issuperset(keys[index] for index in others):
            candidates = [index for index in others if keys[index] in found[0]]
        else:
            candidates = others
        counted, more = _stems_of(database, [keys[index] for index in candidates], [fiches[index] for index in candidates])
        new_entries.update(more)
        for index, stems in zip(candidates, counted):
            if not moved.isdisjoint(stems.keys()):
                todo.add(index)
                sheet_stems[index] = stems
    return term_df, sorted(todo), sheet_stems, new_entries


def _stems_naming(database: Path | None, words: list[str]):
    from generator import page_cache

    if not all(_STEM_WORD.fullmatch(word) for word in words):
        return None
    return page_cache.stems_naming(database, words)


_STEM_WORD = re.compile(r"[a-z]{4,7}")


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
        # the last of each row's previous list (score, index), or the threshold when the list is short
        last_score = np.full(count, MIN_SCORE, dtype=np.float64)
        last_index = np.full(count, count, dtype=np.int64)
        for index in range(count):
            olds = previous[ids[index]][1] if result[index] is None else ()
            if len(olds) == LIMIT:
                other = index_of[olds[-1]]
                last_score[index] = float(kept[index] @ kept[other])
                last_index[index] = other
        # a row that no changed row beats keeps its list; the others merge theirs with them
        beats = (against > last_score[:, None]) | ((against == last_score[:, None]) & (changed[None, :] < last_index[:, None]))
        for index in np.flatnonzero(beats.any(axis=1)).tolist():
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


def _store_state(cache_folder: Path | None, previous: dict | None, state: dict) -> None:
    if cache_folder is None or state == previous:
        return
    from generator import page_cache

    key = _state_key()
    page_cache.store(cache_folder / page_cache.FILE_NAME, {key: json.dumps(state, ensure_ascii=False, separators=(",", ":"))},
                     {key}, table="related")
