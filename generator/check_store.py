"""Per-file check results kept in one SQLite file (.cache/fabrique/controle.sqlite), as JSON data.

A sheet whose bytes were already checked by this very version of the checker is not parsed again.
One database instead of one file per sheet: creating thousands of small files cost more than
parsing them (0.5 ms a file on the benchmark machine), so a cold cache blocked the first check.
Workers look entries up on their own read-only connection and write the results they compute, a
batch per transaction; the main process writes the others (and those a worker could not write) in
one transaction, and forgets the entries of files that no longer exist. The key covers
the generator package (code, schemas, vocabularies, templates: sqlite_cache.generator_fingerprint), the file's kind, shown path and bytes. A
damaged or locked database is ignored, never fatal: the result is then computed again.

The positions of a record's keys and values (line, column) are kept in a table of their own and
read only when a problem is placed on a record read from the cache (_CachedRecord).
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

from generator.sqlite_cache import add_entries, generator_fingerprint, store_entries
from generator.load import RawRecord
from generator.problems import Problem

FILE_NAME = "controle.sqlite"


def key_of(kind_name: str, shown: str, raw: bytes) -> str:
    return hashlib.sha1(generator_fingerprint() + kind_name.encode() + b"\0" + shown.encode() + b"\0" + raw).hexdigest()


def encode(result: tuple[RawRecord | None, list[Problem]]) -> str:
    """The entry for a result: its record and problems in JSON, then, after a newline (never inside
    JSON text), the positions of the record's keys and values, kept apart (see `store`)."""
    record, problems = result
    stored = positions = None
    if record is not None:
        stored = {"path": record.path, "folder": record.folder, "data": record.data}
        positions = {"values": [[list(p), *at] for p, at in record.values.items()],
                     "keys": [[list(p), *at] for p, at in record.keys.items()]}
    # a record has no cycle (no alias): no need for json's cycle check
    head = json.dumps({"record": stored, "problems": [[p.path, p.line, p.column, p.message, p.level] for p in problems]},
                      ensure_ascii=False, separators=(",", ":"), check_circular=False)
    return head + "\n" + json.dumps(positions, ensure_ascii=False, separators=(",", ":"), check_circular=False)


_PART_TYPES = frozenset((str, int))


def _path(value) -> tuple:
    if not (type(value) is list and _PART_TYPES.issuperset(map(type, value))):
        raise ValueError("chemin mal formé")
    return tuple(value)


def _positions(items) -> dict:
    if type(items) is not list:
        raise ValueError("positions mal formées")
    found = {}
    for item in items:
        if not (type(item) is list and len(item) == 3 and type(item[1]) is int and type(item[2]) is int):
            raise ValueError("position mal formée")
        found[_path(item[0])] = (item[1], item[2])
    return found


def decode(text: str, key: str | None = None, database: Path | None = None,
           file: str | None = None) -> tuple[RawRecord | None, list[Problem]]:
    """The (record, problems) pair back from an entry, rebuilt field by field from JSON data; ValueError
    when it is not exactly what `encode` writes (the entry is then ignored and the file checked again).
    The positions of the record's keys and values are read only when a problem needs one (_CachedRecord)."""
    stored = json.loads(text)
    if not isinstance(stored, dict) or not isinstance(stored.get("problems"), list):
        raise ValueError("entrée mal formée")
    problems = []
    for item in stored["problems"]:
        if not (isinstance(item, list) and len(item) == 5 and type(item[1]) is int and type(item[2]) is int
                and all(isinstance(item[i], str) for i in (0, 3, 4)) and item[4] in ("error", "warning")):
            raise ValueError("problème mal formé")
        problems.append(Problem(*item))
    r = stored.get("record")
    if r is None:
        return None, problems
    if not (isinstance(r, dict) and isinstance(r.get("data"), dict) and isinstance(r.get("path"), str)
            and isinstance(r.get("folder"), str)):
        raise ValueError("fiche mal formée")
    return _CachedRecord(r["path"], r["folder"], r["data"], key, database, file), problems


