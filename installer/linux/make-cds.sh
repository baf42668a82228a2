#!/usr/bin/env bash
# Makes PlanDesk's class-data-sharing archive for the installed program, at package time. Java 17
# uses such an archive only where it was made (same jar path, size and time), so this runs in a
# mount namespace of its own (installer/package-linux.sh starts it with unshare) in which the
# package's /opt/plandesk is bind-mounted at /opt/plandesk: the archive is made by the program at
# the place it will be installed, and nothing outside the namespace sees it.
#
#   make-cds.sh STAGED_OPT_PLANDESK ARCHIVE_NAME
#
# The training run is what an office does first: the window opens (under Xvfb when there is one,
# until it is shown), and the command line lists and exports a plan. The JVM writes the archive
# when it exits (-XX:ArchiveClassesAtExit).
set -euo pipefail

staged="$1"
archive="/opt/plandesk/lib/app/$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

mount --make-rprivate / 2>/dev/null || true
mount -t tmpfs plandesk-cds /opt
mkdir -p /opt/plandesk
mount --bind "$staged" /opt/plandesk

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
launcher=/opt/plandesk/bin/PlanDesk

# One archive run covers one process: the window when a display can be had, else the commands.
if command -v Xvfb >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1 && [ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ]; then
    # A display number no other Xvfb on this machine has (-displayfd: the server picks and tells it).
    # -noreset: a plain Xvfb resets whenever its last program ends (here each xdotool below), and a window
    # connecting during a reset may be refused.
    Xvfb -noreset -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 1 50); do [ -s "$work/display" ] && break; sleep 0.2; done
    display=":$(head -n 1 "$work/display")"
    # The sample plan stored first and remembered as the plan open last time, so the window shows a plan's
    # tree and timeline as an office's does when it starts (their classes are in the archive).
    plan="$("$launcher" --db "$work/db" import "$here/../../src/main/resources/vn/plandesk/samples/ke-hoach-de-an-doanh-nghiep-lang-son.json" \
        2>/dev/null | tail -n 1 || true)"
    if [ -n "$plan" ]; then
        mkdir -p "$HOME/.java/.userPrefs/vn/plandesk"
        printf '%s\n' '<?xml version="1.0" encoding="UTF-8" standalone="no"?>' \
            '<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">' \
            '<map MAP_XML_VERSION="1.0">' "  <entry key=\"lastPlan\" value=\"$plan\"/>" '</map>' \
            > "$HOME/.java/.userPrefs/vn/plandesk/prefs.xml"
    fi
    # Java takes its home from the user database, not from HOME: the training's settings are its own.
    JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Duser.home=$HOME" DISPLAY="$display" "$launcher" --db "$work/db" \
        >"$work/log" 2>&1 &
    app=$!
    shown=""
    for _ in $(seq 1 240); do
        if DISPLAY="$display" xdotool search --onlyvisible --name "PlanDesk" >/dev/null 2>&1; then shown=1; break; fi
        kill -0 "$app" 2>/dev/null || break
        sleep 0.5
    done
    sleep 3 # the plan that was open last time, the timeline beside it
    kill -TERM "$app" 2>/dev/null || true
    wait "$app" || true
    # Waited for: an X server still ending removes its socket, which may by then be the next server's
    # of the same number (installer/test-deb.sh starts one right after the package is made).
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    [ -n "$shown" ] || echo "make-cds: the window did not show; the archive covers what was loaded" >&2
else
    echo "make-cds: no Xvfb/xdotool/GTK 3 here: the archive covers the command line only" >&2
    JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive" "$launcher" --db "$work/db" list >"$work/log" 2>&1 || true
fi
if [ ! -s "$archive" ]; then
    echo "make-cds: no archive was written:" >&2
    grep -v "warning\]\[cds" "$work/log" | tail -n 5 >&2
    exit 1
fi
