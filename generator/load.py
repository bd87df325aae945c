"""YAML files → raw records, keeping the line and column of every key and value.

Safe loading only (PyYAML's C loader when available). Refused: duplicate keys (PyYAML
would silently keep the last one), anchors and aliases (no alias bombs), non-UTF-8
text, empty files, files over MAX_BYTES, documents that are not a mapping.

A duplicate key, a YAML tag or a key that is not a word is reported, and the record is
still returned (first value kept) so that its other mistakes are found in the same run.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

import yaml

from generator.problems import Problem
from generator.yaml_messages import explain_yaml_error

MAX_BYTES = 256 * 1024

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class RecordLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that keeps dates as text: the schema checks them, so an impossible
    date (2024-02-30) becomes a clear problem instead of an exception."""


RecordLoader.add_constructor("tag:yaml.org,2002:timestamp", RecordLoader.construct_yaml_str)

# PyYAML's resolver, called by the C composer for every value, without its per-call list building:
# the same implicit resolvers, tried in the same order (first character, then the wildcard ones).
_WILDCARD = tuple(RecordLoader.yaml_implicit_resolvers.get(None, ()))
_IMPLICIT = {first: tuple(found) + _WILDCARD for first, found in RecordLoader.yaml_implicit_resolvers.items()
             if first is not None}
_STR = "tag:yaml.org,2002:str"


def _resolve(self, kind, value, implicit, _scalar=yaml.ScalarNode, _base=yaml.resolver.BaseResolver.resolve):
    if kind is not _scalar or self.yaml_path_resolvers:
        return _base(self, kind, value, implicit)
    if implicit[0]:
        for tag, regexp in _IMPLICIT.get(value[:1], _WILDCARD):
            if regexp.match(value):
                return tag
    return self.DEFAULT_SCALAR_TAG


RecordLoader.resolve = _resolve  # type: ignore[method-assign]

Position = tuple[int, int]  # 1-based line, column


class RawRecord:
    """A record's data, and where each of its keys and values is written (line, column: `values`,
    `keys`, `ends`). The positions are worked out only when first asked for, by walking the YAML of
    its text again, or of its file once the text is let go (`keep_file`): most records have no
    problem to place, and noting every position as the data was built was a third of a cold check."""

    def __init__(self, path: str, folder: str, data: dict, text: str | None = None):
        self.path = path  # as shown to the user (relative to the project root)
        self.folder = folder
        self.data = data
        self.page_links: list | None = None  # (path, target) of its links to site pages, when already listed (check.page_links_of)
        self._text = text  # the YAML it was read from, until keep_file
        self._file: str | None = None  # where to read it again for its positions
        self._positions: tuple[dict, dict, dict] | None = None

    @property
    def values(self) -> dict[tuple, Position]:
        """Path in data → where its value starts."""
        return self._located()[0]

    @property
    def keys(self) -> dict[tuple, Position]:
        """Path in data → where its key is written."""
        return self._located()[1]

    @property
    def ends(self) -> dict[tuple, Position]:
        """Path in data → where the text after its value starts."""
        return self._located()[2]

    def keep_file(self, file: str) -> None:
        """Let go of the text the record was read from: its positions, if ever needed (a problem found
        with other records), are read again from `file`. A record whose bytes have changed since then
        gets the positions of the new text, or none (problems are then placed on line 1)."""
        self._text, self._file = None, file

    def _located(self) -> tuple[dict, dict, dict]:
        if self._positions is None:
            text = self._text
            if text is None and self._file is not None:
                raw = read_record_bytes(Path(self._file))
                try:
                    text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else None
                except UnicodeDecodeError:
                    text = None
            self._positions = _positions_of(text) if text is not None else ({}, {}, {})
        return self._positions

    def where(self, path: tuple, key: bool = False) -> Position:
        """Best position for a path: the key or value itself, else its nearest parent."""
        table = self.keys if key else self.values
        path = tuple(path)
        while path:
            if path in table:
                return table[path]
            if path in self.keys:
                return self.keys[path]
            path = path[:-1]
        return self.values.get((), (1, 1))


