#!/usr/bin/env bash
# Builds Quire.app for macOS, and signs and notarises it when the keys are given.
# NOT RUN YET (see packaging/README.md). Needs Python 3.11 (python.org or Homebrew) and
#   python3.11 -m venv .venv && .venv/bin/pip install -e ".[package]"
#
#   bash packaging/macos/build.sh
#   QUIRE_SIGN_IDENTITY="Developer ID Application: Name (TEAMID)" \
#   QUIRE_NOTARY_PROFILE=quire-notary bash packaging/macos/build.sh
#
# The notary profile is made once with:
#   xcrun notarytool store-credentials quire-notary --apple-id … --team-id … --password …
# Tesseract is not bundled on macOS: users install it with Homebrew
# (brew install tesseract tesseract-lang); Quire looks in /opt/homebrew/bin and /usr/local/bin.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$here"
python="${PYTHON:-$here/.venv/bin/python}"
version="$("$python" -c 'from desktop import __version__; print(__version__)')"
arch="$(uname -m)"

"$python" -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/quire.spec
app="dist/Quire.app"

if [ -n "${QUIRE_SIGN_IDENTITY:-}" ]; then
  # Sign from the inside out (no --deep): every library and program, then the bundle,
  # with the hardened runtime that notarisation requires.
  find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime \
      --entitlements packaging/macos/entitlements.plist --sign "$QUIRE_SIGN_IDENTITY"
  codesign --force --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist --sign "$QUIRE_SIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi

dmg="dist/quire-$version-macos-$arch.dmg"
rm -f "$dmg"
hdiutil create -volname "Quire $version" -srcfolder "$app" -ov -format UDZO "$dmg"

if [ -n "${QUIRE_SIGN_IDENTITY:-}" ] && [ -n "${QUIRE_NOTARY_PROFILE:-}" ]; then
  codesign --force --timestamp --sign "$QUIRE_SIGN_IDENTITY" "$dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "$QUIRE_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose "$dmg"
fi
echo "Done: $dmg"
