/**
 * kubectl get --watch-only: skip_printer.go prints the first table without rows, and tableprinter.go's printTable
 * prints no header for a table without rows, so the header comes with the first event, aligned with it; later
 * events are flushed one by one (each line padded on its own).
 */
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('kubectl get --watch-only', () => {
  it('prints the header with the first event', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('kubectl create deployment hello --image=nginx:1.25 --replicas=1');
    await s.advance(20_000);
    const name = (await s.exec(`kubectl get pods -l app=hello -o jsonpath='{.items[0].metadata.name}'`)).stdout;
    let out = '';
    s.on('output', ({ text }) => {
      out += text;
    });
    await s.submit('kubectl get pods --watch-only');
    await s.advance(500);
    expect(out).toBe('');
    const c = (s.world.ext.get('k8s') as any).cluster;
    c.deletePod(c.list('Pod').find((p: any) => p.metadata.name === name), 30);
    await s.advance(5_000);
    await s.interrupt();
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^NAME {21}READY {3}STATUS {8}RESTARTS {3}AGE$/);
    expect(lines[1]).toMatch(new RegExp(`^${name} {3}1/1 {5}Terminating {3}0 {10}\\d+s$`));
    expect(lines[2]).toMatch(/^hello-\S+ {3}0\/1 {3}Pending {3}0 {5}0s$/);
  });
});
