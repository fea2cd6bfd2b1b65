#!/usr/bin/env bash
# Builds the Linux package of Quire: a folder with the `quire` command and the desktop app
# (PyInstaller, one folder), and dist/quire-<version>-linux-x86_64.tar.gz made from it.
#
#   .venv/bin/pip install -e ".[package]"     # once: PyInstaller, pinned
#   bash packaging/linux/build.sh             # 1.5-3.5 minutes on 2 cores; 1.1 GB in dist/
#
# Output:
#   dist/quire/                               the program folder (run dist/quire/quire)
#   dist/quire-<version>-linux-x86_64.tar.gz  the same folder as quire-<version>/, to hand out
# Options:  --no-tar  skip the archive (for tests: the folder is enough)
#           --clean   forget PyInstaller's cache in build/ first
set -euo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
python="${PYTHON:-$here/.venv/bin/python}"
make_tar=1
clean=""
for arg in "$@"; do
  case "$arg" in
    --no-tar) make_tar=0 ;;
    --clean) clean="--clean" ;;
    *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  echo "PyInstaller is not installed in $python's environment." >&2
  echo "Install the packaging tools with: .venv/bin/pip install -e '.[package]'" >&2
  exit 1
fi
version="$("$python" -c 'from desktop import __version__; print(__version__)')"
arch="$(uname -m)"
name="quire-$version-linux-$arch"

echo "Quire $version: building the program folder (PyInstaller)…"
start=$(date +%s)
# OMP/BLAS thread limits keep PyInstaller's import probes from grabbing every core.
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 "$python" -m PyInstaller --noconfirm $clean \
  --log-level WARN --distpath dist --workpath build/pyinstaller packaging/quire.spec

folder="dist/quire"
# Links PyInstaller makes to libraries the spec left out (QML/Quick): nothing behind them.
find "$folder/_internal" -xtype l -delete
# One program, two names: started as quire-desktop it opens the window (packaging/entry.py).
ln -sfn quire "$folder/quire-desktop"

# Desktop integration files, laid out as under /usr/share; install.sh copies them.
share="$folder/share"
rm -rf "$share"
mkdir -p "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
cp resources/linux/org.quire.Quire.desktop "$share/applications/"
cp resources/linux/org.quire.Quire.metainfo.xml "$share/metainfo/"
cp resources/icons/quire.svg "$share/icons/hicolor/scalable/apps/org.quire.Quire.svg"
for size in 48 128 256; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "resources/icons/quire-$size.png" "$share/icons/hicolor/${size}x${size}/apps/org.quire.Quire.png"
done
cp packaging/linux/install.sh "$folder/install.sh"
cp packaging/linux/README.txt "$folder/README.txt"
chmod +x "$folder/install.sh"

echo "Quire: program folder ready in $((  $(date +%s) - start )) s: $folder ($(du -sh "$folder" | cut -f1))"

if [ "$make_tar" = 1 ]; then
  archive="dist/$name.tar.gz"
  echo "Quire: writing $archive…"
  rm -f "$archive"
  tar -C dist --transform "s,^quire,quire-$version,S" -cf - quire | gzip -6 > "$archive.partial"
  mv "$archive.partial" "$archive"
  echo "Quire: $archive ($(du -sh "$archive" | cut -f1)) in $((  $(date +%s) - start )) s in all"
fi
