# Build and smoke-test the Windows bundle (PowerShell; tools/build_bundle.sh does the same from Git Bash).
#   py -3.11 -m venv .venv; .venv\Scripts\python -m pip install -e ".[dev]"
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Output: dist\a11y-bank\a11y-bank.exe (windowed) and a11y-bank-console.exe (same program, with a console).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$python = if ($env:PYTHON) { $env:PYTHON } else { ".venv\Scripts\python.exe" }

& $python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\pyinstaller\a11y_bank.spec
if ($LASTEXITCODE) { exit $LASTEXITCODE }

# The smoke test: self-test, demo-bank sign-in, a GUI start that quits by itself, all headless.
$exe = "dist\a11y-bank\a11y-bank-console.exe"
$data = Join-Path $env:TEMP ("a11y-bank-smoke-" + [guid]::NewGuid())
$env:QT_QPA_PLATFORM = "offscreen"
foreach ($arguments in @(@("--bundle-selftest"), @("--check", "--data-dir", $data),
                         @("--quit-after", "1500", "--data-dir", $data))) {
    & $exe @arguments
    if ($LASTEXITCODE) { Write-Error "$exe $arguments failed with $LASTEXITCODE"; exit 1 }
}
Remove-Item -Recurse -Force $data
$size = (Get-ChildItem -Recurse dist\a11y-bank | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Output ("dist\a11y-bank: {0:N0} MB, smoke test passed" -f $size)
