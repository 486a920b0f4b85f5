// journalctl 252's boots and output modes (v252-46 of redhat-plumbers/systemd-rhel9): -b's descriptor
// (src/journal/journalctl.c parse_boot_descriptor() lines 253-290, parse_argv() 637-660), add_boot()'s error (lines
// 1463-1470), --list-boots (list_boots() 1393-1437 with src/shared/format-table.c), --disk-usage (2313), the
// "-- Boot ID --" separator (2631-2634) and -o's implied -q (562-563); the modes are src/shared/logs-show.c
// (output_timestamp_monotonic() 320, output_timestamp_realtime() 363, output_verbose() 659, output_export() 761,
// output_json() 1004) with src/shared/json.c's formatting (" : " and a tab per level when pretty, line 1726).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });
const rebooted = async () => {
  const s = await vm();
  await s.exec('sudo reboot');
  await s.exec('vagrant ssh');
  return s;
};

describe('journalctl boots', () => {
  it('one boot: -b -1 (the offset as its own word) is not in the journal', async () => {
    const s = await vm();
    // journalctl.c:1466 "Data from the specified boot (%+i) is not available: %s", reason "No such boot ID in journal"
    expect(await s.exec('journalctl -b -1')).toMatchObject({ stdout: '', stderr: 'Data from the specified boot (-1) is not available: No such boot ID in journal\n', exitCode: 1 });
    expect((await s.exec('journalctl -b 2')).stderr).toBe('Data from the specified boot (+2) is not available: No such boot ID in journal\n');
    // journalctl.c:643-645: an attached word that does not parse
    expect(await s.exec('journalctl --boot=bogus')).toMatchObject({ stderr: "Failed to parse boot descriptor 'bogus'\n", exitCode: 1 });
    // a following word that does not parse is left as a match
    expect(await s.exec('journalctl -b bogus')).toMatchObject({ stderr: "Failed to add match 'bogus': Invalid argument\n", exitCode: 1 });
  });

  it('--list-boots: IDX right-aligned, upper-case headings, format_timestamp() times, no trailing blanks', async () => {
    const s = await rebooted();
    const r = await s.exec('journalctl --list-boots');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('IDX BOOT ID                          FIRST ENTRY                 LAST ENTRY');
    expect(lines[1]).toMatch(/^ -1 [0-9a-f]{32} \w{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \w{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
    expect(lines[2]).toMatch(/^  0 [0-9a-f]{32} /);
    expect(lines).toHaveLength(4);
    // -r reverses the table (table_set_reverse); -o json prints it as JSON with the "index" column name
    expect((await s.exec('journalctl --list-boots -r')).stdout.split('\n')[1]).toMatch(/^  0 /);
    // table_print_with_pager(..., !arg_quiet): -q prints no heading
    expect((await s.exec('journalctl --list-boots -q')).stdout.split('\n')[0]).toMatch(/^ -1 [0-9a-f]{32} /);
    expect((await s.exec('journalctl --list-boots -o json')).stdout).toMatch(/^\[\{"index":-1,"boot_id":"[0-9a-f]{32}","first_entry":\d+,"last_entry":\d+\},\{"index":0,/);
  });

  it('-b -1, -b 1 and the boot ID pick the earlier boot; "-- Boot ID --" separates boots', async () => {
    const s = await rebooted();
    const ids = (await s.exec('journalctl --list-boots')).stdout.split('\n').slice(1, 3).map((l) => l.split(' ').filter(Boolean)[1]);
    const prev = (await s.exec('journalctl -b -1 -o cat')).stdout;
    expect(prev).toMatch(/^Linux version /);
    expect((await s.exec('journalctl -b 1 -o cat')).stdout).toBe(prev);
    expect((await s.exec(`journalctl -b ${ids[0]} -o cat`)).stdout).toBe(prev);
    expect((await s.exec(`journalctl -b ${ids[1]}-1 -o cat`)).stdout).toBe(prev);
    expect((await s.exec('journalctl -b -1 -n 1 -o json')).stdout).toContain(`"_BOOT_ID":"${ids[0]}"`);
    const both = (await s.exec('journalctl -b all -n 1000')).stdout;
    expect(both).toContain(`\n-- Boot ${ids[1]} --\n`);
    // -o cat implies -q: no separator
    expect((await s.exec('journalctl -n 1000 -o cat')).stdout).not.toContain('-- Boot ');
    expect((await s.exec('journalctl -b -o cat')).stdout).not.toBe(prev);
  });

  it('--disk-usage answers in FORMAT_BYTES()', async () => {
    const s = await vm();
    expect((await s.exec('journalctl --disk-usage')).stdout).toMatch(/^Archived and active journals take up \d+\.\dM in the file system\.\n$/);
  });
});

describe('journalctl -o', () => {
  it('short-precise, short-iso-precise, short-unix, short-monotonic and short-delta timestamps', async () => {
    const s = await vm();
    expect((await s.exec('journalctl -k -n 1 -o short-precise')).stdout).toMatch(/^[A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d\.\d{6} localhost kernel: /);
    expect((await s.exec('journalctl -k -n 1 -o short-iso-precise')).stdout).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+0000 localhost kernel: /);
    expect((await s.exec('journalctl -k -n 1 -o short-unix')).stdout).toMatch(/^\d{10}\.\d{6} localhost kernel: /);
    // "[%5llu.%06llu]"
    expect((await s.exec('journalctl -k -n 1 -o short-monotonic')).stdout).toMatch(/^\[ {4}\d\.\d{6}\] localhost kernel: /);
    const d = (await s.exec('journalctl -k -n 2 -o short-delta')).stdout.split('\n');
    expect(d[0]).toMatch(/^\[ {4}\d\.\d{6} {16}\] localhost kernel: /);
    expect(d[1]).toMatch(/^\[ {4}\d\.\d{6} < {4}\d\.\d{6} >\] localhost kernel: /);
  });

  it('json: one object a line, every value a string, __CURSOR / timestamps / _BOOT_ID / the fields', async () => {
    const s = await vm();
    const line = (await s.exec('journalctl -u sshd -n 1 -o json')).stdout;
    expect(line.split('\n')).toHaveLength(2);
    const o = JSON.parse(line);
    expect(o.__CURSOR).toMatch(/^s=[0-9a-f]{32};i=[0-9a-f]+;b=[0-9a-f]{32};m=[0-9a-f]+;t=[0-9a-f]+;x=[0-9a-f]+$/);
    expect(o).toMatchObject({ MESSAGE: 'Started OpenSSH server daemon.', PRIORITY: '6', SYSLOG_IDENTIFIER: 'systemd', _PID: '1', _SYSTEMD_UNIT: 'init.scope', UNIT: 'sshd.service', MESSAGE_ID: '39f53479d3a045ac8e11786248231fbf' });
    expect(o.__REALTIME_TIMESTAMP).toMatch(/^\d{16}$/);
    expect(o._BOOT_ID).toBe(o.__CURSOR.match(/;b=(\w+);/)[1]);
    const out = JSON.parse((await s.exec('journalctl _SYSTEMD_UNIT=sshd.service -n 1 -o json')).stdout);
    expect(out).toMatchObject({ _TRANSPORT: 'stdout', _SYSTEMD_UNIT: 'sshd.service', _COMM: 'sshd', _EXE: '/usr/sbin/sshd' });
    // the stream's _SYSTEMD_INVOCATION_ID is the unit's InvocationID
    expect(out._SYSTEMD_INVOCATION_ID).toBe((await s.exec('systemctl show -P InvocationID sshd')).stdout.trim());
  });

  it('json-pretty indents with a tab and " : "; export is FIELD=value lines and a blank line; verbose the cursor line and indented fields', async () => {
    const s = await vm();
    const p = (await s.exec('journalctl -k -n 1 -o json-pretty')).stdout;
    expect(p).toMatch(/^\{\n\t"__CURSOR" : "s=[^"]+",\n\t"__REALTIME_TIMESTAMP" : "\d+",\n/);
    expect(p).toMatch(/\n\t"_TRANSPORT" : "kernel",\n/);
    expect(p.endsWith('"\n}\n')).toBe(true);
    const x = (await s.exec('journalctl -k -n 1 -o export')).stdout;
    expect(x).toMatch(/^__CURSOR=s=.+\n__REALTIME_TIMESTAMP=\d+\n__MONOTONIC_TIMESTAMP=\d+\n_BOOT_ID=[0-9a-f]{32}\n/);
    expect(x.endsWith('\n\n')).toBe(true);
    expect(x.match(/_BOOT_ID=/g)).toHaveLength(1);
    const v = (await s.exec('journalctl -u sshd -n 1 -o verbose')).stdout.split('\n');
    expect(v[0]).toMatch(/^\w{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6} UTC \[s=[0-9a-f]{32};i=/);
    expect(v).toContain('    MESSAGE=Started OpenSSH server daemon.');
    expect(v).toContain('    _SYSTEMD_UNIT=init.scope');
  });
});
