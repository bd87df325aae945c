"""Rendered sheet pages kept in one SQLite file (.cache/fabrique/pages/pages.sqlite), as text; in
other tables, the figure pages (render.render_figures), the words of each sheet counted for the
related sheets and the related sheets' previous run (related.py), as JSON.

After one sheet changed, only the pages whose inputs changed are rendered again. A page's key covers
everything its template reads: the generator's code, templates and vocabularies, every record that is
not an experience sheet (figures, scenarios, themes, ateliers: few, hashed once), the sheet itself,
and its related sheets with their data (the page lists their titles). Anything else the page could
read is not given to it (see render.render_experiences). A damaged or locked database is ignored,
never fatal: the pages are then rendered again.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from generator.sqlite_cache import generator_fingerprint, store_entries

FILE_NAME = "pages.sqlite"


def _json(value) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=repr).encode()


def common_digest(corpus_parts: dict) -> bytes:
    return hashlib.sha256(generator_fingerprint() + _json(corpus_parts)).digest()


def digest_of(record: dict) -> bytes:
    return b"d" + hashlib.sha256(_json(record)).digest()


def source_digest(check_key: str) -> bytes:
    """A sheet's digest from its check cache key, which covers its file's bytes (hence its data)."""
    return b"k" + check_key.encode()


def key_of(common: bytes, own: bytes, related: list[tuple[str, bytes]]) -> str:
    """own: the sheet's digest; related: (id, digest) of each related sheet, in the page's order."""
    digest = hashlib.sha256(common + own)
    for other, other_digest in related:
        digest.update(b"\0" + other.encode() + b"\0" + other_digest)
    return digest.hexdigest()


def text_key(text: str) -> str:
    return hashlib.sha256(generator_fingerprint() + text.encode("utf-8", "surrogatepass")).hexdigest()


def decode_counts(stored: str | None):
    """A Counter of words back from its JSON, or None when it is not exactly what was written."""
    from collections import Counter

    if stored is None:
        return None
    try:
        value = json.loads(stored)
    except ValueError:
        return None
    if not (type(value) is dict and all(type(count) is int for count in value.values())):
        return None
    return Counter(value)


TABLES = {"pages": "page", "figures": "page", "stems": "counts", "related": "state"}  # related: related.py's previous run


def lookup(database: Path | None, keys: list[str], table: str = "pages") -> dict[str, str]:
    """key → stored text (a page, or a word count in JSON), for the keys found."""
    if database is None or not database.is_file():
        return {}
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            found = {}
            for start in range(0, len(keys), 500):
                part = keys[start:start + 500]
                rows = connection.execute(
                    f"SELECT key, {TABLES[table]} FROM {table} WHERE key IN ({','.join('?' * len(part))})", part
                ).fetchall()
                found.update((key, page) for key, page in rows if isinstance(key, str) and isinstance(page, str))
            return found
        finally:
            connection.close()
    except sqlite3.Error:
        return {}


def stems_naming(database: Path | None, words: list[str]) -> tuple[set[str], set[str]] | None:
    """(keys of the word counts that name one of `words`, keys of every word count), or None. Found by
    SQLite in the stored text, without decoding it: a word (lowercase ASCII letters) is named in a count
    exactly when its JSON key, « "word": », is in the text."""
    if database is None or not database.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            every = {key for (key,) in connection.execute("SELECT key FROM stems")}
            condition = " OR ".join("instr(counts, ?) > 0" for _ in words)
            naming = {key for (key,) in connection.execute(f"SELECT key FROM stems WHERE {condition}",
                                                            [f'"{word}":' for word in words])}
            return naming, every
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def store(database: Path | None, new: dict[str, str], used: set[str], table: str = "pages") -> None:
    """Write the new pages, and drop those no sheet of this run needs any more."""
    if database is None:
        return
    store_entries(database, table, TABLES[table], new, used)
