// systemd-analyze exit-status, capability and compare-versions of systemd 252: src/shared/exit-status.[ch]
// (exit_status_mappings[] and the enum's numbers), analyze-capability.c with the kernel's capability names up to
// CAP_CHECKPOINT_RESTORE (40, the last the RHEL 9.5 kernel knows), strverscmp_improved() of
// src/fundamental/string-util-fundamental.c and parse_compare_operator() of src/shared/compare-operator.c (v252-46).

const LSB = ['INVALIDARGUMENT', 'NOTIMPLEMENTED', 'NOPERMISSION', 'NOTINSTALLED', 'NOTCONFIGURED', 'NOTRUNNING'];
const BSD = ['USAGE', 'DATAERR', 'NOINPUT', 'NOUSER', 'NOHOST', 'UNAVAILABLE', 'SOFTWARE', 'OSERR', 'OSFILE', 'CANTCREAT', 'IOERR', 'TEMPFAIL', 'PROTOCOL', 'NOPERM', 'CONFIG'];
/** From EXIT_CHDIR = 200 on; null for the two reserved numbers (223, 234). */
const SYSTEMD = [
  'CHDIR', 'NICE', 'FDS', 'EXEC', 'MEMORY', 'LIMITS', 'OOM_ADJUST', 'SIGNAL_MASK', 'STDIN', 'STDOUT', 'CHROOT', 'IOPRIO', 'TIMERSLACK', 'SECUREBITS',
  'SETSCHEDULER', 'CPUAFFINITY', 'GROUP', 'USER', 'CAPABILITIES', 'CGROUP', 'SETSID', 'CONFIRM', 'STDERR', null, 'PAM', 'NETWORK', 'NAMESPACE',
  'NO_NEW_PRIVILEGES', 'SECCOMP', 'SELINUX_CONTEXT', 'PERSONALITY', 'APPARMOR', 'ADDRESS_FAMILIES', 'RUNTIME_DIRECTORY', null, 'CHOWN',
  'SMACK_PROCESS_LABEL', 'KEYRING', 'STATE_DIRECTORY', 'CACHE_DIRECTORY', 'LOGS_DIRECTORY', 'CONFIGURATION_DIRECTORY', 'NUMA_POLICY', 'CREDENTIALS', 'BPF',
];

/** exit_status_mappings[]: status → [name, class]. */
export const EXIT_STATUS = new Map<number, [string, string]>([
  [0, ['SUCCESS', 'libc']],
  [1, ['FAILURE', 'libc']],
  ...LSB.map((n, i) => [i + 2, [n, 'LSB']] as [number, [string, string]]),
  ...BSD.map((n, i) => [i + 64, [n, 'BSD']] as [number, [string, string]]),
  ...SYSTEMD.flatMap((n, i) => (n ? [[i + 200, [n, 'systemd']] as [number, [string, string]]] : [])),
  [255, ['EXCEPTION', 'systemd']],
]);

/** exit_status_from_string(): a name of the table, else a number 0-255. */
export function exitStatusFromString(s: string): number | null {
  for (const [code, [name]] of EXIT_STATUS) if (name === s) return code;
  return /^\s*\+?\d+$/.test(s) && Number(s) <= 255 ? Number(s) : null;
}

export const CAPABILITIES = [
  'cap_chown', 'cap_dac_override', 'cap_dac_read_search', 'cap_fowner', 'cap_fsetid', 'cap_kill', 'cap_setgid', 'cap_setuid', 'cap_setpcap',
  'cap_linux_immutable', 'cap_net_bind_service', 'cap_net_broadcast', 'cap_net_admin', 'cap_net_raw', 'cap_ipc_lock', 'cap_ipc_owner', 'cap_sys_module',
  'cap_sys_rawio', 'cap_sys_chroot', 'cap_sys_ptrace', 'cap_sys_pacct', 'cap_sys_admin', 'cap_sys_boot', 'cap_sys_nice', 'cap_sys_resource',
  'cap_sys_time', 'cap_sys_tty_config', 'cap_mknod', 'cap_lease', 'cap_audit_write', 'cap_audit_control', 'cap_setfcap', 'cap_mac_override',
  'cap_mac_admin', 'cap_syslog', 'cap_wake_alarm', 'cap_block_suspend', 'cap_audit_read', 'cap_perfmon', 'cap_bpf', 'cap_checkpoint_restore',
];

