// stty of GNU coreutils 8.32 (src/stty.c; help in help.ts; the tables in termios.ts): the settings of the session's
// terminal (its pts), shown (no argument: what differs from `sane`; -a all; -g in stty's own form) or changed
// ([-]mode, combinations such as sane, raw, cbreak, control characters, rows, cols, speed...). stty reads its own
// words (-echo is a setting, not an option). The settings are kept per session; -echo hides what a program reads
// (Session.questionSecret), raw does not change how the simulator's terminal reads lines.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { quote, quotef } from '../lib/quote';
import { help, version } from './help';
import { C, CONTROLS, I, L, MODES, NCCS, O, OMIT, REV, SANE_SET, SANE_UNSET, SPEEDS, terminalOf, V, type ModeInfo, type Termios } from './termios';
import { exportedVar } from '../../../shell/vars';

const u = (n: number) => n >>> 0;
const FIELD = { control: 'cflag', input: 'iflag', output: 'oflag', local: 'lflag' } as const;

/** visible(): how a control character is shown (^C, ^?, M-x, <undef>). */
function visible(ch: number): string {
  if (ch === 0) return '<undef>';
  if (ch >= 32) {
    if (ch < 127) return String.fromCharCode(ch);
    if (ch === 127) return '^?';
    if (ch >= 128 + 32) return 'M-' + (ch < 128 + 127 ? String.fromCharCode(ch - 128) : '^?');
    return 'M-^' + String.fromCharCode(ch - 128 + 64);
  }
  return '^' + String.fromCharCode(ch + 64);
}

function setMode(info: ModeInfo, reversed: boolean, t: Termios): boolean {
  if (reversed && !(info.flags & REV)) return false;
  if (info.type !== 'combination') {
    const f = FIELD[info.type];
    t[f] = u(reversed ? t[f] & ~info.mask & ~info.bits : (t[f] & ~info.mask) | info.bits);
    return true;
  }
  const n = info.name;
  const cs = (size: number) => (t.cflag & ~C.CSIZE) | size;
  if (n === 'evenp' || n === 'parity') t.cflag = reversed ? (t.cflag & ~C.PARENB & ~C.CSIZE) | C.CS8 : (t.cflag & ~C.PARODD & ~C.CSIZE) | C.PARENB | C.CS7;
  else if (n === 'oddp') t.cflag = reversed ? (t.cflag & ~C.PARENB & ~C.CSIZE) | C.CS8 : cs(C.CS7) | C.PARODD | C.PARENB;
  else if (n === 'nl') {
    if (reversed) {
      t.iflag = (t.iflag | I.ICRNL) & ~I.INLCR & ~I.IGNCR;
      t.oflag = (t.oflag | O.ONLCR) & ~O.OCRNL & ~O.ONLRET;
    } else {
      t.iflag &= ~I.ICRNL;
      t.oflag &= ~O.ONLCR;
    }
  } else if (n === 'ek') {
    t.cc[V.ERASE] = 127;
    t.cc[V.KILL] = 21;
  } else if (n === 'sane') sane(t);
  else if (n === 'cbreak') t.lflag = reversed ? t.lflag | L.ICANON : t.lflag & ~L.ICANON;
  else if (n === 'pass8' || n === 'litout') {
    if (reversed) {
      t.cflag = cs(C.CS7) | C.PARENB;
      t.iflag |= I.ISTRIP;
      if (n === 'litout') t.oflag |= O.OPOST;
    } else {
      t.cflag = (t.cflag & ~C.PARENB & ~C.CSIZE) | C.CS8;
      t.iflag &= ~I.ISTRIP;
      if (n === 'litout') t.oflag &= ~O.OPOST;
    }
  } else if (n === 'raw' || n === 'cooked') {
    if ((n === 'raw' && reversed) || (n === 'cooked' && !reversed)) {
      t.iflag |= I.BRKINT | I.IGNPAR | I.ISTRIP | I.ICRNL | I.IXON;
      t.oflag |= O.OPOST;
      t.lflag |= L.ISIG | L.ICANON;
    } else {
      t.iflag = 0;
      t.oflag &= ~O.OPOST;
      t.lflag &= ~(L.ISIG | L.ICANON | L.XCASE);
      t.cc[V.MIN] = 1;
      t.cc[V.TIME] = 0;
    }
  } else if (n === 'decctlq') t.iflag = reversed ? t.iflag | I.IXANY : t.iflag & ~I.IXANY;
  else if (n === 'tabs') t.oflag = (t.oflag & ~O.TABDLY) | (reversed ? O.TAB3 : 0);
  else if (n === 'lcase' || n === 'LCASE') {
    if (reversed) {
      t.lflag &= ~L.XCASE;
      t.iflag &= ~I.IUCLC;
      t.oflag &= ~O.OLCUC;
    } else {
      t.lflag |= L.XCASE;
      t.iflag |= I.IUCLC;
      t.oflag |= O.OLCUC;
    }
  } else if (n === 'crt') t.lflag |= L.ECHOE | L.ECHOCTL | L.ECHOKE;
  else if (n === 'dec') {
    t.cc[V.INTR] = 3;
    t.cc[V.ERASE] = 127;
    t.cc[V.KILL] = 21;
    t.lflag |= L.ECHOE | L.ECHOCTL | L.ECHOKE;
    t.iflag &= ~I.IXANY;
  }
  t.cflag = u(t.cflag);
  return true;
}

