"""Where a project's records, pages and outputs live."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.kinds import KINDS


@dataclass(frozen=True)
class Project:
    root: Path

    @classmethod
    def at(cls, root: str | Path = ".") -> "Project":
        return cls(Path(root).resolve())

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def cache(self) -> Path:
        return self.root / ".cache" / "fabrique"

    @property
    def mkdocs_yml(self) -> Path:
        return self.root / "mkdocs.yml"

    def record_files(self):
        """(kind, file) for every record file, in a stable order."""
        for kind in KINDS:
            folder = self.root / kind.folder
            if folder.is_dir():
                for file in sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml")):
                    yield kind, file

    def shown(self, file: Path) -> str:
        """The path a user sees in a message: relative to the project when inside it."""
        file = Path(file).absolute()
        try:
            return file.relative_to(self.root).as_posix()
        except ValueError:
            pass
        try:
            return file.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return file.as_posix()
