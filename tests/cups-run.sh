#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# cups-run.sh COMMAND… — runs COMMAND with a CUPS server of its own: cupsd
# with a private configuration, spool and log in a temporary directory,
# listening on a local socket only (no network port, no browsing), with one
# cups-pdf queue "KioskPDF" made the default with lpadmin. COMMAND sees
# CUPS_SERVER (the socket) and MDG_TEST_CUPS_DIR (the directory; cupsd keeps
# each job's document there, spool/dNNNNN-001). cups-pdf itself writes its PDF
# to the job user's ~/PDF (its own fixed /etc/cups/cups-pdf.conf): the tests
# delete the ones they made. cupsd is stopped afterwards.
# Exit status: COMMAND's; 77 (skip) when cupsd or cups-pdf is missing.
set -u

for tool in /usr/sbin/cupsd lpadmin lpstat; do
  command -v "$tool" >/dev/null 2>&1 || { echo "1..0 # SKIP $tool is not installed (Debian: cups)"; exit 77; }
done
ppd=${MDG_PPD:-/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd}
if [ ! -x /usr/lib/cups/backend/cups-pdf ] || [ ! -f "$ppd" ]; then
  echo "1..0 # SKIP cups-pdf is not installed (Debian: printer-driver-cups-pdf)"
  exit 77
fi

# cupsd runs the cups-pdf backend (mode 0700) only when it runs as root.
if [ "$(id -u)" != 0 ]; then
  echo "1..0 # SKIP cupsd with the cups-pdf backend needs root"
  exit 77
fi

dir=$(mktemp -d /tmp/mdg-cups.XXXXXX)
chmod 755 "$dir"
mkdir -p "$dir/etc/ppd" "$dir/spool/tmp" "$dir/cache" "$dir/state" "$dir/log"
chmod 710 "$dir/spool"
chgrp lp "$dir/spool" 2>/dev/null
socket="$dir/cups.sock"

cat > "$dir/etc/cupsd.conf" <<CONF
Listen $socket
${MDG_CUPS_PORT:+Listen 127.0.0.1:$MDG_CUPS_PORT}
Browsing No
BrowseLocalProtocols none
DefaultAuthType None
WebInterface No
LogLevel warn
MaxJobs 100
PreserveJobHistory Yes
PreserveJobFiles Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
cat > "$dir/etc/cups-files.conf" <<CONF
ServerRoot $dir/etc
RequestRoot $dir/spool
TempDir $dir/spool/tmp
CacheDir $dir/cache
StateDir $dir/state
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
SystemGroup root lpadmin
CONF

/usr/sbin/cupsd -f -c "$dir/etc/cupsd.conf" -s "$dir/etc/cups-files.conf" &
cupsd_pid=$!
stop_cupsd () {
  kill "$cupsd_pid" 2>/dev/null
  wait "$cupsd_pid" 2>/dev/null
  rm -rf "$dir"
}
trap stop_cupsd EXIT

export CUPS_SERVER="$socket"
[ -n "${MDG_CUPS_PORT:-}" ] && export CUPS_SERVER="127.0.0.1:$MDG_CUPS_PORT"
export MDG_TEST_CUPS_DIR="$dir"
for _ in $(seq 1 200); do
  [ -S "$socket" ] && lpstat -r >/dev/null 2>&1 && break
  sleep 0.05
done
if ! lpstat -r >/dev/null 2>&1; then
  echo "Bail out! cupsd did not start: $(cat "$dir/log/error_log" 2>/dev/null)"
  exit 1
fi
# (lpadmin warns that PPD drivers are deprecated; cups-pdf has no other.)
if ! lpadmin -p KioskPDF -E -v cups-pdf:/ -P "$ppd" 2>/dev/null || ! lpadmin -d KioskPDF; then
  echo "Bail out! lpadmin could not make the cups-pdf queue"
  exit 1
fi

"$@"
