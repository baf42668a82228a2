#!/usr/bin/env bash
# Renders installer/icons/plandesk.svg to the Windows icon (PlanDesk.ico: 16, 24, 32, 48, 64 and
# 256 px) that jpackage puts on PlanDesk.exe, the Start menu entry and the installer. Runs on Linux
# (rsvg-convert from librsvg2-bin, ImageMagick's convert); the Windows workflow runs it on an
# Ubuntu runner and hands the icon to the Windows job.
#
#   installer/windows/render-icons.sh OUT_DIR
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:?usage: render-icons.sh OUT_DIR}"
mkdir -p "$out"
pngs=()
for size in 16 24 32 48 64 256; do
    rsvg-convert -w "$size" -h "$size" "$root/installer/icons/plandesk.svg" -o "$out/plandesk-$size.png"
    pngs+=("$out/plandesk-$size.png")
done
# ImageMagick itself (a machine may have another `convert` first on its PATH).
convert=/usr/bin/convert
[ -x "$convert" ] || convert=convert
"$convert" "${pngs[@]}" "$out/PlanDesk.ico"
echo "$out/PlanDesk.ico"
