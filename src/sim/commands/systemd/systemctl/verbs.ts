// systemctl's verbs and how many operands each takes: the verb table of src/systemctl/systemctl.c at systemd-rhel9's
// v252-46, the same counts the real systemctl 252 gives here (dispatch_verb() checks them before anything connects
// to the manager). [min, max]; max -1: any number.
export const VERBS: Record<string, [number, number]> = {
  'add-requires': [2, -1], check: [1, -1], 'clear-jobs': [0, 0], 'add-wants': [2, -1], bind: [2, 3], cancel: [0, -1], cat: [1, -1], clean: [1, -1],
  condreload: [1, -1], condrestart: [1, -1], condstop: [1, -1], 'daemon-reexec': [0, 0], 'daemon-reload': [0, 0],
  default: [0, 0], disable: [1, -1], edit: [1, -1], emergency: [0, 0], enable: [1, -1], exit: [0, 1], freeze: [1, -1],
  'force-reload': [1, -1], 'get-default': [0, 0], halt: [0, 0], help: [0, -1], hibernate: [0, 0], 'hybrid-sleep': [0, 0],
  'import-environment': [0, -1], 'is-active': [1, -1], 'is-enabled': [1, -1], 'is-failed': [1, -1],
  'is-system-running': [0, 0], isolate: [1, 1], kexec: [0, 0], kill: [1, -1], link: [1, -1], 'list-automounts': [0, -1],
  'list-dependencies': [0, -1], 'list-jobs': [0, -1], 'list-machines': [0, -1], 'list-sockets': [0, -1],
  'list-timers': [0, -1], 'list-unit-files': [0, -1], 'list-units': [0, -1], 'log-level': [0, 1], 'log-target': [0, 1],
  mask: [1, -1], 'mount-image': [3, 4], poweroff: [0, 0], preset: [1, -1], 'preset-all': [0, 0], reboot: [0, 1],
  reenable: [1, -1], reload: [1, -1], 'reload-or-restart': [0, -1], 'reload-or-try-restart': [1, -1], rescue: [0, 0],
  'reset-failed': [0, -1], restart: [1, -1], revert: [1, -1], 'service-log-level': [1, 2], 'service-log-target': [1, 2],
  'service-watchdogs': [0, 1], 'set-default': [1, 1], 'set-environment': [1, -1], 'set-property': [2, -1], show: [0, -1],
  'show-environment': [0, 0], start: [1, -1], status: [0, -1], stop: [1, -1], suspend: [0, 0],
  'suspend-then-hibernate': [0, 0], 'switch-root': [1, -1], thaw: [1, -1], 'try-reload-or-restart': [1, -1],
  'try-restart': [1, -1], unmask: [1, -1], 'unset-environment': [1, -1],
};

/** What `-t` takes: unit types and load states (`systemctl -t help` lists the types). */
export const UNIT_TYPES = ['service', 'mount', 'swap', 'socket', 'target', 'device', 'automount', 'timer', 'path', 'slice', 'scope'];
export const LOAD_STATES = ['stub', 'loaded', 'not-found', 'bad-setting', 'error', 'merged', 'masked'];

/** The verb's usage error, or undefined when the count fits (systemctl's own words for help and reload-or-restart). */
export function verbError(verb: string, operands: number): string | undefined {
  const v = VERBS[verb];
  if (!v) return `Unknown command verb ${verb}.\n`;
  if (operands < v[0]) return 'Too few arguments.\n';
  if (v[1] >= 0 && operands > v[1]) return 'Too many arguments.\n';
  if (verb === 'help' && operands === 0) return "'help' command expects one or more unit names.\n(Alternatively, help for systemctl itself may be shown with --help)\n";
  if (verb === 'reload-or-restart' && operands === 0) return 'List of units to restart/reload is required.\n';
  return undefined;
}
