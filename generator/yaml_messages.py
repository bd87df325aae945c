"""PyYAML's English syntax errors, told in plain French with what to do."""
from __future__ import annotations

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


def explain_yaml_error(error: yaml.YAMLError, text: str) -> tuple[int, int, str]:
    """(line, column, French message) for a PyYAML error on `text`."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = str(getattr(error, "problem", "") or error)
    lines = text.splitlines()
    if "cannot start any token" in problem and 0 < line <= len(lines) and "\t" in lines[line - 1]:
        problem = "found character '\\t'"
    context = str(getattr(error, "context", "") or "")
    for needle, explanation in _EXPLANATIONS:
        if needle in problem or needle in context:
            return line, column, f"syntaxe YAML invalide : {explanation}"
    return line, column, (
        "syntaxe YAML invalide à cet endroit : vérifiez l'indentation, les deux-points après chaque nom de champ "
        f"et les guillemets (détail technique : {problem.strip()})."
    )
