// column, cal and hexdump of util-linux 2.37.4 on the Rocky guest: help from their sources, usage errors in
// util-linux's words, cal's highlighting of today only on a terminal, hexdump over bytes that are not UTF-8.
// Layouts are compared with the real tools in util-linux-text-golden.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
});

describe('column', () => {
  it('--help is 2.37.4 usage(); a bad option is getopt_long()\'s', async () => {
    const h = await s.exec('column --help');
    expect(h.stdout.startsWith('\nUsage:\n column [options] [<file>...]\n\nColumnate lists.\n')).toBe(true);
    expect(h.stdout.endsWith('For more details see column(1).\n')).toBe(true);
    expect(await s.exec('column -z')).toMatchObject({ stderr: "column: invalid option -- 'z'\nTry 'column --help' for more information.\n", exitCode: 1 });
  });

  it('-t lines up the cells of the ip/kubectl-style output a learner pipes into it', async () => {
    const r = await s.exec("printf 'NAME READY\\nnginx-7854ff8877-abcde 1/1\\n' | column -t");
    expect(r.stdout).toBe('NAME                    READY\nnginx-7854ff8877-abcde  1/1\n');
    const j = await s.exec("printf 'a:1\\nb:\\n' | column -s: -J -N key,value");
    expect(j.stdout).toBe('{\n   "table": [\n      {\n         "key": "a",\n         "value": "1"\n      },{\n         "key": "b",\n         "value": null\n      }\n   ]\n}\n');
  });

  it('fills columns to the terminal width when not piped, to 80 otherwise', async () => {
    const piped = await s.exec('seq 1 40 | column | head -1 | cat -A');
    expect(piped.stdout).toBe('1^I5^I9^I13^I17^I21^I25^I29^I33^I37$\n');
  });
});

describe('cal', () => {
  it('shows a month; today is in standout only on a terminal', async () => {
    const day = Number((await s.exec('date +%-d')).stdout);
    const tty = await s.exec('cal');
    expect(tty.stdout).toContain(`\x1b[7m${String(day).padStart(2)}\x1b[27m`);
    const piped = await s.exec('cal | cat');
    expect(piped.stdout).not.toContain('\x1b[');
    expect(piped.stdout.split('\n')[1]).toBe('Su Mo Tu We Th Fr Sa');
    expect((await s.exec('TERM=dumb cal')).stdout).not.toContain('\x1b[');
  });

  it('-3 spans the month, -m starts weeks on Monday, -j numbers the days of the year', async () => {
    expect((await s.exec('cal -3 1 2026')).stdout.split('\n')[0]).toBe('    December 2025         January 2026          February 2026   ');
    expect((await s.exec('cal -m 9 2026')).stdout.split('\n').slice(1, 3)).toEqual(['Mo Tu We Th Fr Sa Su', '    1  2  3  4  5  6']);
    expect((await s.exec('cal -j 12 2024')).stdout.split('\n')[2]).toBe('336 337 338 339 340 341 342');
  });

  it("errors in cal.c's words", async () => {
    expect(await s.exec('cal 13 2026')).toMatchObject({ stderr: 'cal: illegal month value: use 1-12\n', exitCode: 1 });
    expect(await s.exec('cal 1 2 3 4')).toMatchObject({ stderr: "cal: bad usage\nTry 'cal --help' for more information.\n", exitCode: 1 });
    expect((await s.exec('cal --help')).stdout).toContain(' -3, --three           show three months spanning the date\n');
  });
});

