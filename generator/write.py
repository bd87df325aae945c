"""Write generated pages: only those whose content changed; remove stale ones; never touch hand-written pages."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

# Folders under docs/ that belong to the generator (git-ignored). Nothing else in docs/ is ever written.
GENERATED_FOLDERS = ("figures", "scenarios", "themes", "ateliers", "experiences", "cartes")


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"Pages générées : {len(self.written)} écrite{'s' if len(self.written) > 1 else ''}, "
            f"{self.unchanged} inchangée{'s' if self.unchanged > 1 else ''}, "
            f"{len(self.removed)} supprimée{'s' if len(self.removed) > 1 else ''}."
        )


def write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)  # mkstemp makes private files; pages and PDFs are public
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class UnsafeFolder(Exception):
    """A generated folder that fabrique refuses to write into, told in French."""


def refuse_links(docs: Path) -> None:
    """Nothing is written when docs/, a generated folder or anything inside one is a symbolic link
    (or not a plain folder/file): writing or deleting there could reach files outside the project."""
    _generated_entries(docs)


def _generated_entries(docs: Path) -> tuple[list[str], list[str]]:
    """(files, folders) under the generated folders, relative to docs/, after refusing what refuse_links
    refuses. One os.scandir per folder: the kind of each entry comes with its name, without a stat
    of its own (10 000 pages cost three stats each, twice, before)."""
    def refuse(path: Path, what: str) -> None:
        shown = path.relative_to(docs.parent).as_posix()
        raise UnsafeFolder(
            f"« {shown} » {what} : fabrique n'écrit ni ne supprime rien à travers un lien. "
            f"Supprimez « {shown} » (ce dossier est régénéré à chaque fois), puis relancez la commande."
        )

    if docs.is_symlink():
        refuse(docs, "est un lien symbolique")
    if docs.exists() and not docs.is_dir():
        refuse(docs, "n'est pas un dossier")
    files: list[str] = []
    folders: list[str] = []

    def visit(folder: Path, relative: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                path, inside = folder / entry.name, f"{relative}/{entry.name}"
                if entry.is_symlink():
                    refuse(path, "est un lien symbolique")
                if entry.is_dir(follow_symlinks=False):
                    folders.append(inside)
                    visit(path, inside)
                elif entry.is_file(follow_symlinks=False):
                    files.append(inside)
                else:
                    refuse(path, "n'est ni un fichier ni un dossier")

    for folder in GENERATED_FOLDERS:
        base = docs / folder
        if base.is_symlink():
            refuse(base, "est un lien symbolique")
        if not base.exists():
            continue
        if not base.is_dir():
            refuse(base, "n'est pas un dossier")
        visit(base, folder)
    return files, folders


def _path_order(relative: str) -> list[str]:
    return relative.split("/")  # the order of sorted Paths


def write_pages(docs: Path, pages: dict[str, str | bytes]) -> WriteReport:
    """`pages` maps a path relative to docs/ (inside a generated folder) to its content."""
    report = WriteReport()
    for relative in pages:
        parts = relative.split("/")
        if parts[0] not in GENERATED_FOLDERS or any(part in ("", ".", "..") for part in parts) or "\\" in relative:
            raise ValueError(f"generated page outside generated folders: {relative}")
    files, folders = _generated_entries(docs)
    for relative, content in sorted(pages.items()):
        data = content.encode("utf-8") if isinstance(content, str) else content
        target = docs / relative
        try:
            if target.read_bytes() == data:
                report.unchanged += 1
                continue
        except OSError:
            pass
        write_atomic(target, data)
        report.written.append(relative)
    # what was there before this run and is no page of it (the pages just written are all in `pages`)
    for relative in sorted(files, key=_path_order):
        if relative not in pages:
            (docs / relative).unlink()
            report.removed.append(relative)
    for relative in sorted(folders, key=_path_order, reverse=True):
        directory = docs / relative
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
    return report
