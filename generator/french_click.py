"""Click speaks English; users of La Fabrique read French.

Click passes every sentence it prints through gettext (`_` and `ngettext` in each of its modules):
`install()` puts a French catalogue there, so usage lines, headings, errors and choices are French
wherever click builds them. Metavars (TEXT, INTEGER, FILE…) are type names, not gettext strings:
the command classes below give every parameter a French one. tests/test_cli.py walks every help
page and fails on English words click would print.
"""
from __future__ import annotations

import os
import sys
import unicodedata

import click
import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types
import click.utils

# msgid (as written in click's source) → French; the same {placeholders}, without Python's !r quotes.
CATALOGUE = {
    "Usage:": "Utilisation :",
    "Options": "Options",
    "Commands": "Commandes",
    "Positional arguments": "Arguments",
    "Aborted!": "Interrompu.",
    "deprecated": "obsolète",
    "Missing command.": "il manque la commande.",
    "Error: {message}": "Erreur : {message}",
    "Try '{command} {option}' for help.": "Pour l'aide : {command} {option}",
    "Invalid value: {message}": "valeur invalide : {message}",
    "Invalid value for {param_hint}: {message}": "valeur invalide pour {param_hint} : {message}",
    "Missing argument": "argument manquant",
    "Missing option": "option manquante",
    "Missing parameter": "paramètre manquant",
    "Missing {param_type}": "{param_type} manquant",
    "Missing parameter: {param_name}": "paramètre manquant : {param_name}",
    "No such option {name!r}.": "option inconnue « {name} ».",
    "No such command {name!r}.": "commande inconnue « {name} ».",
    "unknown error": "erreur inconnue",
    "Could not open file {filename!r}: {message}": "impossible d'ouvrir le fichier « {filename} » : {message}",
    "Show this message and exit.": "Affiche cette aide et quitte.",
    "Show the version and exit.": "Affiche la version et quitte.",
    "env var: {var}": "variable d'environnement : {var}",
    "default: {default}": "par défaut : {default}",
    "required": "obligatoire",
    "(dynamic)": "(calculé)",
    "Value must be an iterable.": "la valeur doit être une liste.",
    "Choose from:\n\t{choices}": "choisissez parmi :\n\t{choices}",
    "{value!r} is not a valid {number_type}.": "« {value} » n'est pas un {number_type} valide.",
    "{value} is not in the range {range}.": "{value} n'est pas {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}": "« {value} » n'est ni vrai ni faux ; valeurs reconnues : {states}",
    "file": "fichier",
    "directory": "dossier",
    "path": "chemin",
    "{name} {filename!r} does not exist.": "{name} « {filename} » introuvable.",
    "{name} {filename!r} is a file.": "{name} « {filename} » est un fichier.",
    "{name} {filename!r} is a directory.": "{name} « {filename} » est un dossier.",
    "{name} {filename!r} is not readable.": "{name} « {filename} » illisible.",
    "{name} {filename!r} is not writable.": "{name} « {filename} » : écriture impossible.",
    "{name} {filename!r} is not executable.": "{name} « {filename} » n'est pas exécutable.",
    "Invalid start character for option ({option})": "caractère de début d'option invalide ({option})",
    "Argument {name!r} takes {nargs} values.": "l'argument « {name} » prend {nargs} valeurs.",
    "Option {name!r} does not take a value.": "l'option « {name} » ne prend pas de valeur.",
    "Error: The two entered values do not match.": "Erreur : les deux valeurs saisies diffèrent.",
    "Error: invalid input": "Erreur : saisie invalide",
    "Do you want to continue?": "Voulez-vous continuer ?",
}

PLURALS = {
    "Got unexpected extra argument ({args})": ("argument en trop ({args})", "arguments en trop ({args})"),
    "Did you mean {possibility}?": ("Vouliez-vous dire {possibility} ?", "Vouliez-vous dire l'une de ces options : {possibilities} ?"),
    "Option {name!r} requires an argument.": ("l'option « {name} » demande une valeur.", "l'option « {name} » demande {nargs} valeurs."),
    "{value!r} is not {choice}.": ("« {value} » n'est pas « {choice} ».", "« {value} » n'est pas parmi : {choices}."),
    "Takes {nargs} values but 1 was given.": ("prend {nargs} valeurs, une seule donnée.", "prend {nargs} valeurs, une seule donnée."),
    "{len_type} values are required, but {len_value} was given.": (
        "{len_type} valeurs attendues, {len_value} donnée.", "{len_type} valeurs attendues, {len_value} données."),
}


def _gettext(message: str) -> str:
    return CATALOGUE.get(message, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    if singular in PLURALS:
        return PLURALS[singular][0 if count == 1 else 1]
    return singular if count == 1 else plural


def install() -> None:
    """Route click's gettext calls to the French catalogue."""
    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser,
                   click.termui, click.types, click.utils):
        if hasattr(module, "_"):
            module._ = _gettext
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext
    click.types.INT.name = "nombre entier"
    click.types.FLOAT.name = "nombre"


