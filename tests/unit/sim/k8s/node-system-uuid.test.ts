// A Node's nodeInfo.systemUUID is what the kubelet reads from /sys/class/dmi/id/product_uuid: the VM's SMBIOS UUID,
// the same across reboots, not the boot id.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

describe('node systemUUID', () => {
  it('matches the node\'s product_uuid and differs from the boot id', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const uuid = (await s.exec('sudo cat /sys/class/dmi/id/product_uuid')).stdout.trim();
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const host = (await s.exec('hostname')).stdout.trim();
    const info = async () => JSON.parse((await s.exec(`kubectl get node ${host} -o json`)).stdout).status.nodeInfo;
    const before = await info();
    expect(before.systemUUID).toBe(uuid);
    expect(before.systemUUID).not.toBe(before.bootID);
    expect((await s.exec(`kubectl describe node ${host}`)).stdout).toContain(`  System UUID:                ${uuid}\n`);
    expect((await s.exec(`kubectl get node ${host} -o yaml`)).stdout).toContain(`    systemUUID: ${uuid}\n`);
  });
});
