"""The two editions of the site, built side by side by `fabrique build`:

- the hosted edition, site/: served over http (GitHub Pages, `make serve`), searched with Pagefind;
- the offline edition, site-hors-ligne/: opened from disk (file://) with no network, built by a second
  MkDocs run with mkdocs-hors-ligne.yml (Material's offline plugin, .html addresses, Material's own
  search with its index inlined into a script). It is also zipped into the hosted edition
  (telechargements/fabrique-hors-ligne.zip) so that facilitators can download it.
"""
from __future__ import annotations

import stat
import zipfile
from pathlib import Path

OFFLINE_CONFIG = "mkdocs-hors-ligne.yml"
OFFLINE_FOLDER = "site-hors-ligne"
ZIP_PATH = "telechargements/fabrique-hors-ligne.zip"
ZIP_ROOT = "fabrique-hors-ligne"
# Any fixed date makes the archive reproducible; zip cannot store dates before 1980.
ZIP_DATE = (2020, 3, 1, 0, 0, 0)


def deterministic_zip(folder: Path, target: Path, root: str = ZIP_ROOT) -> int:
    """Zip `folder` under `root/`: sorted names, fixed dates and permissions, so the same site gives
    the same bytes. Returns the number of files."""
    files = sorted((p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()),
                   key=lambda p: p.relative_to(folder).as_posix())
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for file in files:
            info = zipfile.ZipInfo(f"{root}/{file.relative_to(folder).as_posix()}", date_time=ZIP_DATE)
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, whatever the machine
            archive.writestr(info, file.read_bytes(), compresslevel=6)  # 9: twice the time, same size
    return len(files)
