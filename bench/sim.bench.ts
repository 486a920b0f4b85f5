// Simulator figures: commands per second and per-command latency (median, p99) for shell builtins
// and Vagrant commands, measured headlessly with simulated time fast-forwarded.
// Run alone: npx tsx bench/sim.bench.ts
import { pathToFileURL } from 'node:url';
import { createSession, type Session } from '../src/sim/index';

const DIR = 'D:\\3_VMs\\HashiCorp';
const VF = `Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\nend\n`;

interface Stat {
  runs: number;
  medianMs: number;
  p99Ms: number;
  perSecond: number;
}

function stats(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const total = s.reduce((a, b) => a + b, 0);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { runs: s.length, medianMs: round(at(0.5)), p99Ms: round(at(0.99)), perSecond: Math.round((s.length / total) * 1000) };
}

async function time(session: Session, line: string, runs: number, answers?: string[]): Promise<Stat> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await session.exec(line, { answers });
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

export default async function bench(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const created: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await createSession({ lab: 'host', seed: i });
    created.push(performance.now() - t);
  }
  out['createSession(host)'] = stats(created);

  // cmd.exe builtins
  const host = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF } });
  const cmd: Record<string, Stat> = {};
  for (const line of ['echo hello', 'dir', 'type Vagrantfile', 'cd ..', 'cd HashiCorp', 'set USERNAME', 'nosuchcommand']) cmd[line] = await time(host, line, 300);
  out.cmd = cmd;

  // bash builtins on a running guest
  const vm = await createSession({ lab: 'vm' });
  const bash: Record<string, Stat> = {};
  for (const line of ['echo hello', 'pwd', 'ls -la /etc', 'cat /etc/redhat-release', 'grep -i rocky /etc/os-release | head -1', 'X=$(hostname); echo $X', 'uptime', 'free -h', 'nosuchcommand'])
    bash[line] = await time(vm, line, 300);
  out.bash = bash;

  // Vagrant commands (world time fast-forwarded)
  const vg: Record<string, Stat> = {};
  vg['vagrant --version'] = await time(host, 'vagrant --version', 200);
  vg['vagrant status'] = await time(host, 'vagrant status', 200);
  vg['vagrant validate'] = await time(host, 'vagrant validate', 200);
  vg['vagrant global-status'] = await time(host, 'vagrant global-status', 200);
  vg['vagrant init -f'] = await time(host, 'vagrant init -f rockylinux/9 --box-version 5.0.0', 200);
  const cycle: number[] = [];
  const up: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    await host.exec('vagrant up');
    up.push(performance.now() - t);
    await host.exec('vagrant halt');
    await host.exec('vagrant destroy -f');
    cycle.push(performance.now() - t);
  }
  vg['vagrant up (boot, about 60 s of world time)'] = stats(up);
  vg['vagrant up + halt + destroy -f'] = stats(cycle);
  out.vagrant = vg;

  // overall throughput over a mixed script
  const mixed = ['echo a', 'dir', 'vagrant status', 'type Vagrantfile', 'vagrant validate'];
  const t = performance.now();
  let n = 0;
  for (let i = 0; i < 200; i++) for (const l of mixed) {
    await host.exec(l);
    n++;
  }
  out['mixed commands per second'] = Math.round((n / (performance.now() - t)) * 1000);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  bench().then((r) => console.log(JSON.stringify(r, null, 2)));
}
