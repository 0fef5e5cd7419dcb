# Dot-sourced by scripts/run.ps1 and scripts/test.ps1: make .venv on a fresh machine, install the project.
# $Extras: the extras to install ("" or "test"). Windows' counterpart of scripts/_venv.sh.
param([string]$Extras = "")
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
$Venv = Join-Path $Root ".venv"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    # The Python launcher `py` comes with the python.org installer; `python` with the Store's.
    $Py = if ($env:PYTHON) { $env:PYTHON } elseif (Get-Command py -ErrorAction SilentlyContinue) { "py" } else { "python" }
    & $Py -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 'chair needs Python 3.11 or newer')"
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    & $Py -m venv $Venv
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
$Spec = if ($Extras) { "$Root[$Extras]" } else { $Root }
$Stamp = Join-Path $Venv ".installed-$Extras"
$Pyproject = Join-Path $Root "pyproject.toml"
# Reinstall only when pyproject.toml changed since the last install (editable install keeps code current).
if (-not (Test-Path $Stamp) -or (Get-Item $Pyproject).LastWriteTime -gt (Get-Item $Stamp).LastWriteTime) {
    $With = if ($Extras) { " (with $Extras extras)" } else { "" }
    [Console]::Error.WriteLine("chair: installing into $Venv$With; the first time takes a minute or two...")
    # Windows PowerShell 5.1 turns redirected stderr into errors: not fatal for this optional step.
    $ErrorActionPreference = "Continue"
    & $VenvPython -m pip install --quiet --disable-pip-version-check --upgrade pip *> $null
    $ErrorActionPreference = "Stop"
    & $VenvPython -m pip install --quiet --disable-pip-version-check -e $Spec
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    New-Item -ItemType File -Force -Path $Stamp | Out-Null
    (Get-Item $Stamp).LastWriteTime = Get-Date
}
