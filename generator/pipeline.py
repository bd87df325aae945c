"""check → link → render → write, then the MkDocs build. Every stage that gathers data finishes
before anything is written: a failed check writes nothing, a failed build leaves site/ as it was."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import click

from generator.check import check_project
from generator.corpus import Corpus
from generator.problems import format_problems
from generator.project import Project
from generator.write import WriteReport


class CheckFailed(click.ClickException):
    exit_code = 1

    def show(self, file=None):
        click.echo(self.message, err=True)


def checked_corpus(project: Project, fmt: str = "text") -> Corpus:
    corpus, problems = check_project(project)
    if problems:
        click.echo(format_problems(problems, fmt), err=fmt == "text")
    if any(p.level == "error" for p in problems):
        raise CheckFailed("Rien n'a été écrit : corrigez d'abord les erreurs ci-dessus, puis relancez la commande.")
    return corpus


def generate_site(project: Project, fmt: str = "text") -> WriteReport:
    report, cards = _generate(project, fmt, wait_for_cards=True)
    return report


def _generate(project: Project, fmt: str, wait_for_cards: bool):
    """_generate_pages, with Python's cycle collector paused when the check cache is there: the records
    read from it, their check results and the pages are millions of small objects, none in a cycle
    worth collecting during this short step, and the collector kept walking them all (a third of a
    one-sheet regeneration at 10 000 sheets). Without the cache (a first run), it stays on: that run
    leaves cycles behind (190 MB more at 10 000 sheets with the collector paused) and gains nothing."""
    from generator import check_store
    from generator.check import collector_paused

    folder = project.cache_folder("controle")
    with collector_paused(folder is not None and (folder / check_store.FILE_NAME).is_file()):
        return _generate_pages(project, fmt, wait_for_cards)


def _generate_pages(project: Project, fmt: str, wait_for_cards: bool):
    """Write the pages; the card PDFs are rendered meanwhile by another process (card_job). Unless
    told to wait, return before they are done, with the job, so MkDocs can run in the meantime."""
    from generator.card_job import CardJob
    from generator.link import link
    from generator.render import render_pages
    from generator.composer import composer_pages
    from generator.side_pages import side_pages
    from generator.write import UnsafeFolder, write_pages

    corpus = checked_corpus(project, fmt)
    cards = CardJob.start(corpus, project.cache_folder("cartes"))  # from now on, beside everything else
    try:
        page_cache = project.cache_folder("pages")
        links = link(corpus, page_cache)
        pages = render_pages(corpus, links, page_cache)
        pages.update(side_pages(corpus, links))
        pages.update(composer_pages(corpus))
        if wait_for_cards:
            pages.update(_card_pages(cards.result()))
            return write_pages(project.docs, pages), None
        pages.update(_card_placeholders(project.docs))
        return write_pages(project.docs, pages), cards
    except UnsafeFolder as error:
        cards.cancel()
        raise click.ClickException(str(error)) from None
    except BaseException:
        cards.cancel()
        raise


def _card_pages(pdfs: dict[str, bytes]) -> dict[str, bytes]:
    return {f"cartes/{name}": data for name, data in pdfs.items()}


def _card_placeholders(docs: Path) -> dict[str, bytes]:
    """While the PDFs are being rendered: the files already there, or empty ones, so that MkDocs
    sees every linked file; the real PDFs replace them before the site is put in place."""
    from generator.cards import SITE_DECKS

    from generator.load import read_record_bytes

    found = {}
    for name in SITE_DECKS:
        # never through a symbolic link (write_pages then refuses the folder, in French)
        data = b"" if (docs / "cartes").is_symlink() else read_record_bytes(docs / "cartes" / name, limit=64 * 1024 * 1024)
        found[f"cartes/{name}"] = data if isinstance(data, bytes) else b""
    return found


def build_site(project: Project, fmt: str = "text") -> None:
    """Both editions (see editions.py), built side by side in staging folders while the card PDFs are
    rendered in another process; the search index starts as soon as the hosted edition is built,
    while the offline one may still be building. Then both are swapped into place together: a failure
    leaves site/ and site-hors-ligne/ as they were."""
    from generator.editions import OFFLINE_CONFIG, OFFLINE_FOLDER, ZIP_PATH, deterministic_zip
    from generator.outputs import start_search_index, wait_search_index
    from generator.write import write_atomic

    offline_site = project.root / OFFLINE_FOLDER
    for path in (project.site, offline_site, project.site.parent):
        if path.is_symlink() or (path.exists() and not path.is_dir()):
            raise click.ClickException(f"« {project.shown(path)} » est un lien symbolique ou n'est pas un dossier : "
                                       "fabrique n'y construit pas le site. Supprimez-le, puis relancez la commande.")
    report, cards = _generate(project, fmt, wait_for_cards=False)
    stagings, processes = [], []
    try:
        for _ in range(2):
            staging = Path(tempfile.mkdtemp(prefix=".site-", dir=project.site.parent))
            staging.chmod(0o755)
            stagings.append(staging)
        hosted, offline = stagings
        processes = [start_mkdocs(project, hosted), start_mkdocs(project, offline, project.root / OFFLINE_CONFIG)]
        wait_mkdocs(processes[:1])
        processes.append(start_search_index(hosted))  # Pagefind reads only the HTML pages
        wait_mkdocs(processes[1:2])
        for relative, data in _card_pages(cards.result()).items():
            write_atomic(hosted / relative, data)
            write_atomic(offline / relative, data)
            target = project.docs / relative
            try:
                same = target.read_bytes() == data
            except OSError:
                same = False
            if not same:
                write_atomic(target, data)
                if relative not in report.written:
                    report.written.append(relative)
                    report.unchanged -= 1
        deterministic_zip(offline, hosted / ZIP_PATH)
        wait_search_index(processes[2])
        swap_into_place(offline, offline_site)
        swap_into_place(hosted, project.site)
    except BaseException:
        cards.cancel()
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
        for staging in stagings:
            shutil.rmtree(staging, ignore_errors=True)
        raise
    click.echo(report.summary())
    click.echo(how_to_open(project, offline_site))


def how_to_open(project: Project, offline_site: Path) -> str:
    from generator.editions import ZIP_PATH

    site = project.shown(project.site)
    return (
        f"Site construit, en deux éditions :\n"
        f"- en ligne, dans {site}/ : il se consulte par un serveur web, pas en ouvrant ses fichiers. "
        f"Lancez « make serve » (ou « fabrique serve ») puis ouvrez http://127.0.0.1:8000/ dans un navigateur.\n"
        f"- hors ligne, dans {project.shown(offline_site)}/ : ouvrez {(offline_site / 'index.html').as_uri()} "
        f"dans un navigateur, sans réseau ni serveur. La même édition, à partager : {site}/{ZIP_PATH} "
        f"(décompressez-la, puis ouvrez index.html)."
    )


def build_environment(project: Project) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("SOURCE_DATE_EPOCH", source_date_epoch(project))
    env.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's notice about MkDocs 2 is not for our users
    return env


def source_date_epoch(project: Project) -> str:
    """Build dates come from the data: the last commit's date, or a fixed date outside git."""
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=project.root, capture_output=True, text=True, timeout=10
        )
        if result.returncode == 0 and result.stdout.strip().isdigit():
            return result.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    return "1583020800"  # 2020-03-01, the handbook's publication


