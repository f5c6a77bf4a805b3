# shellcheck shell=bash
# Shared helpers for the scripts in scripts/. Source it; do not run it.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
#
# Functions:
#   log MSG...             print "[shanhai] MSG" on stderr
#   die MSG...             log MSG and exit 1
#   as_root CMD...         run CMD as root: directly when we are root, via sudo otherwise
#   ensure_packages PKG... install the Debian packages that are not installed yet
#                          (one `apt-get update`, one `apt-get install`, only if needed)
#   repo_root              print the absolute path of the repository root
#   build_dir              print the build directory (default build, or $SHANHAI_BUILD_DIR),
#                          absolute, resolved against the repository root
#   build_jobs             print the parallelism to use (default nproc, or $SHANHAI_JOBS)

if [[ -n "${_SHANHAI_COMMON_SH:-}" ]]; then
  return 0
fi
_SHANHAI_COMMON_SH=1

log() {
  printf '[shanhai] %s\n' "$*" >&2
}

die() {
  log "error: $*"
  exit 1
}

as_root() {
  if [[ "$(id -u)" -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root for: $* (run as root or install sudo)"
  fi
}

# package_installed PKG: true when dpkg says PKG is fully installed.
package_installed() {
  local status
  status="$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)"
  [[ "$status" == *" ok installed" ]]
}

ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    if ! package_installed "$pkg"; then
      missing+=("$pkg")
    fi
  done
  if ((${#missing[@]} == 0)); then
    return 0
  fi
  log "installing missing Debian packages: ${missing[*]}"
  if [[ -z "${_SHANHAI_APT_UPDATED:-}" ]]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
    _SHANHAI_APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends "${missing[@]}" </dev/null
  for pkg in "${missing[@]}"; do
    package_installed "$pkg" || die "package $pkg is still not installed"
  done
}

repo_root() {
  local here
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
  printf '%s\n' "$here"
}

build_dir() {
  local dir="${SHANHAI_BUILD_DIR:-build}"
  if [[ "$dir" != /* ]]; then
    dir="$(repo_root)/$dir"
  fi
  printf '%s\n' "$dir"
}

build_jobs() {
  if [[ -n "${SHANHAI_JOBS:-}" ]]; then
    printf '%s\n' "$SHANHAI_JOBS"
  else
    nproc 2>/dev/null || echo 2
  fi
}
