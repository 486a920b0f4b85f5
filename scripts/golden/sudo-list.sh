#!/bin/sh
# Records `sudo -l` / `sudo -ll` of sudo 1.9.5p2 under the box's sudoers (src/sim/data/sudoers.ts and the Vagrant
# kickstart's /etc/sudoers.d/vagrant) into tests/golden/sudo/list.txt.
#
# The program is built from the SUDO_1_9_5p2 tag, self-contained under DIR (run as root):
#   git archive SUDO_1_9_5p2 | tar x -C DIR; cd DIR
#   ./configure --without-pam --disable-nls --prefix=DIR/inst --sysconfdir=DIR/etc; make; make install
#   scripts/golden/sudo-list.sh DIR > tests/golden/sudo/list.txt
# Each case runs in a private mount and UTS namespace: the box's users (vagrant 1000 in group vagrant, a user bob in
# no sudoers group, alice in wheel; password "secret") are bind-mounted over /etc/passwd, /etc/group and /etc/shadow
# and the host name is localhost.localdomain. COLUMNS gives the width (stderr is not a terminal); "pipe" runs with
# standard output a pipe (sudo does not wrap then).
set -eu
DIR=$1
NS=$DIR/ns
mkdir -p "$NS"
grep -v -E '^(vagrant|bob|alice):' /etc/passwd | grep -v -E ':x:100[0-3]:' > "$NS/passwd"
grep -v -E '^(vagrant|bob|alice|wheel):' /etc/group | grep -v -E ':x:100[0-3]:' > "$NS/group"
grep -v -E '^(vagrant|bob|alice):' /etc/shadow > "$NS/shadow"
H=$(openssl passwd -6 -salt abcdefgh secret)
for u in vagrant:1000 bob:1002 alice:1003; do
  n=${u%%:*}; id=${u#*:}
  echo "$n:x:$id:$id::/home/$n:/bin/bash" >> "$NS/passwd"
  echo "$n:x:$id:" >> "$NS/group"
  echo "$n:$H:19000:0:99999:7:::" >> "$NS/shadow"
done
echo 'wheel:x:10:alice' >> "$NS/group"
npx tsx -e "import {SUDOERS} from './src/sim/data/sudoers.ts'; process.stdout.write(SUDOERS.replace('#includedir /etc/sudoers.d','#includedir $DIR/etc/sudoers.d'))" > "$DIR/etc/sudoers"
rm -rf "$DIR/etc/sudoers.d"; mkdir -m 750 "$DIR/etc/sudoers.d"
printf '%%vagrant ALL=(ALL) NOPASSWD: ALL\n' > "$DIR/etc/sudoers.d/vagrant"
chmod 440 "$DIR/etc/sudoers" "$DIR/etc/sudoers.d/vagrant"
: > "$DIR/etc/sudo.conf"

# case USER COLUMNS|pipe ARGS...
case_() {
  who=$1; cols=$2; shift 2
  echo "=== $who $cols sudo $*"
  out=$(mktemp); err=$(mktemp)
  set +e
  unshare -m -u sh -c '
    mount --bind "$0/passwd" /etc/passwd && mount --bind "$0/group" /etc/group && mount --bind "$0/shadow" /etc/shadow &&
    hostname localhost.localdomain && who=$1 && cols=$2 && sudo=$3 && shift 3 &&
    if [ "$who" = root ]; then run=""; else run="setpriv --reuid=$who --regid=$who --init-groups"; fi &&
    if [ "$cols" = pipe ]; then echo secret | COLUMNS=80 $run "$sudo" "$@" | cat; else echo secret | COLUMNS=$cols $run "$sudo" "$@"; fi
  ' "$NS" "$who" "$cols" "$DIR/inst/bin/sudo" "$@" > "$out" 2> "$err"
  rc=$?
  set -e
  echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"; echo "--- rc $rc"
  rm -f "$out" "$err"
}
case_ root 80 -l
case_ root 80 -ll
case_ root 80 -l -U vagrant
case_ root 80 -ll -U vagrant
case_ root 80 -l -U bob
case_ root 80 -l -U alice
case_ root 80 -ll -U alice
case_ root 120 -l
case_ root 60 -l -U vagrant
case_ root 40 -l
case_ root 24 -l
case_ root pipe -l
case_ root 80 -l ls
case_ root 80 -l ls -la /tmp
case_ root 80 -ll ls
case_ root 80 -l nosuchcmd
case_ root 80 -l -U vagrant systemctl restart sshd
case_ root 80 -l -U bob ls
case_ root 80 -l -U nosuchuser
case_ vagrant 80 -l
case_ vagrant 80 -ll
case_ vagrant 80 -l -U root
case_ vagrant 80 -l -U bob
case_ vagrant 80 -l id
case_ vagrant 80 -n -l
case_ bob 80 -S -l
case_ bob 80 -n -l
case_ bob 80 -S -l ls
case_ bob 80 -S -l -U vagrant
case_ alice 80 -S -l
case_ alice 80 -S -ll
case_ alice 80 -S -l -U vagrant
case_ alice 80 -n -l