def _compose(text: str):
    """The YAML node tree of `text` (PyYAML's C composer), or yaml.YAMLError."""
    loader = RecordLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _positions_of(text: str) -> tuple[dict, dict, dict]:
    """(values, keys, ends) of the record `text` holds, as `_build` reads it: the first of two equal
    keys, no key that is not a word. Empty when the text no longer reads as a record."""
    try:
        node = _compose(text)
    except (yaml.YAMLError, RecursionError):
        return {}, {}, {}
    values: dict = {}
    keys: dict = {}
    ends: dict = {}
    if isinstance(node, yaml.MappingNode):
        try:
            _walk(node, (), values, keys, ends, 0)
        except RecursionError:
            return {}, {}, {}
    return values, keys, ends


def _walk(node, path: tuple, values: dict, keys: dict, ends: dict, depth: int) -> None:
    start, end = node.start_mark, node.end_mark
    values[path] = (start.line + 1, start.column + 1)
    ends[path] = (end.line + 1, end.column + 1)
    if depth > _MAX_DEPTH:
        raise RecursionError
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:null" or key_node.value in seen:
                continue
            seen.add(key_node.value)
            child = path + (key_node.value,)
            keys[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            _walk(value_node, child, values, keys, ends, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), values, keys, ends, depth + 1)


_CONTENT_LINE = re.compile(r"^[ \t]*[^#\s]", re.MULTILINE)


def load_text(raw: bytes, shown_path: str, folder: str) -> tuple[RawRecord | None, list[Problem]]:
    def problem(message: str, line: int = 1, column: int = 1) -> tuple[None, list[Problem]]:
        return None, [Problem(shown_path, line, column, message)]

    if len(raw) > MAX_BYTES:
        return problem(_too_big(len(raw)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return problem(
            "le fichier n'est pas encodé en UTF-8 (un caractère accentué est illisible à cet endroit) : "
            "enregistrez-le en « UTF-8 » depuis votre éditeur.",
            line,
            column,
        )
    if "\x00" in text:
        return problem("le fichier contient des caractères nuls : ce n'est pas un fichier texte YAML.")
    if not _CONTENT_LINE.search(text):
        return problem("le fichier est vide : il doit contenir les champs de la fiche (par exemple « id: … »).")
    try:
        node = _compose(text)
    except yaml.YAMLError as error:
        line, column, message = explain_yaml_error(error, text)
        return problem(message, line, column)
    except RecursionError:
        return problem("le fichier est imbriqué trop profondément pour être une fiche.")
    if node is None:
        return problem("le fichier est vide : il doit contenir les champs de la fiche (par exemple « id: … »).")
    if not isinstance(node, yaml.MappingNode):
        found = "une liste" if isinstance(node, yaml.SequenceNode) else "un texte seul"
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        return problem(
            f"une fiche doit être une suite de champs « clé: valeur » ; ce fichier contient {found}. "
            "Commencez par « id: … » en début de ligne, sans tiret devant.",
            line,
            column,
        )
    problems: list[Problem] = []
    record = RawRecord(shown_path, folder, {}, text)
    try:
        record.data = _build(node, problems, shown_path, 0, set())
    except RecursionError:
        return problem("le fichier est imbriqué trop profondément pour être une fiche.")
    except _AliasFound as alias:
        return problem(
            "les ancres et alias YAML (« & » et « * » devant un nom) ne sont pas acceptés dans les fiches : "
            "recopiez le texte voulu à chaque endroit, ou mettez-le entre guillemets s'il commence par « * » ou « & ».",
            *alias.position,
        )
    return record, problems


class _AliasFound(Exception):
    """A node met twice: the composer shares the anchored node with every alias to it."""

    def __init__(self, position: Position):
        super().__init__(position)
        self.position = position


_MAX_DEPTH = 20
_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _build(node, problems: list[Problem], shown: str, depth: int, seen: set):
    """The data a node holds; what the loader refuses or doubts becomes a problem. Positions are not
    noted here (RawRecord works them out when asked)."""
    if id(node) in seen:
        raise _AliasFound((node.start_mark.line + 1, node.start_mark.column + 1))
    seen.add(id(node))
    if depth > _MAX_DEPTH:
        raise RecursionError
    if node.tag == _STR and type(node) is yaml.ScalarNode:
        return node.value  # what construct_yaml_str gives, without its checks (the common case)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in _COLLECTION_TAGS:
        problems.append(
            Problem(shown, node.start_mark.line + 1, node.start_mark.column + 1,
                    f"étiquette YAML « {_short(node.tag)} » non acceptée : retirez ce qui commence par « ! ».")
        )
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        first_seen: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:null":
                problems.append(Problem(shown, key_node.start_mark.line + 1, key_node.start_mark.column + 1,
                                        "un nom de champ doit être un simple mot (par exemple « titre: »)."))
                continue
            key = key_node.value
            if key in first_seen:
                problems.append(
                    Problem(
                        shown,
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                        f"le champ « {key} » apparaît deux fois (déjà ligne {first_seen[key]}) : "
                        "gardez-en un seul, sinon une des deux valeurs serait perdue. "
                        "La vérification continue avec la première valeur.",
                    )
                )
                continue
            first_seen[key] = key_node.start_mark.line + 1
            if depth < _MAX_DEPTH and value_node.tag == _STR and type(value_node) is yaml.ScalarNode:
                if id(value_node) in seen:
                    raise _AliasFound((value_node.start_mark.line + 1, value_node.start_mark.column + 1))
                seen.add(id(value_node))
                result[key] = value_node.value  # a plain text: _build's first case, without the call
            else:
                result[key] = _build(value_node, problems, shown, depth + 1, seen)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, problems, shown, depth + 1, seen) for item in node.value]
    if node.tag not in _SCALAR_TAGS:
        problems.append(
            Problem(
                shown,
                node.start_mark.line + 1,
                node.start_mark.column + 1,
                f"étiquette YAML « {_short(node.tag)} » non acceptée : écrivez la valeur sans « ! » devant, ou entre guillemets.",
            )
        )
        return node.value  # checked further as the text it holds
    if node.tag in _NUMBER_TAGS and len(node.value) > MAX_NUMBER_CHARS:
        problems.append(
            Problem(shown, node.start_mark.line + 1, node.start_mark.column + 1,
                    f"nombre trop long ({len(node.value)} caractères, {MAX_NUMBER_CHARS} au plus) : "
                    "écrivez un nombre raisonnable, ou mettez le texte entre guillemets si ce n'est pas un nombre.")
        )
        return None
    try:
        return RecordLoader.yaml_constructors[node.tag](_scalar_loader, node)
    except (ValueError, KeyError, TypeError, OverflowError, IndexError, yaml.YAMLError):  # « !!int abc », « !!int » alone
        problems.append(
            Problem(shown, node.start_mark.line + 1, node.start_mark.column + 1,
                    f"la valeur « {node.value} » ne correspond pas à l'étiquette « {_short(node.tag)} » : "
                    "retirez ce qui commence par « ! », ou mettez la valeur entre guillemets.")
        )
        return node.value


