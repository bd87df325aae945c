"""JSON Schemas of the records (draft 2020-12) and their errors told in French."""
from __future__ import annotations

import difflib
import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a record is invalid (validator): a valid corpus never pays for it
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

SCHEMA_PACKAGE = "generator.schemas"


@lru_cache(maxsize=None)
def load_schemas() -> dict[str, dict]:
    """Every schema by its file stem ("figure", "_common"…)."""
    folder = resources.files(SCHEMA_PACKAGE)
    return {
        entry.name.split(".")[0]: json.loads(entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".schema.json")
    }


@lru_cache(maxsize=None)
def validator(kind: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry, Resource

    schemas = load_schemas()
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    checker = FormatChecker()
    checker.checks("date-partielle")(is_partial_date)
    return Draft202012Validator(schemas[kind], registry=registry, format_checker=checker)


FORMATS = {"date": lambda value: _is_date(value), "email": lambda value: _is_email(value),
           "date-partielle": lambda value: is_partial_date(value)}
COMPILED_PACKAGE = "generator.compiled_schemas"


@lru_cache(maxsize=None)
def fast_validator(kind: str):
    """A compiled validator (fastjsonschema) used only to say "valid" quickly; the detailed French
    messages always come from jsonschema. Its Python code ships in generator/compiled_schemas/
    (compiling 5 schemas took about 0.1 s at every run); the code is used only when it was generated
    from the very schemas of this package (the digest written in it), else the schema is compiled here."""
    import functools
    import importlib

    try:
        module = importlib.import_module(f"{COMPILED_PACKAGE}.{kind}")
    except ImportError:
        module = None
    if module is not None and getattr(module, "SCHEMA_DIGEST", None) == schema_digest(kind):
        return functools.partial(module.validate, custom_formats=FORMATS)
    import fastjsonschema

    return fastjsonschema.compile(fast_schema(kind), formats=FORMATS, detailed_exceptions=False)


def schema_digest(kind: str) -> str:
    """Digest of what fastjsonschema compiles for the kind (the schema and the options)."""
    import hashlib

    return hashlib.sha256(json.dumps([fast_schema(kind), "detailed_exceptions=False"], sort_keys=True).encode()).hexdigest()


_DATA_KEYWORDS = ("enum", "const", "default", "examples")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions")


def fast_schema(kind: str) -> dict:
    """bundled(kind), with every « const: X » written « enum: [X] » (the same test): fastjsonschema
    cannot generate its short exceptions for const (we only need to know whether data is valid)."""

    def rewrite(node):
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        if not isinstance(node, dict):
            return node
        result = {}
        for key, value in node.items():
            if key in _SCHEMA_MAPS and isinstance(value, dict):
                result[key] = {name: rewrite(item) for name, item in value.items()}
            elif key == "const" and "enum" not in node:
                result["enum"] = [value]
            elif key in _DATA_KEYWORDS:
                result[key] = value
            else:
                result[key] = rewrite(value)
        return result

    return rewrite(bundled(kind))


def compiled_validator_code(kind: str) -> str:
    """The module shipped as generator/compiled_schemas/<kind>.py: fastjsonschema's code for the
    kind's schema, with the digest of the schema it was generated from."""
    import re

    import fastjsonschema

    code = fastjsonschema.compile_to_code(fast_schema(kind), formats=FORMATS, detailed_exceptions=False)
    entry = re.search(r"^def (validate_\w+)\(", code, re.MULTILINE).group(1)
    return (f"# Generated from generator/schemas/{kind}.schema.json by fastjsonschema.compile_to_code: do not edit.\n"
            "# To regenerate every file of this folder after changing a schema: python -m generator.schema\n"
            "# (tests/test_check.py fails while one of them differs from what that command writes).\n"
            "# ruff: noqa\n"
            f'SCHEMA_DIGEST = "{schema_digest(kind)}"\n'
            f"{code}\n\nvalidate = {entry}\n")


def write_compiled_validators() -> list[str]:
    """Write generator/compiled_schemas/<kind>.py for every kind; the names of the files written."""
    from pathlib import Path

    folder = Path(__file__).parent / "compiled_schemas"
    folder.mkdir(exist_ok=True)
    written = []
    for kind in sorted(name for name in load_schemas() if not name.startswith("_")):
        (folder / f"{kind}.py").write_text(compiled_validator_code(kind), encoding="utf-8")
        written.append(f"{kind}.py")
    return written


def bundled(kind: str) -> dict:
    """The kind's schema with the shared definitions copied in, so it stands alone."""
    schemas = load_schemas()
    text = json.dumps(schemas[kind]).replace('"_common.schema.json#/$defs/', '"#/$defs/')
    schema = json.loads(text)
    schema.setdefault("$defs", {}).update(schemas["_common"]["$defs"])
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    return json.loads(json.dumps(schema))  # a deep copy: fastjsonschema rewrites $ref in place


def as_written_by(kind: str, origine: str) -> dict:
    """The kind's schema as it applies to one « origine » (its if/then branches merged in): what a form
    for that kind of sheet must ask, and which answers are required."""
    import copy

    schema = copy.deepcopy(load_schemas()[kind])
    for branch in schema.pop("allOf", []):
        condition = branch.get("if", {}).get("properties", {}).get("origine", {})
        if condition.get("const") != origine:
            continue
        then = branch.get("then", {})
        schema["required"] = list(dict.fromkeys(schema.get("required", []) + then.get("required", [])))
        for key, extra in then.get("properties", {}).items():
            if "required" in extra:
                target = schema["properties"][key]
                target["required"] = list(dict.fromkeys(target.get("required", []) + extra["required"]))
    return schema


def property_order(kind: str, path: tuple) -> list[str]:
    """The keys of the mapping at `path` in the kind's schema, in the schema's (the model's) order."""
    schemas = load_schemas()
    node = schemas[kind]
    for part in path:
        if isinstance(part, int):
            node = node.get("items", {})
        else:
            node = node.get("properties", {}).get(part, {})
        ref = node.get("$ref", "")
        if ref.startswith("_common.schema.json#/$defs/"):
            node = schemas["_common"]["$defs"][ref.rsplit("/", 1)[1]]
    return list(node.get("properties", {}))


def _is_date(value) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def is_partial_date(value) -> bool:
    """« 2021 », « 2021-01 » or « 2021-01-15 », a date that exists at the precision given."""
    if not isinstance(value, str):
        return True  # the type keyword reports it
    parts = value.split("-")
    if len(parts) == 3:
        return _is_date(value)
    if len(parts) == 2:
        return parts[1].isdigit() and 1 <= int(parts[1]) <= 12
    return True


def _is_email(value) -> bool:
    return isinstance(value, str) and "@" in value


def errors(kind: str, data: dict) -> list[ValidationError]:
    try:
        fast_validator(kind)(data)
        return []
    except Exception:  # noqa: BLE001 - any doubt goes to the full validator
        pass
    return sorted(validator(kind).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])


