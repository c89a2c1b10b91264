#!/usr/bin/env bash
# Build the llama-cpp-python wheel the app runs on, from its sdist's vendored llama.cpp:
#
# - every CPU kernel variant that matters on x86-64 as a loadable library
#   (GGML_BACKEND_DL + GGML_CPU_ALL_VARIANTS); the engine scores them against the CPU at
#   run time and loads the best (assistant/engine/backends.py). The AMX variant
#   (sapphirerapids) is left out: llama.cpp's AMX kernels crashed on one of our machines.
#   llama-cpp-python installs none of the variant libraries, so the sdist is patched to.
# - the Vulkan GPU backend on Linux when its build tools are there (glslc, SPIRV-Headers,
#   the Vulkan loader). Debian 12's Vulkan headers (1.3.239) are too old for ggml-vulkan;
#   then Debian 13's header package is fetched (pinned by SHA-256) and unpacked into the
#   cache, never installed on the system.
# - Metal on macOS is llama-cpp-python's own default there and is left alone.
#
# usage: scripts/build_llama.sh VERSION OUT_DIR   (OUT_DIR receives the wheel)
#        scripts/build_llama.sh --probe          (prints what would be built: "cpu+vulkan"
#                                                  or "cpu"; part of the wheelhouse key)
# env:   ASSISTANT_VULKAN=0 skips the Vulkan backend, =1 fails if it cannot be built.
set -euo pipefail

vulkan_tools() {
  [ "${ASSISTANT_VULKAN:-auto}" != 0 ] && [ "$(uname -s)" = Linux ] || return 1
  command -v glslc >/dev/null || { echo "missing: glslc" >&2; return 1; }
  [ -e /usr/share/cmake/SPIRV-Headers/SPIRV-HeadersConfig.cmake ] \
    || [ -e /usr/lib/cmake/SPIRV-Headers/SPIRV-HeadersConfig.cmake ] \
    || { echo "missing: spirv-headers" >&2; return 1; }
  ldconfig -p | grep -q 'libvulkan\.so\.1 .*x86-64' \
    || { echo "missing: libvulkan1 (the Vulkan loader)" >&2; return 1; }
}

if [ "${1:-}" = --probe ]; then
  if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then echo "default"
  elif vulkan_tools 2>/dev/null; then echo "cpu+vulkan"
  else echo "cpu"; fi
  exit 0
fi

VERSION="$1"
OUT="$2"
PY="${VPY:-.venv/bin/python}"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/offline-assistant"
VARIANTS_KEPT="x64 sse42 haswell skylakex icelake zen4 alderlake"
VARIANTS_DROPPED="sandybridge ivybridge piledriver cannonlake cascadelake cooperlake sapphirerapids"
VK_DEB_URL="http://deb.debian.org/debian/pool/main/v/vulkan-loader/libvulkan-dev_1.4.309.0-1_amd64.deb"
VK_DEB_SHA256="8d329d465e16168afff58b1bd0dd6db46aac2cc3f56054a481b25a04e90b345a"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$PY" -m pip download --quiet --no-deps --no-binary :all: -d "$WORK" "llama-cpp-python==$VERSION"
tar xzf "$WORK"/llama_cpp_python-"$VERSION".tar.gz -C "$WORK"
SRC="$WORK/llama_cpp_python-$VERSION"
GGML_SRC="$SRC/vendor/llama.cpp/ggml/src/CMakeLists.txt"

if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
  # macOS: llama-cpp-python's defaults (Metal on); other CPUs: no AMX problem to avoid.
  "$PY" -m pip wheel --no-cache-dir --no-deps -w "$OUT" "$SRC"
  exit 0
fi

# Only the variants we ship are compiled (each one is a full build of ggml-cpu).
for v in $VARIANTS_DROPPED; do
  sed -i "/ggml_add_cpu_backend_variant($v[ )]/d" "$GGML_SRC"
