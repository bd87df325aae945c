"""Whoosh keeps parts of its index as pickles. The index lives outside the project, in a folder only
this user can write (see Project.cache_folder); on top of that, every pickle Whoosh reads goes
through an unpickler that can only rebuild Whoosh's own classes and plain containers: a planted
file can make the index unreadable (it is then rebuilt), never run a function.
"""
from __future__ import annotations

import array
import builtins
import collections
import copyreg
import io
import pickle
import re

def _encode_text(text, encoding="latin1"):
    """What protocol 2 pickles call to rebuild bytes; only text codecs."""
    if not isinstance(text, str) or encoding not in ("latin1", "latin-1", "utf-8", "ascii"):
        raise RefusedPickle("refused codec call in an index file")
    return text.encode(encoding)


_BUILTINS = {"set", "frozenset", "list", "dict", "tuple", "str", "bytes", "bytearray", "int", "float", "bool",
             "complex", "object", "slice", "range"}
_OTHERS = {("copyreg", "_reconstructor"): copyreg._reconstructor, ("re", "_compile"): re._compile,
           ("collections", "defaultdict"): collections.defaultdict, ("collections", "OrderedDict"): collections.OrderedDict,
           ("array", "_array_reconstructor"): array._array_reconstructor,
           ("_codecs", "encode"): _encode_text}


class RefusedPickle(pickle.UnpicklingError):
    pass


class _DataOnlyUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "__builtin__":  # names of protocol 2 pickles
            module = "builtins"
        if module == "builtins" and name in _BUILTINS:
            return getattr(builtins, name)
        if (module, name) in _OTHERS:
            return _OTHERS[(module, name)]
        if (module == "whoosh" or module.startswith("whoosh.")) and name.isidentifier():
            import importlib

            found = getattr(importlib.import_module(module), name, None)
            if isinstance(found, type):
                return found
            # stemming functions of the analysers (they only turn a word into its stem)
            if module.startswith("whoosh.lang.") and callable(found) and getattr(found, "__module__", "") == module:
                return found
        raise RefusedPickle(f"refused in an index file: {module}.{name}")


def loads(data, *args, **kwargs):
    return _DataOnlyUnpickler(io.BytesIO(data)).load()


def load(stream, *args, **kwargs):
    return _DataOnlyUnpickler(stream).load()




_installed = False


def install() -> None:
    """Route every pickle read of Whoosh through the guard (idempotent)."""
    global _installed
    if _installed:
        return
    import types

    import whoosh.codec.whoosh3
    import whoosh.columns
    import whoosh.filedb.fileindex
    import whoosh.filedb.structfile
    import whoosh.formats
    import whoosh.index

    guarded = types.SimpleNamespace(**{name: getattr(pickle, name) for name in dir(pickle) if not name.startswith("__")})
    guarded.loads, guarded.load, guarded.Unpickler = loads, load, _DataOnlyUnpickler
    for module in (whoosh.index, whoosh.filedb.fileindex):
        if hasattr(module, "pickle"):
            module.pickle = guarded
    whoosh.filedb.structfile.load_pickle = load
    for module in (whoosh.codec.whoosh3, whoosh.columns, whoosh.formats):
        if hasattr(module, "loads"):
            module.loads = loads
    try:
        import whoosh.legacy  # noqa: F401 - old index formats are read through the same names
    except ImportError:
        pass
    _installed = True