def start_mkdocs(project: Project, site_dir: Path, config: Path | None = None) -> subprocess.Popen:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean",
               "--config-file", str(config or project.mkdocs_yml), "--site-dir", str(site_dir)]
    return subprocess.Popen(command, cwd=project.root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env=build_environment(project))


def wait_mkdocs(processes: list[subprocess.Popen]) -> None:
    """Wait for every MkDocs run (they run side by side: one per edition); fail if any failed."""
    failures = []
    for process in processes:
        output, _ = process.communicate()
        if process.returncode != 0:
            failures.append(output.strip())
    if failures:
        raise click.ClickException(
            "la construction MkDocs a échoué (mode strict : un avertissement suffit). "
            "Le site précédent est conservé tel quel. Détail de MkDocs :\n" + "\n".join(failures)
        )


def run_mkdocs(project: Project, site_dir: Path, config: Path | None = None) -> None:
    wait_mkdocs([start_mkdocs(project, site_dir, config)])


def swap_into_place(staging: Path, site: Path) -> None:
    """Replace site/ by the freshly built folder, keeping the old one until the new one is in place."""
    old = None
    if site.exists():
        old = site.with_name(f".{site.name}-ancien-{os.getpid()}")
        os.replace(site, old)
    try:
        os.replace(staging, site)
    except BaseException:
        if old is not None:
            os.replace(old, site)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
