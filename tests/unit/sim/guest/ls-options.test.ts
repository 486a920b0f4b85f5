// ls's layout options of GNU coreutils 8.32 against the real ls: tests/golden/ls-options/, recorded by
// scripts/golden/ls-options.sh over the directory setup.sh makes, output into a file, no LS_COLORS: -x, -C, -m
// with -w, $COLUMNS and -T; -s (and -h) with its total; -p, -F, --file-type, --indicator-style. The recording
// machine has no SELinux and other times: long listings are compared without the mode's trailing `.` and the date.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const DIR = path.resolve(import.meta.dirname, '../../../golden/ls-options');
const read = (f: string) => readFileSync(path.join(DIR, f), 'utf8');
const cases = read('cases.txt')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [name, vars, ...rest] = l.split('|');
    return { name, vars, args: rest.join('|') };
  });
const DATE = /[A-Z][a-z]{2} [ \d]\d (?: \d{4}|\d\d:\d\d) /g;
const norm = (s: string) => s.replace(/^( *\d+ )?([-dlpscb][-rwxsStT]{9})\./gm, '$1$2').replace(DATE, 'DATE ');

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
  // the cases were recorded as root, under umask 022
  await s.exec('umask 022');
  for (const line of read('setup.sh').split('\n').filter(Boolean)) expect((await s.exec(`mkdir -p /tmp/w && cd /tmp/w && ${line}`)).exitCode).toBe(0);
}, 60_000);

describe('ls layout options as coreutils lays them out', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.vars} ls ${c.args}`, async () => {
      const exports = c.vars.split(' ').filter(Boolean).map((v) => `export ${v.slice(0, v.indexOf('='))}='${v.slice(v.indexOf('=') + 1)}'`).join('; ');
      const r = await s.exec(`cd /tmp/w && (unset LS_COLORS COLUMNS; export LANG=C.UTF-8; ${exports ? exports + ';' : ''} \\ls ${c.args} > /tmp/out 2> /tmp/err; echo $? > /tmp/st; cat /tmp/out; cat /tmp/err >&2)`);
      const status = (await s.exec('cat /tmp/st')).stdout.trim();
      const err = existsSync(path.join(DIR, `${c.name}.err`)) ? read(`${c.name}.err`) : '';
      const want = existsSync(path.join(DIR, `${c.name}.status`)) ? read(`${c.name}.status`).trim() : '0';
      expect({ stdout: norm(r.stdout), stderr: r.stderr, status }).toEqual({ stdout: norm(read(`${c.name}.out`)), stderr: err, status: want });
    });
  }
  it('lays out to the terminal width on a terminal', async () => {
    s.resize(40, 24);
    const r = await s.exec('cd /tmp/w && \\ls t');
    s.resize(80, 24);
    expect(r.stdout).toBe(read('columns-w.out'));
  });
});
