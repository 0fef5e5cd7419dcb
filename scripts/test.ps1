# Set up .venv with the test extras if needed, then run the whole test suite.
# PowerShell: .\scripts\test.ps1 [pytest options]. pytest's own exit code is returned as is.
$ErrorActionPreference = "Stop"
. (Join-Path $PSScriptRoot "_venv.ps1") -Extras "test"
$Root = Split-Path -Parent $PSScriptRoot
Push-Location $Root
try {
    & (Join-Path $Root ".venv\Scripts\python.exe") -m pytest -n 2 --dist loadfile @args
    $Code = $LASTEXITCODE
} finally {
    Pop-Location
}
exit $Code