def field_name(path) -> str:
    """« titre », « actions, élément 2 », « figures, élément 1, id »."""
    parts = []
    for part in path:
        parts.append(f"élément {part + 1}" if isinstance(part, int) else str(part))
    return ", ".join(parts) if parts else "la fiche"


_TYPE_NAMES = {
    "string": "un texte",
    "integer": "un nombre entier",
    "number": "un nombre",
    "boolean": "true ou false",
    "array": "une liste (lignes commençant par « - »)",
    "object": "des sous-champs « clé: valeur » indentés",
    "null": "null",
}


def describe_value(value) -> str:
    if value is None:
        return "une valeur vide"
    if isinstance(value, bool):
        return f"« {'true' if value else 'false'} »"
    if isinstance(value, (int, float)):
        return f"le nombre {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return f"le texte « {shown} »"
    if isinstance(value, list):
        return f"une liste de {len(value)} élément{'s' if len(value) > 1 else ''}"
    return "des sous-champs"


def suggest(value: str, candidates) -> str:
    match = difflib.get_close_matches(value, list(candidates), n=1, cutoff=0.6)
    return f" Vouliez-vous dire « {match[0]} » ?" if match else ""


def misspelt_keys(errors: list[ValidationError]) -> set[tuple]:
    """(path, known key) for unknown keys close to a known one: the "missing" error for that key is the same mistake."""
    found = set()
    for error in errors:
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            known = list(error.schema.get("properties", {}))
            for key in error.instance:
                if key not in known:
                    match = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
                    if match:
                        found.add((tuple(error.absolute_path), match[0]))
    return found