done
# ...and installed next to the bindings, where the engine looks for them.
INSTALLS=""
for v in $VARIANTS_KEPT; do INSTALLS="$INSTALLS    llama_cpp_python_install_target(ggml-cpu-$v)\n"; done
sed -i "s|^    llama_cpp_python_install_target(ggml-vulkan)|&\n$INSTALLS|" "$SRC/CMakeLists.txt"
grep -q "install_target(ggml-cpu-haswell)" "$SRC/CMakeLists.txt" \
  || { echo "error: could not patch llama-cpp-python's CMakeLists.txt" >&2; exit 1; }

# One-token decoding at contexts past 256 tokens splits the KV cache across threads and
# merges partial softmaxes: its numbers differ from the same row decoded in a batch (by
# up to ~0.6 in a logit with 2 threads, measured), so a speculative verification batch
# (engine/drafts.py) would not reproduce one-token decoding. Without the split both take
# the same per-row kernel and agree bit for bit. Measured on 2 cores (SmolLM2): one token
# after 100–600 tokens of context as fast as before, after 1,500 tokens 1–5% slower.
OPS="$SRC/vendor/llama.cpp/ggml/src/ggml-cpu/ops.cpp"
sed -i 's/const bool use_split_kv_path = !use_ref \&\&/const bool use_split_kv_path = false \&\& !use_ref \&\&/' "$OPS"
grep -q "use_split_kv_path = false && " "$OPS" \
  || { echo "error: could not patch ggml-cpu's flash attention (ops.cpp)" >&2; exit 1; }

CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON"
CMAKE_ARGS="$CMAKE_ARGS -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF"

vulkan_args() {
  vulkan_tools || return 1
  local lib
  lib=$(ldconfig -p | awk '/libvulkan\.so\.1 .*x86-64/ {print $NF; exit}')
  local probe="$WORK/vk_probe.cpp"
  printf '#include <vulkan/vulkan.hpp>\nvk::LayerSettingEXT s{};\n' > "$probe"
  if c++ -std=c++17 -fsyntax-only "$probe" 2>/dev/null; then
    echo "-DGGML_VULKAN=ON -DVulkan_LIBRARY=$lib"
    return 0
  fi
  # The system's headers are missing or too old: Debian 13's, unpacked privately.
  local headers="$CACHE/vulkan-headers-1.4.309"
  if [ ! -e "$headers/usr/include/vulkan/vulkan.hpp" ]; then
    command -v dpkg-deb >/dev/null || { echo "missing: recent Vulkan headers" >&2; return 1; }
    curl -fsSL -m 300 -o "$WORK/vk.deb" "$VK_DEB_URL" || { echo "cannot fetch Vulkan headers" >&2; return 1; }
    echo "$VK_DEB_SHA256  $WORK/vk.deb" | sha256sum -c --quiet - || return 1
    rm -rf "$headers.tmp" && dpkg-deb -x "$WORK/vk.deb" "$headers.tmp" && mv "$headers.tmp" "$headers"
  fi
  echo "-DGGML_VULKAN=ON -DVulkan_LIBRARY=$lib -DVulkan_INCLUDE_DIR=$headers/usr/include -DCMAKE_CXX_FLAGS=-isystem$headers/usr/include"
}

if [ "${ASSISTANT_VULKAN:-auto}" != 0 ]; then
  if VK=$(vulkan_args); then
    CMAKE_ARGS="$CMAKE_ARGS $VK"
    echo "Building with the Vulkan GPU backend." >&2
  elif [ "${ASSISTANT_VULKAN:-auto}" = 1 ]; then
    echo "error: the Vulkan backend cannot be built here (see above)" >&2
    exit 1
  else
    echo "Note: building without GPU (Vulkan) support; install glslc, spirv-headers and libvulkan1 for it." >&2
  fi
fi

echo "Building llama-cpp-python $VERSION (CPU variants: $VARIANTS_KEPT)..." >&2
CMAKE_ARGS="$CMAKE_ARGS" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc 2>/dev/null || echo 2)" \
  "$PY" -m pip wheel --no-cache-dir --no-deps -w "$OUT" "$SRC"
