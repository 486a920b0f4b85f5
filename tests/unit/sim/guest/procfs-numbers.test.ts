// The numeric files of /proc on a Rocky guest agree with the tools that read the same world: PID/stat and statm with
// ps, /proc/stat with vmstat, meminfo with free, net/dev and /sys/class/net/*/statistics with ip -s link,
// net/tcp, tcp6, udp and udp6 with ss. Layouts are checked against what scripts/golden/record-procfs.sh and
// record-sysfs-net.sh recorded from this machine's kernel.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const golden = (dir: string, name: string) => readFileSync(path.join(import.meta.dirname, '../../../golden', dir, name), 'utf8');

let s: Session;
beforeAll(async () => {
  s = await createSession({ lab: 'vm', seed: 1 });
});
const out = async (line: string) => (await s.exec(line)).output;

describe('/proc/PID numbers', () => {
  it('stat has the kernel\'s 52 fields: the process, its parent, terminal, priority and nice', async () => {
    const f = (await out('cat /proc/self/stat')).trim().split(' ');
    expect(f.length).toBe(Number(golden('procfs', 'stat-fields')));
    expect(f[1]).toBe('(cat)');
    expect(f[2]).toBe('R');
    const shell = (await out('echo $$')).trim();
    expect(f[3]).toBe(shell);
    // pts/0 is 136:0; the foreground group is cat's own
    expect(f[6]).toBe('34816');
    expect(f[7]).toBe(f[0]);
    expect([f[17], f[18]]).toEqual(['20', '0']);
    expect(f[24]).toBe('18446744073709551615');
  });

  it('stat and statm give the sizes ps shows; another user\'s process hides its addresses', async () => {
    const [vsz, rss] = (await out('ps -o vsz=,rss= -p 1')).trim().split(/\s+/).map(Number);
    const f = (await out('cat /proc/1/stat')).trim().split(' ');
    expect(f.slice(0, 3)).toEqual(['1', '(systemd)', 'S']);
    expect(Number(f[22])).toBe(vsz * 1024);
    expect(Number(f[23])).toBe(rss / 4);
    // not permitted (ptrace_may_access): start_code and end_code 1, no stack, no wchan
    expect(f.slice(25, 28)).toEqual(['1', '1', '0']);
    expect(f.slice(-8)).toEqual(['0', '0', '0', '0', '0', '0', '0', '0']);
    const m = (await out('cat /proc/1/statm')).trim().split(' ').map(Number);
    expect([m[0], m[1], m[4], m[6]]).toEqual([vsz / 4, rss / 4, 0, 0]);
    expect((await out('cat /proc/2/statm'))).toBe('0 0 0 0 0 0 0\n');
  });

  it('kernel threads ignore every signal and have no memory', async () => {
    const f = (await out('cat /proc/2/stat')).trim().split(' ');
    expect(f.slice(0, 3)).toEqual(['2', '(kthreadd)', 'S']);
    expect(f[8]).toBe(String(0x208040));
    expect(f[22]).toBe('0');
    expect(f[32]).toBe('2147483647');
  });

  it('nice from renice shows in stat', async () => {
    await s.exec('sleep 300 &');
    const pid = (await out('echo $!')).trim();
    expect((await s.exec(`renice -n 5 -p ${pid}`)).exitCode).toBe(0);
    const f = (await out(`cat /proc/${pid}/stat`)).trim().split(' ');
    expect([f[17], f[18]]).toEqual(['25', '5']);
    // the owner sees that it sleeps (wchan 1)
    expect(f[34]).toBe('1');
    await s.exec(`kill ${pid}`);
    // bash reports the job's end before the next prompt
    expect(await out('true')).toMatch(/Terminated/);
  });

  it('limits lays out the shell\'s limits as the kernel does', async () => {
    const text = await out('cat /proc/self/limits');
    const layout = text.split('\n').filter(Boolean).map((l) => `${l.slice(0, 26)}|${l.slice(68)}`).join('\n') + '\n';
    expect(layout).toBe(golden('procfs', 'limits-layout'));
    expect(text).toMatch(/^Max stack size {12}8388608 {14}unlimited {12}bytes {5}\n/m);
    expect(text).toMatch(/^Max open files {12}1024 {17}524288 {15}files {5}\n/m);
  });

  it('io has its keys, and only the owner or root may read it', async () => {
    const keys = (await out('cut -d: -f1 /proc/self/io'));
    expect(keys).toBe(golden('procfs', 'io-keys'));
    const r = await s.exec('cat /proc/1/io');
    expect(r.output).toBe('cat: /proc/1/io: Permission denied\n');
    expect((await s.exec('sudo cat /proc/1/io')).output).toMatch(/^rchar: \d+\n/);
  });

  it('a service\'s fd/ holds /dev/null, journald\'s stream and the sockets ss names', async () => {
    const ss = await out('sudo ss -tlnp');
    const sshd = /sport = |"sshd",pid=(\d+),fd=3/.exec(ss)?.[1];
    expect(sshd).toBeDefined();
    const fd = await out(`sudo ls -l /proc/${sshd}/fd`);
    expect(fd).toMatch(/ 64 .* 0 -> \/dev\/null\n/);
    expect(fd).toMatch(/ 3 -> socket:\[\d+\]\n/);
    const ino = /3 -> socket:\[(\d+)\]/.exec(fd)![1];
    expect(await out('cat /proc/net/tcp')).toContain(`00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 ${ino} 1 0000000000000000 100 0 0 10 0`);
  });
});

