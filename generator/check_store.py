"""Per-file check results kept in one SQLite file (.cache/fabrique/controle.sqlite), as JSON data.

A sheet whose bytes were already checked by this very version of the checker is not parsed again.
One database instead of one file per sheet: creating thousands of small files cost more than
parsing them (0.5 ms a file on the benchmark machine), so a cold cache blocked the first check.
The main process looks every file up at once (lookup_many); workers write the results they compute,
a batch per transaction; the main process writes the others (and those a worker could not write) in
one transaction, and forgets the entries of files that no longer exist. The key covers the generator
package (code, schemas, vocabularies, templates: sqlite_cache.generator_fingerprint), the file's
kind, shown path and bytes. A damaged or locked database is ignored, never fatal: the result is then
computed again.

The positions of a record's keys and values (line, column) are not kept: a record read from the
cache reads its file again for them, only if a problem is to be placed on it (load.RawRecord).
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
    """The entry for a result: its record (path, folder, data) and problems, in JSON."""
    record, problems = result
    stored = None if record is None else {"path": record.path, "folder": record.folder, "data": record.data}
    # a record has no cycle (no alias): no need for json's cycle check
    return json.dumps({"record": stored, "problems": [[p.path, p.line, p.column, p.message, p.level] for p in problems]},
                      ensure_ascii=False, separators=(",", ":"), check_circular=False)


def decode(text: str, file: str | None = None) -> tuple[RawRecord | None, list[Problem]]:
    """The (record, problems) pair back from an entry, rebuilt field by field from JSON data; ValueError
    when it is not exactly what `encode` writes (the entry is then ignored and the file checked again).
    The record reads `file` again for its positions, if a problem needs one."""
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
    record = RawRecord(r["path"], r["folder"], r["data"])
    if file is not None:
        record.keep_file(file)
    return record, problems


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
    """Write new entries from a worker process (the JSON texts then need not travel to the main process)."""
    return add_entries(database, "results", "value", new)


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


def decoded(entry, file: str | None) -> tuple[RawRecord | None, list[Problem]] | None:
    """An entry from lookup_many, decoded; None when it is not what `encode` writes."""
    if not isinstance(entry, str):
        return None
    try:
        return decode(entry, file)
    except (ValueError, KeyError, TypeError, RecursionError):
        return None


def store(database: Path, new: dict[str, str], used: set[str] | None) -> None:
    """Write the new entries, and drop those no file of this run needs any more (unless `used` is None)."""
    store_entries(database, "results", "value", new, used)
