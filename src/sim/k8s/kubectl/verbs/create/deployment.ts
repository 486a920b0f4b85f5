// kubectl create deployment NAME --image=image [--replicas=n] [--port=n] [-- COMMAND args...]
import { parseImage } from '../../../images';
import { meta, strs, type Builder } from './build';

export const build: Builder = (p) => {
  const name = p.args[0];
  const labels = { app: name };
  const images = strs(p, 'image');
  const containers = images.map((image) => {
    const c: Record<string, unknown> = { name: parseImage(image).repo.split('/').pop()!.replace(/[^a-z0-9-]/g, '-'), image };
    if (images.length === 1 && p.rest.length) c.command = [...p.rest];
    if (p.flags.port !== undefined && (p.flags.port as number) >= 0) c.ports = [{ containerPort: p.flags.port }];
    c.resources = {};
    return c;
  });
  const spec = { replicas: (p.flags.replicas as number | undefined) ?? 1, selector: { matchLabels: labels }, template: { metadata: { creationTimestamp: null, labels }, spec: { containers } }, strategy: {} };
  return { resource: 'deployment.apps', obj: { kind: 'Deployment', apiVersion: 'apps/v1', metadata: meta(p, name, labels), spec, status: {} } };
};
