#!/bin/sh
# Make a .dmg from the .app that `python packaging/build.py` produces on macOS
# (dist/Offline Assistant.app, from the BUNDLE section of offline-assistant.spec).
# Uses only hdiutil, which ships with macOS. Sign and notarize the .app before this
# step when distributing outside your own machines.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP="$ROOT/dist/Offline Assistant.app"
VERSION=$("$ROOT/.venv/bin/python" -c "from importlib.metadata import version; print(version('offline-assistant'))")
OUT="$ROOT/dist/offline-assistant-$VERSION-macos.dmg"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
[ -d "$APP" ] || { echo "missing $APP: run packaging/build.py first" >&2; exit 1; }
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"  # drag-to-install
rm -f "$OUT"
hdiutil create -volname "Offline Assistant" -srcfolder "$STAGE" -ov -format UDZO "$OUT"
echo "$OUT"
