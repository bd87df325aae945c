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


def write_pages(docs: Path, pages: dict[str, str | bytes]) -> WriteReport:
    """`pages` maps a path relative to docs/ (inside a generated folder) to its content."""
    report = WriteReport()
    for relative in pages:
        if relative.split("/", 1)[0] not in GENERATED_FOLDERS:
            raise ValueError(f"generated page outside generated folders: {relative}")
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
    for folder in GENERATED_FOLDERS:
        base = docs / folder
        if not base.is_dir():
            continue
        for file in sorted(base.rglob("*")):
            relative = file.relative_to(docs).as_posix()
            if file.is_file() and relative not in pages:
                file.unlink()
                report.removed.append(relative)
        for directory in sorted((d for d in base.rglob("*") if d.is_dir()), reverse=True):
            if not any(directory.iterdir()):
                directory.rmdir()
    return report
