// crontab of cronie 1.5.7: the messages of src/crontab.c and the syntax check of check_syntax()/load_entry() (entry.c's
// ecodes), over the user's table in /var/spool/cron. Debian's crontab is another program (vixie cron), so nothing
// here is recorded from this machine.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { usage } from '../../../../src/sim/commands/cronie/crontab/help';

beforeAll(async () => {
  await loadGuest();
});

describe('crontab', () => {
  it('a new user has no crontab; one installed from a file is listed and removed', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    let r = await s.exec('crontab -l');
    expect([r.stderr, r.exitCode]).toEqual(['no crontab for vagrant\n', 1]);
    await s.exec('echo "*/5 * * * * /usr/bin/date >> /tmp/d.log" > my.cron');
    r = await s.exec('crontab my.cron');
    expect([r.output, r.exitCode]).toEqual(['', 0]);
    expect((await s.exec('crontab -l')).stdout).toBe('*/5 * * * * /usr/bin/date >> /tmp/d.log\n');
    expect((await s.exec('sudo cat /var/spool/cron/vagrant')).stdout).toBe('*/5 * * * * /usr/bin/date >> /tmp/d.log\n');
    expect((await s.exec('crontab -r')).exitCode).toBe(0);
    r = await s.exec('crontab -r');
    expect([r.stderr, r.exitCode]).toEqual(['no crontab for vagrant\n', 1]);
  });

  it('refuses a table with a bad field, naming the file and line as check_error() does', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('printf "# jobs\\nMAILTO=\\"\\"\\n61 * * * * true\\n" > bad.cron');
    let r = await s.exec('crontab bad.cron');
    expect([r.stderr, r.exitCode]).toEqual(['"bad.cron":3: bad minute\nInvalid crontab file, can\'t install.\n', 1]);
    r = await s.exec('echo "@often true" | crontab -');
    expect(r.stderr).toBe('"-":1: bad time specifier\nInvalid crontab file, can\'t install.\n');
    r = await s.exec('printf "0 3 * * mon-fri" | crontab -T -');
    expect(r.stderr).toBe('"-":1: premature EOF\nInvalid crontab file. Syntax issues were found.\n');
    r = await s.exec('echo "0 3 * jan,jul mon-fri /bin/backup" | crontab -T -');
    expect([r.stderr, r.exitCode]).toEqual(['No syntax issues were found in the crontab file.\n', 0]);
  });

  it('usage errors print usage() to stderr with status 1; -u is root’s', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    let r = await s.exec('crontab --help');
    expect([r.stderr, r.exitCode]).toEqual([`crontab: invalid option -- '-'\ncrontab: usage error: unrecognized option\n${usage}`, 1]);
    r = await s.exec('crontab -l -r');
    expect(r.stderr).toBe(`crontab: usage error: only one operation permitted\n${usage}`);
    r = await s.exec('crontab -l -u root');
    expect([r.stderr, r.exitCode]).toEqual(['must be privileged to use -u\n', 1]);
    r = await s.exec('sudo crontab -u nobody1 -l');
    expect(r.stderr).toBe("crontab:  user `nobody1' unknown\n");
    expect((await s.exec('crontab -V')).stdout).toBe('cronie 1.5.7\n');
  });

  it('-e edits a copy in /tmp/crontab.XXXXXX in the editor pane and installs it once saved', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const opened: { hostId: string; path: string; content: string }[] = [];
    s.on('edit', (e) => opened.push(e));
    let out = '';
    s.on('output', (c) => (out += c.text));
    expect((await s.exec('crontab -e')).exitCode).toBeNull();
    expect(out).toBe('no crontab for vagrant - using an empty one\n');
    expect(opened[0].path).toMatch(/^\/tmp\/crontab\.[A-Za-z0-9]{6}$/);
    expect(s.saveFile(opened[0].hostId, opened[0].path, '0 2 * * * /usr/bin/true\n')).toBe(true);
    await s.advance(1_000);
    expect(s.busy).toBe(false);
    expect(out).toContain('crontab: installing new crontab\n');
    expect((await s.exec('crontab -l')).stdout).toBe('0 2 * * * /usr/bin/true\n');
    // closed unsaved: nothing changes
    out = '';
    await s.exec('crontab -e');
    s.closeFile(opened[1].hostId, opened[1].path);
    await s.advance(1_000);
    expect(out).toBe('crontab: no changes made to crontab\n');
    expect((await s.exec('ls /tmp | grep -c crontab')).stdout).toBe('0\n');
  });

  it('-n sets the cluster host in /var/spool/cron/.cron.hostname (root only); -c prints it', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    let r = await s.exec('crontab -c');
    expect([r.stderr, r.exitCode]).toEqual(['File /var/spool/cron/.cron.hostname not found\n', 1]);
    r = await s.exec('crontab -n node1');
    expect([r.stderr, r.exitCode]).toEqual(['must be privileged to set host with -n\n', 1]);
    expect((await s.exec('sudo crontab -n')).exitCode).toBe(0);
    const me = (await s.exec('hostname')).stdout;
    expect((await s.exec('crontab -c')).stdout).toBe(me);
    expect((await s.exec('sudo crontab -n node1.example.com')).exitCode).toBe(0);
    expect((await s.exec('sudo cat /var/spool/cron/.cron.hostname')).stdout).toBe('node1.example.com\n');
    expect((await s.exec('sudo stat -c %a /var/spool/cron/.cron.hostname')).stdout).toBe('600\n');
    expect((await s.exec('crontab -c')).stdout).toBe('node1.example.com\n');
    r = await s.exec('sudo crontab -u vagrant -c');
    expect([r.stderr, r.exitCode]).toEqual(['cannot use -u with -n or -c\n', 1]);
    r = await s.exec('sudo crontab -c -u vagrant');
    expect([r.stderr, r.exitCode]).toEqual(['cannot use -u with -n, -c or -T\n', 1]);
    r = await s.exec('sudo crontab -n a b');
    expect(r.stderr).toBe(`crontab: usage error: no arguments permitted after this option\n${usage}`);
  });
});
