// ls --color of GNU coreutils 8.32 against the real ls: tests/golden/ls-color/, recorded by scripts/golden/ls-color.sh
// over the directory setup.sh makes (and a socket), each case with Rocky's LS_COLORS (colorls.sh's value) or its
// own, TERM=xterm-256color, output into a file. The recording machine has no SELinux and other owners and times:
// the simulator's long listings are compared with the mode's trailing `.` and the date left out (the date is
// twelve columns either way, so the colour layout, which counts columns, is unchanged).
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const DIR = path.resolve(import.meta.dirname, '../../../golden/ls-color');
const read = (f: string) => readFileSync(path.join(DIR, f), 'utf8');
const ROCKY = /^LS_COLORS='(.*)';$/m.exec(readFileSync(path.resolve(DIR, '../etc/dircolors-sh-xterm-256color.txt'), 'utf8'))![1];
const cases = read('cases.txt')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [name, vars, ...rest] = l.split('|');
    return { name, vars, args: rest.join('|') };
  });
const DATE = /[A-Z][a-z]{2} [ \d]\d (?: \d{4}|\d\d:\d\d) /g;
const norm = (s: string) => s.replace(/^([-dlpscb][-rwxsStT]{9})\./gm, '$1').replace(DATE, 'DATE ');

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
  // the cases were recorded as root, under umask 022
  await s.exec('umask 022');
  for (const line of read('setup.sh').split('\n').filter(Boolean)) expect((await s.exec(`mkdir -p /tmp/w && cd /tmp/w && ${line}`)).exitCode).toBe(0);
  // a socket, as the recorder binds one (no guest command makes one)
  expect((await s.exec('touch /tmp/w/t/sock && chmod 755 /tmp/w/t/sock')).exitCode).toBe(0);
  const host = s.world.hosts.get(s.frame.hostId)!;
  const sock = host.fs.lget('/tmp/w/t/sock')!;
  sock.mode = 0o140755;
}, 60_000);

describe('ls --color as coreutils colours', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.vars} ls ${c.args}`, async () => {
      const own = c.vars.startsWith('-') ? c.vars.slice(1).trim() : c.vars;
      const vars = ['LANG=C.UTF-8', 'TERM=xterm-256color', ...(c.vars === '' ? [`LS_COLORS=${ROCKY}`] : own.split(' ').filter(Boolean))];
      const exports = vars.map((v) => `export ${v.slice(0, v.indexOf('='))}='${v.slice(v.indexOf('=') + 1)}'`).join('; ');
      const [prog, args] = /^(dir|vdir) /.test(c.args) ? [c.args.split(' ')[0], c.args.slice(c.args.indexOf(' ') + 1)] : ['ls', c.args];
      const r = await s.exec(`cd /tmp/w && (unset LS_COLORS COLORTERM; ${exports}; \\${prog} ${args} > /tmp/out 2> /tmp/err; cat /tmp/out; cat /tmp/err >&2)`);
      const err = existsSync(path.join(DIR, `${c.name}.err`)) ? read(`${c.name}.err`) : '';
      expect({ stdout: norm(r.stdout), stderr: r.stderr }).toEqual({ stdout: norm(read(`${c.name}.out`)), stderr: err });
    });
  }
});
