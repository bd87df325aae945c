"""The write side shared by the SQLite caches (check results, rendered pages): data only, never code."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def store_entries(database: Path, table: str, column: str, new: dict[str, str], used: set[str]) -> None:
    """Write the new entries of `table` (key → text in `column`), and drop those this run no longer
    needs. A damaged database is removed (the next run starts afresh); a locked one is left alone."""
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(database, timeout=5)
        try:
            connection.execute("PRAGMA synchronous = OFF")
            with connection:
                connection.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, {column} TEXT NOT NULL)")
                connection.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", new.items())
                connection.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
                connection.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((key,) for key in used))
                connection.execute(f"DELETE FROM {table} WHERE key NOT IN (SELECT key FROM used)")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        try:
            database.unlink()  # damaged: start again next time
        except OSError:
            pass
    except (sqlite3.Error, OSError):
        pass
