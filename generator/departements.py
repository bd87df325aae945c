"""French départements as data (vocabularies/departements.yml): their names, and what to tell a
contributor who wrote a code that is not one."""
from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import yaml

_ALL_CODES = ("Les codes vont de « 01 » à « 95 », avec « 2A » et « 2B » pour la Corse et « 971 » à « 976 » pour "
              "l'outre-mer, écrits entre guillemets.")


@lru_cache(maxsize=1)
def departements() -> dict[str, str]:
    """Code → name, in the official order."""
    text = resources.files("generator.vocabularies").joinpath("departements.yml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # safe_load, in C


def label(code: str) -> str:
    """« Gironde (33) »; an unknown code is shown as it is."""
    name = departements().get(code)
    return f"{name} ({code})" if name else str(code)


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _write(code: str) -> str:
    return f"écrivez \"{code}\" ({departements()[code]}), entre guillemets"


def _nearest(number: int) -> str | None:
    """The valid code numerically closest to a number that is not one (96 → 95, 977 → 976)."""
    numeric = [code for code in departements() if code.isdigit()]
    best = min(numeric, key=lambda code: (abs(int(code) - number), int(code)))
    return best if abs(int(best) - number) <= 2 else None


def problem(value) -> str | None:
    """What is wrong with a département value and how to fix it, or None when it is a valid code.
    The sentence follows « « structure, departement » » in the message."""
    known = departements()
    if isinstance(value, str) and value in known:
        return None
    if isinstance(value, bool) or value is None:
        shown = "est vide" if value is None else f"vaut {'true' if value else 'false'}"
        return f"{shown} : écrivez le code du département entre guillemets (par exemple \"33\" pour la Gironde)."
    if isinstance(value, int):
        # YAML reads 42 as a number, and 07 as the octal number 7: the code is lost, say how to write it.
        code = f"{value:02d}"
        if code in known:
            return f"est écrit {value} sans guillemets, donc lu comme un nombre : {_write(code)}."
        if code == "20":
            return _corsica("20")
        return f"vaut « {value} », qui n'est pas un département.{_hint_for_number(value)} {_ALL_CODES}"
    if not isinstance(value, str):
        return f"doit être un code de département entre guillemets (par exemple \"33\"), pas {type(value).__name__}."
    text = value.strip()
    if not text:
        return "est vide : écrivez le code du département entre guillemets (par exemple \"33\" pour la Gironde)."
    if text == "97":
        overseas = ", ".join(f"\"{code}\" ({name})" for code, name in known.items() if len(code) == 3)
        return f"vaut « 97 » : un département d'outre-mer a un code à trois chiffres : écrivez {overseas}, entre guillemets."
    if text in known:
        return f"vaut « {value} », avec des espaces en trop : {_write(text)}, sans espace."
    if text.upper() in known:
        return f"vaut « {value} » : la lettre de la Corse s'écrit en majuscule : {_write(text.upper())}."
    if text == "20":
        return _corsica("20")
    if text == "975":
        return (
            "vaut « 975 », qui n'est pas un département : Saint-Pierre-et-Miquelon est une collectivité d'outre-mer. "
            "Les départements d'outre-mer sont « 971 » à « 974 » et « 976 », écrits entre guillemets."
        )
    if text.isdigit():
        number = int(text)
        if len(text) == 1 and f"0{text}" in known:
            return f"vaut « {value} » : un code à un chiffre prend un zéro devant : {_write('0' + text)}."
        if text.startswith("0") and str(number) in known and len(str(number)) >= 2:
            return f"vaut « {value} » : le code s'écrit sans zéro devant : {_write(str(number))}."
        return f"vaut « {value} », qui n'est pas un département.{_hint_for_number(number)} {_ALL_CODES}"
    found = _code_in_text(text)
    if found:
        return f"vaut « {value} » : seul le code est attendu : {_write(found)}."
    return f"vaut « {value} », qui n'est pas un code de département (par exemple \"33\" pour la Gironde). {_ALL_CODES}"


def _corsica(value: str) -> str:
    return (
        f"vaut « {value} », qui n'est plus un code de département depuis 1976 : la Corse en compte deux. "
        "Écrivez \"2A\" (Corse-du-Sud) ou \"2B\" (Haute-Corse), entre guillemets."
    )


def _hint_for_number(number: int) -> str:
    nearest = _nearest(number)
    return f" Vouliez-vous dire \"{nearest}\" ({departements()[nearest]}) ?" if nearest else ""


def _code_in_text(text: str) -> str | None:
    """A code or a name inside free text: « Gironde (33) », « 33 - Gironde », « gironde », « Girond »."""
    known = departements()
    for token in re.findall(r"\b(\d{2,3}|2[abAB])\b", text):
        token = token.upper()
        if token in known:
            return token
    by_name = {_plain(name): code for code, name in known.items()}
    plain = _plain(text)
    if plain in by_name:
        return by_name[plain]
    match = difflib.get_close_matches(plain, list(by_name), n=1, cutoff=0.8)
    return by_name[match[0]] if match else None