function sane(t: Termios) {
  for (const [, saneVal, at] of CONTROLS) t.cc[at] = saneVal;
  for (const info of MODES) {
    if (info.type === 'combination') continue;
    const f = FIELD[info.type];
    if (info.flags & SANE_SET) t[f] = u((t[f] & ~info.mask) | info.bits);
    else if (info.flags & SANE_UNSET) t[f] = u(t[f] & ~info.mask & ~info.bits);
  }
}

const copy = (t: Termios): Termios => ({ ...t, cc: [...t.cc] });

export function* run(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  const usage = (msg: string) => {
    ctx.err(`stty: ${msg}\nTry 'stty --help' for more information.\n`);
    return 1;
  };
  // the options pass (getopt_long "-agF:" with errors off): what is not an option is a setting
  let all = false;
  let recoverable = false;
  let file: string | null = null;
  const settings: string[] = [];
  let noargs = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') continue;
    if (a.startsWith('--') && a.length > 2) {
      const [name, val] = a.slice(2).split(/=(.*)/s);
      const longs = ['all', 'save', 'file', 'help', 'version'].filter((l) => l.startsWith(name));
      const l = longs.includes(name) ? name : longs.length === 1 ? longs[0] : null;
      if (l === 'help') {
        ctx.out(help);
        return 0;
      }
      if (l === 'version') {
        ctx.out(version);
        return 0;
      }
      if (l === 'all') all = true;
      else if (l === 'save') recoverable = true;
      else if (l === 'file') {
        const v = val ?? args[++i];
        if (v === undefined) return usage("option '--file' requires an argument");
        if (file !== null) return usage('only one device may be specified').valueOf() && 1;
        file = v;
      } else {
        settings.push(a);
        noargs = false;
      }
      continue;
    }
    // short options: a word of a, g and F only; anything else is a setting (-echo)
    const short = /^-([ag]*)(F(.*))?$/.exec(a);
    if (short && a.length > 1) {
      if (short[1].includes('a')) all = true;
      if (short[1].includes('g')) recoverable = true;
      if (short[2] !== undefined) {
        const v = short[3] || args[++i];
        if (v === undefined) return usage("option requires an argument -- 'F'");
        if (file !== null) {
          ctx.err('stty: only one device may be specified\n');
          return 1;
        }
        file = v;
      }
      continue;
    }
    if (a !== 'drain' && a !== '-drain') noargs = false;
    settings.push(a);
  }
  if (all && recoverable) {
    ctx.err('stty: the options for verbose and stty-readable output styles are\nmutually exclusive\n');
    return 1;
  }
  if (!noargs && (all || recoverable)) {
    ctx.err('stty: when specifying an output style, modes may not be set\n');
    return 1;
  }
  const device = file ?? 'standard input';
  const session = ctx.session.size?.() ?? { rows: 24, cols: 80 };
  const onTty = ctx.stdin === null && !ctx.input && !!ctx.session.jobs;
  let out = '';
  let col = 0;
  let maxCol = 80;
  const wrapf = (s: string) => {
    if (col > 0) {
      if (maxCol - col < s.length) {
        out += '\n';
        col = 0;
      } else {
        out += ' ';
        col++;
      }
    }
    out += s;
    col += s.length;
  };
  const integerArg = (s: string, max: number): number | null => {
    const m = /^\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)([bB]?)$/.exec(s);
    if (!m) {
      ctx.err(`stty: invalid integer argument: ${quote(s)}\n`);
      return null;
    }
    const n = Number(m[1].startsWith('0') && m[1].length > 1 && !/^0[xX]/.test(m[1]) ? parseInt(m[1], 8) : m[1]) * (m[2] === 'b' ? 512 : m[2] === 'B' ? 1024 : 1);
    if (n > max) {
      ctx.err(`stty: invalid integer argument: ${quote(s)}: Numerical result out of range\n`);
      return null;
    }
    return n;
  };
  const winsize = (t: Termios) => {
    const over = t.size && t.size.over.rows === session.rows && t.size.over.cols === session.cols;
    return over ? t.size! : { rows: session.rows, cols: session.cols };
  };

  /** apply_settings; null when it stopped with an error (the status to return). */
  const apply = (checking: boolean, t: Termios): number | null => {
    for (let k = 0; k < settings.length; k++) {
      let arg = settings[k];
      let reversed = false;
      if (arg.startsWith('-')) {
        arg = arg.slice(1);
        reversed = true;
      }
      if (arg === 'drain') continue;
      const missing = () => {
        if (k === settings.length - 1) return usage(`missing argument to ${quote(arg)}`);
        return null;
      };
      const info = MODES.find((x) => x.name === arg);
      let matched = info ? setMode(info, reversed, t) : false;
      if (!matched && reversed) return usage(`invalid argument ${quote(settings[k])}`);
      if (!matched) {
        const control = CONTROLS.find(([n]) => n === arg);
        if (control) {
          const e = missing();
          if (e !== null) return e;
          const v = settings[++k];
          let value: number | null;
          if (arg === 'min' || arg === 'time') value = integerArg(v, 255);
          else if (v.length <= 1) value = v.length ? v.charCodeAt(0) & 0xff : 0;
          else if (v === '^-' || v === 'undef') value = 0;
          else if (v[0] === '^') value = v[1] === '?' ? 127 : v.charCodeAt(1) & ~0o140 & 0xff;
          else value = integerArg(v, 255);
          if (value === null) return 1;
          t.cc[control[2]] = value;
          matched = true;
        }
      }
      if (matched) continue;
      if (arg === 'ispeed' || arg === 'ospeed') {
        const e = missing();
        if (e !== null) return e;
        const sp = SPEEDS.find(([n]) => n === settings[++k]);
        if (!checking && sp) t.cflag = u((t.cflag & ~C.CBAUD) | sp[1]);
      } else if (arg === 'rows' || arg === 'cols' || arg === 'columns') {
        const e = missing();
        if (e !== null) return e;
        if (checking) {
          k++;
          continue;
        }
        const n = integerArg(settings[++k], 0x7fffffff);
        if (n === null) return 1;
        const cur = winsize(t);
        t.size = { rows: arg === 'rows' ? n & 0xffff : cur.rows, cols: arg === 'rows' ? cur.cols : n & 0xffff, over: session };
      } else if (arg === 'size') {
        if (checking) continue;
        const w = winsize(t);
        out += `${w.rows} ${w.cols}\n`;
        col = 0;
      } else if (arg === 'line') {
        const e = missing();
        if (e !== null) return e;
        const n = integerArg(settings[++k], 2 ** 64);
        if (n === null) return 1;
        if (n > 255) ctx.err(`stty: invalid line discipline ${quote(settings[k])}\n`);
        t.line = n & 0xff;
      } else if (arg === 'speed') {
        if (checking) continue;
        out += `${SPEEDS.find(([, code]) => code === (t.cflag & C.CBAUD))?.[2] ?? 0}\n`;
        col = 0;
      } else if (SPEEDS.some(([n]) => n === arg)) {
        if (!checking) t.cflag = u((t.cflag & ~C.CBAUD) | SPEEDS.find(([n]) => n === arg)![1]);
      } else if (!recover(arg, t)) return usage(`invalid argument ${quote(arg)}`);
    }
    return null;
  };

  if (!noargs) {
    const e = apply(true, copy(terminalOf(ctx.session)));
    if (e !== null) return e;
  }
  // the device: standard input, or -F's file (the session's own pts is its terminal)
  if (file !== null) {
    const abs = ctx.resolve(file);
    if (!/^\/dev\/(pts\/0|tty)$/.test(abs) || !onTty) {
      const node = ctx.host.fs.get(abs);
      const known = node || /^\/dev\/(null|zero|random|urandom|tty\d*|console|pts\/\d+)$/.test(abs);
      ctx.err(`stty: ${quotef(device)}: ${known ? 'Inappropriate ioctl for device' : 'No such file or directory'}\n`);
      return 1;
    }
  } else if (!onTty) {
    ctx.err(`stty: ${quotef(device)}: Inappropriate ioctl for device\n`);
    return 1;
  }
  const t = terminalOf(ctx.session);
  maxCol = ctx.tty ? session.cols : Number(exportedVar(ctx.frame, 'COLUMNS')) > 0 ? Number(exportedVar(ctx.frame, 'COLUMNS')) : 80;
  const speed = () => wrapf(`speed ${SPEEDS.find(([, code]) => code === (t.cflag & C.CBAUD))?.[2] ?? 0} baud;`);
  const flagOf = (info: ModeInfo) => (info.type === 'combination' ? 0 : t[FIELD[info.type]]);
  const isSet = (info: ModeInfo) => u(flagOf(info) & (info.mask || info.bits)) === u(info.bits);
  if (all) {
    speed();
    const w = winsize(t);
    wrapf(`rows ${w.rows}; columns ${w.cols};`);
    wrapf(`line = ${t.line};`);
    out += '\n';
    col = 0;
    for (const [name, , at] of CONTROLS) {
      if (name === 'min') break;
      if (name !== 'flush') wrapf(`${name} = ${visible(t.cc[at])};`);
    }
    wrapf(`min = ${t.cc[V.MIN]}; time = ${t.cc[V.TIME]};`);
    if (col) out += '\n';
    col = 0;
    let prev = 'control';
    for (const info of MODES) {
      if (info.flags & OMIT) continue;
      if (info.type !== prev) {
        out += '\n';
        col = 0;
        prev = info.type;
      }
      if (isSet(info)) wrapf(info.name);
      else if (info.flags & REV) wrapf(`-${info.name}`);
    }
    out += '\n';
  } else if (recoverable) {
    out += [t.iflag, t.oflag, t.cflag, t.lflag, ...t.cc.slice(0, NCCS)].map((n) => u(n).toString(16)).join(':') + '\n';
  } else if (noargs) {
    speed();
    wrapf(`line = ${t.line};`);
    out += '\n';
    col = 0;
    let empty = true;
    for (const [name, saneVal, at] of CONTROLS) {
      if (name === 'min') break;
      if (t.cc[at] === saneVal || name === 'flush') continue;
      empty = false;
      wrapf(`${name} = ${visible(t.cc[at])};`);
    }
    if (!(t.lflag & L.ICANON)) wrapf(`min = ${t.cc[V.MIN]}; time = ${t.cc[V.TIME]};\n`);
    else if (!empty) out += '\n';
    col = 0;
    empty = true;
    let prev = 'control';
    for (const info of MODES) {
      if (info.flags & OMIT) continue;
      if (info.type !== prev) {
        if (!empty) {
          out += '\n';
          col = 0;
          empty = true;
        }
        prev = info.type;
      }
      if (isSet(info)) {
        if (info.flags & SANE_UNSET) {
          wrapf(info.name);
          empty = false;
        }
      } else if ((info.flags & (SANE_SET | REV)) === (SANE_SET | REV)) {
        wrapf(`-${info.name}`);
        empty = false;
      }
    }
    if (!empty) out += '\n';
  } else {
    const e = apply(false, t);
    ctx.out(out);
    return e ?? 0;
  }
  ctx.out(out);
  return 0;
}

/** recover_mode: stty -g's form (four flags and the NCCS characters in hex, colon-separated). */
function recover(arg: string, t: Termios): boolean {
  const parts = arg.split(':');
  if (parts.length !== 4 + NCCS || parts.some((p) => !/^[0-9a-fA-F]+$/.test(p))) return false;
  const n = parts.map((p) => parseInt(p, 16));
  if (n.slice(0, 4).some((x) => x > 0xffffffff) || n.slice(4).some((x) => x > 255)) return false;
  [t.iflag, t.oflag, t.cflag, t.lflag] = n;
  t.cc = n.slice(4);
  return true;
}
