# Checks the Linux launchers make before starting PlanDesk, each ending in one line that says what
# is missing: sourced by app/plandesk (from the repository) and by /usr/bin/plandesk (installed, from
# /opt/plandesk/lib). Also the memory option app/plandesk and the start-up bench start Java with (the
# installed program has it in its PlanDesk.cfg). POSIX sh. Tested by installer/test-launchers.sh and
# installer/test-deb.sh.

# True when the arguments open the window, as vn.plandesk.app.WindowOptions reads them: only
# --db PATH, --lang vi|en (also --db=PATH, --lang=en) and at most one document (.json, .docx, .doc,
# .txt, .xml). Anything else is a command, which needs neither a screen nor GTK.
plandesk_opens_window() {
    _pd_doc=""
    while [ $# -gt 0 ]; do
        case "$1" in
            -*) ;;
            *)
                if [ -z "$_pd_doc" ]; then
                    # the extension in any case, matched by the shell itself (tr is a program to start)
                    case "$1" in
                        *.[jJ][sS][oO][nN]|*.[dD][oO][cC][xX]|*.[dD][oO][cC]|*.[tT][xX][tT]|*.[xX][mM][lL])
                            _pd_doc="$1"; shift; continue ;;
                    esac
                fi
                return 1 ;;
        esac
        case "$1" in
            --db=?*|--lang=vi|--lang=en) shift ;;
            --db|--lang)
                [ $# -ge 2 ] || return 1
                case "$1:$2" in
                    --db:*) [ -n "$2" ] || return 1 ;;
                    --lang:vi|--lang:en) ;;
                    *) return 1 ;;
                esac
                shift 2 ;;
            *) return 1 ;;
        esac
    done
    return 0
}

# English when the arguments ask for it (--lang en), Vietnamese otherwise.
plandesk_english() {
    _pd_prev=""
    for _pd_arg in "$@"; do
        [ "$_pd_arg" = "--lang=en" ] && return 0
        [ "$_pd_prev" = "--lang" ] && [ "$_pd_arg" = "en" ] && return 0
        _pd_prev="$_pd_arg"
    done
    return 1
}

# The data folder the window will use: --db PATH (a folder, or its .mv.db file), else the default of
# vn.plandesk.logic.store.Store.defaultLocation on Linux.
plandesk_data_folder() {
    _pd_db=""
    while [ $# -gt 0 ]; do
        case "$1" in
            --db=*) _pd_db="${1#--db=}" ;;
            --db) [ $# -ge 2 ] && _pd_db="$2" && shift ;;
        esac
        shift
    done
    if [ -n "$_pd_db" ]; then
        case "$_pd_db" in
            *.mv.db) dirname -- "$_pd_db" ;;
            *) printf '%s\n' "$_pd_db" ;;
        esac
    elif [ -n "${XDG_DATA_HOME:-}" ]; then
        printf '%s\n' "$XDG_DATA_HOME/plandesk"
    else
        printf '%s\n' "$HOME/.local/share/plandesk"
    fi
}

# The library cache ldconfig reads, whose change (a library installed or removed) voids what
# plandesk_has_gtk3 remembered.
plandesk_ld_cache=/etc/ld.so.cache

# GTK 3 is what JavaFX opens its windows with; without it JavaFX ends in a stack trace. Asking ldconfig
# takes two programs (10-25 ms on a 2-core machine) before every window, so a GTK 3 found is remembered
# in the user's cache folder until the library cache changes.
plandesk_has_gtk3() {
    _pd_found="${XDG_CACHE_HOME:-${HOME:-}/.cache}/plandesk/gtk3-found"
    [ -f "$plandesk_ld_cache" ] && [ "$_pd_found" -nt "$plandesk_ld_cache" ] && return 0
    _pd_ldconfig="$(command -v ldconfig 2>/dev/null || true)"
    [ -n "$_pd_ldconfig" ] || _pd_ldconfig=/sbin/ldconfig
    # grep reads to the end: with -q it would stop at the first match, ldconfig would die of SIGPIPE,
    # and a caller with pipefail (app/plandesk) would be told now and then that GTK 3 is missing.
    "$_pd_ldconfig" -p 2>/dev/null | grep 'libgtk-3\.so\.0' >/dev/null || return 1
    # Not remembered when the cache folder cannot be written: asked again next time.
    mkdir -p -- "${_pd_found%/*}" 2>/dev/null && { : > "$_pd_found"; } 2>/dev/null
    return 0
}

# Where Linux says whether it gives programs transparent huge pages: "always [madvise] never".
plandesk_thp_setting=/sys/kernel/mm/transparent_hugepage/enabled

# The Java heap on transparent huge pages where Linux offers them ("always" or "madvise"): the option
# into $PLANDESK_MEMORY_OPTION, empty elsewhere (no such file: another system, or a kernel without them,
# where Java would warn on every start). A start fills 100-300 MB of new heap; in 2 MB pages instead of
# 4 KB ones the kernel takes a few hundred page faults instead of tens of thousands. Measured on a
# 2-core virtual machine: `list` 0.75 -> 0.55 s, a 10,000-task plan shown 2.7 -> 2.45 s, for 20-40 MB
# more resident memory (README, Speed, "Tenth round").
plandesk_memory_option() {
    PLANDESK_MEMORY_OPTION=""
    [ -r "$plandesk_thp_setting" ] || return 0
    read -r _pd_thp < "$plandesk_thp_setting" || return 0
    case "$_pd_thp" in
        *"[always]"*|*"[madvise]"*) PLANDESK_MEMORY_OPTION="-XX:+UseTransparentHugePages" ;;
    esac
    return 0
}

# Creates the folder when it is not there and checks files can be created in it (the kernel's
# answer, which also knows read-only file systems).
plandesk_can_write() {
    [ -d "$1" ] || mkdir -p -- "$1" 2>/dev/null || return 1
    [ -w "$1" ] && [ -x "$1" ]
}

# Before the window: a screen, GTK 3, a writable data folder. Prints one line and fails when one is
# missing; commands (plandesk list, export, ...) are not checked here: they need none of these, and
# say themselves in one line when the data folder cannot be used.
plandesk_check_window() {
    plandesk_opens_window "$@" || return 0
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        if plandesk_english "$@"; then
            echo "PlanDesk needs a graphical session to open its window (DISPLAY is not set); the commands work without one: plandesk --help" >&2
        else
            echo "PlanDesk cần phiên làm việc đồ họa để mở cửa sổ (chưa có DISPLAY); các lệnh thì chạy được không cần: plandesk --help" >&2
        fi
        return 1
    fi
    if ! plandesk_has_gtk3; then
        if plandesk_english "$@"; then
            echo "PlanDesk needs GTK 3 to open its window: sudo apt-get install libgtk-3-0" >&2
        else
            echo "PlanDesk cần thư viện GTK 3 để mở cửa sổ: sudo apt-get install libgtk-3-0" >&2
        fi
        return 1
    fi
    _pd_folder="$(plandesk_data_folder "$@")"
    if ! plandesk_can_write "$_pd_folder"; then
        if plandesk_english "$@"; then
            echo "PlanDesk cannot write to its data folder $_pd_folder: check its permissions, or choose another folder with --db PATH" >&2
        else
            echo "PlanDesk không ghi được vào thư mục dữ liệu $_pd_folder: hãy kiểm tra quyền ghi, hoặc chọn thư mục khác bằng --db ĐƯỜNG_DẪN" >&2
        fi
        return 1
    fi
    return 0
}
