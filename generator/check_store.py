"""Per-file check results kept in one SQLite file (.cache/fabrique/controle.sqlite), as JSON data.

A sheet whose bytes were already checked by this very version of the checker is not parsed again.
One database instead of one file per sheet: creating thousands of small files cost more than
parsing them (0.5 ms a file on the benchmark machine), so a cold cache blocked the first check.
Workers look entries up on their own read-only connection and write the results they compute, a
batch per transaction; the main process writes the others (and those a worker could not write) in
one transaction, and forgets the entries of files that no longer exist. The key covers
the generator package (code, schemas, vocabularies, templates: sqlite_cache.generator_fingerprint), the file's kind, shown path and bytes. A
damaged or locked database is ignored, never fatal: the result is then computed again.
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
    record, problems = result
    stored = None
    if record is not None:
        stored = {"path": record.path, "folder": record.folder, "data": record.data,
                  "values": [[list(p), *at] for p, at in record.values.items()],
                  "keys": [[list(p), *at] for p, at in record.keys.items()]}
    return json.dumps({"record": stored, "problems": [[p.path, p.line, p.column, p.message, p.level] for p in problems]},
                      ensure_ascii=False, separators=(",", ":"), check_circular=False)  # a record has no cycle (no alias)


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


def decode(text: str) -> tuple[RawRecord | None, list[Problem]]:
    """The (record, problems) pair back from an entry, rebuilt field by field from JSON data; ValueError
    when it is not exactly what `encode` writes (the entry is then ignored and the file checked again)."""
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
    return RawRecord(r["path"], r["folder"], r["data"], _positions(r.get("values")), _positions(r.get("keys"))), problems


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


def lookup(database: Path, key: str) -> tuple[RawRecord | None, list[Problem]] | None:
    connection = _connection(database)
    if connection is None:
        return None
    try:
        row = connection.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        return decode(row[0]) if row else None
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None


def add(database: Path, new: dict[str, str]) -> bool:
    """Write new entries from a worker process (the JSON texts then need not travel to the main process)."""
    return add_entries(database, "results", "value", new)


def store(database: Path, new: dict[str, str], used: set[str]) -> None:
    """Write the new entries, and drop those no file of this run needs any more."""
    store_entries(database, "results", "value", new, used)