def explain(error: ValidationError, misspelt: set[tuple] = frozenset()) -> tuple[tuple, bool, str] | None:
    """(path to point at, whether to point at the key, French message) for one schema error, or None
    when another error already tells the same mistake."""
    path = tuple(error.absolute_path)
    name = field_name(path)
    keyword, expected, value = error.validator, error.validator_value, error.instance
    if path and path[-1] == "departement":
        return None  # told by check.departement_problems, from the list of départements
    if keyword in ("pattern", "minLength", "format") and isinstance(value, str) and not value.strip():
        hint = error.schema.get("description", "") if keyword == "pattern" and expected != "\\S" else ""
        return path, False, f"« {name} » est vide : écrivez le texte attendu.{' ' + hint if hint else ''}"
    if keyword == "required":
        missing = [key for key in expected if key not in value and (path, key) not in misspelt]
        if not missing:
            return None
        listed = ", ".join(f"« {key} »" for key in missing)
        where = "" if not path else f" dans « {name} »"
        plural = "s" if len(missing) > 1 else ""
        return path, True, f"champ{plural} obligatoire{plural} manquant{plural}{where} : {listed}. Ajoutez-le{'s' if plural else ''} (voir le modèle de fiche)."
    if keyword == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        extra = [key for key in value if key not in known]
        key = extra[0]
        hint = suggest(key, known) or f" Champs possibles ici : {', '.join(known)}."
        more = f" (et aussi : {', '.join(extra[1:])})" if len(extra) > 1 else ""
        return path + (key,), True, f"champ « {key} » inconnu{more}.{hint}"
    if keyword == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        wanted_text = " ou ".join(_TYPE_NAMES.get(t, t) for t in wanted)
        hint = ""
        if "string" in wanted and isinstance(value, dict):
            hint = (" Un deux-points suivi d'une espace (« : ») transforme le texte en sous-champ :"
                    " mettez tout le texte entre guillemets.")
        return path, False, f"« {name} » doit être {wanted_text}, pas {describe_value(value)}.{hint}"
    if keyword == "enum":
        options = ", ".join(f"« {option} »" for option in expected)
        hint = suggest(value, expected) if isinstance(value, str) else ""
        return path, False, f"« {name} » vaut {describe_value(value)}, qui n'est pas une valeur permise.{hint} Valeurs permises : {options}."
    if keyword == "const":
        return path, False, f"« {name} » doit valoir « {expected} »."
    if keyword == "minLength":
        if isinstance(value, str) and not value.strip():
            return path, False, f"« {name} » est vide : écrivez le texte attendu."
        return path, False, f"« {name} » est trop court ({len(value)} caractère{'s' if len(value) > 1 else ''}, {expected} au moins)."
    if keyword == "maxLength":
        return path, False, f"« {name} » est trop long ({len(value)} caractères, {expected} au plus) : raccourcissez-le de {len(value) - expected} caractères."
    if keyword == "minItems":
        return path, False, f"« {name} » doit compter au moins {expected} élément{'s' if expected > 1 else ''} ; il en a {len(value)}."
    if keyword == "maxItems":
        return path, False, f"« {name} » doit compter au plus {expected} élément{'s' if expected > 1 else ''} ; il en a {len(value)}."
    if keyword == "minimum":
        return path, False, f"« {name} » doit valoir au moins {expected}, pas {value}."
    if keyword == "maximum":
        return path, False, f"« {name} » doit valoir au plus {expected}, pas {value}."
    if keyword == "uniqueItems":
        return path, False, f"« {name} » contient deux fois la même valeur : supprimez le doublon."
    if keyword == "format" and expected == "date-partielle":
        return path, False, (f"« {name} » doit être une date qui existe : l'année (\"2021\"), le mois (\"2021-01\") "
                             f"ou le jour (\"2021-01-15\"), pas {describe_value(value)}.")
    if keyword == "format" and expected == "date":
        return path, False, f"« {name} » doit être une date qui existe, écrite AAAA-MM-JJ (par exemple 2024-03-15), pas {describe_value(value)}."
    if keyword == "format":
        return path, False, f"« {name} » n'a pas le format attendu ({expected}) : {describe_value(value)}."
    if keyword == "pattern":
        return path, False, _pattern_message(error, name, value)
    return path, False, f"« {name} » n'est pas valide : {error.message}."


def _pattern_message(error: ValidationError, name: str, value) -> str:
    pattern = error.validator_value
    if pattern == "\\S":
        return f"« {name} » est vide : écrivez le texte attendu."
    if pattern.startswith("^[a-z0-9]"):
        return (
            f"« {name} » vaut {describe_value(value)} : un identifiant ne contient que des minuscules sans accent, "
            "des chiffres et des tirets (par exemple « ma-fiche-2024 »)."
        )
    if pattern.startswith("^#"):
        return f"« {name} » doit être une couleur écrite « # » suivie de 6 chiffres hexadécimaux (par exemple « #1f4e8c »)."
    if pattern.startswith("^Et si demain"):
        return f"« {name} » doit commencer par « Et si demain »."
    description = error.schema.get("description", "")
    return f"« {name} » a une forme inattendue ({describe_value(value)}). {description}".strip()


if __name__ == "__main__":  # python -m generator.schema: regenerate generator/compiled_schemas/
    print("\n".join(write_compiled_validators()))
