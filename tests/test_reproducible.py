"""Two builds of the same records give byte-identical sites."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys

from conftest import copy_project


# Pagefind 1.5 writes its filter chunks in an order that varies from run to run (same pages, same
# filters, other bytes and so other hashed names, which pagefind-entry.json and the .pf_meta file
# name). Everything else it writes, and every page, must be identical.
PAGEFIND_UNSTABLE = ("pagefind/filter/", "pagefind/pagefind-entry.json", "pagefind/pagefind.")


def digest_tree(folder) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.relative_to(folder).as_posix().startswith(PAGEFIND_UNSTABLE)
    }


def test_two_builds_are_identical(tmp_path):
    sites = []
    for name in ("premier", "second"):
        project = copy_project(tmp_path / name)
        env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
        result = subprocess.run([sys.executable, "-m", "generator", "--racine", str(project), "build"],
                                capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        sites.append(digest_tree(project / "site"))
        sites.append(digest_tree(project / "site-hors-ligne"))
    for first, second in (sites[0::2], sites[1::2]):  # site/ with site/, site-hors-ligne/ with site-hors-ligne/
        assert sorted(first) == sorted(second)
        different = [name for name in first if first[name] != second[name]]
        assert different == []