install()


class FrenchFormatter(click.HelpFormatter):
    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{heading} :\n")


class FrenchContext(click.Context):
    formatter_class = FrenchFormatter


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold().strip()


class Choix(click.Choice):
    """A choice shown by the names people use, accepting their variants (accents, case, synonyms):
    Choix({"fiche": "experience", "scénario": "scenario"}, aliases={"experience": "experience"})."""

    def __init__(self, shown: dict[str, str], aliases: dict[str, str] | None = None):
        super().__init__(list(shown), case_sensitive=False)
        self.shown = shown
        self.accepted = {_plain(name): value for name, value in {**shown, **(aliases or {})}.items()}

    def get_metavar(self, param, ctx) -> str:
        return "[" + "|".join(self.shown) + "]"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and _plain(value) in self.accepted:
            return self.accepted[_plain(value)]
        if value in self.accepted.values():
            return value
        self.fail(
            f"« {value} » n'est pas parmi : " + ", ".join(f"« {name} »" for name in self.shown) + ".", param, ctx
        )


class Nombre(click.IntRange):
    """A whole number between two bounds, described in French."""

    name = "nombre entier"

    def _describe_range(self) -> str:
        return f"entre {self.min} et {self.max}"


def _metavar(param: click.Parameter) -> str | None:
    kind = param.type
    if isinstance(kind, click.Path):
        return "DOSSIER" if not kind.file_okay else "FICHIER" if not kind.dir_okay else "CHEMIN"
    if isinstance(kind, (click.IntRange, click.types.IntParamType)):
        return "NOMBRE"
    if isinstance(kind, click.types.FloatParamType):
        return "NOMBRE"
    if isinstance(kind, click.types.StringParamType):
        return "TEXTE"
    return None


def _frenchify(params: list[click.Parameter]) -> None:
    for param in params:
        if isinstance(param, click.Option) and (param.is_flag or param.count):
            continue
        if param.metavar is None and isinstance(param, click.Option):
            param.metavar = _metavar(param)


class FrenchCommand(click.Command):
    context_class = FrenchContext

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("context_settings", {})["help_option_names"] = ["-h", "--help"]
        super().__init__(*args, **kwargs)
        _frenchify(self.params)


class FrenchGroup(click.Group):
    context_class = FrenchContext
    command_class = FrenchCommand

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("subcommand_metavar", "COMMANDE [ARGUMENTS]…")
        kwargs.setdefault("context_settings", {})["help_option_names"] = ["-h", "--help"]
        super().__init__(*args, **kwargs)
        _frenchify(self.params)

    def format_commands(self, ctx, formatter):
        """Each command with its whole first sentence, never cut off."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                first = (command.help or "").strip().split("\n\n")[0]
                rows.append((name, " ".join(first.split())))
        if rows:
            with formatter.section(_gettext("Commands")):
                formatter.write_dl(rows)


class VisibleStream:
    """A text stream whose control characters and escape sequences are shown (« \\x1b »), never sent
    raw to the terminal: record text cannot move the cursor, change colours or rewrite a line."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text):
        if isinstance(text, str):
            from generator.markup import visible

            text = visible(text)
        return self._stream.write(text)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def run_in_french(group: click.Group) -> None:
    """Run the group; usage errors in French with exit code 2, other errors without traceback."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, VisibleStream):
            setattr(sys, name, VisibleStream(stream))
    try:
        group.main(standalone_mode=False, prog_name="fabrique")
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.exceptions.Abort:
        click.echo("Interrompu.", err=True)
        sys.exit(130)
    except click.exceptions.NoArgsIsHelpError as error:
        click.echo(error.ctx.get_help())  # `fabrique` alone: the help, once, and no error
        sys.exit(0)
    except click.UsageError as error:
        if error.ctx is not None:
            click.echo(error.ctx.get_usage(), err=True)
            click.echo(f"Pour l'aide : {error.ctx.command_path} --help", err=True)
        click.echo(f"Erreur d'utilisation : {error.format_message()}", err=True)
        sys.exit(2)
    except click.ClickException as error:
        click.echo(f"Erreur : {error.format_message()}", err=True)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrompu.", err=True)
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - nobody should meet a traceback
        if os.environ.get("FABRIQUE_DEBUG"):
            raise
        click.echo(
            f"Erreur inattendue ({type(error).__name__} : {error}). Rien n'a été abîmé ; relancez avec "
            "FABRIQUE_DEBUG=1 pour le détail technique et signalez-le sur le dépôt du projet.",
            err=True,
        )
        sys.exit(1)
    sys.exit(0)
