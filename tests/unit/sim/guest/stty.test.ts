// stty on the session's terminal, against a real pty: the expected text was printed by GNU stty (9.1, whose tables
// and display code are 8.32's) on a pty made by script(1), 100 columns wide, for the same lines typed in turn.
import { describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { plain } from '../plain';

const LINES = ['stty -echo', 'stty', 'stty raw', 'stty', 'stty sane', 'stty', 'stty intr ^X erase ^H', 'stty', 'stty -g', 'stty rows 50 cols 100', 'stty size', 'stty -a'];
const REAL = "speed 38400 baud; line = 0;\n-brkint -imaxbel\n-echo\nspeed 38400 baud; line = 0;\nmin = 1; time = 0;\n-brkint -icrnl -imaxbel\n-opost\n-isig -icanon -echo\nspeed 38400 baud; line = 0;\nspeed 38400 baud; line = 0;\nintr = ^X; erase = ^H;\n2102:5:bf:8a3b:18:1c:8:15:4:0:1:0:11:13:1a:0:12:f:17:16:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0\n50 100\nspeed 38400 baud; rows 50; columns 100; line = 0;\nintr = ^X; quit = ^\\; erase = ^H; kill = ^U; eof = ^D; eol = <undef>; eol2 = <undef>;\nswtch = <undef>; start = ^Q; stop = ^S; susp = ^Z; rprnt = ^R; werase = ^W; lnext = ^V; discard = ^O;\nmin = 1; time = 0;\n-parenb -parodd -cmspar cs8 -hupcl -cstopb cread -clocal -crtscts\n-ignbrk brkint -ignpar -parmrk -inpck -istrip -inlcr -igncr icrnl -ixon -ixoff -iuclc -ixany imaxbel\n-iutf8\nopost -olcuc -ocrnl onlcr -onocr -onlret -ofill -ofdel nl0 cr0 tab0 bs0 vt0 ff0\nisig icanon iexten echo echoe echok -echonl -noflsh -xcase -tostop -echoprt echoctl echoke -flusho\n-extproc\n";

describe('stty', () => {
  it('shows and changes the settings as a pty does', async () => {
    await loadGuest();
    const s = await createSession({ lab: 'vm', seed: 3 });
    s.resize(100, 24);
    let out = '';
    for (const line of LINES) out += (await s.exec(line)).output;
    expect(out).toBe(REAL);
  });
  it('a new session starts with a pty\'s settings and the terminal\'s size', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    s.resize(120, 40);
    expect((await s.exec('stty size')).stdout).toBe('40 120\n');
    expect((await s.exec('stty')).stdout).toBe('speed 38400 baud; line = 0;\n-brkint -imaxbel\n');
    expect((await s.exec('stty size | cat')).stdout).toBe('40 120\n');
    expect(await s.exec('stty -echo < /etc/hosts')).toMatchObject({ stderr: "stty: 'standard input': Inappropriate ioctl for device\n", exitCode: 1 });
  });
  it('-echo keeps what a program reads from being echoed, until echo or sane turns it back on', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    expect((await s.exec('read x; echo got $x', { answers: ['abc'] })).output).toBe('abc\ngot abc\n');
    await s.exec('stty -echo');
    // the typed answer is not shown (the Enter's new line still is: the front end moves to the next line)
    expect((await s.exec('read x; echo got $x', { answers: ['abc'] })).output).toBe('\ngot abc\n');
    expect(plain((await s.exec('stty -a | grep -o -- "-echo "')).stdout)).toBe('-echo \n');
    await s.exec('stty sane');
    expect((await s.exec('read x; echo got $x', { answers: ['abc'] })).output).toBe('abc\ngot abc\n');
  });
});
