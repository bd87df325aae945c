"""Where a project's records, pages and outputs live.

The project is found as git finds a repository: from the current folder upwards, the first folder
that holds `mkdocs.yml` and at least one record folder. `fabrique` reads records and writes pages
only there; it never follows a symbolic link in a record folder or a generated folder. Its caches
live in the project's git-ignored `.cache/fabrique/` and hold data only (JSON, SQLite), never code;
a cache that the repository itself carries (a file added to a pull request with `git add -f`) is
not trusted at all, so a forged entry can never pass for the result of a check.
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from generator.kinds import KINDS

RECORD_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*\.yml$")
# Ids that would overwrite a generated page (docs/<dossier>/index.md) or that Windows cannot hold as file names.
RESERVED_IDS = frozenset(
    {"index", "catalogue", "con", "prn", "aux", "nul", "clock"}
    | {f"com{n}" for n in range(10)} | {f"lpt{n}" for n in range(10)}
)


class ProjectError(Exception):
    """A problem with the project's folders, told in French."""


def is_project_root(folder: Path) -> bool:
    marker = folder / "mkdocs.yml"
    return (marker.is_file() and not marker.is_symlink()
            and any((folder / kind.folder).is_dir() for kind in KINDS))


@dataclass(frozen=True)
class Project:
    root: Path

    @classmethod
    def at(cls, root: str | Path = ".") -> "Project":
        """A project at a known place (tests, benchmarks): no search, no verification."""
        return cls(Path(root).resolve())

    @classmethod
    def find(cls, start: str | Path | None = None, explicit: bool = False) -> "Project":
        """The project holding `start` (by default the current folder), searched upwards like git.
        With `explicit` (option --racine), `start` itself must be the project's folder."""
        start = Path(start if start is not None else os.getcwd()).resolve()
        candidates = [start] if explicit else [start, *start.parents]
        for folder in candidates:
            if is_project_root(folder):
                return cls(folder)
        kinds = ", ".join(f"{kind.folder}/" for kind in KINDS)
        if explicit:
            raise ProjectError(
                f"« {start} » n'est pas le dossier d'un projet : il doit contenir mkdocs.yml et au moins un des "
                f"dossiers de fiches ({kinds}). Indiquez avec --racine le dossier du projet."
            )
        raise ProjectError(
            f"aucun projet trouvé dans « {start} » ni dans les dossiers au-dessus : lancez la commande dans le "
            f"dossier du projet (celui qui contient mkdocs.yml et {kinds}) ou dans un de ses sous-dossiers, "
            "ou indiquez-le avec --racine."
        )

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def cache(self) -> Path:
        """This project's cache folder: .cache/fabrique, git-ignored, inside the project."""
        return self.root / ".cache" / "fabrique"

    def cache_is_tracked(self) -> bool:
        """True when the repository carries files under .cache/ (committed, or added to a pull request):
        such a cache came from someone else and is never read."""
        if not (self.root / ".git").exists():
            return False
        import subprocess

        try:
            listed = subprocess.run(["git", "-C", str(self.root), "ls-files", "-z", "--", ".cache"],
                                    capture_output=True, timeout=30, check=False)
        except (OSError, subprocess.SubprocessError):
            return True  # cannot tell: do not trust it
        return listed.returncode != 0 or bool(listed.stdout)

    def cache_folder(self, name: str) -> Path | None:
        """A private cache folder that only this user can write, created if needed; None (no cache)
        when it is not safe to use: a symbolic link on the way, another owner, writable by others."""
        folder = self.cache / name
        if self.cache_is_tracked():
            return None
        for part in (self.root / ".cache", self.cache):
            if part.is_symlink():
                return None
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            return None
        for part in (folder, *folder.parents[:2]):
            try:
                info = part.lstat()
            except OSError:
                return None
            if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o022:
                return None
        return folder

    @property
    def mkdocs_yml(self) -> Path:
        return self.root / "mkdocs.yml"

    def record_files(self):
        """(kind, file) for every valid record file, in a stable order."""
        return self.scan_records()[0]

    def scan_records(self):
        """([(kind, file)], [Problem]): every entry of every record folder is either a record file
        or a problem (a symbolic link, a subfolder, a name that is not « identifiant.yml »)."""
        from generator.problems import Problem

        files, problems = [], []
        for kind in KINDS:
            folder = self.root / kind.folder
            if folder.is_symlink():
                problems.append(Problem(f"{kind.folder}/", 1, 1, f"le dossier « {kind.folder}/ » est un lien symbolique : "
                                        "fabrique ne suit pas les liens ; mettez les fiches dans un vrai dossier du projet."))
                continue
            if not folder.is_dir():
                continue
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
            for entry in entries:
                shown = f"{kind.folder}/{entry.name}"
                message = entry_problem(entry, kind.folder)
                if message:
                    problems.append(Problem(shown, 1, 1, message))
                else:
                    files.append((kind, folder / entry.name))
        return files, problems

    def shown(self, file: Path) -> str:
        """The path a user sees in a message: relative to the project when inside it."""
        file = Path(os.path.abspath(file))
        try:
            return file.relative_to(self.root).as_posix()
        except ValueError:
            pass
        try:
            return file.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return file.as_posix()


def entry_problem(entry: os.DirEntry, folder: str) -> str | None:
    """Why a folder entry is not a record file, in French; None when it is one."""
    from generator.markup import visible

    name = visible(entry.name)
    if entry.is_symlink():
        return (f"« {name} » est un lien symbolique : fabrique ne suit pas les liens. "
                "Remplacez-le par le fichier de la fiche lui-même.")
    if entry.is_dir(follow_symlinks=False):
        return (f"« {name} » est un dossier : les fiches sont des fichiers « identifiant.yml » placés directement dans "
                f"« {folder}/ », sans sous-dossier. Déplacez ses fiches dans « {folder}/ » ou retirez ce dossier.")
    if not entry.is_file(follow_symlinks=False):
        return f"« {name} » n'est pas un fichier ordinaire : retirez-le du dossier « {folder}/ »."
    if not RECORD_NAME.match(entry.name):
        return f"« {name} » n'est pas un nom de fiche : " + _rename_hint(entry.name, folder)
    stem = entry.name[:-4]
    if stem in RESERVED_IDS:
        return (f"« {stem} » est un nom réservé ({'il remplacerait la page de liste du dossier' if stem in ('index', 'catalogue') else 'Windows ne peut pas créer ce fichier'}) : "
                "choisissez un autre identifiant, renommez le fichier et changez son « id ».")
    return None


def _rename_hint(name: str, folder: str) -> str:
    expected = "un fichier de fiche s'appelle « identifiant.yml » (minuscules sans accent, chiffres et tirets, par exemple « ccas-bar.yml »)"
    base = name.strip()
    lowered = base.lower()
    for suffix in (".yml", ".yaml"):
        if lowered.endswith(suffix) and RECORD_NAME.match(lowered[: -len(suffix)] + ".yml"):
            better = lowered[: -len(suffix)] + ".yml"
            return f"{expected} ; renommez-le « {better} »."
    if RECORD_NAME.match(lowered + ".yml"):
        return f"{expected} ; il manque l'extension : renommez-le « {lowered}.yml »."
    return f"{expected}. Renommez-le, ou retirez-le du dossier « {folder}/ » s'il n'est pas une fiche."
