// base64 (coreutils 8.32's basenc.c built with BASE_TYPE 64) and printenv on the spec: help and usage errors
// read from 8.32's sources by scripts/golden/gnu-specs.ts, and what they do.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 7 });
});

describe('base64', () => {
  it('--help is base64 of basenc.c, not basenc', async () => {
    const h = await s.exec('base64 --help');
    expect(h.stdout).toMatch(/^Usage: base64 \[OPTION\]\.\.\. \[FILE\]\nBase64 encode or decode FILE, or standard input, to standard output\.\n/);
    expect(h.stdout).not.toContain('--base32');
    expect((await s.exec('base64 --version')).stdout).toMatch(/^base64 \(GNU coreutils\) 8\.32\n[\s\S]*Written by Simon Josefsson\.\n$/);
  });
  it('usage errors in getopt and coreutils words', async () => {
    expect(await s.exec('base64 --bogus')).toMatchObject({ stderr: "base64: unrecognized option '--bogus'\nTry 'base64 --help' for more information.\n", exitCode: 1 });
    expect(await s.exec('base64 a b')).toMatchObject({ stderr: "base64: extra operand ‘b’\nTry 'base64 --help' for more information.\n", exitCode: 1 });
    expect((await s.exec('base64 --w')).stderr).toBe("base64: option '--wrap' requires an argument\nTry 'base64 --help' for more information.\n");
  });
  it('encodes and decodes (unique prefixes of long options too)', async () => {
    expect((await s.exec('echo -n admin | base64')).stdout).toBe('YWRtaW4=\n');
    expect((await s.exec('echo YWRtaW4= | base64 --dec')).stdout).toBe('admin');
  });
});

describe('printenv', () => {
  it('has its own help, not env\'s', async () => {
    expect((await s.exec('printenv --help')).stdout).toMatch(/^Usage: printenv \[OPTION\]\.\.\. \[VARIABLE\]\.\.\.\nPrint the values of the specified environment VARIABLE\(s\)\./);
  });
  it('prints values; a missing one makes the status 1', async () => {
    expect(await s.exec('printenv HOME')).toMatchObject({ stdout: '/home/vagrant\n', exitCode: 0 });
    expect(await s.exec('printenv HOME NOPE_X')).toMatchObject({ stdout: '/home/vagrant\n', exitCode: 1 });
    expect((await s.exec('printenv')).stdout).toMatch(/^HOME=\/home\/vagrant$/m);
    expect(await s.exec('printenv --bogus')).toMatchObject({ stderr: "printenv: unrecognized option '--bogus'\nTry 'printenv --help' for more information.\n", exitCode: 2 });
  });
});
