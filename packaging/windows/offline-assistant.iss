; Inno Setup script for Offline Assistant (Windows). Build the bundle first on Windows:
;   .venv\Scripts\python packaging\build.py
; then compile this script with Inno Setup 6:  iscc packaging\windows\offline-assistant.iss
; The installer is per-user (no admin rights). Uninstalling keeps the user's chats,
; settings and models unless they tick the box on the last page of the uninstaller.

#define AppName "Offline Assistant"
#define AppVersion GetEnv("ASSISTANT_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1F3C2E-8F7A-4E4B-9C55-0A3D2F4E7B11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Offline Assistant developers
DefaultDirName={localappdata}\Programs\Offline Assistant
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=offline-assistant-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\offline-assistant.ico
UninstallDisplayIcon={app}\offline-assistant.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\offline-assistant\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\offline-assistant.exe"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\offline-assistant.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\offline-assistant.exe"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent

[Code]
// User data lives where platformdirs puts it: %LOCALAPPDATA%\offline-assistant.
var RemoveData: Boolean;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usUninstall then
    RemoveData := MsgBox('Also delete your chats, settings and downloaded models?',
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if (CurUninstallStep = usPostUninstall) and RemoveData then
    DelTree(ExpandConstant('{localappdata}\offline-assistant'), True, True, True);
end;
