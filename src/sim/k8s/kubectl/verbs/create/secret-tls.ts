// kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file
import { base64, meta, type Builder } from './build';

export const build: Builder = (p, io) => {
  const cert = io.readFile(p.flags.cert as string);
  if (cert == null) return { error: `error: open ${p.flags.cert}: no such file or directory` };
  const key = io.readFile(p.flags.key as string);
  if (key == null) return { error: `error: open ${p.flags.key}: no such file or directory` };
  const data = { 'tls.crt': base64(cert), 'tls.key': base64(key) };
  return { resource: 'secret', obj: { kind: 'Secret', apiVersion: 'v1', metadata: meta(p, p.args[0]), data, type: 'kubernetes.io/tls' } };
};
