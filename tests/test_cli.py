"""The command line speaks French from end to end: every help page, usage line and usage error."""
from __future__ import annotations

import datetime
import re
import shutil

import pytest

from conftest import SAMPLES, fabrique

COMMANDS = ("build", "cards", "check", "export", "formulaire", "generate", "new", "search", "serve", "ticket")

# What click prints in English when a message or a metavar escapes the French catalogue.
ENGLISH = re.compile(
    r"Usage:|Options:|Commands:|\bCOMMAND\b|\bARGS\b|\bTEXT\b|\bINTEGER\b|\bFLOAT\b|\bFILE\b|\bPATH\b|"
    r"\bDIRECTORY\b|\bRANGE\b|\bBOOLEAN\b|\bShow\b|\bexit\b|\bdefault\b|\brequired\b|\bError\b|\bTry\b|"
    r"\bMissing\b|\bInvalid\b|\bNo such\b|Did you mean|\bis not\b|Choose from|env var|Aborted|does not exist|"
    r"\bvalue\b|\bvalues\b|\bargument\(s\)|x<=|<=x"
)


def assert_french(text: str) -> None:
    found = ENGLISH.findall(text)
    assert not found, f"anglais : {found}\n{text}"


def test_fabrique_alone_prints_the_help_once():
    result = fabrique()
    assert result.returncode == 0
    assert result.stdout.count("Utilisation : fabrique [OPTIONS] COMMANDE [ARGUMENTS]…") == 1
    assert "Erreur" not in result.stdout + result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("command", ("",) + COMMANDS)
def test_every_help_page_is_french(command):
    args = (command, "--help") if command else ("--help",)
    result = fabrique(*args)
    assert result.returncode == 0
    assert result.stdout.startswith(f"Utilisation : fabrique {command}".replace("  ", " ").rstrip() + " ")
    assert "Options :\n" in result.stdout and "Affiche cette aide et quitte." in result.stdout
    assert_french(result.stdout)


def test_group_help_lists_whole_summaries():
    text = fabrique("--help").stdout
    commands = text.split("Commandes :\n", 1)[1]
    assert "..." not in commands
    assert "check Vérifie les fiches (toutes, ou seulement CHEMINS : fichiers ou dossiers)." in " ".join(commands.split())
    for command in COMMANDS:
        assert re.search(rf"^  {command} ", commands, re.MULTILINE)


def test_every_command_is_in_the_help_walk():
    from generator.cli import cli

    assert set(cli.commands) == set(COMMANDS)


USAGE_ERRORS = {
    ("nope",): "Erreur d'utilisation : commande inconnue « nope ».",
    ("--bad",): "Erreur d'utilisation : option inconnue « --bad ».",
    ("search", "x", "--type", "fichx"): "Erreur d'utilisation : valeur invalide pour '--type' : « fichx » n'est pas parmi : « fiche », « figure », « scénario ».",
    ("search", "x", "--limit", "0"): "Erreur d'utilisation : valeur invalide pour '--limit' : 0 n'est pas entre 1 et 1000.",
    ("search", "x", "--limit", "dix"): "Erreur d'utilisation : valeur invalide pour '--limit' : « dix » n'est pas un nombre entier valide.",
    ("search",): "Erreur d'utilisation : argument manquant 'REQUÊTE'.",
    ("search", "x", "--theme"): "Erreur d'utilisation : l'option « --theme » demande une valeur.",
    ("new", "figure", "Titre"): "Erreur d'utilisation : valeur invalide pour 'fiche' : « figure » n'est pas parmi : « fiche ».",
    ("check", "--format", "xml"): "Erreur d'utilisation : valeur invalide pour '--format' : « xml » n'est pas parmi : « texte », « json », « github ».",
}


@pytest.mark.parametrize("args", sorted(USAGE_ERRORS))
def test_usage_errors_in_french(args):
    result = fabrique(*args)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == USAGE_ERRORS[args]
    assert "Traceback" not in result.stderr
    assert_french(result.stderr)


def test_names_people_use_are_accepted(tmp_path):
    project = tmp_path / "projet"
    shutil.copytree(SAMPLES, project)
    shutil.rmtree(project / "experiences")
    for kind, title in (("fiche", "Un"), ("experience", "Deux"), ("Fiche", "Trois"), ("expérience", "Quatre")):
        result = fabrique("--racine", str(project), "new", kind, title)
        assert result.returncode == 0, result.stderr
        assert f"Fiche créée : experiences/{title.lower()}.yml" in result.stdout
    result = fabrique("--racine", str(project), "check", "--format", "texte")
    assert result.returncode == 1 and "« chapo » est vide" in result.stdout


def test_new_sheet_does_not_invent_a_start_date_and_explains_figures(tmp_path):
    project = tmp_path / "projet"
    shutil.copytree(SAMPLES, project)
    fabrique("--racine", str(project), "new", "fiche", "Le jardin partagé", check=True)
    text = (project / "experiences" / "le-jardin-partage.yml").read_text(encoding="utf-8")
    today = datetime.date.today().isoformat()
    debut = next(line for line in text.splitlines() if line.strip().startswith("debut:"))
    assert today not in debut and 'debut: ""' in debut
    assert "pas la date d'aujourd'hui" in debut
    assert "Relier la fiche à une\n# figure veut dire" in text
    assert "#   radar : Le CCAS radar" in text  # each figure by its id and title
    result = fabrique("check", "experiences/le-jardin-partage.yml", cwd=project)
    assert "« dates, debut » est vide : écrivez le texte attendu. Une date à la précision connue : l'année (\"2021\")" in result.stdout
    assert result.stdout.count("« dates, debut »") == 1
