// modinfo, insmod, rmmod and depmod of kmod 28 on their specs: the help of tools/<tool>.c (written by
// scripts/golden/kmod-specs.ts), modinfo's 16-column listing of br_netfilter's .modinfo keys, insmod without
// dependency resolution, rmmod's sysfs checks before the kernel's refusal, and depmod's openat errors for a user.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });
const K = '5.14.0-503.14.1.el9_5.x86_64';
const DIR = `/lib/modules/${K}`;
const BRNF = `${DIR}/kernel/net/bridge/br_netfilter.ko.xz`;

describe('modinfo', () => {
  it('lists filename and the .modinfo keys padded to 16 columns', async () => {
    const s = await vm();
    expect(await s.exec('modinfo br_netfilter')).toMatchObject({
      stdout:
        `filename:       ${BRNF}\n` +
        'description:    Linux ethernet netfilter firewall bridge\n' +
        'author:         Bart De Schuymer <bdschuym@pandora.be>\n' +
        'author:         Lennert Buytenhek <buytenh@gnu.org>\n' +
        'license:        GPL\n' +
        'rhelversion:    9.5\n' +
        'depends:        bridge\n' +
        'retpoline:      Y\n' +
        'intree:         Y\n' +
        'name:           br_netfilter\n' +
        `vermagic:       ${K} SMP preempt mod_unload modversions \n`,
      stderr: '',
      exitCode: 0,
    });
    // a file path names the same module
    expect((await s.exec(`modinfo ${BRNF}`)).stdout).toBe((await s.exec('modinfo br-netfilter')).stdout);
  });

  it('prints one field’s values with -F, -a, -n; -0 ends them with NUL', async () => {
    const s = await vm();
    expect((await s.exec('modinfo -a br_netfilter')).stdout).toBe('Bart De Schuymer <bdschuym@pandora.be>\nLennert Buytenhek <buytenh@gnu.org>\n');
    expect((await s.exec('modinfo -F depends bridge')).stdout).toBe('stp,llc\n');
    expect((await s.exec('modinfo -n overlay')).stdout).toBe(`${DIR}/kernel/fs/overlayfs/overlay.ko.xz\n`);
    expect((await s.exec('modinfo -0 -F license br_netfilter')).stdout).toBe('GPL\0');
    expect((await s.exec('modinfo -0 br_netfilter')).stdout).toContain('\0license=GPL\0');
  });

  it('reports a module it cannot find and goes on; no operand and a bad option exit 1', async () => {
    const s = await vm();
    const r = await s.exec('modinfo nosuchmod overlay');
    expect(r).toMatchObject({ stderr: 'modinfo: ERROR: Module nosuchmod not found.\n', exitCode: 1 });
    expect(r.stdout).toContain('name:           overlay\n');
    expect(await s.exec('modinfo -k 6.0.0 overlay')).toMatchObject({ stdout: '', stderr: 'modinfo: ERROR: Module overlay not found.\n', exitCode: 1 });
    expect(await s.exec('modinfo')).toMatchObject({ stderr: 'modinfo: ERROR: missing module or filename.\n', exitCode: 1 });
    expect(await s.exec('modinfo -x overlay')).toMatchObject({ stdout: '', stderr: "modinfo: invalid option -- 'x'\n", exitCode: 1 });
  });

  it('answers --help with kmod 28’s help() and -V with the version', async () => {
    const s = await vm();
    const h = await s.exec('modinfo --help');
    expect(h).toMatchObject({ stderr: '', exitCode: 0 });
    expect(h.stdout).toMatch(/^Usage:\n\tmodinfo \[options\] filename \[args\]\nOptions:\n\t-a, --author                Print only 'author'\n/);
    expect(h.stdout).toContain("\t-0, --null                  Use \\0 instead of \\n\n");
    expect((await s.exec('modinfo -V')).stdout).toBe('kmod version 28\n+ZSTD +XZ +ZLIB +LIBCRYPTO -EXPERIMENTAL\n');
  });
});

