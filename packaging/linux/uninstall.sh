#!/bin/sh
# Remove exactly what install.sh put in place, following its manifest. Your chats,
# settings and downloaded models (in ~/.local/share/offline-assistant and
# ~/.config/offline-assistant) are never touched.
set -eu
LIB=$(cd "$(dirname "$0")" && pwd)
MANIFEST="$LIB/installed-files.txt"
if [ ! -f "$MANIFEST" ]; then
    echo "No manifest at $MANIFEST: is this an installed copy of Offline Assistant?" >&2
    exit 1
fi
grep '^file ' "$MANIFEST" | cut -c6- | while IFS= read -r f; do
    rm -f "$f"
done
dirs=$(grep '^dir ' "$MANIFEST" | cut -c5- || true)
case "$LIB" in
    */lib/offline-assistant) rm -rf "$LIB" ;;
    *) echo "Refusing to remove unexpected folder $LIB" >&2; exit 1 ;;
esac
# Folders the install created, deepest first, only if nothing else is in them now.
printf '%s\n' "$dirs" | awk '{ print length, $0 }' | sort -rn | cut -d' ' -f2- |
while IFS= read -r d; do
    [ -n "$d" ] && rmdir "$d" 2>/dev/null || true
done
echo "Offline Assistant was removed. Your chats and models were kept."
