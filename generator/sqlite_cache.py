"""What the SQLite caches share: the generator's fingerprint in their keys, and the write side (check results, rendered pages): data only, never code."""
from __future__ import annotations

import hashlib
import sqlite3
from functools import lru_cache
from importlib import resources
from pathlib import Path

from generator import __version__


@lru_cache(maxsize=1)
def generator_fingerprint() -> bytes:
    """Every file of the generator package that can shape a result (code, schemas, vocabularies,
    templates): the caches' keys include it, so any change to the generator misses every entry."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(str(resources.files("generator")))
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".j2", ".yml", ".json", ".css", ".md"):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


def _write(database: Path, table: str, column: str, new: dict[str, str], used: set[str] | None, timeout: float) -> None:
    """One transaction: the new entries of `table` (key → text in `column`), then, when `used` is given,
    the removal of the entries this run no longer needs."""
    database.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(database, timeout=timeout)
    try:
        connection.execute("PRAGMA synchronous = OFF")
        with connection:
            connection.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, {column} TEXT NOT NULL)")
            connection.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", new.items())
            if used is not None:
                connection.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
                connection.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((key,) for key in used))
                connection.execute(f"DELETE FROM {table} WHERE key NOT IN (SELECT key FROM used)")
    finally:
        connection.close()


def add_entries(database: Path, table: str, column: str, new: dict[str, str]) -> bool:
    """Write entries from one of several processes (one transaction, waiting for the others' turn);
    never removes anything (store_entries, in the main process, forgets what a run no longer needs).
    False when they could not be written: the caller hands them to store_entries instead."""
    try:
        _write(database, table, column, new, None, timeout=10)
        return True
    except (sqlite3.Error, OSError):
        return False


def store_entries(database: Path, table: str, column: str, new: dict[str, str], used: set[str] | None) -> None:
    """Write the new entries of `table` (key → text in `column`), and drop those this run no longer
    needs (unless `used` is None). A damaged database is removed (the next run starts afresh); a
    locked one is left alone."""
    try:
        _write(database, table, column, new, used, timeout=5)
    except sqlite3.DatabaseError:
        try:
            database.unlink()  # damaged: start again next time
        except OSError:
            pass
    except (sqlite3.Error, OSError):
        pass
