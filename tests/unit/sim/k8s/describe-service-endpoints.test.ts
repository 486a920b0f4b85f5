// kubectl describe service's Endpoints line is describe.go's formatEndpoints (kubernetes 1.28): <none> while the
// Endpoints object has no subsets (its pods have no IP yet), then up to three host:port of the port's name and
// "+ N more...".
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';

const endpointsLine = (text: string) => text.split('\n').find((l) => l.startsWith('Endpoints:'));

describe('kubectl describe service: Endpoints', () => {
  it('says <none> before any pod has an address, then lists three and counts the rest', () => {
    const { c, run } = makeCluster();
    run('run nginx --image=nginx --port=80');
    run('expose pod nginx --port=80');
    expect(endpointsLine(run('describe svc nginx').out)).toBe('Endpoints:         <none>');
    run('create deployment web --image=nginx --replicas=4');
    run('expose deploy web --port 80');
    c.advance(30_000);
    expect(endpointsLine(run('describe svc web').out)).toMatch(/^Endpoints: {9}(10\.244\.\d+\.\d+:80,){2}10\.244\.\d+\.\d+:80 \+ 1 more\.\.\.$/);
    expect(endpointsLine(run('describe svc kubernetes').out)).toBe('Endpoints:         192.168.56.10:6443');
  });
});
