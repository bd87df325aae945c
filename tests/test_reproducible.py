"""Two builds of the same records give byte-identical sites."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys

from conftest import copy_project


def digest_tree(folder) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
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
    first, second = sites
    assert sorted(first) == sorted(second)
    different = [name for name in first if first[name] != second[name]]
    assert different == []
