# Set up .venv if needed, then run the meeting on the bundled sample (extra arguments go to `chair run`).
# PowerShell: .\scripts\run.ps1 [SCRIPT] [options]
$ErrorActionPreference = "Stop"
. (Join-Path $PSScriptRoot "_venv.ps1") -Extras ""
$Chair = Join-Path (Split-Path -Parent $PSScriptRoot) ".venv\Scripts\chair.exe"
& $Chair run @args
exit $LASTEXITCODE
