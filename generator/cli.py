"""The `fabrique` command: thin click commands; each stage is imported when used."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from generator.french_click import Choix, FrenchGroup, Nombre, run_in_french

FORMATS = Choix({"texte": "text", "json": "json", "github": "github"}, aliases={"text": "text"})
# The names people use: a sheet (« fiche ») is an experience; accents and the old names are accepted.
KINDS = Choix({"fiche": "experience", "figure": "figure", "scénario": "scenario"},
              aliases={"experience": "experience", "fiches": "experience", "figures": "figure", "scenarios": "scenario"})


@click.group(cls=FrenchGroup, no_args_is_help=True, context_settings={"help_option_names": []})
@click.help_option("-h", "--help", help="Affiche cette aide et quitte.")
@click.option("--racine", type=click.Path(file_okay=False, path_type=Path), default=None, metavar="DOSSIER",
              help="Dossier du projet (celui qui contient mkdocs.yml, figures/, scenarios/…). Par défaut : le dossier courant "
                   "ou le premier dossier au-dessus qui contient mkdocs.yml et des dossiers de fiches.")
@click.version_option(package_name="fabrique-ccas", message="fabrique %(version)s", help="Affiche la version et quitte.")
@click.pass_context
def cli(ctx: click.Context, racine: Path | None) -> None:
    """La Fabrique : vérifier les fiches, générer et construire le site « Fabriquer l'action sociale de demain »."""
    if racine is not None and not racine.is_dir():
        raise click.UsageError(f"le dossier « {racine} » n'existe pas.")
    ctx.obj = _LazyProject(racine)


class _LazyProject:
    """The project, found when a command needs it (so that --help and --version work anywhere)."""

    def __init__(self, racine: Path | None):
        self.racine = racine
        self._project = None

    def __getattr__(self, name):
        if self._project is None:
            from generator.project import Project, ProjectError

            try:
                self._project = Project.find(self.racine, explicit=self.racine is not None)
            except ProjectError as error:
                raise click.ClickException(str(error)) from None
        return getattr(self._project, name)

    def get(self):
        self.root  # noqa: B018 - finds the project
        return self._project


def pass_project(command):
    """Like click.pass_obj, with the project found (or a French error) before the command runs."""
    import functools

    @functools.wraps(command)
    @click.pass_context
    def wrapper(ctx, *args, **kwargs):
        return command(ctx.obj.get(), *args, **kwargs)

    return wrapper


@cli.command()
@click.argument("chemins", nargs=-1, type=click.Path(path_type=Path), metavar="[CHEMIN]…")
@click.option("--format", "fmt", type=FORMATS, default="text",
              help="texte (par défaut) : une ligne par problème ; json : pour les scripts ; github : annotations GitHub Actions.")
@pass_project
def check(project, chemins: tuple[Path, ...], fmt: str) -> None:
    """Vérifie les fiches (toutes, ou seulement CHEMINS : fichiers ou dossiers).

    Chaque problème est affiché « fichier:ligne:colonne: message ». Code de sortie : 0 si tout va bien,
    1 s'il y a des erreurs, 2 en cas de mauvaise utilisation.
    """
    import gc

    # A short process: the cyclic collector stays off to its end (the check makes hundreds of thousands
    # of small objects and no garbage worth collecting), and _end_now ends it without freeing them.
    gc.disable()
    from generator.check import check_project_counted
    from generator.problems import Problem, format_problems

    files = _expand(chemins)
    _, problems, checked = check_project_counted(project, files or None)
    if not checked and not problems:
        problems = [Problem("mkdocs.yml", 1, 1, "aucune fiche trouvée dans les dossiers de fiches du projet "
                            f"({project.root}) : il n'y a rien à vérifier.")]
    output = format_problems(problems, fmt, checked)
    if output:
        click.echo(output)
    _end_now(1 if any(p.level == "error" for p in problems) else 0)


