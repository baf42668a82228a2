@echo off
rem Starts PlanDesk from a checkout of the repository: builds the jar when there is none or the
rem sources changed since, then runs it with every argument passed on (no argument: the window).
setlocal
rem The messages below are Vietnamese: switch the console to UTF-8 (this file is saved as UTF-8).
chcp 65001 >nul

for %%I in ("%~dp0..") do set "PLANDESK_ROOT=%%~fI"
set "PLANDESK_JAR=%PLANDESK_ROOT%\target\plandesk-0.1.0-all.jar"

where java >nul 2>nul
if errorlevel 1 (
    echo PlanDesk cần Java 17 trở lên, máy này chưa có Java: hãy cài JDK 17, ví dụ Eclipse Temurin 17 từ adoptium.net. 1>&2
    exit /b 1
)
rem "17.0.15", "21", "1.8.0_402": the major version, counted from 1. for Java 8 and older.
set "PLANDESK_JAVA_VERSION="
for /f "tokens=3" %%V in ('java -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined PLANDESK_JAVA_VERSION set "PLANDESK_JAVA_VERSION=%%~V"
set "PLANDESK_JAVA_MAJOR=0"
for /f "tokens=1,2 delims=._-+" %%A in ("%PLANDESK_JAVA_VERSION%") do (
    if "%%A"=="1" (set "PLANDESK_JAVA_MAJOR=%%B") else (set "PLANDESK_JAVA_MAJOR=%%A")
)
if %PLANDESK_JAVA_MAJOR% LSS 17 (
    echo PlanDesk cần Java 17 trở lên, máy này có Java %PLANDESK_JAVA_VERSION%: hãy cài JDK 17, ví dụ Eclipse Temurin 17 từ adoptium.net. 1>&2
    exit /b 1
)

rem With no argument the window opens on the default data folder: say in one line when it cannot be written.
if "%~1"=="" (
    if not exist "%APPDATA%\PlanDesk\" mkdir "%APPDATA%\PlanDesk" >nul 2>nul
    type nul > "%APPDATA%\PlanDesk\.plandesk-write-test" 2>nul
    if not exist "%APPDATA%\PlanDesk\.plandesk-write-test" (
        echo PlanDesk không ghi được vào thư mục dữ liệu %APPDATA%\PlanDesk: hãy kiểm tra quyền ghi, hoặc chọn thư mục khác bằng --db ĐƯỜNG_DẪN 1>&2
        exit /b 1
    )
    del "%APPDATA%\PlanDesk\.plandesk-write-test" >nul 2>nul
)

set "PLANDESK_STALE=1"
if exist "%PLANDESK_JAR%" (
    powershell -NoProfile -Command "$jar = (Get-Item -LiteralPath $env:PLANDESK_JAR).LastWriteTimeUtc; $newer = @(Get-Item -LiteralPath (Join-Path $env:PLANDESK_ROOT 'pom.xml')) + @(Get-ChildItem -LiteralPath (Join-Path $env:PLANDESK_ROOT 'src') -Recurse -File) | Where-Object { $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1; if ($newer) { exit 1 } else { exit 0 }"
    if not errorlevel 1 set "PLANDESK_STALE=0"
)

if "%PLANDESK_STALE%"=="1" (
    where mvn >nul 2>nul
    if errorlevel 1 (
        echo Cần Maven để dựng PlanDesk: hãy cài Apache Maven từ maven.apache.org và thêm vào PATH. 1>&2
        exit /b 1
    )
    echo Đang dựng PlanDesk lần đầu ^(khoảng 1 phút^)...
    rem Maven's output only matters when the build fails.
    pushd "%PLANDESK_ROOT%"
    call mvn -q -DskipTests package > "%TEMP%\plandesk-build.log" 2>&1
    if errorlevel 1 (
        popd
        type "%TEMP%\plandesk-build.log" 1>&2
        echo Dựng PlanDesk không thành công ^(chi tiết ở trên^). 1>&2
        exit /b 1
    )
    popd
)

java -jar "%PLANDESK_JAR%" %*
exit /b %ERRORLEVEL%
