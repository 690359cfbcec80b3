#!/usr/bin/env bash
# Build the standalone app (a PyInstaller one-folder bundle) and check it:
#
#   bash packaging/build.sh        ->  dist/casetracker/casetracker (Linux)
#
# Works in its own virtual environment, build/venv (kept between builds; set
# CASETRACKER_BUILD_VENV to put it elsewhere), where casetracker is installed
# from a clean copy of this tree, not in editable mode, together with the pinned
# build tools of packaging/requirements-build.txt. The bundle is defined in
# packaging/casetracker.spec. After building, the bundle's --version and
# --self-test run (offscreen when there is no display); the build fails if they do.
# Set PYTHON to choose the interpreter (default python3; it needs 3.11 or newer,
# built with a shared libpython as python.org's and Debian's are).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=${PYTHON:-python3}
venv=${CASETRACKER_BUILD_VENV:-build/venv}
source_copy=build/source
started=$SECONDS

say() { echo "build: $*" >&2; }

venv_python() {
  if [[ -x $venv/Scripts/python.exe ]]; then echo "$venv/Scripts/python.exe"; else echo "$venv/bin/python"; fi
}
if [[ ! -x $(venv_python) ]]; then
  say "creating the build environment in $venv"
  "$python" -m venv "$venv"
  "$(venv_python)" -m pip install -q --upgrade pip
fi
py=$(venv_python)
"$py" -m pip install -q -r packaging/requirements-build.txt

# Install from a copy holding only what the wheel is made of, so that setuptools'
# scratch folders and stale files never reach the bundle.
say "installing casetracker into $venv"
rm -rf "$source_copy"
mkdir -p "$source_copy"
tar --exclude=__pycache__ --exclude='*.pyc' -cf - pyproject.toml README.md src resources \
  | tar -xf - -C "$source_copy"
# With the encryption extra: a lawyer cannot add SQLCipher to a bundle afterwards.
"$py" -m pip install -q "$source_copy[encryption]"

say "running PyInstaller"
# PYTHONPATH could make PyInstaller pick up the checkout's src/ instead of the
# installed package: the bundle must be built from what pip installed.
env -u PYTHONPATH "$py" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/casetracker.spec

case $(uname -s) in
  Darwin) app=dist/casetracker.app/Contents/MacOS/casetracker ;;
  # casetracker.exe has no console; its twin casetracker-cli.exe prints the report.
  MINGW* | MSYS* | CYGWIN*) app=dist/casetracker/casetracker-cli.exe ;;
  *) app=dist/casetracker/casetracker ;;
esac
say "checking $app"
"$app" --version
# A private HOME keeps the self-test's settings and logs out of the builder's.
check_home=$(mktemp -d)
trap 'rm -rf "$check_home"' EXIT
HOME=$check_home XDG_CONFIG_HOME=$check_home/config XDG_DATA_HOME=$check_home/data \
  XDG_STATE_HOME=$check_home/state XDG_CACHE_HOME=$check_home/cache "$app" --self-test
# What a lawyer downloads over a slow rural connection: the build fails above this.
limit_mb=150
size_mb=$(du -sm dist/casetracker | cut -f1)
if (( size_mb > limit_mb )); then
  echo "build.sh: the bundle is $size_mb MB, over its $limit_mb MB budget;" \
    "see what grew with: du -a dist/casetracker | sort -rn | head -30" >&2
  exit 1
fi
say "done in $((SECONDS - started)) s: $root/$app (bundle folder: $size_mb MB)"