def _end_now(code: int) -> None:
    """Leave with `code` once the output is written, without the interpreter's own ending: freeing,
    one by one, every object of every record read took 20 ms of a 0.35 s check of 800 sheets, for
    memory the system takes back at once. Nothing is left to do: the workers are gone, the check
    cache is written and closed."""
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def _expand(paths: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(path.rglob("*.yml")) + sorted(path.rglob("*.yaml"))
            if not found:
                raise click.UsageError(f"le dossier « {path} » ne contient aucune fiche .yml.")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise click.UsageError(f"« {path} » n'existe pas : indiquez un fichier .yml ou un dossier de fiches.")
    return files


@cli.command()
@click.option("--format", "fmt", type=FORMATS, default="text", help="Format des problèmes éventuels (par défaut : texte).")
@pass_project
def generate(project, fmt: str) -> None:
    """Vérifie les fiches puis écrit les pages Markdown du site dans docs/ (seulement celles qui changent)."""
    from generator.pipeline import generate_site

    report = generate_site(project, fmt)
    click.echo(report.summary())


@cli.command()
@click.option("--format", "fmt", type=FORMATS, default="text", help="Format des problèmes éventuels (par défaut : texte).")
@pass_project
def build(project, fmt: str) -> None:
    """Génère les pages puis construit le site complet dans site/ (MkDocs en mode strict)."""
    from generator.pipeline import build_site

    build_site(project, fmt)


@cli.command()
@click.option("--port", type=Nombre(1, 65535), default=8000, help="Port local du serveur d'aperçu (par défaut : 8000).")
@pass_project
def serve(project, port: int) -> None:
    """Aperçu du site sur http://127.0.0.1:PORT, régénéré quand une fiche change."""
    from generator.serve import serve_site

    serve_site(project, port)


@cli.command()
@click.option("--format", "fmt", type=Choix({"json": "json", "csv": "csv"}), default="json",
              help="json (par défaut) : un seul fichier ; csv : un fichier par type de fiche, dans un dossier ou un .zip.")
@click.option("--output", "-o", "output", type=click.Path(path_type=Path), default=None,
              help="Fichier (ou dossier, ou .zip pour csv) de sortie. Par défaut : la sortie standard en json, le dossier export-csv/ en csv.")
@pass_project
def export(project, fmt: str, output: Path | None) -> None:
    """Exporte toutes les fiches en données ouvertes (JSON ou CSV)."""
    from generator.export import export_corpus

    export_corpus(project, fmt, output)


@cli.command()
@click.argument("type_fiche", metavar="fiche", type=Choix({"fiche": "experience"}, aliases={"experience": "experience"}))
@click.argument("titre", metavar="TITRE")
@click.option("--id", "record_id", default=None, help="Identifiant (nom du fichier) ; par défaut, tiré du titre.")
@pass_project
def new(project, type_fiche: str, titre: str, record_id: str | None) -> None:
    """Crée une fiche d'expérience à remplir, dans experiences/.

    Exemple : fabrique new fiche "Le café des aidants" (« experience » est aussi accepté).
    """
    from generator.scaffold import create_experience

    target = create_experience(project, titre, record_id)
    click.echo(f"Fiche créée : {project.shown(target)}")
    click.echo("Remplissez chaque champ entre guillemets, puis vérifiez avec : fabrique check " + project.shown(target))


@cli.command()
@click.option("--deck", type=Choix({"consignes": "consignes", "thèmes": "themes", "figures": "figures", "scénarios": "scenarios",
                                    "augmentés": "augmentes", "rôles": "roles", "vigilance": "vigilance", "tous": "all"},
                                   aliases={"all": "all", "figure": "figures", "scénario": "scenarios", "thème": "themes",
                                            "rôle": "roles"}),
              default="all", help="Jeu de cartes : consignes, thèmes, figures, scénarios, augmentés (scénarios 2050), "
                                  "rôles, vigilance, ou tous (par défaut).")
@click.option("--format", "fmt", type=Choix({"a4-4up": "a4-4up", "a6": "a6", "kit": "kit"}), default="a4-4up",
              help="a4-4up (par défaut) : 4 cartes par feuille A4, traits de coupe, versos en miroir ; a6 : une carte "
                   "par page ; kit : feuille de route puis cartes A4.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("cartes.pdf"),
              help="Fichier PDF à écrire (par défaut : cartes.pdf).")
@pass_project
def cards(project, deck: str, fmt: str, output: Path) -> None:
    """Cartes d'atelier à imprimer (PDF), faites à partir des mêmes fiches que le site."""
    from generator.cards import DECKS, build_cards, write_pdf
    from generator.pipeline import checked_corpus
    from generator.write import write_atomic

    corpus = checked_corpus(project)
    chosen = DECKS if deck == "all" else (deck,)
    deck_cards = build_cards(corpus, chosen)
    write_atomic(output, write_pdf(deck_cards, fmt))
    click.echo(f"{len(deck_cards)} cartes écrites dans {output} (format {fmt}).")


@cli.command()
@click.argument("requete", metavar="REQUÊTE")
@click.option("--type", "kind", type=KINDS, default=None,
              help="Ne chercher que dans les fiches d'expérience, les figures ou les scénarios.")
@click.option("--theme", default=None, help="Filtrer sur un thème (identifiant : isolement, bonheur…).")
@click.option("--figure", default=None, help="Filtrer sur une figure (identifiant : radar…).")
@click.option("--departement", default=None, help="Filtrer les fiches d'expérience sur un code de département (95, 2A…).")
@click.option("--limit", type=Nombre(1, 1000), default=10, help="Nombre de résultats affichés (par défaut : 10).")
@click.option("--json", "as_json", is_flag=True, help="Résultats en JSON, pour les scripts.")
@pass_project
def search(project, requete: str, kind, theme, figure, departement, limit: int, as_json: bool) -> None:
    """Cherche dans les figures, les scénarios et les fiches (index mis à jour au fil des changements)."""
    from generator import search as engine

    answer, report = engine.search(project, requete, kind, theme, figure, departement, limit)
    click.echo(report.summary(), err=True)
    click.echo(engine.as_json(answer) if as_json else engine.format_text(answer))


@cli.command()
@click.option("--verifier", is_flag=True, help="N'écrit rien : échoue (code 1) si le formulaire enregistré diffère de celui du schéma.")
@pass_project
def formulaire(project, verifier: bool) -> None:
    """Écrit le formulaire GitHub « Proposer une fiche » à partir du schéma et des vocabulaires.

    Le fichier est .github/ISSUE_TEMPLATE/nouvelle-fiche.yml ; relancez la commande quand le schéma change.
    """
    from generator.issue_form import FORM_PATH, form_text
    from generator.write import write_atomic

    target = project.root / FORM_PATH
    text = form_text(project.root)
    if verifier:
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current != text:
            raise click.ClickException(f"{FORM_PATH} ne correspond plus au schéma : lancez « fabrique formulaire ».")
        click.echo(f"{FORM_PATH} est à jour.")
        return
    write_atomic(target, text.encode("utf-8"))
    click.echo(f"Formulaire écrit : {FORM_PATH}")


@cli.command()
@click.option("--evenement", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Fichier de l'événement GitHub (GITHUB_EVENT_PATH) : le texte et le numéro du ticket y sont lus.")
@click.option("--corps", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Ou : un fichier contenant le texte du ticket.")
@click.option("--numero", type=Nombre(1, 10**9), default=None, help="Numéro du ticket (avec --corps).")
@click.option("--commentaire", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Fichier où écrire la réponse à poster dans le ticket (Markdown, en français).")
@pass_project
def ticket(project, evenement: Path | None, corps: Path | None, numero: int | None, commentaire: Path | None) -> None:
    """Transforme un ticket « Proposer une fiche » en fiche experiences/<id>.yml, puis la vérifie.

    Code de sortie : 0 si la fiche passe la vérification, 1 sinon (la réponse dit quoi corriger).
    """
    from generator.issue_form import convert, read_issue

    body, number, created = read_issue(evenement, corps, numero)
    target, problems, comment = convert(project, body, number, created)
    if commentaire is not None:
        commentaire.write_text(comment + "\n", encoding="utf-8")
    if target is not None:
        click.echo(f"Fiche écrite : {project.shown(target)}")
    click.echo(comment)
    if target is None or any(p.level == "error" for p in problems):
        sys.exit(1)


def main() -> None:
    run_in_french(cli)
