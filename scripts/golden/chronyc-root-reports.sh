#!/bin/sh
# Records chronyc 4.5's root-only reports (serverstats, clients, authdata, selectdata, ntpdata) from a chronyd 4.5
# whose only source is the box's unresolvable `pool 2.rocky.pool.ntp.org iburst` (the model's guest), asked over the
# command socket (root) and over UDP (what a user's chronyc falls back to), into tests/golden/chronyc/root-reports.txt.
# The daemon is fresh, so "Command packets received" counts the requests of this sequence.
#
#   git archive 4.5 | tar x -C DIR; cd DIR; ./configure --disable-readline --disable-sechash --disable-nts; make
#   scripts/golden/chronyc-root-reports.sh DIR > tests/golden/chronyc/root-reports.txt
# (needs a machine where 2.rocky.pool.ntp.org does not resolve, run as root; chronyd -x leaves the clock alone)
set -eu
DIR=$1
RUN=$DIR/run.golden
rm -rf "$RUN"; mkdir -m 700 "$RUN"
cat > "$RUN/chrony.conf" <<CONF
pool 2.rocky.pool.ntp.org iburst
bindcmdaddress $RUN/chronyd.sock
cmdport 10323
pidfile $RUN/chronyd.pid
CONF
"$DIR/chronyd" -x -u root -f "$RUN/chrony.conf" -l "$RUN/chronyd.log"
sleep 1
c() {
  who=$1; shift
  echo "=== $who chronyc $*"
  set +e
  if [ "$who" = root ]; then out=$("$DIR/chronyc" -h "$RUN/chronyd.sock" "$@" 2>&1); else out=$("$DIR/chronyc" -h 127.0.0.1 -p 10323 "$@" 2>&1); fi
  rc=$?
  set -e
  printf '%s\n--- rc %s\n' "$out" "$rc"
}
c root serverstats
c root clients
c root clients -k
c root clients -p 5
c root authdata
c root authdata -a
c root authdata -v
c root authdata -a -v
c root selectdata
c root selectdata -a
c root selectdata -v
c root selectdata -a -v
c root ntpdata
c root ntpdata ID#0000000003
c root ntpdata ID#0000000009
c root serverstats
c user serverstats
c user clients
c user clients -k
c user authdata
c user authdata -a
c user selectdata
c user selectdata -a -v
c user ntpdata
c user ntpdata ID#0000000001
c user tracking
c root serverstats
kill "$(cat "$RUN/chronyd.pid")"