def _short(tag: str) -> str:
    return "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag


MAX_NUMBER_CHARS = 30
_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_SCALAR_TAGS = {
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
}
_scalar_loader = RecordLoader("")


def read_record_bytes(file: Path, limit: int | None = None) -> bytes | str:
    """The bytes of a record file, or a French reason not to read it. Never follows a symbolic link,
    never opens anything but a regular file (no device, no FIFO, no /proc file), never reads more
    than MAX_BYTES + 1 bytes (or `limit` + 1)."""
    limit = MAX_BYTES if limit is None else limit
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(file, flags)
    except OSError as error:
        if error.errno == errno.ELOOP or os.path.islink(file):
            return "le fichier est un lien symbolique : fabrique ne suit pas les liens ; remplacez-le par le fichier lui-même."
        return f"lecture impossible ({error.strerror or error})."
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            return "ce n'est pas un fichier ordinaire : une fiche est un fichier texte .yml."
        if info.st_size > limit:
            return _too_big(info.st_size)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(descriptor, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError as error:
        return f"lecture impossible ({error.strerror or error})."
    finally:
        os.close(descriptor)


def _too_big(size: int) -> str:
    return (f"fichier trop gros ({size // 1024} Kio, {MAX_BYTES // 1024} Kio au plus) : "
            "une fiche doit rester un texte de quelques pages ; raccourcissez-la ou découpez-la.")


def load_file(file: Path, shown_path: str, folder: str) -> tuple[RawRecord | None, list[Problem]]:
    raw = read_record_bytes(file)
    if isinstance(raw, str):
        return None, [Problem(shown_path, 1, 1, raw)]
    return load_text(raw, shown_path, folder)
