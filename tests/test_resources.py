"""Shipped files are found from a source checkout and from an installed wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from casetracker.resources import ResourceNotFoundError, resource_path, resources_root

ROOT = Path(__file__).resolve().parents[1]


def test_resources_are_found_in_the_source_checkout() -> None:
    assert resources_root() == ROOT / "resources"
    catalogue = json.loads(resource_path("rules", "catalogue.json").read_text(encoding="utf-8"))
    assert catalogue["rules"]


def test_a_missing_resource_names_what_was_looked_for() -> None:
    with pytest.raises(ResourceNotFoundError, match=r"fonts/NoSuchFont\.ttf"):
        resource_path("fonts", "NoSuchFont.ttf")


@pytest.mark.slow
def test_resources_and_migrations_ship_inside_the_wheel(tmp_path: Path) -> None:
    # The throw-away environment must not see the checkout through PYTHONPATH.
    clean_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-w", str(wheels)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    # setuptools warns about an unlisted package folder or an old-style license table.
    backend = [line for line in build.stderr.splitlines() if "Warning" in line]
    assert backend == [], "\n".join(backend)
    (wheel,) = wheels.glob("casetracker-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        capture_output=True, text=True, timeout=300, env=clean_env,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr
    probe = (
        "from casetracker.resources import resource_path, resources_root\n"
        "import json, pathlib, casetracker.store as store\n"
        "print(resources_root())\n"
        "print(len(json.loads(resource_path('rules', 'catalogue.json').read_text())['rules']))\n"
        "print(resource_path('demo', 'demo.json').is_file())\n"
        "print(len(list((pathlib.Path(store.__file__).parent / 'migrations' / 'versions')"
        ".glob('0*.py'))))\n"
    )
    result = subprocess.run(
        [str(python), "-c", probe],
        capture_output=True, text=True, cwd=tmp_path, timeout=60, env=clean_env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    root, rules, demo, migrations = result.stdout.split()
    assert "site-packages" in root and str(ROOT) not in root
    assert int(rules) > 20
    assert demo == "True"
    assert int(migrations) >= 1


def test_every_package_of_the_source_tree_is_listed_for_the_wheel() -> None:
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    source = ROOT / "src"
    found = {
        ".".join(init.parent.relative_to(source).parts)
        for init in (source / "casetracker").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject's packages: {sorted(found - listed)}"
    # Folders of resources/ too: setuptools warns that an unlisted one "would be ignored".
    resources = ROOT / "resources"
    folders = {
        ".".join(("casetracker._resources", *folder.relative_to(resources).parts))
        for folder in resources.rglob("*")
        if folder.is_dir() and "__pycache__" not in folder.parts
    }
    assert folders <= listed, f"add to pyproject's packages: {sorted(folders - listed)}"
