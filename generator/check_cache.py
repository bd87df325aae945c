"""A cache of per-file check results, keyed on the file's bytes and on the checker itself.

At 10 000 sheets, parsing YAML is most of `fabrique check`; a sheet that has not changed since the
last run is read back from the cache instead. The key covers the file's path and content, the
schemas and the source of the loading and checking code, so any change to one of them makes the
cache miss.

Entries are data only: JSON, read with `json.loads` and rebuilt field by field, never unpickled.
They live in the project's git-ignored .cache/fabrique; a cache the repository itself carries is never
read (see Project.cache_folder). A damaged or malformed entry is ignored, never fatal.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from generator import __version__

FORMAT = 2


@lru_cache(maxsize=1)
def checker_fingerprint() -> bytes:
    digest = hashlib.sha256(__version__.encode() + str(FORMAT).encode())
    package = resources.files("generator")
    for name in ("load.py", "check.py", "schema.py", "yaml_messages.py", "problems.py", "check_cache.py", "markup.py",
                 "project.py", "departements.py", "vocabularies/departements.yml"):
        digest.update(package.joinpath(name).read_bytes())
    for entry in sorted(package.joinpath("schemas").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            digest.update(entry.read_bytes())
    return digest.digest()


def encode(result) -> bytes:
    record, problems = result
    data = {
        "format": FORMAT,
        "record": None if record is None else {
            "path": record.path,
            "folder": record.folder,
            "data": record.data,
            "values": [[list(path), list(position)] for path, position in record.values.items()],
            "keys": [[list(path), list(position)] for path, position in record.keys.items()],
        },
        "problems": [[p.path, p.line, p.column, p.message, p.level] for p in problems],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class _Malformed(Exception):
    pass


def _position(value) -> tuple[int, int]:
    if not (isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value)):
        raise _Malformed
    return value[0], value[1]


def _path(value) -> tuple:
    if not (isinstance(value, list) and all(type(v) in (str, int) for v in value)):
        raise _Malformed
    return tuple(value)


def decode(raw: bytes):
    """The (record, problems) pair back from an entry; _Malformed when it is not exactly what encode wrote."""
    from generator.load import RawRecord
    from generator.problems import Problem

    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _Malformed
    problems = []
    for item in data["problems"]:
        if not (isinstance(item, list) and len(item) == 5 and type(item[1]) is int and type(item[2]) is int
                and all(isinstance(item[i], str) for i in (0, 3, 4)) and item[4] in ("error", "warning")):
            raise _Malformed
        problems.append(Problem(*item))
    stored = data["record"]
    if stored is None:
        return None, problems
    if not (isinstance(stored, dict) and isinstance(stored.get("data"), dict)
            and isinstance(stored.get("path"), str) and isinstance(stored.get("folder"), str)):
        raise _Malformed
    record = RawRecord(stored["path"], stored["folder"], stored["data"])
    record.values = {_path(path): _position(position) for path, position in stored["values"]}
    record.keys = {_path(path): _position(position) for path, position in stored["keys"]}
    return record, problems


def cached(kind, file: Path, shown: str, folder: Path | None, compute):
    from generator.load import read_record_bytes
    from generator.problems import Problem

    raw = read_record_bytes(file)
    if isinstance(raw, str):
        return None, [Problem(shown, 1, 1, raw)]
    if folder is None:
        return compute(raw)
    key = hashlib.sha256(checker_fingerprint() + kind.name.encode() + b"\0" + shown.encode() + b"\0" + raw).hexdigest()
    entry = folder / key[:2] / f"{key}.json"
    try:
        with open(entry, "rb") as stream:
            result = decode(stream.read(8 * 1024 * 1024))
        if result[0] is None or result[0].path == shown:
            return result
    except Exception:  # noqa: BLE001 - missing, damaged or malformed: compute again
        pass
    result = compute(raw)
    try:
        from generator.write import write_atomic

        write_atomic(entry, encode(result))
    except (OSError, ValueError, TypeError):
        pass
    return result
