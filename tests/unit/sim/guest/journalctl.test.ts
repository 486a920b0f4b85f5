// journalctl's filters and output modes over the guest's journal (systemd 252-46: journalctl.c, logs-show.c,
// catalog/systemd.catalog.in). The -x lines follow a published `journalctl -xe -u sshd` of a Rocky 9 guest (the
// light-shade prefix, RHEL's Support: URL), the catalog texts are the catalog's.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';
import { plain } from '../plain';

beforeAll(async () => {
  await loadGuest();
});

async function nodes() {
  const s = await createSession({ lab: 'nodes', seed: 3 });
  await s.exec('sudo -i');
  return s;
}

describe('journalctl', () => {
  it('-x adds the catalog text of systemd’s job messages under each', async () => {
    const s = await nodes();
    await s.exec('systemctl restart crond');
    const out = (await s.exec('journalctl -xu crond --no-pager')).stdout;
    expect(out).toMatch(
      /systemd\[1\]: Started Command Scheduler\.\n░░ Subject: A start job for unit crond\.service has finished successfully\n░░ Defined-By: systemd\n░░ Support: https:\/\/access\.redhat\.com\/support\n░░ \n░░ A start job for unit crond\.service has finished successfully\.\n░░ \n░░ The job identifier is \d+\.\n/,
    );
    expect(out).toContain("crond.service: Deactivated successfully.\n░░ Subject: Unit succeeded\n░░ Defined-By: systemd\n░░ Support: https://access.redhat.com/support\n░░ \n░░ The unit crond.service has successfully entered the 'dead' state.\n");
    expect(out).toMatch(/Stopped Command Scheduler\.\n░░ Subject: A stop job for unit crond\.service has finished\n(░░ .*\n){3}░░ A stop job for unit crond\.service has finished\.\n░░ \n░░ The job identifier is \d+ and the job result is done\.\n/);
    // a start job's two messages carry one job identifier
    const ids = [...out.matchAll(/Starting Command Scheduler\.\.\.\n(?:░░ .*\n)*?░░ The job identifier is (\d+)\.\n[^░]*Started Command Scheduler\.\n(?:░░ .*\n)*?░░ The job identifier is (\d+)\./g)];
    expect(ids.length).toBeGreaterThan(0);
    for (const m of ids) expect(m[1]).toBe(m[2]);
  });

  it('a restarted service keeps the lines of its start at boot', async () => {
    const s = await nodes();
    await s.exec('systemctl restart crond');
    const lines = (await s.exec('journalctl -u crond -o cat')).stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual(['Starting Command Scheduler...', 'Started Command Scheduler.', 'Stopping Command Scheduler...', 'crond.service: Deactivated successfully.', 'Stopped Command Scheduler.']);
  });

  it('-o short-iso, short-full, with-unit and cat lay the line out as output_short() does', async () => {
    const s = await nodes();
    const iso = (await s.exec('journalctl -u sshd -n 1 -o short-iso')).stdout;
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000 m-k8s systemd\[1\]: Started OpenSSH server daemon\.\n$/);
    expect((await s.exec('journalctl -u sshd -n 1 -o short-full')).stdout).toMatch(/^[A-Z][a-z]{2} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC m-k8s systemd\[1\]: Started OpenSSH server daemon\.\n$/);
    // the manager's own messages belong to init.scope
    expect((await s.exec('journalctl -u sshd -n 1 -o with-unit')).stdout).toMatch(/ m-k8s init\.scope\[1\]: Started OpenSSH server daemon\.\n$/);
    expect((await s.exec('journalctl -u sshd -n 1 -o cat')).stdout).toBe('Started OpenSSH server daemon.\n');
    expect((await s.exec('journalctl -u sshd -n 1 --no-hostname')).stdout).toMatch(/^\w{3} \d\d \d\d:\d\d:\d\d systemd\[1\]: Started OpenSSH server daemon\.\n$/);
  });

  it('-k and the whole journal start with the kernel’s messages of this boot, as dmesg prints them', async () => {
    const s = await nodes();
    const dmesg = (await s.exec('dmesg -t | cat')).stdout.split('\n').filter(Boolean);
    const k = (await s.exec('journalctl -k -o cat')).stdout.split('\n').filter(Boolean);
    expect(k).toEqual(dmesg);
    expect((await s.exec('journalctl -n 1000 -o cat')).stdout.split('\n')[0]).toBe(dmesg[0]);
    expect((await s.exec('journalctl -k -n 1')).stdout).toMatch(/^\w{3} \d\d \d\d:\d\d:\d\d m-k8s kernel: /);
  });

  it('-p keeps the entries at that priority or more urgent; service output is info', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    expect((await s.exec('journalctl -u kubelet -p err')).stdout).toBe('-- No entries --\n');
    expect((await s.exec('journalctl -u kubelet -p info')).stdout).toBe((await s.exec('journalctl -u kubelet')).stdout);
    expect((await s.exec('journalctl -u kubelet -p 6..7')).stdout).toBe((await s.exec('journalctl -u kubelet')).stdout);
  });

  it('-r, -t, -g, --since/--until and FIELD=VALUE matches filter and order the entries', async () => {
    const s = await nodes();
    const all = (await s.exec('journalctl -u sshd -o cat')).stdout.trim().split('\n');
    expect((await s.exec('journalctl -u sshd -o cat -r')).stdout.trim().split('\n')).toEqual([...all].reverse());
    expect((await s.exec('journalctl -u sshd -o cat -r -n 1')).stdout).toBe(all[all.length - 1] + '\n');
    expect((await s.exec('journalctl -t kernel -o cat')).stdout).toBe((await s.exec('journalctl -k -o cat')).stdout);
    expect((await s.exec('journalctl -g openssh -o cat')).stdout).toBe('Starting OpenSSH server daemon...\nStarted OpenSSH server daemon.\n');
    expect((await s.exec('journalctl -g OpenSSH -u chronyd')).stdout).toBe('-- No entries --\n');
    expect((await s.exec('journalctl -u sshd --since tomorrow')).stdout).toBe('-- No entries --\n');
    expect((await s.exec('journalctl -u sshd --until yesterday')).stdout).toBe('-- No entries --\n');
    expect((await s.exec('journalctl -u sshd --since "1 hour ago" -o cat')).stdout.trim().split('\n')).toEqual(all);
    expect((await s.exec('journalctl _SYSTEMD_UNIT=init.scope UNIT=sshd.service -o cat')).stdout.trim().split('\n')).toEqual(all.filter((l) => !l.startsWith('Server listening')));
    expect((await s.exec('journalctl _SYSTEMD_UNIT=sshd.service -o cat')).stdout).toBe('Server listening on 0.0.0.0 port 22.\nServer listening on :: port 22.\n');
    expect((await s.exec('journalctl _TRANSPORT=kernel + _PID=1 -o cat')).stdout.split('\n').length).toBeGreaterThan(all.length);
  });
});

