#!/usr/bin/env bash
# Start-up benchmark of issue 12: process start → main window shown and settled, PlanDesk (app/plandesk,
# as a user starts it) against a bare JavaFX window (a stage with one label, vn.plandesk.bench.BareWindow)
# side by side under Xvfb, rounds alternating, medians, resident memory; process start → the plan open
# last time shown for 1,000 and 10,000 tasks; whole processes: `plandesk list` on the two samples, and
# exports (.xlsx of 10,000 tasks, .docx of 2,000) against a bare POI program writing the same cells
# (vn.plandesk.bench.BareExport). Prints Markdown tables with the machine's load beside each row.
#
# The targets for the plan rows and `list` are times, not ratios, so they depend on the machine. Each of
# them also gets a floor measured in the same rounds: the least a program on the same JVM does for it,
# with a class-data-sharing archive of its own and the launcher's compiler and memory settings, as
# PlanDesk has. For a
# plan, one tree table of that many rows in a window (vn.plandesk.bench.BareTreeWindow); for `list`, the
# store opened with PlanDesk's H2 settings and its plans printed by plain JDBC
# (vn.plandesk.bench.BareStoreList). What PlanDesk takes beyond the floor is what it can still win.
#
#   src/test/scripts/startup-bench.sh [--rounds N] [--before CHECKOUT] [--only PATTERN]
#
# --before CHECKOUT also runs CHECKOUT/app/plandesk (another checkout, built) in the same rounds, so a
# change is measured against what it changes on one machine at one load. --only PATTERN (an extended
# regular expression) runs only the rows whose names match, e.g. --only 'empty|1,000'.
#
# "Shown and settled": both programs are started with -Dplandesk.startupReport=FILE. They note the
# moments start-up reaches and, once the window holds everything it shows at start (PlanDesk: the store
# open, the plan list filled and, when a plan was open last time, that plan's tree and timeline), count
# three pulses (the first lays the content out and hands it to the renderer, the second renders after
# that frame is done, the third starts) and then write FILE (vn.plandesk.app.StartupTrace). The time is
# milliseconds from the process's start as the kernel recorded it (the launcher script included) to
# that moment; the resident memory at that moment is noted in FILE by the JVM itself. One warm-up round
# per program and store is not counted (the page cache). PlanDesk's window class-data-sharing archive is
# made anew by a first start on the samples with a plan open, as a user's first session after a build
# makes it.
#
# Needs Xvfb and GTK 3 (apt-get install xvfb libgtk-3-0), a built jar and test classes
# (mvn -q -DskipTests package).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
rounds=3
before=""
only=""
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds="$2"; shift 2 ;;
        --before) before="$(cd "$2" && pwd)"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        *) echo "usage: $0 [--rounds N] [--before CHECKOUT] [--only PATTERN]" >&2; exit 2 ;;
    esac
done
jar="$root/target/plandesk-0.1.0-all.jar"
if [ ! -f "$jar" ] || [ ! -d "$root/target/test-classes/vn/plandesk/bench" ]; then
    echo "Build first: mvn -q -DskipTests package" >&2
    exit 1
fi
command -v Xvfb >/dev/null || { echo "Needs Xvfb: apt-get install xvfb libgtk-3-0" >&2; exit 1; }

work="$(mktemp -d)"
xvfb=""
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
# -noreset, as a desktop session's X server: it lives from program to program with the window manager and
# panel connected. Without it Xvfb resets whenever its last program ends, which clears what GTK keeps on the
# root window (GDK_VISUALS), so every start of either program loaded Mesa's OpenGL and LLVM again to choose its
# visuals (+0.1-0.3 s, +55 MB), which no user at a desktop pays.
Xvfb -noreset -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.2; done
export DISPLAY=":$(head -n 1 "$work/display")"
testcp="$jar:$root/target/test-classes"
# The floors run from a jar of their own: a class-data-sharing archive takes jars only.
floorcp="$jar:$work/floors.jar"
(cd "$root/target/test-classes" && jar cf "$work/floors.jar" vn/plandesk/bench/BareTreeWindow*.class vn/plandesk/bench/BareStoreList.class)
# The launcher's compiler and memory settings (app/plandesk).
# shellcheck source=../../../installer/linux/launcher-checks.sh
. "$root/installer/linux/launcher-checks.sh"
plandesk_memory_option
floor_java=(java -Xlog:cds=off -XX:TieredStopAtLevel=1 ${PLANDESK_MEMORY_OPTION:+"$PLANDESK_MEMORY_OPTION"} -cp "$floorcp")

