import { describe, expect, it } from 'vitest';
import { createSession, labIds, registerCommand, registerLazyLab, registerLab, UnknownLabError, type OutputChunk } from '../../../src/sim/index';

const DIR = 'D:\\3_VMs\\HashiCorp';
const VF = 'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\nend\n';

describe('sessions and labs', () => {
  it('knows the host and vm labs; an unknown lab names the known ones', async () => {
    expect(labIds()).toEqual(expect.arrayContaining(['host', 'vm']));
    await expect(createSession({ lab: 'nope' })).rejects.toBeInstanceOf(UnknownLabError);
    await expect(createSession({ lab: 'nope' })).rejects.toThrow(/Known labs: .*host/);
  });

  it('places extra files on the host and on guests', async () => {
    const s = await createSession({ lab: 'vm', files: { [`${DIR}\\notes.txt`]: 'n', 'default:/home/vagrant/app.yaml': 'kind: Pod\n' } });
    expect((await s.exec('cat app.yaml')).stdout).toBe('kind: Pod\n');
    expect(s.world.host('host').fs.read(`${DIR}\\notes.txt`)).toBe('n');
  });

  it('labs registered lazily are loaded on first use', async () => {
    let loaded = 0;
    registerLazyLab('lazy-test', async () => {
      loaded++;
      registerLab('lazy-test', ({ world }) => {
        world.host('host').fs.write(`${DIR}\\marker.txt`, 'here');
        return { hostId: 'host', cwd: DIR };
      });
    });
    expect(loaded).toBe(0);
    const s = await createSession({ lab: 'lazy-test' });
    expect(loaded).toBe(1);
    expect((await s.exec('type marker.txt')).stdout).toBe('here\n');
  });

  it('is deterministic: the same seed names the VM the same way, another seed differently', async () => {
    const name = async (seed: number) => {
      const s = await createSession({ lab: 'host', seed, files: { [`${DIR}\\Vagrantfile`]: VF } });
      await s.exec('vagrant up');
      return s.world.project(DIR)!.machines.get('default')!.vmName;
    };
    const a = await name(1);
    expect(a).toMatch(/^HashiCorp_default_\d{13}_\d{5}$/);
    expect(await name(1)).toBe(a);
    expect(await name(2)).not.toBe(a);
  });

  it('output streams as simulated time advances; busy until the command ends', async () => {
    const s = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF } });
    const chunks: OutputChunk[] = [];
    s.on('output', (c) => chunks.push(c));
    await s.submit('vagrant up');
    expect(s.busy).toBe(true);
    expect(s.prompt()).toBe('');
    const early = chunks.map((c) => c.text).join('');
    expect(early).not.toContain('Machine booted and ready');
    await s.advance(10_000);
    const mid = chunks.map((c) => c.text).join('');
    expect(mid.length).toBeGreaterThan(early.length);
    expect(mid).not.toContain('Machine booted and ready');
    await s.advance(120_000);
    expect(s.busy).toBe(false);
    expect(chunks.map((c) => c.text).join('')).toContain('==> default: Machine booted and ready!\n');
    expect(s.prompt()).toBe('D:\\3_VMs\\HashiCorp>');
  });

  it('world.onTick runs as time passes; a done event closes each command', async () => {
    const s = await createSession({ lab: 'host' });
    const ticks: number[] = [];
    s.world.onTick((_now, dt) => ticks.push(dt));
    const done: number[] = [];
    s.on('done', (d) => done.push(d.exitCode));
    await s.advance(1500);
    await s.exec('nosuch');
    expect(ticks).toEqual([1500]);
    expect(done).toEqual([9009]);
  });

  it('registered commands run with their context; Ctrl+C reaches the generator', async () => {
    registerCommand({
      name: 'countdown',
      shell: 'bash',
      summary: 'counts down',
      *run(ctx) {
        try {
          for (let i = 3; i > 0; i--) {
            ctx.out(`${i}\n`);
            yield { wait: 1000 };
          }
          ctx.out('liftoff\n');
          return 0;
        } catch {
          ctx.err('aborted\n');
          return 130;
        }
      },
    });
    const s = await createSession({ lab: 'vm' });
    const out: string[] = [];
    s.on('output', (c) => out.push(c.text));
    await s.submit('countdown');
    await s.advance(1500);
    await s.interrupt();
    expect(out.join('')).toBe('3\n2\n^C\naborted\n');
    expect((await s.exec('echo $?')).stdout).toBe('130\n');
    expect((await s.exec('countdown')).stdout).toBe('3\n2\n1\nliftoff\n');
  });

  it('Ctrl+C at an idle prompt and inside a here-document', async () => {
    const s = await createSession({ lab: 'vm' });
    const out: string[] = [];
    s.on('output', (c) => out.push(c.text));
    await s.submit('cat <<EOF');
    expect(s.prompt()).toBe('> ');
    await s.interrupt();
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
    expect(out.join('')).toBe('^C\n');
  });

  it('completion: commands, files, directories, and case-insensitive on Windows', async () => {
    const s = await createSession({ lab: 'vm', files: { 'default:/home/vagrant/deploy.yaml': '', 'default:/home/vagrant/dir/x': '' } });
    expect(s.complete('syst').candidates).toEqual(['systemctl', 'systemd-analyze', 'systemd-cgls', 'systemd-cgtop', 'systemd-run']);
    expect(s.complete('cat de')).toEqual({ start: 4, candidates: ['deploy.yaml'] });
    expect(s.complete('ls d').candidates).toEqual(['deploy.yaml', 'dir/']);
    expect(s.complete('cat /etc/redh').candidates).toEqual(['/etc/redhat-release']);
    expect((await s.completeAsync('systemctl st')).candidates).toEqual(['start', 'status', 'stop']);
    expect(s.complete('echo a; whoa').candidates).toEqual(['whoami']);
    const h = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF } });
    expect(h.complete('TYPE vagr').candidates).toEqual(['Vagrantfile']);
    expect(h.complete('cd ..\\Hash').candidates).toEqual(['..\\HashiCorp\\']);
  });

  it('exec runs several lines, answers questions in order, and reports a pending question', async () => {
    const s = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF } });
    const r = await s.exec('vagrant up\nvagrant destroy', { answers: ['n'] });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('[y/N] n\n');
    const p = await s.exec('vagrant destroy');
    expect(p.exitCode).toBeNull();
    expect(s.question).toContain('[y/N]');
    const y = await s.exec('y');
    expect(y.stdout).toBe('y\n==> default: Forcing shutdown of VM...\n==> default: Destroying VM and associated drives...\n\n');
    expect(y.exitCode).toBe(0);
  });
});
