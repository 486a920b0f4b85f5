// modprobe and lsmod of kmod 28 on their specs: the help of tools/modprobe.c (written by
// scripts/golden/kmod-specs.ts), getopt's line alone on a bad option, kmod's FATAL/ERROR messages, the modules a
// load brings in and an unload takes away, and lsmod's table newest first with each module's holders.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { plain } from '../plain';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });
const DIR = '/lib/modules/5.14.0-503.14.1.el9_5.x86_64';

describe('modprobe', () => {
  it('answers --help and -h with kmod 28’s help, -V with the version and the build’s features', async () => {
    const s = await vm();
    const h = await s.exec('modprobe --help');
    expect(h).toMatchObject({ stderr: '', exitCode: 0 });
    expect(h.stdout).toMatch(/^Usage:\n\tmodprobe \[options\] \[-i\] \[-b\] modulename\n\tmodprobe \[options\] -a \[-i\] \[-b\] modulename \[modulename\.\.\.\]\n/);
    expect(h.stdout).toContain('\nManagement Options:\n\t-a, --all                   Consider every non-argument to\n');
    expect(h.stdout).toMatch(/\t-V, --version               show version\n\t-h, --help                  show this help\n$/);
    expect((await s.exec('modprobe -h')).stdout).toBe(h.stdout);
    expect(await s.exec('modprobe -V')).toMatchObject({ stdout: 'kmod version 28\n+ZSTD +XZ +ZLIB +LIBCRYPTO -EXPERIMENTAL\n', exitCode: 0 });
    expect((await s.exec('modprobe --version')).stdout).toBe('kmod version 28\n+ZSTD +XZ +ZLIB +LIBCRYPTO -EXPERIMENTAL\n');
  });

  it('prints getopt’s line alone for a bad option, exit 1; no module is a missing parameter', async () => {
    const s = await vm();
    expect(await s.exec('modprobe --bogus')).toMatchObject({ stdout: '', stderr: "modprobe: unrecognized option '--bogus'\n", exitCode: 1 });
    expect(await s.exec('modprobe -j overlay')).toMatchObject({ stderr: "modprobe: invalid option -- 'j'\n", exitCode: 1 });
    expect(await s.exec('modprobe -S')).toMatchObject({ stderr: "modprobe: option requires an argument -- 'S'\n", exitCode: 1 });
    expect(await s.exec('modprobe --sho overlay')).toMatchObject({ exitCode: 1 });
    expect((await s.exec('modprobe --sho overlay')).stderr).toMatch(/^modprobe: option '--sho' is ambiguous; possibilities: '--show-depends' '--showconfig' '--show-config'/);
    expect(await s.exec('modprobe')).toMatchObject({ stderr: 'modprobe: ERROR: missing parameters. See -h.\n', exitCode: 1 });
    expect(await s.exec('sudo modprobe -q')).toMatchObject({ stderr: 'modprobe: ERROR: missing parameters. See -h.\n', exitCode: 1 });
  });

  it('loads a module after what it needs; a user may not, and an unknown module is FATAL', async () => {
    const s = await vm();
    const sys = s.world.host('default').sys!;
    expect(await s.exec('modprobe br_netfilter')).toMatchObject({ stderr: "modprobe: ERROR: could not insert 'br_netfilter': Operation not permitted\n", exitCode: 1 });
    expect(await s.exec('modprobe nosuchmod')).toMatchObject({ stderr: `modprobe: FATAL: Module nosuchmod not found in directory ${DIR}\n`, exitCode: 1 });
    expect(await s.exec('sudo modprobe -q nosuchmod')).toMatchObject({ stderr: '', exitCode: 1 });
    expect(await s.exec('sudo modprobe -S 6.0.0 nosuchmod')).toMatchObject({ stderr: 'modprobe: FATAL: Module nosuchmod not found in directory /lib/modules/6.0.0\n' });
    expect(await s.exec('sudo modprobe br_netfilter')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect([...sys.modules].slice(-4)).toEqual(['llc', 'stp', 'bridge', 'br_netfilter']);
    // already loaded: nothing to do, for a user too; --first-time refuses
    expect(await s.exec('modprobe br-netfilter')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(await s.exec('sudo modprobe --first-time br_netfilter')).toMatchObject({ stderr: "modprobe: ERROR: could not insert 'br_netfilter': Module already in kernel\n", exitCode: 1 });
    // -a: every operand a module, a missing one only a warning
    expect(await s.exec('sudo modprobe -a overlay nosuchmod')).toMatchObject({ stderr: `modprobe: WARNING: Module nosuchmod not found in directory ${DIR}\n`, exitCode: 1 });
    expect(sys.modules.has('overlay')).toBe(true);
  });

  it('-r refuses a module in use, removes one with what it leaves unused, and is quiet about one not loaded', async () => {
    const s = await vm();
    const sys = s.world.host('default').sys!;
    await s.exec('sudo modprobe br_netfilter');
    expect(await s.exec('sudo modprobe -r bridge')).toMatchObject({ stderr: 'modprobe: FATAL: Module bridge is in use.\n', exitCode: 1 });
    expect(await s.exec('modprobe -r br_netfilter')).toMatchObject({ stderr: "modprobe: ERROR: could not remove 'br_netfilter': Operation not permitted\n", exitCode: 1 });
    expect(await s.exec('sudo modprobe -r br_netfilter')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(['br_netfilter', 'bridge', 'stp', 'llc'].some((m) => sys.modules.has(m))).toBe(false);
    expect(await s.exec('sudo modprobe -r overlay')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(await s.exec('sudo modprobe -r --first-time overlay')).toMatchObject({ stderr: 'modprobe: FATAL: Module overlay is not in kernel.\n', exitCode: 1 });
    expect(await s.exec('sudo modprobe -r nosuchmod')).toMatchObject({ stderr: 'modprobe: FATAL: Module nosuchmod not found.\n', exitCode: 1 });
  });
});

describe('modprobe -v, -n and -D', () => {
  it('shows each insmod and rmmod it does, every insmod of the chain with -D, and nothing with -n alone', async () => {
    const s = await vm();
    const K = `${DIR}/kernel`;
    expect(await s.exec('sudo modprobe -D br_netfilter')).toMatchObject({
      stdout: `insmod ${K}/net/llc/llc.ko.xz \ninsmod ${K}/net/802/stp.ko.xz \ninsmod ${K}/net/bridge/bridge.ko.xz \ninsmod ${K}/net/bridge/br_netfilter.ko.xz \n`,
      exitCode: 0,
    });
    expect(await s.exec('modprobe -n br_netfilter')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(await s.exec('modprobe -v br_netfilter')).toMatchObject({ stdout: `insmod ${K}/net/llc/llc.ko.xz \n`, stderr: "modprobe: ERROR: could not insert 'br_netfilter': Operation not permitted\n", exitCode: 1 });
    await s.exec('sudo modprobe stp');
    expect((await s.exec('sudo modprobe -v br_netfilter')).stdout).toBe(`insmod ${K}/net/bridge/bridge.ko.xz \ninsmod ${K}/net/bridge/br_netfilter.ko.xz \n`);
    expect((await s.exec('sudo modprobe -v br_netfilter')).stdout).toBe('');
    expect((await s.exec('sudo modprobe -rv br_netfilter')).stdout).toBe('rmmod br_netfilter\nrmmod bridge\nrmmod stp\nrmmod llc\n');
  });
});

describe('modprobe Tab', () => {
  it('offers the module names modprobe can find', async () => {
    const s = await vm();
    expect(s.complete('modprobe br_').candidates).toEqual(['br_netfilter']);
    expect(s.complete('modprobe ove').candidates).toEqual(['overlay']);
  });
});

describe('lsmod', () => {
  it('lists the modules newest first with their size, use count and holders', async () => {
    const s = await vm();
    await s.exec('sudo modprobe overlay; sudo modprobe br_netfilter');
    const r = await s.exec('lsmod');
    expect(r.stdout.split('\n').slice(0, 6).join('\n')).toBe(
      'Module                  Size  Used by\nbr_netfilter           36864  0\nbridge                405504  1 br_netfilter\nstp                    16384  1 bridge\nllc                    16384  2 bridge,stp\noverlay               229376  0',
    );
    expect(plain((await s.exec('lsmod | grep br_netfilter')).stdout)).toBe('br_netfilter           36864  0\nbridge                405504  1 br_netfilter\n');
    // modules the box loads at boot, with what holds them
    expect(plain((await s.exec('lsmod | grep -e ^libcrc32c -e ^nfnetlink')).stdout)).toMatch(/^nfnetlink +\d+  1 nf_tables\nlibcrc32c +\d+  1 xfs\n$/);
    expect(plain((await s.exec('grep -e ^bridge -e ^br_ /proc/modules')).stdout)).toBe('br_netfilter 36864 0 - Live 0x0000000000000000\nbridge 405504 1 br_netfilter, Live 0x0000000000000000\n');
  });

  it('takes no arguments: any word, --help too, gets its usage on stderr, exit 1', async () => {
    const s = await vm();
    expect(await s.exec('lsmod --help')).toMatchObject({ stdout: '', stderr: 'Usage: lsmod\n', exitCode: 1 });
    expect(await s.exec('lsmod overlay')).toMatchObject({ stdout: '', stderr: 'Usage: lsmod\n', exitCode: 1 });
  });
});
