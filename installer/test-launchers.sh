#!/usr/bin/env bash
# Tests of the launchers' one-line messages (app/plandesk and the checks it shares with the installed
# /usr/bin/plandesk): Java too old, no screen, GTK 3 missing, a data folder that cannot be written,
# and which arguments open the window. Fakes of `java` and `ldconfig` stand in front on the PATH, so
# nothing is built or started. The installed launcher is tested the same way by installer/test-deb.sh.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); echo "ok   $1"; }
bad() { failed=$((failed + 1)); echo "FAIL $1"; }

fake() { # fake NAME DIR SCRIPT-BODY
    mkdir -p "$2"
    printf '#!/bin/sh\n%s\n' "$3" > "$2/$1"
    chmod +x "$2/$1"
}
fake java "$work/java11" 'echo "openjdk version \"11.0.22\" 2024-01-16" >&2'
fake java "$work/java8" 'echo "java version \"1.8.0_402\"" >&2'
# A runtime whose release file is read instead of starting it: its java would say 17.
fake java "$work/jdk11/bin" 'echo "openjdk version \"17.0.15\" 2025-04-15" >&2'
echo 'JAVA_VERSION="11.0.22"' > "$work/jdk11/release"
fake ldconfig "$work/nogtk" 'echo "	libc.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libc.so.6"'
fake ldconfig "$work/gtk" 'echo "	libgtk-3.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libgtk-3.so.0"'
touch "$work/a-file"

# expect NAME EXPECTED-EXIT PATTERN... -- COMMAND...: one line on stderr holding every pattern, nothing on stdout.
expect() {
    local name="$1" code="$2"
    shift 2
    local patterns=()
    while [ "$1" != "--" ]; do patterns+=("$1"); shift; done
    shift
    "$@" > "$work/out" 2> "$work/err" < /dev/null
    local got=$?
    local lines
    lines="$(wc -l < "$work/err")"
    if [ "$got" != "$code" ]; then bad "$name: exit $got, wanted $code; stderr: $(cat "$work/err")"; return; fi
    if [ "$lines" != 1 ] || [ -s "$work/out" ]; then bad "$name: wanted one line on stderr, got $lines: $(cat "$work/err" "$work/out")"; return; fi
    for p in "${patterns[@]}"; do
        if ! grep -qF -- "$p" "$work/err"; then bad "$name: no '$p' in: $(cat "$work/err")"; return; fi
    done
    ok "$name: $(cat "$work/err")"
}

launcher="$root/app/plandesk"
export HOME="$work/home" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"

expect "Java 11 is too old" 1 "Java 17" "11.0.22" "apt-get install openjdk-17-jdk" -- \
    env PATH="$work/java11:$PATH" DISPLAY=:99 "$launcher"
expect "Java 8 is too old" 1 "Java 17" "1.8.0_402" -- \
    env PATH="$work/java8:$PATH" DISPLAY=:99 "$launcher" --version
expect "Java 11 named by its release file" 1 "Java 17" "11.0.22" -- \
    env PATH="$work/jdk11/bin:$PATH" DISPLAY=:99 "$launcher" --version
expect "no screen" 1 "DISPLAY" "plandesk --help" -- \
    env -u DISPLAY -u WAYLAND_DISPLAY PATH="$work/gtk:$PATH" "$launcher"
expect "GTK 3 missing" 1 "GTK 3" "sudo apt-get install libgtk-3-0" -- \
    env PATH="$work/nogtk:$PATH" DISPLAY=:99 XDG_CACHE_HOME="$work/cache-nogtk" "$launcher"
expect "GTK 3 missing, in English" 1 "needs GTK 3" "sudo apt-get install libgtk-3-0" -- \
    env PATH="$work/nogtk:$PATH" DISPLAY=:99 XDG_CACHE_HOME="$work/cache-nogtk" "$launcher" --lang en
expect "GTK 3 missing, a document to open" 1 "GTK 3" -- \
    env PATH="$work/nogtk:$PATH" DISPLAY=:99 XDG_CACHE_HOME="$work/cache-nogtk" "$launcher" "$work/kế hoạch.docx"
expect "default data folder not writable" 1 "$work/a-file/plandesk" "--db" -- \
    env PATH="$work/gtk:$PATH" DISPLAY=:99 XDG_DATA_HOME="$work/a-file" "$launcher"
expect "--db folder not writable" 1 "$work/a-file/kho" -- \
    env PATH="$work/gtk:$PATH" DISPLAY=:99 "$launcher" --db "$work/a-file/kho"
expect "--db file's folder not writable, in English" 1 "cannot write" "$work/a-file/kho" -- \
    env PATH="$work/gtk:$PATH" DISPLAY=:99 "$launcher" --lang=en --db="$work/a-file/kho/plandesk.mv.db"

