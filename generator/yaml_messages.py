"""PyYAML's English syntax errors, told in plain French with what to do."""
from __future__ import annotations

import re

import yaml

_EXPLANATIONS = (
    (
        "mapping values are not allowed",
        "deux-points « : » inattendu. Si le texte contient « : », mettez toute la valeur entre guillemets "
        "(par exemple titre: \"Avant : après\"), ou vérifiez l'indentation de la ligne.",
    ),
    (
        "found character '\\t'",
        "une tabulation sert d'indentation : YAML n'accepte que des espaces. Remplacez la tabulation par des espaces.",
    ),
    (
        "could not find expected ':'",
        "il manque le deux-points « : » après le nom du champ, ou un guillemet n'est pas refermé.",
    ),
    (
        "found unexpected end of stream",
        "un guillemet ouvert n'est jamais refermé : ajoutez le guillemet de fin.",
    ),
    (
        "did not find expected key",
        "l'indentation ne correspond pas au champ du dessus : alignez cette ligne avec les autres champs du même niveau.",
    ),
    (
        "did not find expected '-' indicator",
        "un élément de liste est mal aligné : chaque élément commence par « - » au même niveau que les autres.",
    ),
    (
        "found undefined alias",
        "« * » suivi d'un nom est un alias YAML, refusé dans les fiches : mettez la valeur entre guillemets.",
    ),
    (
        "found unknown escape character",
        "une barre oblique inverse « \\ » entre guillemets doubles forme un caractère spécial inconnu : "
        "utilisez des guillemets simples ou doublez la barre (\\\\).",
    ),
    (
        "expected <block end>",
        "l'indentation est incohérente : vérifiez que les champs d'un même niveau commencent à la même colonne.",
    ),
    (
        "found character that cannot start any token",
        "un caractère ne peut pas commencer une valeur (« @ », « ` » ou « % ») : mettez la valeur entre guillemets.",
    ),
    (
        "expected a single document",
        "le fichier contient plusieurs documents (séparés par « --- ») : une fiche par fichier.",
    ),
    (
        "special characters are not allowed",
        "le fichier contient un caractère de contrôle invisible : supprimez-le ou retapez la ligne.",
    ),
    (
        "control characters are not allowed",
        "le fichier contient un caractère de contrôle invisible : supprimez-le ou retapez la ligne.",
    ),
)


FIELD_LINE = re.compile(r"\n[ \t]*[\w-]+:(?:[ \t]|$)", re.MULTILINE)  # « titre: », « commune: »…
AFTER_CLOSING = re.compile(r"[ \t]*[^\s#]")  # text after a closing quote: it was a quote inside a word or value


def swallowing_quote(text: str, before_line: int) -> tuple[int, int, int] | None:
    """(line, column, closing line) of a quoted value, opened before `before_line`, that runs over the
    next lines and takes in what looks like other fields, or whose closing quote is followed by more
    text (an apostrophe, the opening quote of a later value): a quote not closed on its line. PyYAML
    only fails further down, after the quote it took for the closing one."""
    found = None
    try:
        for token in yaml.scan(text):
            if token.start_mark.line + 1 >= before_line:
                break
            if (isinstance(token, yaml.ScalarToken) and token.style in ('"', "'")
                    and token.end_mark.line > token.start_mark.line
                    and (FIELD_LINE.search(text, token.start_mark.index, token.end_mark.index)
                         or AFTER_CLOSING.match(text, token.end_mark.index))):
                found = (token.start_mark.line + 1, token.start_mark.column + 1, token.end_mark.line + 1)
    except yaml.YAMLError:
        pass
    return found


def explain_yaml_error(error: yaml.YAMLError, text: str) -> tuple[int, int, str]:
    """(line, column, French message) for a PyYAML error on `text`."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    quote = swallowing_quote(text, line)
    if quote is not None:
        opened, at, closed = quote
        return opened, at, (
            f"syntaxe YAML invalide : le guillemet ouvert ici n'est pas refermé sur cette ligne ; YAML lit la suite, "
            f"jusqu'à la ligne {closed}, comme une seule valeur. Ajoutez le guillemet de fin à la fin de cette ligne.")
    problem = str(getattr(error, "problem", "") or error)
    context = str(getattr(error, "context", "") or "")
    opening = getattr(error, "context_mark", None)
    if "quoted scalar" in context and "end of stream" in problem and opening is not None:
        # never closed: PyYAML stops at the end of the file, the contributor must look where the quote opens
        return opening.line + 1, opening.column + 1, (
            "syntaxe YAML invalide : le guillemet ouvert ici n'est jamais refermé ; YAML lit tout le reste du "
            "fichier comme une seule valeur. Ajoutez le guillemet de fin à la fin de cette valeur.")
    lines = text.splitlines()
    if "cannot start any token" in problem and 0 < line <= len(lines) and "\t" in lines[line - 1]:
        problem = "found character '\\t'"
    for needle, explanation in _EXPLANATIONS:
        if needle in problem or needle in context:
            return line, column, f"syntaxe YAML invalide : {explanation}"
    return line, column, (
        "syntaxe YAML invalide à cet endroit : vérifiez l'indentation, les deux-points après chaque nom de champ "
        f"et les guillemets (détail technique : {problem.strip()})."
    )
