// The vagrant command against the outputs recorded from the real tool (scripts/record-vagrant.mjs), in the
// lab's version: tests/golden/vagrant/2.4 (2.3.4's recordings with the differences 2.4.3's source proves).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const ROOT = path.resolve(__dirname, '../../golden/vagrant/2.4');
const DIR = 'D:\\3_VMs\\HashiCorp';

/**
 * Cases whose real answer depends on what this recording machine has and the lab's does not (see
 * tests/golden/vagrant/2.4/DIFFERENCES.md): the provider installed (libvirt here, VirtualBox in the lab) and
 * the plugins it brings.
 */
const MACHINE_BOUND = new Set(['validate-no-box']);

/**
 * Cases whose last lines are Ruby's own words, written by the Ruby that runs Vagrant: Debian's 3.1 here, 3.3 in
 * Vagrant 2.4's installer. A syntax error is compared up to Ruby's message; a NameError up to the end of its first
 * line (Vagrant cuts Ruby's message after the name; what Ruby 3.1 adds below it, error_highlight's snippet and
 * did_you_mean's suggestion, Ruby 3.2 and later keep out of the message).
 */
const RUBY_WORDS = /^D:\/3_VMs\/HashiCorp\/Vagrantfile:\d+: /m;
const NAME_ERROR = /^Message: .*\n/m;
const untilRuby = (t: string) => {
  if (RUBY_WORDS.test(t)) return t.slice(0, t.search(RUBY_WORDS));
  const m = NAME_ERROR.exec(t);
  return m && t.includes('an invalid or undefined variable.') ? t.slice(0, m.index + m[0].length) : t;
};

const read = (dir: string, f: string) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), 'utf8') : undefined);

const all = fs
  .readdirSync(ROOT)
  .filter((n) => fs.statSync(path.join(ROOT, n)).isDirectory() && !MACHINE_BOUND.has(n))
  .sort();
/** Cases that run until Ctrl+C (`interrupt`: after how many milliseconds); their logs' timestamps are masked. */
const interrupted = all.filter((n) => read(path.join(ROOT, n), 'interrupt'));
const cases = all.filter((n) => !interrupted.includes(n));

describe('vagrant answers as the real tool does', () => {
  it('has recorded cases', () => expect(cases.length).toBeGreaterThan(100));
  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(ROOT, name);
      const setup = read(dir, 'setup');
      const s = await createSession({ lab: 'host', seed: 1, files: setup ? { [`${DIR}\\Vagrantfile`]: setup } : {} });
      for (const line of (read(dir, 'pre') ?? '').split('\n').filter(Boolean)) await s.exec(line);
      const r = await s.exec(read(dir, 'cmd')!.trim());
      // cmd.exe prints a blank line before its next prompt: not vagrant's output
      const stdout = r.stdout.endsWith('\n') ? r.stdout.slice(0, -1) : r.stdout;
      expect({ stdout, stderr: untilRuby(r.stderr), status: r.exitCode }).toEqual({
        stdout: read(dir, 'stdout'),
        stderr: untilRuby(read(dir, 'stderr')!),
        status: Number(read(dir, 'status')),
      });
      for (const out of ['Vagrantfile', 'Other']) {
        const want = read(dir, out);
        if (want !== undefined) expect(s.world.host('host').fs.read(`${DIR}\\${out}`)).toBe(want);
      }
    });
  }
});

describe('vagrant answers Ctrl+C as the real tool does', () => {
  it('has recorded cases', () => expect(interrupted.length).toBeGreaterThan(1));
  for (const name of interrupted) {
    it(name, async () => {
      const dir = path.join(ROOT, name);
      const s = await createSession({ lab: 'host', seed: 1 });
      let stdout = '';
      let stderr = '';
      s.on('output', ({ text, stream }) => (stream === 'stderr' ? (stderr += text) : (stdout += text)));
      await s.submit(read(dir, 'cmd')!.trim());
      await s.advance(Number(read(dir, 'interrupt')));
      await s.interrupt();
      await s.settle();
      expect(s.busy).toBe(false);
      const mask = (t: string) => t.replace(/"@timestamp":"[^"]*"/g, '"@timestamp":"TIME"');
      // the prompt's blank line and the prompt itself follow vagrant's output
      expect({ stdout: stdout.slice(0, stdout.indexOf(read(dir, 'stdout')!) + read(dir, 'stdout')!.length), stderr: mask(stderr), status: s.frame.lastExit }).toEqual({
        stdout: read(dir, 'stdout'),
        stderr: read(dir, 'stderr'),
        status: Number(read(dir, 'status')),
      });
    });
  }
  it('timestamps its log with the host clock, as Time.now.strftime("%Y-%m-%dT%H:%M:%S.%6N%:z") does', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    let stderr = '';
    s.on('output', ({ text, stream }) => stream === 'stderr' && (stderr += text));
    await s.submit('vagrant serve');
    await s.advance(5000);
    expect(stderr).toMatch(/^\{"@timestamp":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+09:00","@level":"info"/);
    await s.interrupt();
  });
});

describe('Tab offers each vagrant command its flags', () => {
  it('every subcommand and box subcommand, from its spec', async () => {
    const { spec } = await import('../../../src/sim/vagrant/commands/spec');
    const s = await createSession({ lab: 'host', seed: 1 });
    await s.exec('vagrant --version');
    const walk = (node: typeof spec, words: string[]): [string[], typeof spec][] => [[words, node], ...(node.subcommands ?? []).flatMap((c) => walk(c, [...words, c.name]))];
    const nodes = walk(spec, []).filter(([w, n]) => w.length && n.flags?.length);
    expect(nodes.length).toBeGreaterThan(20);
    for (const [words, node] of nodes) {
      const line = `vagrant ${words.join(' ')} --`;
      const got = s.complete(line).candidates;
      for (const f of node.flags ?? []) expect(got, line).toContain(`--${f.long}`);
      for (const f of (node.flags ?? []).filter((x) => x.negatable)) expect(got, line).toContain(`--no-${f.long}`);
    }
    expect(s.complete('vagrant ').candidates).toEqual(expect.arrayContaining(['up', 'box', 'ssh', 'destroy']));
    expect(s.complete('vagrant box ').candidates).toEqual(['add', 'list', 'outdated', 'prune', 'remove', 'repackage', 'update']);
  });
});
