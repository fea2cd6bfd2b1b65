#!/usr/bin/env bash
# Refresh the window's translations after UI strings change:
#   1. pyside6-lupdate adds new strings from desktop/ui and desktop/workers to each
#      resources/translations/quire_<lang>.ts (unfinished, for a translator to fill in
#      with Qt Linguist or a text editor) and drops strings no longer in the code;
#   2. pyside6-lrelease compiles each .ts into the .qm the application loads.
# tests/ui/test_translation.py fails while any string is left untranslated.
# Usage: bash scripts/update_translations.sh [--release-only]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
sources=(desktop/ui/*.py desktop/workers/*.py)
for ts in resources/translations/quire_*.ts; do
    if [[ "${1:-}" != "--release-only" ]]; then
        "$bin/pyside6-lupdate" -locations none -no-obsolete "${sources[@]}" -ts "$ts"
    fi
    "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
