#!/bin/sh
# Install Offline Assistant for this user (no root): the bundle, a launcher entry,
# icons and AppStream metadata under ~/.local (or $PREFIX). Run from the unpacked
# archive. Every path written is listed in a manifest that uninstall.sh follows.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
APP_ID=io.github.offline_assistant.OfflineAssistant
LIB="$PREFIX/lib/offline-assistant"
MANIFEST="$LIB/installed-files.txt"

if [ -e "$LIB" ]; then
    echo "Offline Assistant is already installed in $LIB; run its uninstall.sh first." >&2
    exit 1
fi
# Directories this install creates (removed again by uninstall.sh if left empty).
created=""
make_dir() {
    missing=""
    d=$1
    while [ ! -d "$d" ]; do missing="$d $missing"; d=$(dirname "$d"); done
    mkdir -p "$1"
    for m in $missing; do created="$m
$created"; done
}
make_dir "$PREFIX/lib"
cp -R "$HERE/offline-assistant" "$LIB"
cp "$HERE/uninstall.sh" "$LIB/uninstall.sh"
files=""
put() {  # put SOURCE DEST: copy a file and remember it
    make_dir "$(dirname "$2")"
    cp "$1" "$2"
    files="$files$2
"
}
make_dir "$PREFIX/bin"
ln -s "$LIB/offline-assistant" "$PREFIX/bin/offline-assistant"
files="$files$PREFIX/bin/offline-assistant
"
sed "s|@BINDIR@|$LIB|" "$HERE/share/applications/$APP_ID.desktop" > "$HERE/.desktop.tmp"
put "$HERE/.desktop.tmp" "$PREFIX/share/applications/$APP_ID.desktop"
rm -f "$HERE/.desktop.tmp"
put "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
for icon in "$HERE"/share/icons/hicolor/*/apps/*; do
    rel=${icon#"$HERE/share/"}
    put "$icon" "$PREFIX/share/$rel"
done
{
    printf '%s' "$files" | sed 's/^/file /'
    printf '%s' "$created" | sed '/^$/d; s/^/dir /'
} > "$MANIFEST"
echo "Installed Offline Assistant in $LIB"
echo "Start it from your applications menu, or run: $PREFIX/bin/offline-assistant"
echo "To remove it: $LIB/uninstall.sh (your chats and models are kept)"
