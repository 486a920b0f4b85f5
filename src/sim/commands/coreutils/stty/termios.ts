// The terminal settings stty reads and writes: Linux's struct termios (x86_64 <bits/termios*.h> values) and
// stty.c's tables of modes and control characters (coreutils 8.32, as built for Linux), with the state each
// session's terminal keeps. A new terminal has the pty driver's settings (drivers/tty/pty.c: the termios a pty
// slave starts with), which a fresh pty on this machine shows.

export interface Termios {
  iflag: number;
  oflag: number;
  cflag: number;
  lflag: number;
  line: number;
  cc: number[];
  /** A window size set with `stty rows`/`cols`, and the terminal's size it was set over. */
  size?: { rows: number; cols: number; over: { rows: number; cols: number } };
}

export const NCCS = 32;
export const V = { INTR: 0, QUIT: 1, ERASE: 2, KILL: 3, EOF: 4, TIME: 5, MIN: 6, SWTC: 7, START: 8, STOP: 9, SUSP: 10, EOL: 11, REPRINT: 12, DISCARD: 13, WERASE: 14, LNEXT: 15, EOL2: 16 };

export const I = { IGNBRK: 0o1, BRKINT: 0o2, IGNPAR: 0o4, PARMRK: 0o10, INPCK: 0o20, ISTRIP: 0o40, INLCR: 0o100, IGNCR: 0o200, ICRNL: 0o400, IUCLC: 0o1000, IXON: 0o2000, IXANY: 0o4000, IXOFF: 0o10000, IMAXBEL: 0o20000, IUTF8: 0o40000 };
export const O = { OPOST: 0o1, OLCUC: 0o2, ONLCR: 0o4, OCRNL: 0o10, ONOCR: 0o20, ONLRET: 0o40, OFILL: 0o100, OFDEL: 0o200, NLDLY: 0o400, CRDLY: 0o3000, TABDLY: 0o14000, TAB3: 0o14000, BSDLY: 0o20000, VTDLY: 0o40000, FFDLY: 0o100000 };
export const C = { CBAUD: 0o10017, CSIZE: 0o60, CS7: 0o40, CS8: 0o60, CSTOPB: 0o100, CREAD: 0o200, PARENB: 0o400, PARODD: 0o1000, HUPCL: 0o2000, CLOCAL: 0o4000, CMSPAR: 0o10000000000, CRTSCTS: 0o20000000000 };
export const L = { ISIG: 0o1, ICANON: 0o2, XCASE: 0o4, ECHO: 0o10, ECHOE: 0o20, ECHOK: 0o40, ECHONL: 0o100, NOFLSH: 0o200, TOSTOP: 0o400, ECHOCTL: 0o1000, ECHOPRT: 0o2000, ECHOKE: 0o4000, FLUSHO: 0o10000, IEXTEN: 0o100000, EXTPROC: 0o200000 };

export type ModeType = 'control' | 'input' | 'output' | 'local' | 'combination';
export const SANE_SET = 1;
export const SANE_UNSET = 2;
export const REV = 4;
export const OMIT = 8;

export interface ModeInfo {
  name: string;
  type: ModeType;
  flags: number;
  bits: number;
  mask: number;
}

const m = (name: string, type: ModeType, flags: number, bits = 0, mask = 0): ModeInfo => ({ name, type, flags, bits, mask });

