#!/usr/bin/env bash
# Installs this Quire folder for the current user: the `quire` and `quire-desktop`
# commands in ~/.local/bin, Quire in the applications menu, and its icon.
# The folder stays where it is: move it first (e.g. to ~/.local/opt/quire) if you like.
#
#   ./install.sh            install
#   ./install.sh --remove   take the menu entry, icons and commands away again
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$bin/quire" "$bin/quire-desktop" "$data/applications/org.quire.Quire.desktop" \
    "$data/metainfo/org.quire.Quire.metainfo.xml" \
    "$data/icons/hicolor/scalable/apps/org.quire.Quire.svg"
  for size in 48 128 256; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/org.quire.Quire.png"
  done
  echo "Quire's menu entry and commands are removed; delete $here to remove the program."
  exit 0
fi

mkdir -p "$bin" "$data/applications" "$data/metainfo"
ln -sfn "$here/quire" "$bin/quire"
ln -sfn "$here/quire" "$bin/quire-desktop"
sed "s|^Exec=quire-desktop|Exec=\"$here/quire-desktop\"|" \
  "$here/share/applications/org.quire.Quire.desktop" > "$data/applications/org.quire.Quire.desktop"
cp "$here/share/metainfo/org.quire.Quire.metainfo.xml" "$data/metainfo/"
cp -r "$here/share/icons" "$data/"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true

echo "Quire is installed: find it in the applications menu, or type quire-desktop."
if ! command -v tesseract >/dev/null; then
  echo
  echo "Text recognition needs Tesseract, which is not installed on this computer."
  echo "Install it with:  sudo apt-get install tesseract-ocr tesseract-ocr-eng"
  echo "(add tesseract-ocr-fra, -deu, … for other languages; quire doctor lists what is missing)"
fi
