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

  it('draws the main menu of nmtui_main() full-screen and moves with newt\'s keys; Esc and Quit leave it', async () => {
    const s = await vm();
    s.resize(80, 24);
    let out = '';
    s.on('output', ({ text }) => (out += text));
    await s.submit('nmtui');
    expect(s.wantsKey).toBe(true);
    const plain = () => out.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    // content 23 x 10 at ((80 - 23) / 2, (24 - 10) / 2) = (28, 7); the box one cell around it, the title centred
    let rows = plain();
    expect(rows[6].slice(27, 54)).toBe('┌─┤ NetworkManager TUI ├──┐');
    expect(rows[8].slice(29, 52)).toBe('Please select an option');
    expect(rows.slice(10, 16).map((r) => r.slice(29, 52).trimEnd())).toEqual(['Edit a connection', 'Activate a connection', 'Set system hostname', 'Radio', '', 'Quit']);
    expect(rows[17].slice(48, 52)).toBe('<OK>');
    // the current entry in the active listbox colours (lightgray on red), over the listbox's width
    expect(out).toContain('\x1b[37;41mEdit a connection      \x1b[0m');
    // Down past Radio skips the empty entry to Quit; a letter jumps; Tab moves to <OK>
    for (const k of ['\x1b[B', '\x1b[B', '\x1b[B']) await s.pressKey(k);
    out = '';
    await s.pressKey('\x1b[B');
    expect(out).toContain('\x1b[37;41mQuit                   \x1b[0m');
    out = '';
    await s.pressKey('a');
    expect(out).toContain('\x1b[37;41mActivate a connection  \x1b[0m');
    out = '';
    await s.pressKey('\t');
    expect(out).toContain('\x1b[37;44mActivate a connection  \x1b[0m');
    expect(out).toContain('\x1b[37;41m<OK>');
    await s.pressKey('\x1b');
    expect(s.busy).toBe(false);
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
    await s.submit('nmtui');
    await s.pressKey('q');
    await s.pressKey('\n');
    expect(s.busy).toBe(false);
  });

  it('nmtui radio and the menu\'s Radio: the radio switches form, its toggles switching NetworkManager\'s radios', async () => {
    const s = await vm();
    s.resize(80, 24);
    let out = '';
    s.on('output', ({ text }) => (out += text));
    await s.submit('sudo nmtui radio');
    expect(s.wantsKey).toBe(true);
    const rows = () => out.slice(out.lastIndexOf('\x1b[') >= 0 ? 0 : 0).replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(-24);
    // content 9 + 8 + 12 + 10 wide, 7 high, at ((80 - 39) / 2, (24 - 7) / 2) = (20, 8); the title centred on the box
    let r = rows();
    expect(r[7].slice(19, 62)).toBe('┌────┤ Set the radio switches status ├────┐');
    expect(r[9].slice(21, 26)).toBe('Wi-Fi');
    expect(r[10].slice(21, 60)).toBe('Hardware: Missing   Software: <Enabled>');
    expect(r[12].slice(21, 25)).toBe('WWAN');
    expect(r[15].slice(54, 60)).toBe('<Back>');
    // the focused toggle in the button colours; Enter flips it and NetworkManager's Wi-Fi switch
    expect(out).toContain('\x1b[37;41m<Enabled>');
    out = '';
    await s.pressKey('\n');
    r = rows();
    expect(r[10].slice(21, 61)).toBe('Hardware: Missing   Software: <Disabled>');
    await s.pressKey('\x1b');
    expect(s.busy).toBe(false);
    expect((await s.exec('nmcli radio wifi')).stdout).toBe('disabled\n');
    // from the main menu: Radio opens the form, Back returns to the menu
    await s.submit('nmtui');
    await s.pressKey('r');
    await s.pressKey('\n');
    out = '';
    await s.pressKey('\t');
    await s.pressKey('\t');
    await s.pressKey(' ');
    expect(s.busy).toBe(true);
    expect(out.replace(/\x1b\[[0-9;]*m/g, '')).toContain('NetworkManager TUI');
    await s.pressKey('\x1b');
    expect(s.busy).toBe(false);
  });

  it('nmtui hostname asks in the "Set Hostname" form, saves the name and says so in newt\'s message window', async () => {
    const s = await vm();
    s.resize(80, 24);
    let out = '';
    s.on('output', ({ text }) => (out += text));
    const rows = () => out.replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(-24);
    const host = s.world.host('default').hostname;
    await s.submit('sudo nmtui hostname');
    // content 8 + 41 wide, 3 high, at ((80 - 49) / 2, (24 - 3) / 2) = (15, 10)
    let r = rows();
    expect(r[9].slice(14, 67)).toBe(`┌${'─'.repeat(17)}┤ Set Hostname ├${'─'.repeat(18)}┐`);
    expect(r[11].slice(16, 65)).toBe('Hostname ' + (host + '_'.repeat(40)).slice(0, 40));
    expect(r[13].slice(52, 65)).toBe('<Cancel> <OK>');
    // ^U clears the entry; the name typed, Enter takes it
    await s.pressKey('\x15');
    for (const ch of 'lab1') await s.pressKey(ch);
    out = '';
    await s.pressKey('\n');
    r = rows();
    // newtWinMessage: the text reflowed to 30 columns, a full OK button centred two rows below, no title
    expect(r[9].slice(25, 55)).toBe("Set hostname to 'lab1'        ");
    expect(r[11].slice(36, 42)).toBe('┌────┐');
    expect(r[12].slice(36, 42)).toBe('│ OK │');
    expect(r[13].slice(36, 42)).toBe('└────┘');
    await s.pressKey('\n');
    expect(s.busy).toBe(false);
    expect((await s.exec('hostname')).stdout).toBe('lab1\n');
    // a name given is saved at once; a user is refused
    out = '';
    await s.submit('nmtui hostname other');
    // reflowed: 36 columns wrap with the least badness (doReflow), the text over two rows
    const m = rows();
    expect(m.some((l) => l.includes('Unable to set hostname: Insufficient'))).toBe(true);
    expect(m.some((l) => l.includes('privileges                          '))).toBe(true);
    await s.pressKey(' ');
    expect(s.busy).toBe(false);
    expect((await s.exec('hostname')).stdout).toBe('lab1\n');
  });
});