describe('/proc system numbers', () => {
  it('/proc/stat\'s cpu line holds the ticks vmstat -s gives, shared out per CPU', async () => {
    const st = await out('cat /proc/stat');
    const cpu = st.split('\n')[0].split(/\s+/).slice(1).map(Number);
    const vm = await out('vmstat -s');
    const tick = (what: string) => Number(new RegExp(`(\\d+) ${what}\\n`).exec(vm)![1]);
    expect(cpu.slice(0, 4)).toEqual([tick('non-nice user cpu ticks'), tick('nice user cpu ticks'), tick('system cpu ticks'), tick('idle cpu ticks')]);
    const per = st.split('\n').filter((l) => /^cpu\d/.test(l)).map((l) => l.split(' ').slice(1).map(Number));
    expect(per.length).toBe(Number((await out('nproc')).trim()));
    expect(per.reduce((a, r) => a + r[0], 0)).toBe(cpu[0]);
    expect(st).toMatch(new RegExp(`\\nbtime ${tick('boot time') || '\\d+'}\\n`));
  });

  it('meminfo gives the figures free shows', async () => {
    const free = (await out('free')).split('\n')[1].trim().split(/\s+/);
    const mi = await out('cat /proc/meminfo');
    const k = (key: string) => /(\d+) kB/.exec(mi.split('\n').find((l) => l.startsWith(key + ':'))!)![1];
    expect([k('MemTotal'), k('MemFree'), k('Shmem'), k('MemAvailable')]).toEqual([free[1], free[3], free[4], free[6]]);
  });
});

describe('/proc/net and /sys/class/net statistics', () => {
  it('net/dev has the kernel\'s header and the counters of ip -s link', async () => {
    const dev = await out('cat /proc/net/dev');
    expect(dev.startsWith(golden('procfs', 'netdev-header'))).toBe(true);
    const ip = await out('ip -s link show eth0');
    const [rxb, rxp] = ip.split('\n')[3].trim().split(/\s+/);
    const [txb, txp] = ip.split('\n')[5].trim().split(/\s+/);
    const row = dev.split('\n').find((l) => l.startsWith('  eth0:'))!.split(/\s+/).slice(2);
    expect([row[0], row[1], row[8], row[9]]).toEqual([rxb, rxp, txb, txp]);
    expect(dev.split('\n')[2]).toMatch(/^ {4}lo: /);
  });

  it('/sys/class/net/IF/statistics holds net-sysfs.c\'s counters, the same as net/dev', async () => {
    expect(await out('ls -1 /sys/class/net/eth0/statistics')).toBe(golden('sysfs', 'statistics.txt'));
    const dev = (await out('cat /proc/net/dev')).split('\n').find((l) => l.startsWith('  eth0:'))!.split(/\s+/).slice(2);
    expect(await out('cat /sys/class/net/eth0/statistics/rx_bytes /sys/class/net/eth0/statistics/tx_packets')).toBe(`${dev[0]}\n${dev[9]}\n`);
  });

  it('net/tcp, tcp6, udp and udp6 list ss\'s sockets in the kernel\'s layout', async () => {
    const tcp = await out('cat /proc/net/tcp');
    const lines = tcp.split('\n').filter(Boolean);
    expect(lines[0] + '\n').toBe(golden('procfs', 'tcp-header'));
    for (const l of lines) expect(l.length).toBe(149);
    // sshd on 0.0.0.0:22 and rpcbind on :111 listen (0A), rpcbind as user rpc (32)
    expect(tcp).toMatch(/^ {3}0: 00000000:0016 00000000:0000 0A /m);
    expect(tcp).toMatch(/: 00000000:006F 00000000:0000 0A 00000000:00000000 00:00000000 00000000    32 /);
    const listening = (await out('ss -tln')).split('\n').filter((l) => l.startsWith('LISTEN')).length;
    const tcp6 = await out('cat /proc/net/tcp6');
    expect(tcp6.split('\n')[0] + '\n').toBe(golden('procfs', 'tcp6-header'));
    const v6 = tcp6.split('\n').filter((l) => / 0A /.test(l));
    expect(lines.filter((l) => / 0A /.test(l)).length + v6.length).toBe(listening);
    expect(v6[0]).toMatch(/^ {3}0: 0{32}:0016 0{32}:0000 0A /);
    const udp = await out('cat /proc/net/udp');
    expect(udp.split('\n')[0] + '\n').toBe(golden('procfs', 'udp-header'));
    // chronyd on 127.0.0.1:323, unconnected (07), reference count 2
    expect(udp).toMatch(/: 0100007F:0143 00000000:0000 07 00000000:00000000 00:00000000 00000000   997        0 \d+ 2 0000000000000000 0 +\n/);
    const udp6 = await out('cat /proc/net/udp6');
    expect(udp6.split('\n')[0] + '\n').toBe(golden('procfs', 'udp6-header'));
    expect(udp6).toContain(': 00000000000000000000000001000000:0143 ');
  });
});
