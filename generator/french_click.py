"""Click speaks English; users of La Fabrique read French. Usage errors and help are told in French here."""
from __future__ import annotations

import os
import sys

import click

_TRANSLATIONS = (
    ("No such option:", "option inconnue :"),
    ("No such command", "commande inconnue"),
    ("Did you mean", "Vouliez-vous dire"),
    ("Missing argument", "argument manquant"),
    ("Missing option", "option manquante"),
    ("Invalid value for", "valeur invalide pour"),
    ("is not one of", "n'est pas parmi"),
    ("is not a valid integer", "n'est pas un nombre entier"),
    ("requires an argument", "demande une valeur"),
    ("Got unexpected extra argument", "argument en trop"),
    ("Got unexpected extra arguments", "arguments en trop"),
)


def _french(text: str) -> str:
    for english, french in _TRANSLATIONS:
        text = text.replace(english, french)
    return text


class FrenchGroup(click.Group):
    def format_usage(self, ctx, formatter):
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix="Utilisation : ")

    def format_options(self, ctx, formatter):
        options = [p.get_help_record(ctx) for p in self.get_params(ctx)]
        options = [o for o in options if o]
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)
        commands = [(name, self.get_command(ctx, name)) for name in self.list_commands(ctx)]
        rows = [(name, cmd.get_short_help_str(limit=70)) for name, cmd in commands if cmd and not cmd.hidden]
        if rows:
            with formatter.section("Commandes"):
                formatter.write_dl(rows)

    def command(self, *args, **kwargs):
        kwargs.setdefault("cls", FrenchCommand)
        return super().command(*args, **kwargs)


class FrenchCommand(click.Command):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("context_settings", {})["help_option_names"] = []
        super().__init__(*args, **kwargs)
        self.params.append(click.Option(["-h", "--help"], is_flag=True, expose_value=False, is_eager=True,
                                        help="Affiche cette aide et quitte.", callback=_show_help))

    def format_usage(self, ctx, formatter):
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), prefix="Utilisation : ")


def _show_help(ctx, _param, value):
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help())
        ctx.exit()


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
    except click.UsageError as error:
        if error.ctx is not None:
            click.echo(_french(error.ctx.get_usage()).replace("Usage:", "Utilisation :"), err=True)
            click.echo(f"Pour l'aide : {error.ctx.command_path} --help", err=True)
        click.echo(f"Erreur d'utilisation : {_french(error.format_message())}", err=True)
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