describe('insmod', () => {
  it('needs root, loads no dependencies, and refuses a module already in the kernel', async () => {
    const s = await vm();
    const sys = s.world.host('default').sys!;
    expect(await s.exec(`insmod ${BRNF}`)).toMatchObject({ stderr: `insmod: ERROR: could not insert module ${BRNF}: Operation not permitted\n`, exitCode: 1 });
    expect(await s.exec(`sudo insmod ${BRNF}`)).toMatchObject({ stderr: `insmod: ERROR: could not insert module ${BRNF}: Unknown symbol in module\n`, exitCode: 1 });
    expect(sys.modules.has('br_netfilter')).toBe(false);
    await s.exec('sudo modprobe bridge');
    expect(await s.exec(`sudo insmod ${BRNF}`)).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(sys.modules.has('br_netfilter')).toBe(true);
    expect(await s.exec(`sudo insmod ${BRNF}`)).toMatchObject({ stderr: `insmod: ERROR: could not insert module ${BRNF}: File exists\n`, exitCode: 1 });
  });

  it('names a missing file, a file that is no module, stdin and no operand', async () => {
    const s = await vm();
    expect(await s.exec('insmod nosuch.ko')).toMatchObject({ stderr: 'insmod: ERROR: could not load module nosuch.ko: No such file or directory\n', exitCode: 1 });
    expect(await s.exec('sudo insmod /etc/hosts')).toMatchObject({ stderr: 'insmod: ERROR: could not insert module /etc/hosts: Invalid module format\n', exitCode: 1 });
    expect(await s.exec('insmod -')).toMatchObject({ stderr: 'insmod: ERROR: this tool does not support loading from stdin!\n', exitCode: 1 });
    expect(await s.exec('insmod')).toMatchObject({ stderr: 'insmod: ERROR: missing filename.\n', exitCode: 1 });
    expect((await s.exec('insmod --help')).stdout).toBe('Usage:\n\tinsmod [options] filename [args]\nOptions:\n\t-V, --version     show version\n\t-h, --help        show this help\n');
  });
});

describe('rmmod', () => {
  it('checks that the module is loaded and unheld before the kernel refuses a user', async () => {
    const s = await vm();
    const sys = s.world.host('default').sys!;
    await s.exec('sudo modprobe br_netfilter');
    expect(await s.exec('rmmod nosuchmod')).toMatchObject({ stderr: 'rmmod: ERROR: Module nosuchmod is not currently loaded\n', exitCode: 1 });
    expect(await s.exec('rmmod bridge')).toMatchObject({ stderr: 'rmmod: ERROR: Module bridge is in use by: br_netfilter\n', exitCode: 1 });
    expect(await s.exec('rmmod br_netfilter')).toMatchObject({ stderr: 'rmmod: ERROR: could not remove module br_netfilter: Operation not permitted\n', exitCode: 1 });
    // each operand in turn; no module it leaves unused goes with it
    expect(await s.exec('sudo rmmod br_netfilter bridge')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(sys.modules.has('bridge')).toBe(false);
    expect(sys.modules.has('stp')).toBe(true);
    expect(await s.exec('rmmod')).toMatchObject({ stderr: 'rmmod: ERROR: missing module name.\n', exitCode: 1 });
    expect(await s.exec('rmmod -w stp')).toMatchObject({ stderr: "rmmod: ERROR: unexpected getopt_long() value 'w'.\n", exitCode: 1 });
  });
});

describe('depmod', () => {
  it('writes quietly as root; a user gets one openat error per index and exit 0', async () => {
    const s = await vm();
    expect(await s.exec('sudo depmod -a')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    const r = await s.exec('depmod');
    expect(r.exitCode).toBe(0);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(new RegExp(`^depmod: ERROR: openat\\(${DIR.replace(/\./g, '\\.')}, modules\\.dep\\.\\d+\\.\\d+\\.\\d+, 301, 644\\): Permission denied$`));
    expect(lines[9]).toContain(', modules.devname.');
  });

  it('checks a forced version and finds no tree for another kernel', async () => {
    const s = await vm();
    expect(await s.exec('depmod foo')).toMatchObject({ stderr: 'depmod: ERROR: Bad version passed foo\n', exitCode: 1 });
    expect(await s.exec('sudo depmod 6.0.0')).toMatchObject({
      stderr: 'depmod: ERROR: could not open directory /lib/modules/6.0.0: No such file or directory\ndepmod: FATAL: could not search modules: No such file or directory\n',
      exitCode: 1,
    });
    expect((await s.exec('depmod -h')).stdout).toMatch(/^Usage:\n\tdepmod -\[aA\] \[options\] \[forced_version\]\n\nIf no arguments/);
  });
});
