/**
 * The file-creation mask with bash and the tools that make files: records each case below into
 * tests/golden/umask/cases.json, as root and as an unprivileged user with a group of its own name (`umasktest`,
 * made here with `useradd -m` if missing; run through `su - umasktest -c`), under umask 0002 and umask 0022.
 * Each case runs in a fresh, empty directory (mode 0755, its runner's) and prints the modes of what it made.
 *
 *   npx tsx scripts/golden/umask-record.ts     (as root)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const USER = 'umasktest';
if (spawnSync('id', [USER]).status !== 0) execFileSync('useradd', ['-m', '-U', '-s', '/bin/bash', USER]);
const DIR = '/tmp/umaskrec';
/** `stat` of what a case made: the mode string and the name, by name. */
const SHOW = 'stat -c "%A %n" -- $(ls -A | LC_ALL=C sort)';
export const CASES = [
  'umask; umask -S; umask -p; umask -p -S',
  'umask 027; umask; umask -S',
  'umask 7; umask',
  'umask u=rwx,g=rx,o=; umask',
  'umask g-w; umask',
  'umask o+w; umask',
  'umask a=; umask',
  'umask g+w,o-rx; umask -S',
  'umask -S 077; umask; umask -p',
  'umask 0800; echo "status=$?"; umask',
  'umask x=r; echo "status=$?"; umask',
  'umask u=q; echo "status=$?"; umask',
  'echo one > f1; echo two >> f2; cat > f3 <<EOF\nthree\nEOF\n' + SHOW,
  'touch t; mkdir d; mkdir -p p/q/r; ' + SHOW + '; stat -c "%A %n" p/q p/q/r',
  'mkdir -m 777 m7; mkdir -m 700 m0; mkdir -m g+w mg; mkdir -m a+rwx ma; ' + SHOW,
  'touch s; chmod 777 s; cp s c; cp -p s cp; cp -a s ca; cp --preserve=mode s cm; mv c mvd; ' + SHOW,
  'mkdir sd; chmod 777 sd; touch sd/x; chmod 777 sd/x; cp -r sd cr; cp -a sd ca; ' + SHOW + '; stat -c "%A %n" cr/x ca/x',
  'echo x > s; install s i; install -m 664 s i2; install -m 600 s i3; install -d id; install -d -m 775 id2; ' + SHOW,
  'echo x > s; install -D s x/y/z; install -d -m g+w,+x dd; mkdir -p -m 700 a/b; chmod 600 s; sed -i s/x/y/ s; ' + SHOW + '; stat -c "%A %n" x/y x/y/z a/b',
  'touch s; ln -s s l; ln s h; ' + SHOW,
  'mktemp -p . >/dev/null; mktemp -d -p . >/dev/null; stat -c "%A %F" tmp.* | LC_ALL=C sort',
  'printf "a\\nb\\n" > s; split -l 1 s part; sort -o so s; echo x | tee te >/dev/null; dd if=s of=dd status=none; ' + SHOW,
  'mkdir src; echo a > src/a; echo b > src/b; chmod 777 src src/a; chmod 666 src/b; tar cf x.tar src; rm -r src; mkdir o1 o2 o3; tar xf x.tar -C o1; tar xpf x.tar -C o2; tar xf x.tar --no-same-permissions -C o3; stat -c "%A %n" o1/src o1/src/a o1/src/b o2/src o2/src/a o2/src/b o3/src o3/src/a o3/src/b',
  'mkdir src; echo a > src/a; chmod 777 src/a; echo b > src/b; chmod 666 src/b; find src | cpio -o --quiet > x.cpio; rm -r src; mkdir oc; cd oc; cpio -id --quiet < ../x.cpio; stat -c "%A %n" src src/a src/b',
  'mkdir src; echo a > src/a; chmod 777 src/a; echo b > src/b; chmod 666 src/b; zip -qr z.zip src; rm -r src; unzip -q z.zip -d oz; stat -c "%A %n" oz oz/src oz/src/a oz/src/b',
  'touch g; chmod 666 g; gzip g; touch h; gzip h; ' + SHOW,
  'echo "umask; touch made" > s.sh; bash s.sh; bash -c umask; (umask); (umask 077; touch sub); umask; ' + SHOW,
  'ssh-keygen -q -t ed25519 -N "" -C "" -f k; ' + SHOW,
];
type Case = { user: string; umask: string; cmd: string; stdout: string; stderr: string };
const out: Case[] = [];
for (const user of ['root', USER])
  for (const umask of ['0002', '0022'])
    for (const cmd of CASES) {
      execFileSync('rm', ['-rf', DIR]);
      execFileSync('mkdir', ['-m', '755', DIR]);
      if (user !== 'root') execFileSync('chown', [`${user}:${user}`, DIR]);
      const script = `umask ${umask}; cd ${DIR} && { ${cmd}\n}`;
      const r = user === 'root'
        ? spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin:/usr/sbin:/sbin', LC_ALL: 'C.UTF-8', HOME: '/root' } })
        : spawnSync('su', ['-', user, '-c', script], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8' } });
      out.push({ user: user === 'root' ? 'root' : 'vagrant', umask, cmd, stdout: r.stdout, stderr: r.stderr.replaceAll(`${DIR}`, '.') });
    }
execFileSync('rm', ['-rf', DIR]);
mkdirSync(path.join(root, 'tests/golden/umask'), { recursive: true });
const version = execFileSync('bash', ['--version'], { encoding: 'utf8' }).split('\n')[0];
writeFileSync(path.join(root, 'tests/golden/umask/cases.json'), JSON.stringify({ recordedWith: version, cases: out }, null, 1) + '\n');
