// kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string]
import { base64, meta, type Builder } from './build';

export const build: Builder = (p) => {
  const server = (p.flags['docker-server'] as string | undefined) ?? 'https://index.docker.io/v1/';
  const user = p.flags['docker-username'] as string;
  const password = p.flags['docker-password'] as string;
  const email = p.flags['docker-email'] as string | undefined;
  const entry: Record<string, string> = { username: user, password };
  if (email) entry.email = email;
  entry.auth = base64(`${user}:${password}`);
  const config = JSON.stringify({ auths: { [server]: entry } });
  return { resource: 'secret', obj: { kind: 'Secret', apiVersion: 'v1', metadata: meta(p, p.args[0]), data: { '.dockerconfigjson': base64(config) }, type: 'kubernetes.io/dockerconfigjson' } };
};
