; Inno Setup script: turns the PyInstaller folder dist\casetracker into one installer,
; dist\casetracker-<version>-setup.exe. On Windows, after packaging\build.sh (run from
; Git Bash) has built the bundle:
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\casetracker.iss
;
; Pass /DAppVersion=x.y.z to override the version (keep it equal to casetracker.__version__).
; Installs per user by default (no administrator rights needed); the user may choose
; an installation for all users instead. Uninstalling leaves the user's data alone:
; the databases and backups live in %LOCALAPPDATA%\casetracker, not in the app folder.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "casetracker"
#define AppExe "casetracker.exe"
; Paths are relative to this script's folder: Top is the repository.
#define Top "..\.."

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it.
AppId={{6F1C2B7E-4D3A-4E0B-9C55-0A7E2B1D9F43}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=casetracker developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Top}\dist
OutputBaseFilename=casetracker-{#AppVersion}-setup
SetupIconFile={#Top}\resources\icons\casetracker.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app must not be running while its files are replaced.
CloseApplications=yes

[Languages]
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: casetracker.exe (the app), casetracker-cli.exe (the
; command line, with a console) and _internal\.
Source: "{#Top}\dist\casetracker\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Seguimiento de expedientes"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