# Which arguments open the window (as WindowOptions reads them) and so are checked for GTK.
# shellcheck source=linux/launcher-checks.sh
. "$root/installer/linux/launcher-checks.sh"
window() { if plandesk_opens_window "$@"; then ok "window: $*"; else bad "should open the window: $*"; fi; }
command_() { if plandesk_opens_window "$@"; then bad "should be a command: $*"; else ok "command: $*"; fi; }
window
window --db /tmp/kho
window --db=/tmp/kho --lang en
window "/home/vt/Tải về/Kế hoạch 25.DOCX"
window --lang vi kh.json --db /tmp/kho
command_ list
command_ --version
command_ --db /tmp/kho list
command_ import kh.docx
command_ a.docx b.docx
command_ plan.pdf
command_ --lang fr
command_ --db
command_ --db=
if [ "$(HOME=/h XDG_DATA_HOME= plandesk_data_folder)" = /h/.local/share/plandesk ]; then ok "data folder without XDG_DATA_HOME"; else bad "data folder without XDG_DATA_HOME"; fi

# A real ldconfig lists GTK among hundreds of libraries; app/plandesk runs with pipefail, under which a
# grep that stops at the first match made the listing die of SIGPIPE and GTK 3 look missing.
fake ldconfig "$work/manylibs" 'echo "	libgtk-3.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libgtk-3.so.0"
i=0; while [ $i -lt 5000 ]; do echo "	libother$i.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libother$i.so.1"; i=$((i + 1)); done'
if (set -o pipefail; XDG_CACHE_HOME="$work/cache-long" PATH="$work/manylibs:$PATH" plandesk_has_gtk3); then ok "GTK 3 found in a long listing, with pipefail"
else bad "GTK 3 found in a long listing, with pipefail"; fi

# GTK 3 once found is remembered (ldconfig is not asked again) until the library cache changes.
cache="$work/cache-remembered"
plandesk_ld_cache="$work/ld.so.cache"
touch -d '1 hour ago' "$plandesk_ld_cache"
gtk3() { (XDG_CACHE_HOME="$cache" PATH="$1:$PATH" plandesk_has_gtk3); }
if gtk3 "$work/nogtk"; then bad "GTK 3 missing, nothing remembered yet"; else ok "GTK 3 missing, nothing remembered yet"; fi
if gtk3 "$work/gtk"; then ok "GTK 3 found"; else bad "GTK 3 found"; fi
if gtk3 "$work/nogtk"; then ok "GTK 3 found before, library cache unchanged: ldconfig not asked"
else bad "GTK 3 found before, library cache unchanged: ldconfig not asked"; fi
touch -d '1 hour' "$plandesk_ld_cache"
if gtk3 "$work/nogtk"; then bad "GTK 3 removed since (library cache newer): missing"
else ok "GTK 3 removed since (library cache newer): missing"; fi

# A data folder not there yet is made (one that cannot be is refused above: --db folder not writable).
if plandesk_can_write "$work/writable/kho" && [ -d "$work/writable/kho" ]; then ok "new data folder created"
else bad "new data folder created"; fi

# The heap on transparent huge pages only where Linux offers them: Java warns on every start where it cannot.
thp() { # thp NAME SETTING-FILE-CONTENT-OR-"missing" EXPECTED-OPTION
    if [ "$2" = missing ]; then plandesk_thp_setting="$work/no-such-setting"; else
        plandesk_thp_setting="$work/thp-setting"; printf '%s\n' "$2" > "$plandesk_thp_setting"; fi
    plandesk_memory_option
    if [ "$PLANDESK_MEMORY_OPTION" = "$3" ]; then ok "memory option, $1: '$3'"; else bad "memory option, $1: '$PLANDESK_MEMORY_OPTION', wanted '$3'"; fi
}
thp "huge pages on request" "always [madvise] never" -XX:+UseTransparentHugePages
thp "huge pages always" "[always] madvise never" -XX:+UseTransparentHugePages
thp "huge pages never" "always madvise [never]" ""
thp "no such setting (another system)" missing ""

# What app/plandesk starts Java with, through a java that prints its arguments: the quick compiler only
# and this machine's memory option, for a command and for the archive's training run before it.
plandesk_thp_setting=/sys/kernel/mm/transparent_hugepage/enabled
plandesk_memory_option
fake java "$work/java-args" 'case "$1" in -version) echo "openjdk version \"17.0.15\" 2025-04-15" >&2 ;; *) echo "$*" ;; esac'
if [ -f "$root/target/plandesk-0.1.0-all.jar" ]; then
    env PATH="$work/java-args:$PATH" "$launcher" --version > "$work/java-args.out" 2>/dev/null
    started="$(grep -c -e "-XX:TieredStopAtLevel=1" "$work/java-args.out")"
    with_memory="$(grep -c -e "-XX:TieredStopAtLevel=1${PLANDESK_MEMORY_OPTION:+ $PLANDESK_MEMORY_OPTION} " "$work/java-args.out")"
    if [ "$started" -ge 1 ] && [ "$with_memory" = "$started" ]; then ok "app/plandesk starts java with C1 only and '${PLANDESK_MEMORY_OPTION}'"
    else bad "app/plandesk's java options: $(cat "$work/java-args.out")"; fi
else
    bad "app/plandesk's java options: no built jar (mvn -q -DskipTests package first)"
fi

echo "launchers: $passed passed, $failed failed"
[ "$failed" = 0 ]
