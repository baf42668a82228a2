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
    echo PlanDesk cần Java 17 trở lên: hãy cài JDK 17, ví dụ Eclipse Temurin 17 từ adoptium.net. 1>&2
    exit /b 1
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
