# Sourced by scripts/run and scripts/test: make .venv on a fresh machine, install the project.
# $1: the extras to install ("" or "test").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
py="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "chair needs Python 3.11 or newer")'
  "$py" -m venv "$venv"
fi
extras="${1:-}"
spec="$root"
[ -n "$extras" ] && spec="$root[$extras]"
stamp="$venv/.installed-$extras"
# Reinstall only when pyproject.toml changed since the last install (editable install keeps code current).
if [ ! -f "$stamp" ] || [ "$root/pyproject.toml" -nt "$stamp" ]; then
  echo "chair: installing into $venv${extras:+ (with $extras extras)}; the first time takes a minute or two..." >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$spec"
  touch "$stamp"
fi
