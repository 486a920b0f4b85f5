// The files of /usr/lib/sysctl.d the box's packages install (systemd, elfutils-default-yama-scope, libkcapi,
// rocky-release), with the settings `sysctl --system` applies from them at boot (after a recorded Rocky 9 run):
// a booted guest holds these values until they are changed.
import type { Host } from '../../types';

type Files = [string, [string, string][]][];
/** Per host, the files for its interfaces (sysctlValue asks for a key on every /proc/sys read). */
const made = new WeakMap<Host, { ifs: string; files: Files; values: Map<string, string> }>();

export function vendorSysctl(host: Host): Files {
  return built(host).files;
}

function built(host: Host): { files: Files; values: Map<string, string> } {
  const ifs = ['default', ...host.ifaces.filter((i) => i.name !== 'lo').map((i) => i.name), 'lo'];
  const known = made.get(host);
  if (known && known.ifs === ifs.join()) return known;
  const files = make(ifs);
  const entry = { ifs: ifs.join(), files, values: new Map(files.flatMap(([, kv]) => kv)) };
  made.set(host, entry);
  return entry;
}

function make(ifs: string[]): Files {
  return [
    ['10-default-yama-scope.conf', [['kernel.yama.ptrace_scope', '0']]],
    ['50-coredump.conf', [['kernel.core_pattern', '|/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h'], ['kernel.core_pipe_limit', '16'], ['fs.suid_dumpable', '2']]],
    ['50-default.conf', [
      ['kernel.sysrq', '16'],
      ['kernel.core_uses_pid', '1'],
      ...ifs.map((n): [string, string] => [`net.ipv4.conf.${n}.rp_filter`, '2']),
      ...ifs.map((n): [string, string] => [`net.ipv4.conf.${n}.accept_source_route`, '0']),
      ...ifs.map((n): [string, string] => [`net.ipv4.conf.${n}.promote_secondaries`, '1']),
      ['net.ipv4.ping_group_range', '0 2147483647'],
      ['net.core.default_qdisc', 'fq_codel'],
      ['fs.protected_hardlinks', '1'],
      ['fs.protected_symlinks', '1'],
      ['fs.protected_regular', '1'],
      ['fs.protected_fifos', '1'],
    ]],
    ['50-libkcapi-optmem_max.conf', [['net.core.optmem_max', '81920']]],
    ['50-pid-max.conf', [['kernel.pid_max', '4194304']]],
    ['50-redhat.conf', [['kernel.kptr_restrict', '1']]],
  ];
}

/** A key's value as the vendor files set it at boot, or undefined. */
export function bootSysctl(host: Host, key: string): string | undefined {
  return built(host).values.get(key);
}
