// Random command lines and keystroke-like input never throw and never leave the world inconsistent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../src/sim/index';
import { parseVagrantfile } from '../../../src/sim/vagrant/vagrantfile';
import { parseBash } from '../../../src/sim/shell/parse';

const DIR = 'D:\\3_VMs\\HashiCorp';
const VF = `Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\n  config.vm.define "a" do |c|\n    c.vm.hostname = "a-node"\n  end\n  config.vm.define "b"\nend\n`;

const words = [
  'vagrant', 'Vagrant', 'up', 'halt', 'ssh', 'status', 'destroy', 'suspend', 'resume', 'reload', 'provision', 'init', 'box', 'list', 'add', 'remove',
  'global-status', 'validate', '-f', '--force', '-c', '-h', '--help', '--version', 'a', 'b', 'rockylinux/9', 'base', 'del', 'dir', 'type', 'cd', 'mkdir',
  'copy', 'echo', 'set', 'cls', 'Vagrantfile', 'x.txt', '..', '\\', 'C:', 'D:', 'exit', 'ls', '-la', 'cat', 'grep', 'head', 'tail', 'wc', 'sort', 'sudo',
  '-i', 'su', '-', 'dnf', 'install', '-y', 'containerd.io', 'kubeadm', 'systemctl', 'start', 'enable', '--now', 'containerd', 'swapoff', '-a', 'modprobe',
  'br_netfilter', 'sysctl', '--system', 'sed', '-n', 's/a/b/', 'tee', '/etc/hosts', '/tmp/f', '~', '$HOME', '$(whoami)', '"quoted text"', "'single'",
  'ping', '-c', '1', 'curl', 'localhost', 'uptime', 'free', '-h', 'ip', 'addr', 'hostnamectl', 'uname', 'history', 'logout', 'vi', 'notepad', 'reboot',
  'y', 'n', 'vagrant', 'kubectl', 'nosuchcommand', '%PATH%', 'touch', 'rm', '-rf', 'cp', 'mv', 'export', 'X=1', 'sleep', '2',
  "'/a/,/b/p'", "'1,$d'", "'$!N;P;D'", "'{p'", "'2q'", "'y/ab/'", '-s', 'nslookup', 'dig', 'host', 'kubernetes.default.svc.cluster.local', '10.96.0.10',
  '@10.96.0.10', '+short', '^|', '^&', 'jobs', 'kill', '%1', 'fg', 'bg',
];
const ops = [' ', ' ', ' ', ' ', ' | ', ' && ', ' || ', '; ', ' > ', ' >> ', ' 2>&1 ', ' & ', ' <<EOF ', '"', "'", '\\', '$', '`', '(', ')'];

const line = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...ops)), { minLength: 1, maxLength: 7 })
  .map((parts) => parts.map(([w, o]) => w + o).join('').trim());

type Key = { t: 'line'; v: string } | { t: 'advance'; ms: number } | { t: 'interrupt' } | { t: 'complete'; v: string; at: number } | { t: 'raw'; v: string };
const key: fc.Arbitrary<Key> = fc.oneof(
  { weight: 6, arbitrary: line.map((v) => ({ t: 'line' as const, v })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 90_000 }).map((ms) => ({ t: 'advance' as const, ms })) },
  { weight: 1, arbitrary: fc.constant({ t: 'interrupt' as const }) },
  { weight: 1, arbitrary: fc.tuple(line, fc.nat()).map(([v, n]) => ({ t: 'complete' as const, v, at: n % (v.length + 1) })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((v) => ({ t: 'raw' as const, v })) },
);

function watch(s: Session): { text: () => string } {
  let all = '';
  s.on('output', (c) => {
    expect(typeof c.text).toBe('string');
    expect(c.stream === 'stdout' || c.stream === 'stderr').toBe(true);
    all += c.text;
  });
  return { text: () => all };
}

function checkState(s: Session): void {
  expect(s.world.checkConsistency()).toEqual([]);
  expect(typeof s.prompt()).toBe('string');
  if (!s.closed) {
    expect(s.stack.length).toBeGreaterThan(0);
    for (const f of s.stack) expect(s.world.hosts.has(f.hostId) || f.hostId !== 'host').toBe(true);
  }
  // every running machine has a guest that is up; hosts of frames exist unless a VM was destroyed under them
  for (const p of s.world.projects.values())
    for (const m of p.machines.values()) expect(['not_created', 'running', 'poweroff', 'saved']).toContain(m.state);
}

describe('property: random input', () => {
  it('command lines on the Windows host and guests never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 1000 }), async (lines, seed) => {
        const s = await createSession({ lab: 'host', seed, files: { [`${DIR}\\Vagrantfile`]: VF } });
        const out = watch(s);
        for (const l of lines) {
          if (s.closed) break;
          await s.exec(l, { answers: ['y', 'vagrant', '.'] });
          // a question left open or an unfinished quote/here-document: Ctrl+C, as a person would
          if (s.question !== null || s.prompt() === '> ') await s.interrupt();
          checkState(s);
        }
        expect(out.text()).not.toContain('internal error');
      }),
      { numRuns: 250 },
    );
  }, 120_000);

  it('keystroke-like sequences (lines, time, Ctrl+C, completion) on a running VM never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(key, { minLength: 1, maxLength: 20 }), async (keys) => {
        const s = await createSession({ lab: 'vm', seed: 5 });
        const out = watch(s);
        for (const k of keys) {
          if (s.closed) break;
          if (k.t === 'line' || k.t === 'raw') await s.submit(k.v);
          else if (k.t === 'advance') await s.advance(k.ms);
          else if (k.t === 'interrupt') await s.interrupt();
          else {
            const r = s.complete(k.v, k.at);
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.start).toBeLessThanOrEqual(k.at);
            for (const c of r.candidates) expect(typeof c).toBe('string');
          }
          checkState(s);
        }
        await s.settle();
        if (s.question !== null) await s.interrupt();
        checkState(s);
        expect(out.text()).not.toContain('internal error');
      }),
      { numRuns: 250 },
    );
  }, 120_000);

  it('the same seed and input give the same transcript', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), async (lines) => {
        const run = async () => {
          const s = await createSession({ lab: 'host', seed: 42, files: { [`${DIR}\\Vagrantfile`]: VF } });
          let t = '';
          for (const l of ['vagrant up', ...lines]) {
            if (s.closed) break;
            const r = await s.exec(l, { answers: ['y'] });
            if (s.question !== null || s.prompt() === '> ') await s.interrupt();
            t += r.output;
          }
          return t;
        };
        expect(await run()).toBe(await run());
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('the Vagrantfile and bash parsers return a result for any text', () => {
    const ruby = ['Vagrant.configure("2") do |config|', 'end', 'do', '|c|', 'config.vm.box = ', '"rockylinux/9"', '(1..3).each', '{', '}', '[', ']', ',', 'ip:', ':id', '#{i}', '"w#{i}"', '<<-SHELL', 'SHELL', 'if', 'else', '\n', ' ', '=', '+', '1', 'N', 'x.y', '.', '(', ')', "'", '"', '#', '=>'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ruby), { maxLength: 40 }), fc.string({ maxLength: 30 }), (parts, noise) => {
        const r = parseVagrantfile(parts.join(' ') + noise);
        expect(typeof r.ok).toBe('boolean');
        const b = parseBash(parts.join(' ') + noise);
        expect(typeof b.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });
});
