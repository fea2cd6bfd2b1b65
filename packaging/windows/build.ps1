# Builds Quire for Windows (64-bit). NOT RUN YET (see packaging/README.md).
# Needs: Python 3.11 x64, Inno Setup 6 (iscc on PATH), and once the internet, or
# a Tesseract installer from UB-Mannheim copied here beforehand.
#
#   py -3.11 -m venv .venv
#   .venv\Scripts\pip install -e ".[package]"
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 `
#       -TesseractSetup C:\Downloads\tesseract-ocr-w64-setup-5.5.0.20241111.exe
#
# Steps: 1. PyInstaller -> dist\quire\ (quire.exe, quire-desktop.exe, _internal\)
#        2. Tesseract -> packaging\windows\vendor\tesseract\ : the UB-Mannheim installer,
#           run silently into that folder (it is an NSIS installer: /S /D=folder), then the
#           language data Quire's users need, from github.com/tesseract-ocr/tessdata
#           (the same 4.x "tessdata" models Debian packages, so results match Linux)
#        3. Inno Setup -> dist\quire-<version>-windows-x64-setup.exe
param(
    [string]$TesseractSetup = "",
    [string[]]$Languages = @("eng", "fra", "deu", "spa", "eus", "cat", "glg", "ita", "por",
        "nld", "isl", "cym", "bre", "fry", "gle", "gla", "dan", "nor", "swe", "fin", "est", "osd")
)
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root
$python = Join-Path $root ".venv\Scripts\python.exe"
$version = & $python -c "from desktop import __version__; print(__version__)"

Write-Host "Quire $version: PyInstaller..."
& $python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\quire.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$vendor = Join-Path $PSScriptRoot "vendor\tesseract"
if (-not (Test-Path (Join-Path $vendor "tesseract.exe"))) {
    if (-not $TesseractSetup) {
        throw "No Tesseract in $vendor. Give -TesseractSetup <UB-Mannheim installer .exe>."
    }
    Write-Host "Tesseract: installing $TesseractSetup into $vendor"
    Start-Process -Wait -FilePath $TesseractSetup -ArgumentList "/S", "/D=$vendor"
}
$tessdata = Join-Path $vendor "tessdata"
foreach ($lang in $Languages) {
    $file = Join-Path $tessdata "$lang.traineddata"
    if (-not (Test-Path $file)) {
        Write-Host "Tesseract: language data $lang"
        Invoke-WebRequest -Uri "https://github.com/tesseract-ocr/tessdata/raw/4.1.0/$lang.traineddata" -OutFile $file
    }
}

Write-Host "Quire: a quick check of the program folder"
& dist\quire\quire.exe --version
$env:PATH = "$vendor;$env:PATH"
& dist\quire\quire.exe doctor

Write-Host "Inno Setup..."
& iscc "/DAppVersion=$version" packaging\windows\quire.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Done: dist\quire-$version-windows-x64-setup.exe"
