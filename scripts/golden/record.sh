#!/usr/bin/env bash
# Re-records the golden fixtures of a command family from the real tools on this machine:
#   scripts/golden/record.sh linux
# Layout (shared by every family): tests/golden/<family>/cases.txt lists `<name>|<command>`; each case gets
# tests/golden/<family>/<name>/{cmd,stdout,stderr,status}. A family may add `setup` (lines run first) and its
# input files in tests/golden/<family>/files/. The simulator's side is tests/unit/sim/golden.test.ts.
# Normalised: only names, times and random suffixes (the temporary directory becomes /home/vagrant/fx).
# The linux family runs Debian's bash, coreutils, grep and sed with LC_ALL=C.UTF-8; where Rocky's coreutils
# 8.32 words a message differently, the case is left out rather than recorded from 9.1.
set -euo pipefail
family=${1:?usage: record.sh <family> [NAME-PATTERN]}
# linux, jq, regex: a second argument (a bash pattern such as 'cksum*') re-records only the cases it matches
only=${2:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/tests/golden/$family"
[ -f "$dir/cases.txt" ] || { echo "no $dir/cases.txt" >&2; exit 2; }
case "$family" in
  linux|jq|regex)
    # jq: Debian 12's jq 1.6 (1.6-2.1, Oniguruma 6.9.8), the version Rocky 9 ships (jq-1.6-17.el9)
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    while IFS='|' read -r name cmd; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      [[ -n "$only" && "$name" != $only ]] && continue
      rm -rf "$work/fx" && cp -r "$dir/files" "$work/fx"
      out="$dir/$name"
      mkdir -p "$out"
      printf '%s\n' "$cmd" > "$out/cmd"
      set +e
      (cd "$work/fx" && umask 022 && env -i HOME="$work" PATH=/usr/bin:/bin LC_ALL=C.UTF-8 TERM=dumb bash --norc --noprofile -c "$cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
      echo $? > "$out/status"
      set -e
      sed -i "s|$work/fx|/home/vagrant/fx|g" "$out/stdout" "$out/stderr"
    done < "$dir/cases.txt"
    ;;
  dnf)
    # dnf 4.14 and dnf-plugins-core as Rocky 9.5 has them (dnf-4.14.0-17.el9, dnf-plugins-core-4.3.0-16.el9):
    # Debian 12's dnf 4.14.0 and dnf-plugins-core 4.3.1 (apt-get install dnf dnf-plugins-core), with the plugins
    # RHEL builds leave out of python3-dnf-plugins-core disabled (dnf-plugins-core.spec: leaves, local,
    # modulesync, post-transaction-actions, show-leaves, versionlock) and --releasever given (Debian has no
    # release package). `yum` is dnf under that name; `yum-config-manager` is libexec/dnf-utils's mapping to
    # `dnf config-manager`. Normalised: the temporary bin directory in `Please use .../yum --help`.
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    mkdir -p "$work/bin"
    ln -s /usr/bin/dnf "$work/bin/yum"
    pre='--disableplugin=leaves,local,modulesync,post-transaction-actions,show-leaves,versionlock --releasever=9'
    printf '%s\n' '#!/usr/bin/python3' 'import sys' 'from dnf.cli import main' "main.user_main('$pre'.split() + ['config-manager'] + sys.argv[1:], exit_code=True)" > "$work/bin/yum-config-manager"
    chmod +x "$work/bin/yum-config-manager"
    while IFS='|' read -r name cmd; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      out="$dir/$name"
      mkdir -p "$out"
      printf '%s\n' "$cmd" > "$out/cmd"
      set +e
      (cd "$work" && env -i HOME="$work" PATH="$work/bin:/usr/bin:/bin" LC_ALL=C.UTF-8 TERM=dumb COLUMNS=80 bash --norc --noprofile -c \
        "dnf() { command dnf $pre \"\$@\"; }; yum() { command yum $pre \"\$@\"; }; $cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
      echo $? > "$out/status"
      set -e
      sed -i "s|$work/bin/|/usr/bin/|g" "$out/stdout" "$out/stderr"
    done < "$dir/cases.txt"
    ;;
  bash)
    # Interactive bash as a learner meets it: a login shell (`-bash: ` in messages) on a terminal, with job
    # control. A case is `## name` and the lines typed; each runs under script(1) in a copy of files/ with
    # HOME one level up (the sim: /home/vagrant and /home/vagrant/fx). stdout and stderr go to files; the
    # status is what `$?` says after the last line. Normalised: the prompts (bash's default `-bash-5.2# ` and PS2's `> `), the paths, job PIDs (`[1] PID`, and `jobs -l`'s `[1]+ PID`), and the
    # `logout` bash prints when its input ends. HISTCONTROL and HISTSIZE are what Rocky's /etc/profile exports.
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    printf 'PS1=\nPS2=\n' > "$work/rc"
    awk '/^## /{name=$2; next} /^#/{next} name!=""{print > ("'"$work"'/case." name)}' "$dir/cases.txt"
    for f in "$work"/case.*; do
      name=${f##*/case.}
      rm -rf "$work/home" && mkdir -p "$work/home" && cp -r "$dir/files" "$work/home/fx"
      out="$dir/$name"
      mkdir -p "$out"
      cp "$f" "$out/cmd"
      # first the aliases Rocky's /etc/bashrc reads from /etc/profile.d (their texts: src/sim/data/profile-d.ts),
      # typed before the case and left out of its history
      { grep -o "\\\\nalias [^\\\\]*" "$root/src/sim/data/profile-d.ts" | sed 's/^\\n//'; printf 'history -c\n'; cat "$f"; printf 'echo $? >&3\n'; } > "$work/typed"
      printf '%s\n' "exec 3>'$out/status'" "exec -a -bash bash --noprofile --noediting -i >'$out/stdout' 2>'$out/stderr'" > "$work/run"
      (cd "$work/home/fx" && env -i HOME="$work/home" PATH=/usr/bin:/bin LC_ALL=C.UTF-8 TERM=dumb SHELL=/bin/bash HISTCONTROL=ignoredups HISTSIZE=1000 \
        script -qec "bash $work/run" /dev/null < "$work/typed" > /dev/null)
      sed -i "s|-bash-[0-9.]*[#$] ||g; s|$work/home|/home/vagrant|g; s|^\(\[[0-9]*\]\) [0-9][0-9]*\$|\1 PID|; s|^\(\[[0-9]*\][-+ ]\) *[0-9][0-9]* |\1 PID |" "$out/stdout" "$out/stderr"
      # the continuation prompt (PS2, `> `) bash prints on stderr while a here-document or a quote is open
      sed -i 's|^\(> \)*||' "$out/stderr"
      perl -0pi -e 's/logout\n\z//' "$out/stderr"
      # bash 5.1's ulimit has no -R in its usage line (5.2 added it to the SHORT_DOC; the option is the same)
      sed -i 's/ulimit \[-SHabcdefiklmnpqrstuvxPRT\]/ulimit [-SHabcdefiklmnpqrstuvxPT]/' "$out/stderr"
      # --noediting: bind warns that line editing is off; the guest's interactive shell has readline
      sed -i '/^-bash: bind: warning: line editing not enabled$/d' "$out/stderr"
    done
    echo "recorded $(ls "$work"/case.* | wc -l) bash cases"
    exit 0
    ;;
  net)
    # ip (iproute2 6.1 here, 6.2 on Rocky: same usage strings), hostname 3.23, iputils ping (20221126 here,
    # 20210202 on Rocky: only cases whose text is the same in both); as an unprivileged user when run as root.
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    as=()
    [ "$(id -u)" = 0 ] && as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    while IFS='|' read -r name cmd; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      out="$dir/$name"
      mkdir -p "$out"
      printf '%s\n' "$cmd" > "$out/cmd"
      set +e
      (cd "$work" && env -i HOME="$work" PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 TERM=dumb "${as[@]}" bash --norc --noprofile -c "$cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
      echo $? > "$out/status"
      set -e
    done < "$dir/cases.txt"
    ;;
  psmisc|procps)
    # psmisc: Debian 12's 23.6 (Rocky 9.5 has 23.4); procps: Debian 12's procps-ng 4.0.2 (Rocky 9.5 has 3.3.17). Only
    # cases whose text is the same in the lab's version by its source (usage errors, signal lists, messages about
    # names that are not there); as an unprivileged user when run as root.
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    as=()
    [ "$(id -u)" = 0 ] && as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    while IFS='|' read -r name cmd; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      out="$dir/$name"
      mkdir -p "$out"
      printf '%s\n' "$cmd" > "$out/cmd"
      set +e
      (cd "$work" && env -i HOME="$work" PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 TERM=dumb "${as[@]}" bash --norc --noprofile -c "$cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
      echo $? > "$out/status"
      set -e
    done < "$dir/cases.txt"
    ;;
  systemd)
    # systemctl and journalctl of Debian 12's systemd 252 (252.39; Rocky 9.5 has 252-46): only the usage errors both
    # print before connecting to the manager or opening the journal, as an unprivileged user. Normalised: journalctl's
    # "No journal files were found." notice (this machine keeps no journal; the guests do). The sa-verify-* cases
    # write unit files into the working directory, named /home/vagrant in the fixtures (the guest's home).
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    chmod 777 "$work"
    as=()
    [ "$(id -u)" = 0 ] && as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    while IFS='|' read -r name cmd; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      out="$dir/$name"
      mkdir -p "$out"
      printf '%s\n' "$cmd" > "$out/cmd"
      set +e
      (cd "$work" && env -i HOME="$work" PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 TERM=dumb SYSTEMD_PAGER= "${as[@]}" bash --norc --noprofile -c "$cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
      echo $? > "$out/status"
      set -e
      sed -i '/^No journal files were found\.$/d' "$out/stderr"
      sed -i "s|$work|/home/vagrant|g" "$out/stdout" "$out/stderr"
      rm -f "$work"/*
    done < "$dir/cases.txt"
    ;;
  python)
    # python3: CPython 3.9's command line (Rocky 9.5: python3-3.9.21); recorded from a CPython 3.9 build
    # (PYTHON39, default python3.9 on PATH; 3.9.18 here, whose help and usage errors are 3.9.21's) run as `python3`
    # (exec -a: the usage line names the program as called). Normalised: the version in -V, and the working
    # directory (the simulator's /home/vagrant).
    py=${PYTHON39:-$(command -v python3.9)}
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    while IFS='|' read -r name cmd; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      out="$dir/$name"
      mkdir -p "$out"
      printf '%s\n' "$cmd" > "$out/cmd"
      set +e
      (cd "$work" && env -i HOME="$work" PATH=/usr/bin:/bin LC_ALL=C.UTF-8 TERM=dumb bash --norc --noprofile -c \
        "python3() { (exec -a python3 '$py' \"\$@\"); }; $cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
      echo $? > "$out/status"
      set -e
      sed -i "s|$work|/home/vagrant|g; s|^Python 3\.9\.[0-9]*\$|Python 3.9.21|" "$out/stdout" "$out/stderr"
    done < "$dir/cases.txt"
    ;;
  git)
    # git: Debian's git 2.39.5, or (GIT_BIN_DIR, below) the 2.43.5 Rocky 9.5 ships; src/sim/commands/git/DIFFERENCES.md
    # lists where the two differ. A case is `## name` and its lines,
    # run by bash in /home/vagrant/fx (a copy of files/) as a user vagrant (uid 1000, empty GECOS field, as the
    # kickstart's `user --name=vagrant` leaves it) on a host whose mail name is localhost.localdomain: a private
    # mount namespace binds a directory of the root file system on /home (so git's search for .git meets no
    # file-system boundary), an /etc/passwd with that user and an /etc/mailname, so git's fallback identity reads vagrant@localhost.localdomain as on the box. GIT_CONFIG_NOSYSTEM: Rocky's git has no /etc/gitconfig. `tick` (defined before each case, as in the
    # simulator's test) moves GIT_AUTHOR_DATE and GIT_COMMITTER_DATE a minute on from 2025-12-10 01:02:55 UTC.
    # GIT_BIN_DIR=/tmp/git243/bin-wrappers records a git built from the v2.43.5 tag (scripts/golden/git-help.py says
    # how) instead of Debian's 2.39.5: the fixtures hold 2.43.5's output, and DIFFERENCES.md what 2.39.5 says otherwise.
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    chmod 755 "$work"
    awk '/^## /{name=$2; next} /^#/{next} name!=""{print > ("'"$work"'/case." name)}' "$dir/cases.txt"
    grep -v '^[^:]*:[^:]*:1000:' /etc/passwd > "$work/passwd"
    echo 'vagrant:x:1000:1000::/home/vagrant:/bin/bash' >> "$work/passwd"
    echo localhost.localdomain > "$work/mailname"
    n=0
    for f in "$work"/case.*; do
      name=${f##*/case.}
      out="$dir/$name"
      mkdir -p "$out"
      cp "$f" "$out/cmd"
      chmod 644 "$f"
      rm -rf "$work/home"
      set +e
      unshare -m bash -c '
        mount --bind "$1/passwd" /etc/passwd && mount --bind "$1/mailname" /etc/mailname && mkdir -p "$1/home" && mount --bind "$1/home" /home &&
        mkdir -p /home/vagrant && cp -r "$2" /home/vagrant/fx && chown -R 1000:1000 /home/vagrant &&
        cd /home/vagrant/fx &&
        env -i HOME=/home/vagrant USER=vagrant PATH=$5/usr/bin:/bin LC_ALL=C.UTF-8 TERM=dumb TZ=UTC GIT_CONFIG_NOSYSTEM=1 \
          setpriv --reuid=1000 --regid=1000 --clear-groups bash --norc --noprofile -c \
          "t=1765328575; tick() { t=\$((t+60)); export GIT_AUTHOR_DATE=\"@\$t +0000\" GIT_COMMITTER_DATE=\"@\$t +0000\"; }; tick; . $3" \
          >"$4/stdout" 2>"$4/stderr" </dev/null
        echo $? > "$4/status"' _ "$work" "$dir/files" "$f" "$out" "${GIT_BIN_DIR:+$GIT_BIN_DIR:}"
      set -e
      n=$((n+1))
    done
    echo "recorded $n git cases"
    exit 0
    ;;
  last)
    # last over a wtmp file built from files/wtmp.txt with utmpdump -r (cases.txt: `name|last's arguments`)
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    utmpdump -r < "$dir/files/wtmp.txt" > "$work/wtmp" 2>/dev/null
    while IFS='|' read -r name args; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      out="$dir/$name"
      mkdir -p "$out"
      printf '%s\n' "last $args" > "$out/cmd"
      set +e
      (cd "$work" && env -i HOME=/tmp PATH=/usr/bin:/bin TZ=UTC LC_ALL=C.UTF-8 TERM=dumb bash --norc --noprofile -c "last -f wtmp $args" >"$out/stdout" 2>"$out/stderr" </dev/null)
      echo $? > "$out/status"
      set -e
    done < "$dir/cases.txt"
    ;;
  findutils)
    # find and xargs: Debian's findutils 4.9.0 (Rocky 9 ships 4.8.0; where their words differ the 4.8.0 text is in
    # src/sim/commands/findutils/DIFFERENCES.md and the case is left out), as uid and gid 1000 over a copy of files/
    # owned by them, TZ=UTC, standard input /dev/null (so find gives no warnings unless -warn is said).
    # Normalised: the temporary directory (/home/vagrant/fx) and the name of uid/gid 1000 (the guest's vagrant).
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    chmod 755 "$work"
    as=()
    [ "$(id -u)" = 0 ] && as=(setpriv --reuid=1000 --regid=1000 --clear-groups)
    u=$(getent passwd 1000 | cut -d: -f1)
    g=$(getent group 1000 | cut -d: -f1)
    while IFS='|' read -r name cmd; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      [[ -n "$only" && "$name" != $only ]] && continue
      rm -rf "$work/fx" && cp -r "$dir/files" "$work/fx"
      [ "$(id -u)" = 0 ] && chown -R 1000:1000 "$work/fx"
      out="$dir/$name"
      mkdir -p "$out"
      printf '%s\n' "$cmd" > "$out/cmd"
      set +e
      (cd "$work/fx" && env -i HOME="$work" PATH=/usr/bin:/bin LC_ALL=C.UTF-8 TZ=UTC TERM=dumb "${as[@]}" bash --norc --noprofile -c "$cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
      echo $? > "$out/status"
      set -e
      sed -i "s|$work/fx|/home/vagrant/fx|g" "$out/stdout" "$out/stderr"
      [ -n "$u" ] && sed -i "s/\b$u\b/vagrant/g" "$out/stdout" "$out/stderr"
      [ -n "$g" ] && sed -i "s/\b$g\b/vagrant/g" "$out/stdout" "$out/stderr"
    done < "$dir/cases.txt"
    ;;
  util-linux)
    # findmnt and dmesg (util-linux 2.38.1 here, 2.37.4 on Rocky: the cases keep to layouts both print alike) over
    # the guest's mount table and kernel buffer as the simulator holds them (files/mountinfo and files/kmsg, written
    # by scripts/golden/util-linux-tables.ts), read with -F; the simulator runs each case without the -F file.
    while IFS='|' read -r name cmd; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      out="$dir/$name"
      mkdir -p "$out"
      printf '%s\n' "$cmd" > "$out/cmd"
      set +e
      (cd "$dir/files" && env -i HOME=/tmp PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 TERM=dumb bash --norc --noprofile -c "$cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
      echo $? > "$out/status"
      set -e
    done < "$dir/cases.txt"
    ;;
  util-linux-text)
    # util-linux's text tools over files/ as the linux family runs them (LC_ALL=C.UTF-8, TZ=UTC, stdin /dev/null):
    # Debian's util-linux 2.38.1 (bsdextrautils: column, hexdump, col, colrm, look; util-linux: getopt, namei...),
    # run as uid and gid 1000 over a copy of files/ they own (the guest's vagrant: swapon warns about the owner),
    # and for the programs Debian builds from other sources (cal is ncal's, rename is perl's) util-linux 2.37.4's own,
    # built from the v2.37.4 tag into $UL237 (./autogen.sh && ./configure --disable-all-programs --enable-cal
    # --enable-rename --disable-nls --without-python && make cal rename). Normalised: the temporary directory.
    ul237=${UL237:-/tmp/ul-2.37.4}
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    chmod 755 "$work"
    as=()
    [ "$(id -u)" = 0 ] && as=(setpriv --reuid=1000 --regid=1000 --clear-groups)
    mkdir -p "$work/bin"
    for t in cal rename; do [ -x "$ul237/$t" ] && ln -s "$ul237/$t" "$work/bin/$t"; done
    while IFS='|' read -r name cmd; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      [[ -n "${ONLY:-}" && ! "$name" =~ $ONLY ]] && continue
      rm -rf "$work/fx" && cp -r "$dir/files" "$work/fx"
      [ "$(id -u)" = 0 ] && chown -R 1000:1000 "$work/fx"
      out="$dir/$name"
      mkdir -p "$out"
      printf '%s\n' "$cmd" > "$out/cmd"
      set +e
      (cd "$work/fx" && env -i HOME="$work" PATH="$work/bin:/usr/bin:/bin:/usr/sbin:/sbin" LC_ALL=C.UTF-8 TZ=UTC TERM=dumb "${as[@]}" bash --norc --noprofile -c "$cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
      echo $? > "$out/status"
      set -e
      sed -i "s|$work/fx|/home/vagrant/fx|g" "$out/stdout" "$out/stderr"
    done < "$dir/cases.txt"
    ;;
  container-shell)
    # The shells inside the images (kubectl exec): Debian 12's dash 0.5.12 and bash 5.2.15 (nginx:1.25's own, both
    # from debian:bookworm-slim) and busybox's ash (Debian's busybox 1.35; its not-found words are those of 1.36's
    # ash.c). A case is `name|shell|argv0|mode|text`: mode c runs `argv0 -c text`, mode i types each `\n`-separated
    # line into the shell on a terminal (script(1)), PS1 `# `, and keeps what the terminal shows. argv0 is the name
    # the shell is started by (sh, /bin/sh, bash): a link of that name in a directory on an otherwise empty PATH.
    # Normalised: carriage returns; busybox's `BusyBox v… built-in shell (ash)` banner and its cursor-position query
    # (the images' busybox is built with CONFIG_FEATURE_SH_EXTRA_QUIET=y, Debian's is not).
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    while IFS='|' read -r name shell argv0 mode text; do
      [[ -z "$name" || "$name" == \#* ]] && continue
      rm -rf "$work/bin" && mkdir -p "$work/bin"
      case "$shell" in dash) bin=/usr/bin/dash ;; bash) bin=/usr/bin/bash ;; ash) bin=/usr/bin/busybox ;; esac
      ln -s "$bin" "$work/bin/${argv0##*/}"
      out="$dir/$name"
      mkdir -p "$out"
      printf '%s|%s|%s|%s\n' "$shell" "$argv0" "$mode" "$text" > "$out/cmd"
      run="$work/bin/${argv0##*/}"
      [ "${argv0#/}" != "$argv0" ] || run="${argv0##*/}"
      set +e
      if [ "$mode" = c ]; then
        (cd "$work" && env -i HOME=/root PATH="$work/bin" LC_ALL=C.UTF-8 TERM=dumb "$run" -c "$text" >"$out/stdout" 2>"$out/stderr" </dev/null)
        echo $? > "$out/status"
        sed -i "s|$work/bin/|/bin/|g" "$out/stderr"
      else
        rc=--norc; [ "$shell" = bash ] || rc=
        printf '%b\n' "$text" > "$work/typed"
        (cd "$work" && while IFS= read -r l; do sleep 0.4; printf '%s\n' "$l"; done < "$work/typed"; sleep 0.6) | \
          (cd "$work" && env -i HOME=/root PATH="$work/bin" LC_ALL=C.UTF-8 TERM=dumb PS1='# ' /usr/bin/script -qec "$run $rc -i" /dev/null) >"$out/stdout" 2>/dev/null
        echo $? > "$out/status"
        : > "$out/stderr"
        sed -i -e 's/\r$//' -e 's/\x1b\[6n//g' -e '/^BusyBox v.*built-in shell (ash)$/,/^$/d' -e "s|$work/bin/|/bin/|g" "$out/stdout"
        sed -i '/./,$!d' "$out/stdout"
      fi
      set -e
    done < "$dir/cases.txt"
    ;;
  *)
    echo "record.sh: no recorder for '$family' yet (add a branch here)" >&2
    exit 2
    ;;
esac
echo "recorded $(grep -cv '^#' "$dir/cases.txt") $family cases"