# --- the stores -----------------------------------------------------------------------------------
samples=("$root"/src/main/resources/vn/plandesk/samples/*.json)
java -cp "$testcp" vn.plandesk.bench.StartupStores "$work/db-empty" 0 0 >/dev/null
sample_plan=""
for s in "${samples[@]}"; do
    id="$(java -jar "$jar" --db "$work/db-samples" import "$s" | tail -n 1)"
    [ -n "$sample_plan" ] || sample_plan="$id"
done
java -cp "$testcp" vn.plandesk.bench.StartupStores "$work/db-200x50" 200 50 >/dev/null
plan1k="$(java -cp "$testcp" vn.plandesk.bench.StartupStores "$work/db-1000" 1 1000)"
plan10k="$(java -cp "$testcp" vn.plandesk.bench.StartupStores "$work/db-10000" 1 10000)"
plan2k="$(java -cp "$testcp" vn.plandesk.bench.StartupStores "$work/db-2000" 1 2000)"

# A user home of its own per start, so the window's settings (last plan, placement) are the scenario's.
# What PlanDesk noted about this computer's drawing (vn.plandesk.app.RenderingChoice) is kept from start
# to start, as a returning user's settings keep it: it is the computer's, not the scenario's.
# home_with_last_plan HOME [PLAN_ID]
home_with_last_plan() {
    local prefs="$1/.java/.userPrefs/vn/plandesk/prefs.xml" rendering=""
    [ -f "$prefs" ] && rendering="$(grep -F '<entry key="rendering"' "$prefs" || true)"
    rm -rf "$1"
    mkdir -p "$1"
    # Settings' folder only with its file: a folder without one is what Java warns about ("Prefs file removed
    # in background", 30 ms of logging), which a new user's home (no folder) and a returning one's never show.
    [ -n "${2:-}$rendering" ] || return 0
    mkdir -p "$1/.java/.userPrefs/vn/plandesk"
    {
        echo '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        echo '<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">'
        echo '<map MAP_XML_VERSION="1.0">'
        [ -z "${2:-}" ] || echo "  <entry key=\"lastPlan\" value=\"$2\"/>"
        [ -z "$rendering" ] || echo "$rendering"
        echo '</map>'
    } > "$prefs"
}

# --- one start ------------------------------------------------------------------------------------
# start_window PROGRAM DB LAST_PLAN [ROWS]: prints "MILLIS RSS_KB", or "- -" when no report came within
# 120 s. The memory is the JVM's own figure from the report: PlanDesk's process is a launcher script.
# ROWS: the floor's tree rows (program floor only).
start_window() {
    local program="$1" db="$2" last="$3" rows="${4:-}" report="$work/report" home="$work/home"
    rm -f "$report"
    home_with_last_plan "$home" "$last"
    local options="-Duser.home=$home -Dplandesk.startupReport=$report"
    # Each start in a process group of its own, ended whole: a launcher that does not pass the signal
    # on would leave its java running (holding the store's lock, taking the processor).
    case "$program" in
        bare) JDK_JAVA_OPTIONS="$options" setsid java -cp "$testcp" vn.plandesk.bench.BareWindow >"$work/log" 2>&1 & ;;
        bare-sw) JDK_JAVA_OPTIONS="$options -Dprism.order=sw" setsid java -cp "$testcp" vn.plandesk.bench.BareWindow \
            >"$work/log" 2>&1 & ;;
        floor) JDK_JAVA_OPTIONS="$options -XX:SharedArchiveFile=$work/floor-tree.jsa" setsid "${floor_java[@]}" \
            vn.plandesk.bench.BareTreeWindow "$rows" >"$work/log" 2>&1 & ;;
        floor-training) JDK_JAVA_OPTIONS="$options -XX:ArchiveClassesAtExit=$work/floor-tree.jsa" setsid "${floor_java[@]}" \
            vn.plandesk.bench.BareTreeWindow "$rows" >"$work/log" 2>&1 & ;;
        plandesk) JDK_JAVA_OPTIONS="$options" setsid "$root/app/plandesk" --db "$db" >"$work/log" 2>&1 & ;;
        before) JDK_JAVA_OPTIONS="$options" setsid "$before/app/plandesk" --db "$db" >"$work/log" 2>&1 & ;;
    esac
    local pid=$! java_rss="-"
    for _ in $(seq 1 6000); do
        if [ -f "$report" ]; then
            # for a build whose report has no memory figure (before 'rss' was noted): its java's, from /proc
            java_rss="$(awk '/^VmRSS/ {print $2}' "/proc/$(pgrep -g "$pid" -x java | head -n 1)/status" 2>/dev/null || echo -)"
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.02
    done
    # Waits for the whole group (java may be writing its archive), so that the next start finds the
    # store unlocked and the machine as quiet as this one did.
    kill -TERM -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    while pgrep -g "$pid" >/dev/null; do sleep 0.05; done
    if [ -f "$report" ]; then
        # kept before the figures are printed: the caller starts the next run as soon as it reads them
        cp "$report" "$work/last-report-$program"
        awk -v fallback="$java_rss" '$1 == "painted" {ms = $2} $1 == "rss" {kb = $2}
            END {print (ms == "" ? "-" : ms), (kb == "" ? fallback : kb)}' "$report"
    else
        echo "- -"
        echo "no start-up report from $program (db $db); its output:" >&2
        tail -n 5 "$work/log" >&2
    fi
}

median() { tr ' ' '\n' | { grep -v '^-\?$' || true; } | sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print a[int((NR + 1) / 2)]}'; }
seconds() { awk -v ms="$1" 'BEGIN { if (ms == "-") print "-"; else printf "%.2f", ms / 1000 }'; }
in_seconds() { awk '{ for (i = 1; i <= NF; i++) printf "%s%s", (i > 1 ? ", " : ""), ($i == "-" ? "-" : sprintf("%.2f", $i / 1000)) }' <<<"$1"; }
# time_of / memory_of NAME PROGRAM: the row's median for that program
time_of() { median <<<"${times["$1|$2"]:-}"; }
memory_of() { median <<<"${memory["$1|$2"]:-}"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }

programs=(bare plandesk)
[ -n "$before" ] && programs=(bare before plandesk)
# NAME|DB|LAST PLAN|FLOOR'S ROWS (the plan rows only)
scenarios=("empty|$work/db-empty||" "the two samples|$work/db-samples||" "200 plans of 50 tasks|$work/db-200x50||"
    "last plan open: 1,000 tasks|$work/db-1000|$plan1k|1000" "last plan open: 10,000 tasks|$work/db-10000|$plan10k|10000")
# chosen: keeps the rows whose names match --only (all without it)
chosen() { [ -z "$only" ] || grep -Eq -- "$only" <<<"$1"; }

# The machine is shared: the 1-minute load average when each row's runs began and ended.
load_now() { cut -d' ' -f1 /proc/loadavg; }
# The window's class-data-sharing archive is written when the first window after a build closes, with the
# classes that session loaded. A user's first session opens a plan; so does this first start of each
# program (the samples, one open as last time), not counted, instead of leaving it to whichever row comes first.
for program in "${programs[@]:1}"; do
    if [ "$program" = before ]; then rm -f "$before/target/plandesk-window.jsa"; else rm -f "$root/target/plandesk-window.jsa"; fi
    start_window "$program" "$work/db-samples" "$sample_plan" >/dev/null
done
# The floor's archive, from one start of 1,000 rows (Java writes it as the signal ends the window).
start_window floor-training "" "" 1000 >/dev/null
[ -s "$work/floor-tree.jsa" ] || echo "The tree floor's archive was not written: its rows run without one." >&2
declare -A times memory loads
for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name db last rows <<<"$scenario"
    chosen "$name" || continue
    runners=("${programs[@]}")
    [ -n "$rows" ] && runners+=(floor)
    # for the window rows, also the bare window drawing in software, as PlanDesk does here after its first start
    [ -z "$rows" ] && runners+=(bare-sw)
    for program in "${runners[@]}"; do
        start_window "$program" "$db" "$last" "$rows" >/dev/null # warm-up, not counted
    done
    loads["$name"]="$(load_now)"
    for _ in $(seq 1 "$rounds"); do
        for program in "${runners[@]}"; do
            read -r ms rss < <(start_window "$program" "$db" "$last" "$rows")
            times["$name|$program"]+="$ms "
            memory["$name|$program"]+="$rss "
        done
    done
    loads["$name"]+="–$(load_now)"
done

# --- commands, whole processes ------------------------------------------------------------------------
# Each against its baseline in the same rounds: `list` against its floor (vn.plandesk.bench.BareStoreList),
# the exports against a bare POI program writing the same cells (vn.plandesk.bench.BareExport).
# NAME|BASELINE'S MAIN CLASS AND ARGUMENTS|PLANDESK ARGUMENTS
commands=("list on the two samples|BareStoreList $work/db-samples|--db $work/db-samples list"
    "export xlsx, 10,000 tasks|BareExport xlsx 10000 $work/bare.xlsx|--db $work/db-10000 export $plan10k --format xlsx -o $work/out.xlsx"
    "export docx, 2,000 tasks|BareExport docx 2000 $work/bare.docx|--db $work/db-2000 export $plan2k --format docx -o $work/out.docx")
# The list floor's archive, from one run of its own.
"${floor_java[@]}" -XX:ArchiveClassesAtExit="$work/floor-list.jsa" vn.plandesk.bench.BareStoreList "$work/db-samples" >/dev/null
[ -s "$work/floor-list.jsa" ] || echo "The list floor's archive was not written: it runs without one." >&2
launcher_of() { if [ "$1" = before ]; then echo "$before/app/plandesk"; else echo "$root/app/plandesk"; fi; }
# run_once PROGRAM BARE_ARGS PLANDESK_ARGS: whole-process milliseconds (the arguments split on spaces).
run_once() {
    local t0 t1 status=0
    t0="$(date +%s%N)"
    if [ "$1" = bare ]; then
        local main="${2%% *}" args="${2#* }"
        if [ "$main" = BareStoreList ]; then
            # shellcheck disable=SC2086
            "${floor_java[@]}" -XX:SharedArchiveFile="$work/floor-list.jsa" "vn.plandesk.bench.$main" $args >/dev/null 2>"$work/log" || status=$?
        else
            # shellcheck disable=SC2086
            java -cp "$testcp" "vn.plandesk.bench.$main" $args >/dev/null 2>"$work/log" || status=$?
        fi
    else
        # shellcheck disable=SC2086
        "$(launcher_of "$1")" $3 >/dev/null 2>"$work/log" || status=$? # its "đã xuất" line
    fi
    t1="$(date +%s%N)"
    # a run that failed is no measurement (a baseline that stops at once would look fast)
    if [ "$status" -ne 0 ]; then
        echo "$1 failed ($status); its output:" >&2
        tail -n 5 "$work/log" >&2
        echo -
        return
    fi
    echo $(((t1 - t0) / 1000000))
}
for command in "${commands[@]}"; do
    IFS='|' read -r name bare_args args <<<"$command"
    chosen "$name" || continue
    for program in "${programs[@]}"; do run_once "$program" "$bare_args" "$args" >/dev/null; done # warm-up
    loads["$name"]="$(load_now)"
    for _ in $(seq 1 "$rounds"); do
        for program in "${programs[@]}"; do times["$name|$program"]+="$(run_once "$program" "$bare_args" "$args") "; done
    done
    loads["$name"]+="–$(load_now)"
done

# --- the tables -------------------------------------------------------------------------------------
echo "Start-up, $(nproc) cores, $(java -version 2>&1 | head -n 1), median of $rounds rounds, $(date -u '+%Y-%m-%d %H:%M') UTC"
echo
label() { case "$1" in bare) echo "bare JavaFX window" ;; bare-sw) echo "bare window, software drawing" ;; before) echo "PlanDesk before" ;; floor) echo "floor (tree of the last plan row's size)" ;; *) echo "PlanDesk" ;; esac; }
header="| store | bare JavaFX window |"
rule="|---|---|"
for program in "${programs[@]:1}"; do header+=" $(label "$program") | ratio | memory (ratio) |"; rule+="---|---|---|"; done
echo "$header load |"
echo "$rule---|"
for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name _ _ <<<"$scenario"
    chosen "$name" || continue
    bare_ms="$(time_of "$name" bare)"
    bare_kb="$(memory_of "$name" bare)"
    line="| $name | $(seconds "$bare_ms") s, $((${bare_kb/-/0} / 1024)) MB |"
    for program in "${programs[@]:1}"; do
        ms="$(time_of "$name" "$program")"
        kb="$(memory_of "$name" "$program")"
        line+=" $(seconds "$ms") s ($(in_seconds "${times["$name|$program"]}")) | $(ratio "$ms" "$bare_ms")× | $((${kb/-/0} / 1024)) MB ($(ratio "$kb" "$bare_kb")×) |"
    done
    echo "$line ${loads["$name"]} |"
done
echo
echo "The same rows against the bare window drawing in software (-Dprism.order=sw): where JavaFX refuses the"
echo "graphics card, as under Xvfb, PlanDesk asks for software drawing from its second start on"
echo "(vn.plandesk.app.RenderingChoice) and so skips loading Mesa's OpenGL, which the bare window still loads."
echo
echo "| store | bare window, software drawing | PlanDesk | ratio | memory (ratio) |"
echo "|---|---|---|---|---|"
for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name _ _ rows <<<"$scenario"
    [ -z "$rows" ] && chosen "$name" || continue
    sw_ms="$(time_of "$name" bare-sw)"
    sw_kb="$(memory_of "$name" bare-sw)"
    ms="$(time_of "$name" plandesk)"
    kb="$(memory_of "$name" plandesk)"
    echo "| $name | $(seconds "$sw_ms") s, $((${sw_kb/-/0} / 1024)) MB | $(seconds "$ms") s | $(ratio "$ms" "$sw_ms")× | $((${kb/-/0} / 1024)) MB ($(ratio "$kb" "$sw_kb")×) |"
done
echo
echo "The plan rows' floor: a window holding one tree table of that many rows, nothing else (BareTreeWindow)."
echo
header="| plan shown | floor |"
rule="|---|---|"
for program in "${programs[@]:1}"; do header+=" $(label "$program") | beyond the floor |"; rule+="---|---|"; done
echo "$header"
echo "$rule"
for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name _ _ rows <<<"$scenario"
    [ -n "$rows" ] && chosen "$name" || continue
    floor_ms="$(time_of "$name" floor)"
    line="| $name | $(seconds "$floor_ms") s ($(in_seconds "${times["$name|floor"]}")) |"
    for program in "${programs[@]:1}"; do
        ms="$(time_of "$name" "$program")"
        line+=" $(seconds "$ms") s | $(awk -v a="$ms" -v b="$floor_ms" 'BEGIN { if (a == "-" || b == "-") print "-"; else printf "%+.2f s", (a - b) / 1000 }') |"
    done
    echo "$line"
done
echo
header="| command | baseline: floor (list) or bare POI program |"
rule="|---|---|"
for program in "${programs[@]:1}"; do header+=" $(label "$program") | ratio |"; rule+="---|---|"; done
echo "$header load |"
echo "$rule---|"
for command in "${commands[@]}"; do
    IFS='|' read -r name _ _ <<<"$command"
    chosen "$name" || continue
    bare_ms="$(time_of "$name" bare)"
    line="| $name | $(seconds "$bare_ms") s |"
    for program in "${programs[@]:1}"; do
        ms="$(time_of "$name" "$program")"
        line+=" $(seconds "$ms") s ($(in_seconds "${times["$name|$program"]}")) | $(ratio "$ms" "$bare_ms")× |"
    done
    echo "$line ${loads["$name"]} |"
done
echo
echo "Targets (issue 12): window ≤ 1.3× the bare window and memory ≤ 1.5× it (empty, samples, 200×50);"
echo "last plan shown: 1,000 tasks ≤ 1.5 s, 10,000 tasks ≤ 2.5 s, ≤ 400 MB; plandesk list ≤ 0.6 s (its ratio: to its floor);"
echo "export xlsx of 10,000 tasks and docx of 2,000 tasks ≤ 1.5× the bare POI program."
echo
echo "Moments of the last start of each (ms from process start; rss in KB):"
for program in "${programs[@]}" bare-sw floor; do
    [ -f "$work/last-report-$program" ] && echo "  $(label "$program"): $(tr '\n' ' ' < "$work/last-report-$program")"
done
