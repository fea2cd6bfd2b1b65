#!/usr/bin/env bash
# Installs everything Quire needs on a Debian 12 / Ubuntu machine with Python 3.11:
# the system packages (Tesseract and its language data, espeak-ng for the sample
# recording) and a virtual environment in .venv with Quire and its pinned dependencies.
#
#   bash scripts/bootstrap.sh          # the application
#   bash scripts/bootstrap.sh --dev    # plus the test and lint tools
#
# It is safe to run again: what is already there is kept.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"

extras=""
dev_packages=""
if [ "${1:-}" = "--dev" ]; then
  # [package]: PyInstaller, for tests/test_package.py; it needs objdump (binutils).
  extras="[dev,package]"
  dev_packages="binutils"
fi

# Tesseract language packs: the ones our users' collections need most often.
# Add more here (Debian names them tesseract-ocr-<code>); `quire` says which are missing.
tesseract_languages="eng fra deu spa eus cat glg ita por nld isl cym bre fry gle gla dan nor swe fin est"

system_packages="tesseract-ocr tesseract-ocr-osd espeak-ng python3-venv"
# Scanning: SANE's scanimage (its virtual "test" scanner is what the tests scan from).
system_packages="$system_packages sane-utils"
# What Qt (PySide6) needs from the system to draw a window: OpenGL/EGL, fonts, keyboard
# maps, and the X11 (xcb) libraries for a real window on a Linux desktop.
system_packages="$system_packages libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libdbus-1-3 libglib2.0-0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1 libxcb-randr0 libxcb-shape0"
# QtMultimedia (the recorder and the transcript editor's player) talks to PulseAudio
# (or PipeWire's PulseAudio service) through libpulse0; the tests start their own
# PulseAudio server, a virtual microphone and a silent sink (paplay, pactl).
system_packages="$system_packages libpulse0 pulseaudio pulseaudio-utils"
system_packages="$system_packages $dev_packages"
for code in $tesseract_languages; do
  system_packages="$system_packages tesseract-ocr-$code"
done

missing=""
for package in $system_packages; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done

if [ -n "$missing" ]; then
  echo "Quire: installing system packages:$missing"
  if [ "$(id -u)" -eq 0 ]; then
    sudo_cmd=""
  elif command -v sudo >/dev/null 2>&1; then
    sudo_cmd="sudo"
  else
    echo "Quire: these system packages are missing and this account cannot install them:$missing" >&2
    echo "Ask an administrator to run: apt-get install$missing" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  # shellcheck disable=SC2086
  $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Quire needs Python 3.11 or newer; '$python' is $("$python" --version 2>&1)." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  echo "Quire: creating the virtual environment in .venv"
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
echo "Quire: installing Python packages (the first time this downloads about 400 MB)"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extras"
echo "Quire: installed. The command is $here/.venv/bin/quire"
