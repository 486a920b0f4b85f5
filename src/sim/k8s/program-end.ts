/**
 * Whether a container's program ends by itself, as the simulator decides it for the kubelet's pods and for the
 * containers `crictl run`/`create` make: a shell image (busybox, alpine, ubuntu, centos) runs its command and ends
 * unless the command loops, sleeps, serves or is top; `false` or `exit N` ends with 1; a bare shell with its standard input
 * kept open waits. A batch program (a Job's) ends unless it loops for ever. Server images run until stopped.
 */
import { parseImage } from './images';

export function programExit(image: string, command: string[], stdin: boolean, batch = false): number | null {
  const repo = parseImage(image).repo;
  const cmd = command.join(' ');
  if (batch && !/\/(nginx|httpd|redis|mysql|postgres|mongo)$/.test(repo)) {
    if (/while true|tail -f|infinity/.test(cmd)) return null;
  } else {
    if (!/\/(busybox|alpine|ubuntu|centos)$/.test(repo)) return null;
    if (/sleep|while|tail -f|httpd|nc -l|sh -c .*loop|infinity|^top\b/.test(cmd)) return null;
  }
  if (stdin && (!cmd || /^(\/bin\/)?(sh|bash|ash)$/.test(cmd.trim()))) return null;
  return /exit [1-9]|false/.test(cmd) ? 1 : 0;
}

/** a program that sleeps first ends that much later (ms) */
export const sleepsFor = (command: string[]): number => Number(/sleep (\d+)/.exec(command.join(' '))?.[1] ?? 0) * 1000;