def decode_positions(text: str) -> tuple[dict, dict]:
    """(values, keys) back from the positions part of an entry; ValueError when it is not what `encode` wrote."""
    stored = json.loads(text)
    if not isinstance(stored, dict):
        raise ValueError("positions mal formées")
    return _positions(stored.get("values")), _positions(stored.get("keys"))


class _CachedRecord(RawRecord):
    """A record read from the cache. The positions of its keys and values (most of an entry's size, and
    most of its decoding time) are read from the database only when a problem is placed on it: at
    10 000 sheets, decoding them all took longer than everything else the check does with its cache.
    When they cannot be read back (entry gone or damaged), the file is read again for them."""

    def __init__(self, path: str, folder: str, data: dict, key: str | None, database: Path | None, file: str | None):
        self.path, self.folder, self.data, self.ends = path, folder, data, {}
        self._source = (key, database, file)
        self._positions: tuple[dict, dict] | None = None

    def _load_positions(self) -> tuple[dict, dict]:
        if self._positions is None:
            key, database, file = self._source
            found = None
            connection = _connection(database) if database is not None and key is not None else None
            if connection is not None:
                try:
                    row = connection.execute("SELECT value FROM positions WHERE key = ?", (key,)).fetchone()
                    found = decode_positions(row[0]) if row else None
                except (sqlite3.Error, ValueError, KeyError, TypeError):
                    found = None
            if found is None:
                found = _positions_from_file(file, self.path, self.folder)
            self._positions = found
        return self._positions

    @property
    def values(self) -> dict:
        return self._load_positions()[0]

    @property
    def keys(self) -> dict:
        return self._load_positions()[1]


def _positions_from_file(file: str | None, shown: str, folder: str) -> tuple[dict, dict]:
    from generator.load import load_file

    record = load_file(Path(file), shown, folder)[0] if file is not None else None
    return (record.values, record.keys) if record is not None else ({}, {})


_reader: tuple[str, sqlite3.Connection | None] | None = None


def _connection(database: Path) -> sqlite3.Connection | None:
    """This process's read-only connection (workers are forked: each opens its own)."""
    global _reader
    if _reader is not None and _reader[0] == f"{os.getpid()}:{database}":
        return _reader[1]
    connection = None
    if database.is_file():
        try:
            connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1)
        except sqlite3.Error:
            connection = None
    _reader = (f"{os.getpid()}:{database}", connection)
    return connection


def add(database: Path, new: dict[str, str]) -> bool:
    """Write new entries from a worker process (the JSON texts then need not travel to the main process):
    records and problems in one table, positions in the other, as `store` does."""
    heads, tails = {}, {}
    for key, entry in new.items():
        heads[key], _, tails[key] = entry.partition("\n")
    # positions first: an entry found in « results » then has its positions, or (if they could not be
    # written) reads them from its file, as for any entry whose positions are missing
    return add_entries(database, "positions", "value", tails) and add_entries(database, "results", "value", heads)


def lookup_many(database: Path, keys: list[str]) -> dict[str, str]:
    """key → stored entry (not decoded: see `decoded`), for the keys found; asked 500 at a time."""
    connection = _connection(database)
    if connection is None:
        return {}
    found = {}
    try:
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            found.update(connection.execute(f"SELECT key, value FROM results WHERE key IN ({','.join('?' * len(part))})",
                                            part).fetchall())
    except sqlite3.Error:
        return {}
    return found


def decoded(entry, key: str, database: Path, file: str | None) -> tuple[RawRecord | None, list[Problem]] | None:
    """An entry from lookup_many, decoded; None when it is not what `encode` writes."""
    if not isinstance(entry, str):
        return None
    try:
        return decode(entry, key, database, file)
    except (ValueError, KeyError, TypeError, RecursionError):
        return None


def store(database: Path, new: dict[str, str], used: set[str]) -> None:
    """Write the new entries (records and problems in one table, positions in another), and drop
    those no file of this run needs any more."""
    heads, tails = {}, {}
    for key, entry in new.items():
        heads[key], _, tails[key] = entry.partition("\n")
    store_entries(database, "results", "value", heads, used)
    store_entries(database, "positions", "value", tails, used)
