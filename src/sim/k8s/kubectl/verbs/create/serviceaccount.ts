// kubectl create serviceaccount NAME
import { meta, type Builder } from './build';

export const build: Builder = (p) => ({ resource: 'serviceaccount', obj: { kind: 'ServiceAccount', apiVersion: 'v1', metadata: meta(p, p.args[0]) } });