/** stty.c's mode_info for Linux, in its order (the order -a prints). */
export const MODES: ModeInfo[] = [
  m('parenb', 'control', REV, C.PARENB),
  m('parodd', 'control', REV, C.PARODD),
  m('cmspar', 'control', REV, C.CMSPAR),
  m('cs5', 'control', 0, 0, C.CSIZE),
  m('cs6', 'control', 0, 0o20, C.CSIZE),
  m('cs7', 'control', 0, C.CS7, C.CSIZE),
  m('cs8', 'control', 0, C.CS8, C.CSIZE),
  m('hupcl', 'control', REV, C.HUPCL),
  m('hup', 'control', REV | OMIT, C.HUPCL),
  m('cstopb', 'control', REV, C.CSTOPB),
  m('cread', 'control', SANE_SET | REV, C.CREAD),
  m('clocal', 'control', REV, C.CLOCAL),
  m('crtscts', 'control', REV, C.CRTSCTS),
  m('ignbrk', 'input', SANE_UNSET | REV, I.IGNBRK),
  m('brkint', 'input', SANE_SET | REV, I.BRKINT),
  m('ignpar', 'input', REV, I.IGNPAR),
  m('parmrk', 'input', REV, I.PARMRK),
  m('inpck', 'input', REV, I.INPCK),
  m('istrip', 'input', REV, I.ISTRIP),
  m('inlcr', 'input', SANE_UNSET | REV, I.INLCR),
  m('igncr', 'input', SANE_UNSET | REV, I.IGNCR),
  m('icrnl', 'input', SANE_SET | REV, I.ICRNL),
  m('ixon', 'input', REV, I.IXON),
  m('ixoff', 'input', SANE_UNSET | REV, I.IXOFF),
  m('tandem', 'input', REV | OMIT, I.IXOFF),
  m('iuclc', 'input', SANE_UNSET | REV, I.IUCLC),
  m('ixany', 'input', SANE_UNSET | REV, I.IXANY),
  m('imaxbel', 'input', SANE_SET | REV, I.IMAXBEL),
  m('iutf8', 'input', SANE_UNSET | REV, I.IUTF8),
  m('opost', 'output', SANE_SET | REV, O.OPOST),
  m('olcuc', 'output', SANE_UNSET | REV, O.OLCUC),
  m('ocrnl', 'output', SANE_UNSET | REV, O.OCRNL),
  m('onlcr', 'output', SANE_SET | REV, O.ONLCR),
  m('onocr', 'output', SANE_UNSET | REV, O.ONOCR),
  m('onlret', 'output', SANE_UNSET | REV, O.ONLRET),
  m('ofill', 'output', SANE_UNSET | REV, O.OFILL),
  m('ofdel', 'output', SANE_UNSET | REV, O.OFDEL),
  m('nl1', 'output', SANE_UNSET, 0o400, O.NLDLY),
  m('nl0', 'output', SANE_SET, 0, O.NLDLY),
  m('cr3', 'output', SANE_UNSET, 0o3000, O.CRDLY),
  m('cr2', 'output', SANE_UNSET, 0o2000, O.CRDLY),
  m('cr1', 'output', SANE_UNSET, 0o1000, O.CRDLY),
  m('cr0', 'output', SANE_SET, 0, O.CRDLY),
  m('tab3', 'output', SANE_UNSET, 0o14000, O.TABDLY),
  m('tab2', 'output', SANE_UNSET, 0o10000, O.TABDLY),
  m('tab1', 'output', SANE_UNSET, 0o4000, O.TABDLY),
  m('tab0', 'output', SANE_SET, 0, O.TABDLY),
  m('bs1', 'output', SANE_UNSET, 0o20000, O.BSDLY),
  m('bs0', 'output', SANE_SET, 0, O.BSDLY),
  m('vt1', 'output', SANE_UNSET, 0o40000, O.VTDLY),
  m('vt0', 'output', SANE_SET, 0, O.VTDLY),
  m('ff1', 'output', SANE_UNSET, 0o100000, O.FFDLY),
  m('ff0', 'output', SANE_SET, 0, O.FFDLY),
  m('isig', 'local', SANE_SET | REV, L.ISIG),
  m('icanon', 'local', SANE_SET | REV, L.ICANON),
  m('iexten', 'local', SANE_SET | REV, L.IEXTEN),
  m('echo', 'local', SANE_SET | REV, L.ECHO),
  m('echoe', 'local', SANE_SET | REV, L.ECHOE),
  m('crterase', 'local', REV | OMIT, L.ECHOE),
  m('echok', 'local', SANE_SET | REV, L.ECHOK),
  m('echonl', 'local', SANE_UNSET | REV, L.ECHONL),
  m('noflsh', 'local', SANE_UNSET | REV, L.NOFLSH),
  m('xcase', 'local', SANE_UNSET | REV, L.XCASE),
  m('tostop', 'local', SANE_UNSET | REV, L.TOSTOP),
  m('echoprt', 'local', SANE_UNSET | REV, L.ECHOPRT),
  m('prterase', 'local', REV | OMIT, L.ECHOPRT),
  m('echoctl', 'local', SANE_SET | REV, L.ECHOCTL),
  m('ctlecho', 'local', REV | OMIT, L.ECHOCTL),
  m('echoke', 'local', SANE_SET | REV, L.ECHOKE),
  m('crtkill', 'local', REV | OMIT, L.ECHOKE),
  m('flusho', 'local', SANE_UNSET | REV, L.FLUSHO),
  m('extproc', 'local', SANE_UNSET | REV, L.EXTPROC),
  ...['evenp', 'parity', 'oddp', 'nl'].map((n) => m(n, 'combination', REV | OMIT)),
  m('ek', 'combination', OMIT),
  m('sane', 'combination', OMIT),
  ...['cooked', 'raw', 'pass8', 'litout', 'cbreak', 'decctlq', 'tabs', 'lcase', 'LCASE'].map((n) => m(n, 'combination', REV | OMIT)),
  m('crt', 'combination', OMIT),
  m('dec', 'combination', OMIT),
];