describe('systemctl status', () => {
  it('lists the main process with the command line PID 1 gives (quoted as get_process_cmdline() quotes) and the tasks limit', async () => {
    const s = await nodes();
    const out = (await s.exec('systemctl status sshd')).stdout;
    // the process title sshd sets is one argument with blanks: quoted, as Rocky 9 guests show it
    expect(out).toContain('\n             └─712 "sshd: /usr/sbin/sshd -D -u0 [listener] 0 of 10-100 startups"\n');
    // DefaultTasksMax: 80% of kernel.threads-max (MemTotal / 128 KiB)
    const kb = Number(/MemTotal: +(\d+) kB/.exec((await s.exec('cat /proc/meminfo')).stdout)![1]);
    expect(out).toContain(`\n      Tasks: 1 (limit: ${Math.floor((Math.floor(kb / 128) * 80) / 100)})\n`);
    const crond = (await s.exec('ps -eo pid,args | cat')).stdout.split('\n').find((l) => /^ +720 /.test(l))!.trim().slice(4);
    expect(crond).toBe('/usr/sbin/crond -n');
    expect((await s.exec('systemctl status crond')).stdout).toMatch(/\n     Active: active \(running\) since .*; .* ago\n[^]*\n             └─720 \/usr\/sbin\/crond -n\n/);
  });

  it('firewalld runs as the Python script it is: python3 -s in the command line, firewalld as its name', async () => {
    const s = await nodes();
    await s.exec('systemctl start firewalld');
    const out = (await s.exec('systemctl status firewalld')).stdout;
    // as published `systemctl status firewalld` of EL9 guests show it
    expect(out).toContain('\n       Docs: man:firewalld(1)\n');
    expect(out).toMatch(/\n             └─\d+ \/usr\/bin\/python3 -s \/usr\/sbin\/firewalld --nofork --nopid\n/);
    expect(out).toMatch(/\n      Tasks: 2 \(limit: \d+\)\n/);
    expect((await s.exec('pgrep -l firewalld')).stdout).toMatch(/^\d+ firewalld\n$/);
    expect(plain((await s.exec('ps -eo comm,args | grep [f]irewalld')).stdout)).toMatch(/^firewalld +\/usr\/bin\/python3 -s \/usr\/sbin\/firewalld --nofork --nopid\n$/);
  });

  it('sshd logs the addresses it listens on between systemd’s Starting and Started (sshd.c server_listen())', async () => {
    const s = await nodes();
    const tail = (await s.exec('systemctl status sshd')).stdout.split('\n\n')[1];
    expect(tail).toMatch(/^\w{3} \d\d \d\d:\d\d:\d\d m-k8s systemd\[1\]: Starting OpenSSH server daemon\.\.\.\n.* m-k8s sshd\[712\]: Server listening on 0\.0\.0\.0 port 22\.\n.* m-k8s sshd\[712\]: Server listening on :: port 22\.\n.* m-k8s systemd\[1\]: Started OpenSSH server daemon\.\n$/);
    await s.exec('systemctl restart sshd');
    const pid = /Main PID: (\d+)/.exec((await s.exec('systemctl status sshd')).stdout)![1];
    expect((await s.exec('journalctl -u sshd -n 3 -o cat')).stdout).toBe('Server listening on 0.0.0.0 port 22.\nServer listening on :: port 22.\nStarted OpenSSH server daemon.\n');
    expect((await s.exec('journalctl _PID=' + pid + ' -o cat')).stdout).toBe('Server listening on 0.0.0.0 port 22.\nServer listening on :: port 22.\n');
  });
});

describe('the kernel’s boot messages', () => {
  it('load the modules /etc/modules-load.d listed at boot, not a file written since', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    // the lab ran modprobe once and wrote k8s.conf after the boot: br_netfilter's message is there once
    expect((await s.exec('dmesg | grep -c "Bridge firewalling registered"')).stdout).toBe('1\n');
    const n = await nodes();
    await n.exec("printf 'overlay\\nbr_netfilter\\n' > /etc/modules-load.d/k8s.conf");
    expect((await n.exec('dmesg | grep -c "Bridge firewalling registered"')).stdout).toBe('0\n');
    expect((await n.exec('lsmod | grep -c br_netfilter')).stdout).toBe('0\n');
  });
});
