"""A cache of per-file check results, keyed on the file's bytes and on the checker itself.

At 10 000 sheets, parsing YAML is most of `fabrique check`; a sheet that has not changed since the
last run is read back from .cache/fabrique/controle instead. The key covers the file's path and
content, the schemas and the source of the loading and checking code, so any change to one of them
makes the cache miss. A damaged cache entry is ignored, never fatal.
"""
from __future__ import annotations

import hashlib
import pickle
from functools import lru_cache
from importlib import resources
from pathlib import Path

from generator import __version__


@lru_cache(maxsize=1)
def checker_fingerprint() -> bytes:
    digest = hashlib.sha1(__version__.encode())
    package = resources.files("generator")
    for name in ("load.py", "check.py", "schema.py", "yaml_messages.py", "problems.py", "check_cache.py",
                 "departements.py", "vocabularies/departements.yml"):
        digest.update(package.joinpath(name).read_bytes())
    for entry in sorted(package.joinpath("schemas").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            digest.update(entry.read_bytes())
    return digest.digest()


def cached(kind, file: Path, shown: str, folder: Path, compute):
    from generator.problems import Problem

    try:
        raw = file.read_bytes()
    except OSError as error:
        return None, [Problem(shown, 1, 1, f"lecture impossible : {error.strerror}.")]
    key = hashlib.sha1(checker_fingerprint() + kind.name.encode() + b"\0" + shown.encode() + b"\0" + raw).hexdigest()
    entry = folder / key[:2] / f"{key}.pickle"
    try:
        with open(entry, "rb") as stream:
            return pickle.load(stream)
    except Exception:  # noqa: BLE001 - missing or damaged: compute again
        pass
    result = compute(raw)
    try:
        from generator.write import write_atomic

        write_atomic(entry, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass
    return result
