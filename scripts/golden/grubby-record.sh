#!/bin/bash
# grubby 8.40 of Rocky 9 is the grubby-bls script (/usr/sbin/grubby). This runs the script as the Fedora package
# git gives it (GRUBBY_BLS: `git show 9f3764d:grubby-bls` of src.fedoraproject.org/rpms/grubby, release 8.40-67,
# the nearest public one to el9's 8.40-64) as root in a private mount namespace whose /boot is a separate file system
# holding the box's one BLS entry (the rockylinux/9 kernel, the guest's /proc/cmdline as options), writing
# tests/golden/grubby/cases.json. grub2-editenv and rpm-sort are stand-ins that list the grubenv file and pass the
# names through (one entry: no sorting to do).
#   GRUBBY_BLS=... bash scripts/golden/grubby-record.sh
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
export GRUBBY_BLS=${GRUBBY_BLS:?}
export K=5.14.0-503.14.1.el9_5.x86_64 MID=0123456789abcdef0123456789abcdef
export OPTS="root=UUID=9b5a6f2c-1d2e-4f3a-8b7c-6d5e4f3a2b1c ro no_timer_check console=tty0 console=ttyS0,115200n8 net.ifnames=0 biosdevname=0 elevator=noop"
node - "$root/tests/golden/grubby/cases.json" <<'JS'
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const CASES = [
  'grubby', 'grubby --help', 'grubby -h', 'grubby --default-kernel', 'grubby --default-index', 'grubby --default-title',
  'grubby --info=ALL', 'grubby --info ALL', 'grubby --info=DEFAULT', 'grubby --info DEFAULT', 'grubby --info=0', 'grubby --info=1',
  'grubby --info=/boot/vmlinuz-$K', 'grubby --info /vmlinuz-$K', 'grubby --info=/boot/vmlinuz-nope', 'grubby --bogus', 'grubby --info',
  'grubby --args=quiet', 'grubby --remove-args=quiet', 'grubby --lilo', 'grubby -x', 'grubby extra',
  'grubby --update-kernel=ALL --args="audit=1 quiet"; echo $?; grubby --info=ALL; cat /etc/kernel/cmdline',
  'grubby --update-kernel ALL --remove-args=elevator; grubby --info=DEFAULT; cat /etc/kernel/cmdline',
  'grubby --update-kernel=DEFAULT --args=selinux=0; echo $?; grubby --info=DEFAULT; ls /etc/kernel',
  'grubby --update-kernel=/boot/vmlinuz-$K --args="console=ttyS1 crashkernel=256M" --remove-args="net.ifnames biosdevname=0"; grubby --info=0',
  'grubby --update-kernel=/boot/vmlinuz-nope --args=x', 'grubby --update-kernel=ALL', 'grubby --default-kernel --info=ALL',
  'grubby --update-kernel=ALL --args=quiet; cat /boot/loader/entries/*.conf', 'grubby --default', 'grubby --inf=0', 'grubby --info=0 --bogus', 'grubby -b',
  'grubby --update-kernel=ALL --args=quiet --initrd=/boot/initramfs-new.img; grubby --info=ALL',
];
const setup = `set -e; mount -t tmpfs tmpfs /boot; mkdir -p /boot/loader/entries /boot/grub2;
printf 'title Rocky Linux (%s) 9.5 (Blue Onyx)\\nversion %s\\nlinux /vmlinuz-%s\\ninitrd /initramfs-%s.img\\noptions %s\\ngrub_users $grub_users\\ngrub_arg --unrestricted\\ngrub_class rocky\\n' $K $K $K $K "$OPTS" > /boot/loader/entries/$MID-$K.conf;
: > /boot/grub2/grubenv; mount -t tmpfs tmpfs /etc/kernel; mkdir -p /usr/libexec/grubby 2>/dev/null || true; mount -t tmpfs tmpfs /usr/libexec;
mkdir -p /usr/libexec/grubby; printf '#!/bin/sh\\ncat\\n' > /usr/libexec/grubby/rpm-sort; chmod +x /usr/libexec/grubby/rpm-sort;
b=$(mktemp -d); printf '#!/bin/sh\\ngrep -v "^#" "$1"\\n' > $b/grub2-editenv; chmod +x $b/grub2-editenv; cp "$GRUBBY_BLS" $b/grubby; chmod +x $b/grubby; export PATH=$b:$PATH; cd /tmp; set +e;`;
const res = CASES.map((cmd) => {
  const r = spawnSync('unshare', ['-m', 'bash', '-c', setup + cmd], { encoding: 'utf8' });
  const tidy = (t) => t.split(process.env.K).join('KERNEL');
  return { cmd: cmd.split('$K').join('KERNEL'), stdout: tidy(r.stdout), stderr: tidy(r.stderr), status: r.status };
});
fs.writeFileSync(process.argv[2], JSON.stringify(res, null, 1) + '\n');
JS
