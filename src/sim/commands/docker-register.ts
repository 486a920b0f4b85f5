// The Docker CLI on a guest: its body and spec load on first use, once docker-ce-cli is installed.
import { registerLazyCommand } from '../registry';

registerLazyCommand({
  name: 'docker',
  shell: 'bash',
  summary: 'A self-sufficient runtime for containers',
  available: (host) => !!host.sys?.extraCommands.has('docker'),
  load: () => import('./docker').then((m) => ({ run: m.run, spec: m.spec })),
});
