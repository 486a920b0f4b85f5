// nmtui of NetworkManager 1.48.10 (src/nmtui/nmtui.c): GOption's help and errors (recorded from GLib with nmtui's
// hidden entries), the NetworkManager check and usage() for an unknown subprogram.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });
const HELP = 'Usage:\n  nmtui [OPTION…]\n\nHelp Options:\n  -h, --help       Show help options\n\n';

describe('nmtui', () => {
  it('prints GOption help for -h, --help, --help-all and -?', async () => {
    const s = await vm();
    for (const w of ['-h', '--help', '--help-all', '-?', '-hx', 'edit --help']) expect(await s.exec(`nmtui ${w}`)).toMatchObject({ stdout: HELP, exitCode: 0 });
  });

  it('rejects unknown options as GOption words them', async () => {
    const s = await vm();
    expect(await s.exec('nmtui --bogus')).toMatchObject({ stderr: 'nmtui: Could not parse arguments: Unknown option --bogus\n', exitCode: 1 });
    expect(await s.exec('nmtui -xh')).toMatchObject({ stderr: 'nmtui: Could not parse arguments: Unknown option -xh\n', exitCode: 1 });
    expect(await s.exec('/usr/bin/nmtui --he')).toMatchObject({ stderr: '/usr/bin/nmtui: Could not parse arguments: Unknown option --he\n', exitCode: 1 });
  });

  it('prints usage() for an unknown subprogram and checks NetworkManager', async () => {
    const s = await vm();
    expect(await s.exec('nmtui bogus')).toMatchObject({ stderr: 'Usage: nmtui\n       nmtui edit [connection]\n       nmtui connect [connection]\n       nmtui hostname [new hostname]\n       nmtui radio [radio]\n', exitCode: 1 });
    await s.exec('sudo systemctl stop NetworkManager');
    expect(await s.exec('nmtui edit')).toMatchObject({ stderr: 'NetworkManager is not running.\n', exitCode: 1 });
  });
});
