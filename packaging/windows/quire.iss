; Inno Setup script for Quire on Windows (64-bit). NOT RUN YET: written and checked by
; reading only (see packaging/README.md). Build it after packaging\windows\build.ps1:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\quire.iss
;
; Input:   dist\quire\                  PyInstaller folder (quire.exe, quire-desktop.exe)
;          packaging\windows\vendor\tesseract\   a Tesseract for Windows (UB-Mannheim build):
;                                        tesseract.exe, its DLLs and tessdata\ with the
;                                        languages to ship (build.ps1 prepares it)
; Output:  dist\quire-<version>-windows-x64-setup.exe
;
; Where things go: Quire in {app} (Program Files\Quire for everyone, or
; %LOCALAPPDATA%\Programs\Quire for one user, no administrator needed); its private
; Tesseract in {app}\tesseract, which Quire puts first on its own PATH at start
; (packaging\entry.py). A Tesseract installed separately is left alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0B7A52-3C1D-4B8E-9A57-2E4C1D0F9B31}
AppName=Quire
AppVersion={#AppVersion}
AppPublisher=Quire
AppComments=OCR and transcription for archives, offline
DefaultDirName={autopf}\Quire
DefaultGroupName=Quire
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=quire-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\quire.ico
UninstallDisplayIcon={app}\quire-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Let the quire command be typed in a terminal (adds Quire to PATH)"; Flags: unchecked

[Files]
Source: "..\..\dist\quire\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "vendor\tesseract\*"; DestDir: "{app}\tesseract"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Quire"; Filename: "{app}\quire-desktop.exe"; Comment: "OCR and transcription for archives"
Name: "{autodesktop}\Quire"; Filename: "{app}\quire-desktop.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "{code:EnvironmentKey}"; ValueType: expandsz; ValueName: "Path"; \
  ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\quire-desktop.exe"; Description: "{cm:LaunchProgram,Quire}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Quire writes nothing into {app}; projects, models and logs live in the user's folders.
Type: dirifempty; Name: "{app}"

[Code]
function EnvironmentKey(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function NeedsAddPath(Folder: String): Boolean;
var
  Current: String;
  Root: Integer;
begin
  if IsAdminInstallMode then Root := HKEY_LOCAL_MACHINE else Root := HKEY_CURRENT_USER;
  if not RegQueryStringValue(Root, EnvironmentKey(''), 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
