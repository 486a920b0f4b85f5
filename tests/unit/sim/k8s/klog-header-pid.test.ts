// klog's header puts the thread id right-aligned in seven columns (vendor/k8s.io/klog/v2/internal/buffer/buffer.go,
// 1.28.7: buf.nDigits(7, 22, Pid, ' ')): a four-digit pid has four spaces before it, a five-digit one three
// (the 1.28.15 client here: "E1208 02:59:14.174752   30908 memcache.go:265] ...").
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import { discoveryLines } from '../../../../src/sim/k8s/kubectl/discovery-log';

describe('klog header of kubectl discovery errors', () => {
  it('right-aligns the pid in seven columns', async () => {
    expect(discoveryLines({ pid: 30908, now: Date.UTC(2026, 11, 8, 2, 59, 14) } as never, 'x').split('\n')[0]).toMatch(/^E1208 02:59:14\.\d{6}   30908 memcache\.go:265\] /);
    const s = await createSession({ lab: 'cluster' });
    const r = await s.exec('KUBECONFIG=/nonexistent kubectl get nodes');
    expect(r.stderr.split('\n')[0]).toMatch(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} {4}\d{4} memcache\.go:265\] couldn't get current server API group list: /);
  });
});