describe('hexdump', () => {
  it('-C shows the bytes of a file, including bytes that are not UTF-8', async () => {
    await s.exec("printf 'ok\\377\\n' > b.bin");
    expect((await s.exec('hexdump -C b.bin')).stdout).toBe('00000000  6f 6b ff 0a                                       |ok..|\n00000004\n');
    expect((await s.exec('printf héllo | hexdump -C')).stdout).toBe('00000000  68 c3 a9 6c 6c 6f                                 |h..llo|\n00000006\n');
  });

  it('squeezes repeated lines into * unless -v', async () => {
    await s.exec("for i in $(seq 64); do printf '\\0'; done > z.bin");
    expect((await s.exec('hexdump z.bin')).stdout).toBe('0000000 0000 0000 0000 0000 0000 0000 0000 0000\n*\n0000040\n');
    expect((await s.exec('hexdump -v z.bin')).stdout.split('\n').length).toBe(6);
  });

  it('bad formats are reported as hexdump-parse.c does', async () => {
    expect(await s.exec("hexdump -e '\"%z\"' b.bin")).toMatchObject({ stderr: 'hexdump: bad conversion character %z\n', exitCode: 1 });
    expect(await s.exec('hexdump nothere')).toMatchObject({ stderr: 'hexdump: nothere: No such file or directory\n', exitCode: 1 });
  });
});

describe('getopt, namei, rename, look, colrm', () => {
  it('getopt normalises a script\'s options the way a bash script reads them with eval set --', async () => {
    const r = await s.exec("set -- $(getopt -o n:v -l name:,verbose -- -v --name web app); echo \"$@\"");
    expect(r.stdout).toBe("-v --name 'web' -- 'app'\n");
    expect(await s.exec('getopt -o a -- -z')).toMatchObject({ stdout: ' --\n', stderr: "getopt: invalid option -- 'z'\n", exitCode: 1 });
    expect((await s.exec('getopt --help')).stdout).toContain(' -o, --options <optstring>     the short options to be recognized\n');
  });

  it('namei walks a path through a symbolic link', async () => {
    await s.exec('mkdir -p nm/real && touch nm/real/f && ln -s real nm/ln');
    expect((await s.exec('namei nm/ln/f')).stdout).toBe('f: nm/ln/f\n d nm\n l ln -> real\n   d real\n - f\n');
    expect(await s.exec('namei nm/none')).toMatchObject({ stdout: 'f: nm/none\n d nm\n   none - No such file or directory\n', exitCode: 1 });
  });

  it('rename changes the first match in each name; look finds sorted lines; colrm cuts columns', async () => {
    await s.exec('mkdir rn && cd rn && touch pod-1.yaml pod-2.yaml');
    expect(await s.exec('rename -v pod deploy *.yaml')).toMatchObject({ stdout: "`pod-1.yaml' -> `deploy-1.yaml'\n`pod-2.yaml' -> `deploy-2.yaml'\n", exitCode: 0 });
    expect((await s.exec('ls | cat; cd ..')).stdout).toBe('deploy-1.yaml\ndeploy-2.yaml\n');
    expect((await s.exec("printf 'apple\\napricot\\nbanana\\n' > w; look ap w")).stdout).toBe('apple\napricot\n');
    expect(await s.exec('look kube')).toMatchObject({ stderr: 'look: /usr/share/dict/words: No such file or directory\n', exitCode: 1 });
    expect((await s.exec("echo 0123456789 | colrm 3 6")).stdout).toBe('016789\n');
  });
});

describe('logger', () => {
  it('writes to the journal that journalctl reads, with the tag and priority asked for', async () => {
    expect(await s.exec('logger -t prep -p daemon.warning swap is off')).toMatchObject({ output: '', exitCode: 0 });
    const j = await s.exec('journalctl -t prep --no-pager -o cat');
    expect(j.stdout).toBe('swap is off\n');
    expect((await s.exec('journalctl -t prep --no-pager -o json')).stdout).toMatch(/"PRIORITY":"4","SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"prep".*"_TRANSPORT":"syslog"/);
    await s.exec('logger plain message');
    expect((await s.exec('journalctl -n 1 --no-pager')).stdout).toMatch(/ vagrant\[\d+\]: plain message\n$/);
    expect(await s.exec('logger -p user.loud x')).toMatchObject({ stderr: 'logger: unknown priority name: loud\n', exitCode: 1 });
    expect((await s.exec('logger -s -t t2 -i hello')).stderr).toMatch(/^<13>\w{3} [ \d]\d \d\d:\d\d:\d\d t2\[\d+\]: hello\n$/);
  });
});