/** capability_from_name(): a number, or a name in either case. */
export function capabilityFromName(s: string): number | null {
  if (/^[+-]?\d+$/.test(s.trim())) {
    const n = Number(s);
    return n >= 0 && n < CAPABILITIES.length ? n : null;
  }
  const i = CAPABILITIES.indexOf(s.toLowerCase());
  return i >= 0 ? i : null;
}

const isDigit = (c: string) => c >= '0' && c <= '9';
const isAlpha = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const valid = (c: string) => isDigit(c) || isAlpha(c) || '~-^.'.includes(c);
const cmp = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
const scmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** strverscmp_improved(): -1, 0 or 1. */
export function strverscmpImproved(x: string, y: string): number {
  const a = x + '\0';
  const b = y + '\0';
  let i = 0;
  let j = 0;
  for (;;) {
    while (a[i] !== '\0' && !valid(a[i])) i++;
    while (b[j] !== '\0' && !valid(b[j])) j++;
    const sep = (c: string): number => {
      if (a[i] !== c && b[j] !== c) return 0;
      const r = cmp(Number(a[i] !== c), Number(b[j] !== c));
      i++;
      j++;
      return r;
    };
    let r0 = sep('~');
    if (r0) return r0;
    if (a[i] === '\0' || b[j] === '\0') return cmp(a.charCodeAt(i), b.charCodeAt(j));
    for (const c of ['-', '^', '.']) {
      r0 = sep(c);
      if (r0) return r0;
    }
    let ii = i;
    let jj = j;
    if (isDigit(a[i]) || isDigit(b[j])) {
      while (isDigit(a[ii])) ii++;
      while (isDigit(b[jj])) jj++;
      let r = cmp(Number(i !== ii), Number(j !== jj));
      if (r) return r;
      while (a[i] === '0') i++;
      while (b[j] === '0') j++;
      r = cmp(ii - i, jj - j);
      if (r) return r;
      r = scmp(a.slice(i, ii), b.slice(j, jj));
      if (r) return r;
    } else {
      while (isAlpha(a[ii])) ii++;
      while (isAlpha(b[jj])) jj++;
      const n = Math.min(ii - i, jj - j);
      let r = scmp(a.slice(i, i + n), b.slice(j, j + n));
      if (r) return r;
      r = cmp(ii - i, jj - j);
      if (r) return r;
    }
    i = ii;
    j = jj;
  }
}

/** parse_compare_operator() with COMPARE_ALLOW_TEXTUAL: the test, and what is left after the operator. */
export function compareOperator(s: string): { test: (r: number) => boolean; rest: string } | null {
  const table: [string, (r: number) => boolean][] = [
    ['$=', () => false], ['!$=', () => false],
    ['<>', (r) => r !== 0], ['<=', (r) => r <= 0], ['>=', (r) => r >= 0], ['<', (r) => r < 0], ['>', (r) => r > 0], ['==', (r) => r === 0],
    ['=', (r) => r === 0], ['!=', (r) => r !== 0], ['lt', (r) => r < 0], ['le', (r) => r <= 0], ['eq', (r) => r === 0], ['ne', (r) => r !== 0],
    ['ge', (r) => r >= 0], ['gt', (r) => r > 0],
  ];
  for (const [op, test] of table) if (s.startsWith(op)) return op.includes('$') ? null : { test, rest: s.slice(op.length) };
  return null;
}
