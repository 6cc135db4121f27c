@echo off
rem The alloc command on Windows, as ./alloc is on Linux and macOS. Builds
rem allocation-cli\target\alloc.jar on first use, and again whenever the sources have changed,
rem then runs it with the given arguments. Without Maven, it runs the jar that is there (a built
rem one, or the released alloc.jar copied to allocation-cli\target\alloc.jar).
setlocal EnableExtensions DisableDelayedExpansion
set "root=%~dp0"
set "root=%root:~0,-1%"
set "jar=%root%\allocation-cli\target\alloc.jar"
set "ALLOC_JAR=%jar%"

where java >nul 2>&1
if errorlevel 1 (
  echo alloc: 'java' is not installed; this project needs JDK 17+ ^(e.g. winget install EclipseAdoptium.Temurin.17.JDK^). 1>&2
  exit /b 1
)
set "have_mvn=1"
where mvn >nul 2>&1
if errorlevel 1 set "have_mvn="

if not defined have_mvn (
  if not exist "%jar%" (
    echo alloc: 'mvn' is not installed and %jar% is missing. Install JDK 17+ and Maven 3.8+, or copy the released alloc.jar to that path ^(or run it yourself: java -jar alloc.jar ...^). 1>&2
    exit /b 1
  )
  goto generate
)

rem Stale when the jar is missing or any of these is newer than it (the same list as ./alloc).
set "ALLOC_SOURCES=%root%\pom.xml;%root%\allocation-core\pom.xml;%root%\allocation-core\src\main;%root%\allocation-lp\pom.xml;%root%\allocation-lp\src\main;%root%\allocation-cli\pom.xml;%root%\allocation-cli\src\main"
set "stale="
if not exist "%jar%" set "stale=1"
if exist "%jar%" powershell -NoProfile -ExecutionPolicy Bypass -Command "$jar = (Get-Item -LiteralPath $env:ALLOC_JAR).LastWriteTimeUtc; $newer = $env:ALLOC_SOURCES.Split(';') | Where-Object { Test-Path -LiteralPath $_ } | ForEach-Object { Get-Item -LiteralPath $_; Get-ChildItem -LiteralPath $_ -Recurse -File -Force } | Where-Object { $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1; if ($newer) { exit 1 } else { exit 0 }"
if errorlevel 1 set "stale=1"
if not defined stale goto generate

echo alloc: building the command (first use or changed sources; the first build downloads dependencies)... 1>&2
set "log=%TEMP%\alloc-build-%RANDOM%%RANDOM%.log"
pushd "%root%"
call mvn -B -ntp -DskipTests -pl allocation-cli -am package >"%log%" 2>&1
if errorlevel 1 goto build_failed
popd
del "%log%" >nul 2>&1

:generate
rem The national example's school file (29,449 schools, about 13 MB) is generated, not committed:
rem write it on first use, and again after a rebuild, since the generator may have changed. The same
rem seed and size give the same bytes, so examples\thailand\needs-weighted.yaml's budget matches it.
set "national=%root%\examples\thailand\schools.csv"
set "ALLOC_NATIONAL=%national%"
if not exist "%root%\examples\thailand\" goto run
set "regenerate="
if not exist "%national%" set "regenerate=1"
if exist "%national%" powershell -NoProfile -ExecutionPolicy Bypass -Command "if ((Get-Item -LiteralPath $env:ALLOC_JAR).LastWriteTimeUtc -gt (Get-Item -LiteralPath $env:ALLOC_NATIONAL).LastWriteTimeUtc) { exit 1 } else { exit 0 }"
if errorlevel 1 set "regenerate=1"
if not defined regenerate goto run
echo alloc: generating examples\thailand\schools.csv (seed 2565, 29,449 schools)... 1>&2
java -jar "%jar%" generate --seed 2565 --schools 29449 --out "%national%" --force 1>&2
if errorlevel 1 goto generate_failed

:run
rem Thai text: the command writes UTF-8, so the console shows it in UTF-8 while alloc runs.
for /f "tokens=2 delims=:" %%c in ('chcp') do set "codepage=%%c"
chcp 65001 >nul
java -jar "%jar%" %*
set "code=%errorlevel%"
if defined codepage chcp %codepage: =% >nul
exit /b %code%

:build_failed
popd
type "%log%" 1>&2
del "%log%" >nul 2>&1
echo alloc: the build failed; see the Maven output above. 1>&2
exit /b 1

:generate_failed
echo alloc: could not generate examples\thailand\schools.csv; see the message above. 1>&2
exit /b 1
