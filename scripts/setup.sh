#!/usr/bin/env bash
# Create .venv and install the app with a portable llama-cpp-python build.
#
# Why: the default llama.cpp build uses -march=native and segfaults on CPUs with
# AMX (see ../shared/design.md). pip's wheel cache ignores CMAKE_ARGS, so we build
# once into a wheelhouse keyed by version + flags and always install from there.
#
# usage: scripts/setup.sh EXTRAS   (e.g. "starter" or "starter,test")
set -euo pipefail
cd "$(dirname "$0")/.."

EXTRAS="${1:-starter}"
PY="${PYTHON:-python3}"
LLAMA_VERSION="0.3.36"
LLAMA_CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON"
KEY=$(printf '%s %s' "$LLAMA_VERSION" "$LLAMA_CMAKE_ARGS" | sha256sum | cut -c1-12)
WHEELHOUSE="${ASSISTANT_WHEELHOUSE:-${XDG_CACHE_HOME:-$HOME/.cache}/offline-assistant/wheelhouse}/llama-cpp-python-$LLAMA_VERSION-$KEY"

# The bundle test validates the launcher entry and AppStream file with Debian's tools.
case ",$EXTRAS," in
  *,test,*)
    if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
      SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
      echo "Installing desktop-file-utils and appstream (for the bundle test)..." >&2
      $SUDO apt-get install -y -q desktop-file-utils appstream >/dev/null \
        || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q desktop-file-utils appstream >/dev/null; }
    fi ;;
esac

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
VPY=.venv/bin/python
"$VPY" -m pip install --quiet --upgrade pip wheel

if ! ls "$WHEELHOUSE"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
  echo "Building llama-cpp-python $LLAMA_VERSION (portable flags, a few minutes, once)..." >&2
  mkdir -p "$WHEELHOUSE.tmp"
  CMAKE_ARGS="$LLAMA_CMAKE_ARGS" "$VPY" -m pip wheel --no-cache-dir --no-deps \
      -w "$WHEELHOUSE.tmp" "llama-cpp-python==$LLAMA_VERSION"
  rm -rf "$WHEELHOUSE" && mv "$WHEELHOUSE.tmp" "$WHEELHOUSE"
fi

"$VPY" -m pip install --quiet --find-links "$WHEELHOUSE" "llama-cpp-python==$LLAMA_VERSION"
"$VPY" -m pip install --quiet --find-links "$WHEELHOUSE" -e ".[$EXTRAS]"
echo "$WHEELHOUSE" > .venv/llama-wheelhouse