/** stty.c's control_info for Linux: name, value for `sane`, index in c_cc. */
export const CONTROLS: [string, number, number][] = [
  ['intr', 3, V.INTR],
  ['quit', 28, V.QUIT],
  ['erase', 127, V.ERASE],
  ['kill', 21, V.KILL],
  ['eof', 4, V.EOF],
  ['eol', 0, V.EOL],
  ['eol2', 0, V.EOL2],
  ['swtch', 0, V.SWTC],
  ['start', 17, V.START],
  ['stop', 19, V.STOP],
  ['susp', 26, V.SUSP],
  ['rprnt', 18, V.REPRINT],
  ['werase', 23, V.WERASE],
  ['lnext', 22, V.LNEXT],
  ['flush', 15, V.DISCARD],
  ['discard', 15, V.DISCARD],
  ['min', 1, V.MIN],
  ['time', 0, V.TIME],
];

/** Baud rates: the name stty takes, the cflag code, the rate it prints. */
export const SPEEDS: [string, number, number][] = [
  ['0', 0, 0], ['50', 1, 50], ['75', 2, 75], ['110', 3, 110], ['134', 4, 134], ['134.5', 4, 134], ['150', 5, 150], ['200', 6, 200],
  ['300', 7, 300], ['600', 0o10, 600], ['1200', 0o11, 1200], ['1800', 0o12, 1800], ['2400', 0o13, 2400], ['4800', 0o14, 4800],
  ['9600', 0o15, 9600], ['19200', 0o16, 19200], ['38400', 0o17, 38400], ['exta', 0o16, 19200], ['extb', 0o17, 38400],
  ['57600', 0o10001, 57600], ['115200', 0o10002, 115200], ['230400', 0o10003, 230400], ['460800', 0o10004, 460800],
  ['500000', 0o10005, 500000], ['576000', 0o10006, 576000], ['921600', 0o10007, 921600], ['1000000', 0o10010, 1000000],
  ['1152000', 0o10011, 1152000], ['1500000', 0o10012, 1500000], ['2000000', 0o10013, 2000000], ['2500000', 0o10014, 2500000],
  ['3000000', 0o10015, 3000000], ['3500000', 0o10016, 3500000], ['4000000', 0o10017, 4000000],
];

/** A new pty's settings: 38400 baud, cs8 cread; icrnl ixon; opost onlcr; isig icanon iexten echo echoe echok echoctl echoke. */
export function ptyDefaults(): Termios {
  const cc = new Array<number>(NCCS).fill(0);
  for (const [name, sane, at] of CONTROLS) if (name !== 'flush') cc[at] = sane;
  cc[V.EOL] = 0;
  return {
    iflag: I.ICRNL | I.IXON,
    oflag: O.OPOST | O.ONLCR,
    cflag: 0o17 | C.CS8 | C.CREAD,
    lflag: L.ISIG | L.ICANON | L.ECHO | L.ECHOE | L.ECHOK | L.ECHOCTL | L.ECHOKE | L.IEXTEN,
    line: 0,
    cc,
  };
}

const terminals = new WeakMap<object, Termios>();

/** The settings of the session's terminal (one per session: its pts). */
export function terminalOf(session: object): Termios {
  let t = terminals.get(session);
  if (!t) terminals.set(session, (t = ptyDefaults()));
  return t;
}
