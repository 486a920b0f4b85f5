// /sys on the Rocky guests (commands/lib/sysfs): the network adapters' attributes (lo against this machine's, as
// scripts/golden/record-sysfs-net.sh records them), the DMI strings kubeadm's docs compare across nodes, the loaded
// modules and the cgroup v2 hierarchy with the kubelet's kubepods.slice.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { productUuid } from '../../../../src/sim/commands/lib/sysfs/devices';
import { plain, plainRun } from '../plain';

let vm: Session;
let cluster: Session;
beforeAll(async () => {
  vm = await createSession({ lab: 'vm', seed: 1 });
  cluster = await createSession({ lab: 'cluster', seed: 1 });
});

const LO = readFileSync(path.join(import.meta.dirname, '../../../golden/sysfs/lo.txt'), 'utf8').trim().split('\n');

describe('/sys/class/net', () => {
  it('lo reads as on a real kernel', async () => {
    for (const l of LO) {
      const m = /^([a-z_]+)(=|!)(.*)$/.exec(l)!;
      const r = await vm.exec(`cat /sys/class/net/lo/${m[1]}`);
      expect(r.output).toBe(m[2] === '=' ? m[3] + '\n' : `cat: /sys/class/net/lo/${m[1]}: ${m[3]}\n`);
    }
  });

  it('each adapter is a link into its PCI device, with the address ip link shows', async () => {
    const ls = plainRun(await cluster.exec('ls -l /sys/class/net'));
    expect(ls.output).toContain('eth0 -> ../../devices/pci0000:00/0000:00:03.0/net/eth0\n');
    expect(ls.output).toContain('eth1 -> ../../devices/pci0000:00/0000:00:08.0/net/eth1\n');
    const mac = (await cluster.exec("ip link show eth1 | awk '/link\\/ether/ {print $2}'")).output;
    expect((await cluster.exec('cat /sys/class/net/eth1/address')).output).toBe(mac);
    expect((await cluster.exec('cat /sys/class/net/eth1/operstate /sys/class/net/eth1/mtu')).output).toBe('up\n1500\n');
  });
});

describe('/sys/class/dmi/id', () => {
  it('names VirtualBox, and only root reads the product UUID', async () => {
    expect((await vm.exec('cat /sys/class/dmi/id/product_name /sys/class/dmi/id/sys_vendor')).output).toBe('VirtualBox\ninnotek GmbH\n');
    expect((await vm.exec('cat /sys/class/dmi/id/product_uuid')).output).toBe('cat: /sys/class/dmi/id/product_uuid: Permission denied\n');
    expect((await vm.exec('sudo cat /sys/class/dmi/id/product_uuid')).output).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n$/);
  });

  it('the UUID differs between the nodes and is the same for the same seed', async () => {
    const first = (await cluster.exec('sudo cat /sys/class/dmi/id/product_uuid')).output;
    const guests = [...cluster.world.hosts.values()].filter((h) => h.kind === 'linux');
    expect(guests.length).toBe(3);
    const uuids = new Set(guests.map((h) => productUuid(cluster.world.seed, h.id)));
    expect(uuids.size).toBe(3);
    expect(uuids).toContain(first.trim());
    const again = await createSession({ lab: 'cluster', seed: 1 });
    expect((await again.exec('sudo cat /sys/class/dmi/id/product_uuid')).output).toBe(first);
  });
});

describe('/sys/fs/cgroup', () => {
  it('is cgroup v2: stat -f names cgroup2fs, the root lists the kernel\'s controllers', async () => {
    expect((await vm.exec('stat -fc %T /sys/fs/cgroup/')).output).toBe('cgroup2fs\n');
    expect((await vm.exec('cat /sys/fs/cgroup/cgroup.controllers')).output).toBe('cpuset cpu io memory hugetlb pids rdma misc\n');
    expect((await vm.exec('cat /sys/fs/cgroup/cgroup.subtree_control')).output).toBe('memory pids\n');
  });

  it('a running unit\'s cgroup holds its main process', async () => {
    const pid = (await vm.exec('systemctl show -p MainPID --value sshd')).output;
    expect((await vm.exec('cat /sys/fs/cgroup/system.slice/sshd.service/cgroup.procs')).output).toBe(pid);
  });

  it('the kubelet with the systemd driver adds kubepods.slice and a slice per pod', async () => {
    const ls = (await cluster.exec('ls /sys/fs/cgroup/kubepods.slice')).output;
    expect(ls).toContain('kubepods-besteffort.slice');
    expect(ls).toContain('kubepods-burstable.slice');
    const uid = (await cluster.exec(`kubectl get pod -n kube-system -l component=kube-apiserver -o jsonpath='{.items[0].metadata.uid}'`)).output.trim();
    expect(uid).not.toBe('');
    const pods = (await cluster.exec('ls /sys/fs/cgroup/kubepods.slice/kubepods-burstable.slice')).output;
    expect(pods).toContain(`kubepods-burstable-pod${uid.replace(/-/g, '_')}.slice`);
  });
});

describe('/sys/module', () => {
  it('has a directory per loaded module, its holders as links', async () => {
    const mods = (await vm.exec("lsmod | awk 'NR>1 {print $1}' | sort")).output;
    expect(plain((await vm.exec('ls -1 /sys/module')).output)).toBe(mods);
    expect(plain((await vm.exec('ls /sys/module/libcrc32c/holders')).output)).toBe('xfs\n');
    expect((await vm.exec('cat /sys/module/xfs/initstate')).output).toBe('live\n');
  });

  it('nothing can be made in /sys', async () => {
    expect((await vm.exec('sudo touch /sys/x')).output).toBe("touch: cannot touch '/sys/x': Permission denied\n");
    expect((await vm.exec('sudo mkdir /sys/y')).output).toBe('mkdir: cannot create directory ‘/sys/y’: Operation not permitted\n');
  });
});
