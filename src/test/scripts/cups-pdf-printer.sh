#!/usr/bin/env bash
# A real printer for the print tests: starts a CUPS server with the cups-pdf virtual printer "PDF",
# which writes every job as a PDF into the folder given as $1 (default /tmp/plandesk-cups-pdf).
# Run as root; idempotent: installs the Debian packages only when missing, starts cupsd only when it
# is not running, adds the printer only when it does not exist. Prints the output folder.
set -euo pipefail

out="${1:-/tmp/plandesk-cups-pdf}"

if [ "$(id -u)" -ne 0 ]; then
    echo "cups-pdf-printer.sh: needs root (it installs packages and starts cupsd)" >&2
    exit 1
fi

if ! command -v cupsd >/dev/null 2>&1 || ! command -v lpadmin >/dev/null 2>&1 || ! command -v lpstat >/dev/null 2>&1 \
        || [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends cups printer-driver-cups-pdf cups-client cups-bsd >/dev/null
fi

mkdir -p "$out"
chmod 1777 "$out"
# cups-pdf reads its configuration for every job: pointing Out elsewhere needs no restart.
sed -i -E "s|^#?Out[[:space:]].*|Out $out|" /etc/cups/cups-pdf.conf
sed -i -E "s|^#?AnonDirName[[:space:]].*|AnonDirName $out|" /etc/cups/cups-pdf.conf

if ! pgrep -x cupsd >/dev/null 2>&1; then
    /usr/sbin/cupsd
fi
for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q "is running" && break
    sleep 0.2
done

if ! lpstat -p PDF >/dev/null 2>&1; then
    lpadmin -p PDF -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -E
fi
lpadmin -d PDF
cupsenable PDF
cupsaccept PDF
echo "$out"
