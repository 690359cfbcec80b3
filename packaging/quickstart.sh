#!/usr/bin/env bash
# Quick start for a Debian machine with Python 3.11 (as in the README):
#
#   bash packaging/quickstart.sh app    open the app on demo.sqlite3 holding the demo cases
#   bash packaging/quickstart.sh test   run the whole test suite
#
# Both create .venv beside the project on first use and install casetracker into it
# (editable, with its test tools). As root, missing Debian libraries that Qt and the
# tests need are installed with apt-get; otherwise the script says which are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

qt_runtime=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 libfreetype6)
qt_desktop=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0)
# xvfb, dbus, at-spi2-core and python3-pyatspi: the screen-reader tests run the app on a
# virtual display (with the xcb libraries of qt_desktop) and read it over AT-SPI.
# postgresql and postgresql-client: the tests start a private PostgreSQL cluster;
# gir1.2-ical-3.0: libical, an independent reader of the calendar exports.
# Tesseract with its Spanish model reads scanned court documents (OCR); without it the
# app still reads every PDF's text layer and says that scans wait.
ocr=(tesseract-ocr tesseract-ocr-spa)
test_tools=(poppler-utils qpdf libreoffice-writer-nogui sqlite3 fonts-liberation2
  xvfb dbus at-spi2-core python3-pyatspi postgresql postgresql-client gir1.2-ical-3.0)

need_debian() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
      || missing+=("$package")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "quickstart: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "quickstart: please install these Debian packages: ${missing[*]}" >&2
    return 1
  fi
}

setup_python() {
  if [[ ! -x .venv/bin/python ]]; then
    python3 -m venv .venv
  fi
  local stamp=.venv/.casetracker-installed
  if [[ ! -f $stamp || pyproject.toml -nt $stamp ]]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    touch "$stamp"
  fi
}

case ${1:-} in
  app)
    command -v dpkg-query >/dev/null && need_debian "${qt_runtime[@]}" "${qt_desktop[@]}" "${ocr[@]}"
    setup_python
    .venv/bin/casetracker --db demo.sqlite3 demo
    exec .venv/bin/casetracker --db demo.sqlite3 gui
    ;;
  test)
    command -v dpkg-query >/dev/null \
      && need_debian "${qt_runtime[@]}" "${qt_desktop[@]}" "${ocr[@]}" "${test_tools[@]}"
    setup_python
    shift
    set +e
    # One pytest-xdist worker per core; arguments after "test" go to pytest.
    .venv/bin/python -m pytest -n auto "$@"
    status=$?
    set -e
    if [[ $status -eq 5 ]]; then
      echo "quickstart: no tests were collected; that counts as a failure" >&2
      exit 1
    fi
    exit $status
    ;;
  *)
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
