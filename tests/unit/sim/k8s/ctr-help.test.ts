// ctr's help against containerd 1.7.24's own: tests/golden/ctr/1.7.24 (scripts/golden/ctr-help.sh, ctr built from the
// v1.7.24 sources), every command's and sub-command's `--help`, `ctr help CMD`, `ctr CMD help`, and the unknown topics.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import { asApp, asTopic, commandRows } from '../../../../src/sim/k8s/ctr-help';

const dir = path.join(import.meta.dirname, '../../../golden/ctr/1.7.24');
const read = (name: string, ext: string) => readFileSync(path.join(dir, `${name}.${ext}`), 'utf8');
const SPECIAL: Record<string, string> = {
  'root-bare': 'ctr', 'root-h': 'ctr -h', 'root-help': 'ctr --help', help: 'ctr help', unknown: 'ctr bogus',
  'help-unknown': 'ctr help bogus', 'images-unknown': 'ctr images bogus', images_bare: 'ctr images', images_h: 'ctr images h',
  images_help_list: 'ctr images help ls', help_i: 'ctr help i',
  'usage-root': 'ctr --bogus', 'usage-needs-value': 'ctr -n', 'usage-images': 'ctr images --bogus',
  'usage-images-list': 'ctr images ls -q --bogus=1', 'usage-syntax': 'ctr images ls ---x', 'usage-in-order': 'ctr tasks exec --help x',
};
/** The command line each fixture recorded: PATH_WORDS is `ctr PATH WORDS --help`, help_X `ctr help X`, P_help `ctr P help`. */
function commandOf(name: string): string {
  if (SPECIAL[name]) return SPECIAL[name];
  if (name.startsWith('help_')) return `ctr help ${name.slice(5)}`;
  if (name.endsWith('_help')) return `ctr ${name.slice(0, -5).replace(/_/g, ' ')} help`;
  return `ctr ${name.replace(/_/g, ' ')} --help`;
}
const names = readdirSync(dir).filter((f) => f.endsWith('.out')).map((f) => f.slice(0, -4)).sort();

describe('ctr help (containerd 1.7.24, urfave/cli v1)', () => {
  it("prints every recorded help text, on stdout with status 0, and urfave's No help topic with status 3", async () => {
    expect(names.length).toBeGreaterThan(100);
    const s = await createSession({ lab: 'cluster' });
    for (const name of names) {
      const r = await s.exec(commandOf(name));
      expect({ cmd: commandOf(name), out: r.stdout, err: r.stderr, code: r.exitCode }).toEqual({
        cmd: commandOf(name), out: read(name, 'out'), err: read(name, 'err'), code: Number(read(name, 'rc').trim()),
      });
    }
  }, 120_000);

  it('shows the root help with its version, the 1.7 commands and options, also as a user and with containerd stopped', async () => {
    const s = await createSession({ lab: 'cluster' });
    const root = (await s.exec('ctr --help')).stdout;
    expect(root).toContain('USAGE:\n   ctr [global options] command [command options] [arguments...]\n\nVERSION:\n   1.7.24\n');
    expect(root).toContain('   sandboxes, sandbox, sb, s  Manage sandboxes\n   info                       Print the server info\n   deprecations               \n');
    expect(root).toContain('   --namespace value, -n value  Namespace to use with commands (default: "default") [$CONTAINERD_NAMESPACE]\n');
    await s.exec('systemctl stop containerd');
    expect((await s.exec('ctr images ls --help')).stdout).toBe(read('images_list', 'out'));
    await s.exec('exit');
    expect(await s.exec('ctr tasks ls --help')).toMatchObject({ stdout: read('tasks_list', 'out'), exitCode: 0 });
    expect(await s.exec('ctr -n k8s.io nope')).toMatchObject({ stdout: '', stderr: "No help topic for 'nope'\n", exitCode: 3 });
    // a flag not defined after an argument is an argument (urfave/cli moves only the command's own flags first)
    expect(await s.exec('ctr images ls x --bogus')).toMatchObject({ stderr: expect.stringContaining('permission denied'), exitCode: 1 });
    // the global flags before the command
    expect(await s.exec('ctr --debug --timeout 5s -n k8s.io images --help')).toMatchObject({ stdout: read('images', 'out'), exitCode: 0 });
  }, 60_000);

  it("derives `ctr help CMD` and `ctr CMD help` from the command's --help text as urfave's templates do", () => {
    const parents = names.filter((n) => !/^usage|-unknown|^root/.test(n) && n !== 'help' && !/^help|_help|_h$|_bare$/.test(n) && commandRows(read(n, 'out')).length);
    expect(parents).toContain('snapshots');
    for (const p of parents) {
      expect(asApp(read(p, 'out'), '1.7.24')).toBe(read(`${p}_help`, 'out'));
      if (!p.includes('_')) expect(asTopic(read(p, 'out'))).toBe(read(`help_${p}`, 'out'));
    }
  });
});
