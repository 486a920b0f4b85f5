// Writing a redirection's target: files, the devices of /dev (commands/lib/devfs), and /proc/sys keys (sysctl by echo).
import type { Frame } from '../context';
import type { Host } from '../types';
import { canWrite } from '../util';
import { sysctlValue } from '../commands/lib/files';
import { writeRefused } from '../commands/lib/sticky';

/** Writing to /proc/sys/... sets a kernel parameter (root only). Returns null when `p` is not such a path. */
export function writeProcSys(host: Host, user: string, p: string, content: string): 'ok' | 'denied' | 'missing' | null {
  if (!p.startsWith('/proc/sys/') || !host.sys) return null;
  const key = p.slice(10).replace(/\//g, '.');
  const sys = host.sys;
  const exists = sysctlValue(host, key) !== null;
  if (!exists) return 'missing';
  if (user !== 'root') return 'denied';
  if (content.trim() !== '') sys.sysctl.set(key, content.trim());
  return 'ok';
}

export function writeTarget(host: Host, frame: Frame, target: string, content: string, append: boolean): string | null {
  // /dev/null swallows what is written (devfs's device; the path itself on a machine without devfs)
  if (target === '/dev/null' && !host.fs.mountOf('/dev')) return null;
  const p = host.fs.resolve(frame.cwd, target, host.users.get(frame.user)?.home);
  const proc = writeProcSys(host, frame.user, p, content);
  if (proc === 'ok') return null;
  if (proc === 'denied') return `-bash: ${target}: Permission denied\n`;
  if (proc === 'missing') return `-bash: ${target}: No such file or directory\n`;
  if (host.fs.isDir(p)) return `-bash: ${target}: Is a directory\n`;
  if (!host.fs.isDir(host.fs.dirname(p))) return `-bash: ${target}: No such file or directory\n`;
  if (!canWrite(frame.user, p) || writeRefused(host, frame.user, p)) return `-bash: ${target}: Permission denied\n`;
  const e = host.fs.write(p, content, append);
  if (e) return `-bash: ${target}: No such file or directory\n`;
  return null;
}

