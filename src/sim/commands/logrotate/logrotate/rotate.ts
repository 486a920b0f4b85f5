// The state file and the rotation of logrotate 3.18.0 (logrotate.c: readState(), findState()/newState() over a
// hash table of 64 lists, findNeedRotating(), rotateLogSet(), prerotateSingleLog(), rotateSingleLog(),
// postrotateSingleLog(), writeState()), with the debug messages each step prints. Rotation renames and creates
// the files in the guest's file system; scripts are announced, not run (DIFFERENCES.md).
import type { Host } from '../../../types';
import type { Vfs, FsNode } from '../../../fs';
import { localTm } from '../../lib/clock';
import { ownerOf } from '../../../fs-owner';
import { inodeOf } from '../../lib/inode';
import type { LogSet } from './config';

type Tm = { y: number; mo: number; d: number; h: number; mi: number; s: number; wd: number };
type State = { fn: string; last: Tm; used: boolean; doRotate: boolean; size: number; mode: number; user: string; group: string };

const two = (n: number) => String(n).padStart(2, '0');
const stamp = (t: Tm) => `${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}`;
const dayNo = (t: Tm) => Math.floor(Date.UTC(t.y, t.mo, t.d) / 86_400_000);

export class Rotator {
  private buckets: State[][] = Array.from({ length: 64 }, () => []);
  readonly now: Tm;
  constructor(
    private host: Host,
    private ms: number,
    private debug: boolean,
    private say: (level: 'debug' | 'error', text: string) => void,
    private root: boolean,
  ) {
    this.now = localTm(host, ms);
  }
  private get fs(): Vfs {
    return this.host.fs;
  }

  /** hashIndex(): the name's bytes in base 13, modulo the table's size. */
  private index(fn: string): number {
    let h = 0;
    for (const b of new TextEncoder().encode(fn)) h = (Math.imul(h, 13) + b) >>> 0;
    return h % 64;
  }

  find(fn: string): State {
    const list = this.buckets[this.index(fn)];
    let s = list.find((x) => x.fn === fn);
    if (!s) {
      // newState(): rotated "now", to the hour
      this.say('debug', 'Creating new state\n');
      s = { fn, last: { ...this.now, mi: 0, s: 0 }, used: false, doRotate: false, size: 0, mode: 0o644, user: 'root', group: 'root' };
      list.unshift(s);
    }
    return s;
  }

  /** readState(): false when the file has a bad top line. */
  readState(path: string): boolean {
    this.say('debug', `Reading state from file: ${path}\n`);
    const node = this.fs.get(path);
    const text = node?.type === 'file' ? node.content : null;
    if (text === null) {
      this.say('error', `error opening state file ${path}: No such file or directory\n`);
      this.say('debug', 'Allocating hash table for state file, size 64 entries\n');
      return true;
    }
    this.say('debug', 'Allocating hash table for state file, size 64 entries\n');
    if (text === '') return true;
    const lines = text.split('\n');
    if (lines[0] !== 'logrotate state -- version 1' && lines[0] !== 'logrotate state -- version 2') {
      this.say('error', `bad top line in state file ${path}\n`);
      return false;
    }
    for (const l of lines.slice(1)) {
      const m = /^"((?:[^"\\]|\\.)*)" (\d+)-(\d+)-(\d+)(?:-(\d+):(\d+):(\d+))?$/.exec(l);
      if (!m) continue;
      const fn = m[1].replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
      const [y, mo, d, h, mi, s] = m.slice(2).map((x) => Number(x ?? 0));
      this.find(fn).last = { y, mo: mo - 1, d, h, mi, s, wd: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
    }
    return true;
  }

  /** writeState(): the states in table order. */
  stateText(): string {
    let out = 'logrotate state -- version 2\n';
    for (const list of this.buckets)
      for (const s of list) {
        const t = s.last;
        out += `"${s.fn.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\n')}" ${t.y}-${t.mo + 1}-${t.d}-${t.h}:${t.mi}:${t.s}\n`;
      }
    return out;
  }

  /** rotateLogSet(): true when something went wrong. */
  rotateSet(log: LogSet, force: boolean): boolean {
    const say = (t: string) => this.say('debug', t);
    let head = `\nrotating pattern: ${log.pattern} `;
    head += force ? 'forced from command line ' : log.crit === 'size' ? `${log.threshold} bytes ` : log.crit === 'daily' ? 'after 1 days ' : `${log.crit} `;
    if (log.rotate > 0) head += `(${log.rotate} rotations)\n`;
    else if (log.rotate === 0) head += '(no old logs will be kept)\n';
    head += log.ifempty ? 'empty log files are rotated, ' : 'empty log files are not rotated, ';
    if (log.minsize) head += `only log files >= ${log.minsize} bytes are rotated, `;
    if (log.maxsize) head += `log files >= ${log.maxsize} are rotated earlier, `;
    if (log.minage) head += `only log files older than ${log.minage} days are rotated, `;
    head += 'old logs are removed\n';
    say(head);
    if (!log.files.length) {
      say('No logs found. Rotation not needed.\n');
      return false;
    }
    let errors = false;
    const errs: boolean[] = [];
    let rotated = 0;
    for (const fn of log.files) {
      const e = this.need(log, fn, force);
      errs.push(e);
      errors ||= e;
      if (this.find(fn).doRotate) rotated++;
    }
    if (log.first) say(rotated ? 'running first action script\n' : 'not running first action script, since no logs will be rotated\n');
    if (log.first && rotated && this.debug) say(`running script with args ${log.pattern} : "${log.first}"\n`);
    const groups = log.sharedscripts ? [log.files.map((_, i) => i)] : log.files.map((_, i) => [i]);
    for (const g of groups) {
      const states = g.map((i) => this.find(log.files[i]));
      const names = g.map((i) => (states[g.indexOf(i)].doRotate && !errs[i] ? this.prerotate(log, log.files[i]) : null));
      const j = g[0];
      const runs = log.sharedscripts ? !errors : !errs[j] && states[0].doRotate;
      if (log.pre && runs) {
        say(rotated ? 'running prerotate script\n' : 'not running prerotate script, since no logs will be rotated\n');
        if (rotated && this.debug) say(`running script with args ${log.sharedscripts ? log.pattern : log.files[j]} : "${log.pre}"\n`);
      }
      g.forEach((i, k) => {
        const n = names[k];
        if (n && !n.skip) this.rotateOne(log, log.files[i], states[k], n);
      });
      if (log.post && runs) {
        say(rotated ? 'running postrotate script\n' : 'not running postrotate script, since no logs were rotated\n');
        if (rotated && this.debug) say(`running script with args ${log.sharedscripts ? log.pattern : log.files[j]} ${log.sharedscripts ? '' : (names[0]?.final ?? '')}: "${log.post}"\n`);
      }
      g.forEach((_, k) => {
        const n = names[k];
        if (n && !n.skip && n.dispose) {
          say(`removing old log ${n.dispose}\n`);
          if (!this.debug) this.fs.remove(n.dispose);
        }
      });
      for (const n of names) if (n?.skip) errors = true;
    }
    if (log.last) say(rotated ? 'running last action script\n' : 'not running last action script, since no logs will be rotated\n');
    if (log.last && rotated && this.debug) say(`running script with args ${log.pattern} : "${log.last}"\n`);
    return errors;
  }

  /** findNeedRotating(): true on an error. */
  private need(log: LogSet, fn: string, force: boolean): boolean {
    const say = (t: string) => this.say('debug', t);
    say(`considering log ${fn}\n`);
    if (this.root) {
      const dir = fn.slice(0, fn.lastIndexOf('/')) || '/';
      const d = this.fs.get(dir);
      if (!d) {
        if (!log.missingok) {
          this.say('error', `stat of ${dir} failed: No such file or directory\n`);
          return true;
        }
        return false;
      }
      const own = ownerOf(d, dir);
      const gid = this.host.groups?.get(own.group)?.gid ?? 0;
      if ((gid !== 0 && d.mode & 0o020) || d.mode & 0o002) {
        this.say('error', `skipping "${fn}" because parent directory has insecure permissions (It's world writable or writable by group which is not "root") Set "su" directive in config file to tell logrotate which user/group should be used for rotation.\n`);
        return true;
      }
    }
    const node = this.fs.lget(fn);
    if (!node) {
      if (log.missingok) {
        say(`  log ${fn} does not exist -- skipping\n`);
        return false;
      }
      this.say('error', `stat of ${fn} failed: No such file or directory\n`);
      return true;
    }
    const st = this.find(fn);
    st.doRotate = false;
    st.used = true;
    const own = ownerOf(node, fn);
    Object.assign(st, { size: sizeOf(node), mode: node.mode & 0o777, user: own.user, group: own.group });
    if (node.type === 'link') {
      say(`  log ${fn} is symbolic link. Rotation of symbolic links is not allowed to avoid security issues -- skipping.\n`);
      return false;
    }
    const now = this.now;
    const last = st.last;
    say(`  Now: ${stamp(now)}\n`);
    say(`  Last rotated at ${stamp(last)}\n`);
    const lastMs = Date.UTC(last.y, last.mo, last.d, last.h, last.mi, last.s);
    const nowMs = Date.UTC(now.y, now.mo, now.d, now.h, now.mi, now.s);
    const ago = (what: string) => say(`  log does not need rotating (log has been rotated at ${stamp(last)}, which is less than ${what} ago)\n`);
    if (force) st.doRotate = true;
    else if (log.maxsize && st.size > log.maxsize) st.doRotate = true;
    else if (log.crit === 'size') {
      st.doRotate = st.size >= log.threshold;
      if (!st.doRotate) say("  log does not need rotating (log size is below the 'size' threshold)\n");
    } else if (lastMs - nowMs > 25 * 3600_000) {
      this.say('error', `log ${fn} last rotated in the future -- rotation forced\n`);
      st.doRotate = true;
    } else if (last.y !== now.y || last.mo !== now.mo || last.d !== now.d || last.h !== now.h) {
      if (log.crit === 'weekly') {
        const days = dayNo(now) - dayNo(last);
        st.doRotate = days >= 7 || (days >= 1 && now.wd === log.weekday);
        if (!st.doRotate) ago('a week');
      } else if (log.crit === 'hourly') st.doRotate = true;
      else if (log.crit === 'daily') {
        st.doRotate = now.d !== last.d || now.mo !== last.mo || now.y !== last.y;
        if (!st.doRotate) ago('a day');
      } else if (log.crit === 'monthly') {
        st.doRotate = now.mo !== last.mo || now.y !== last.y;
        if (!st.doRotate) ago('a month');
      } else if (log.crit === 'yearly') {
        st.doRotate = now.y !== last.y;
        if (!st.doRotate) ago('a year');
      }
      if (log.minsize && st.size < log.minsize) {
        st.doRotate = false;
        say("  log does not need rotating ('minsize' directive is used and the log size is smaller than the minsize value)\n");
      }
      if (log.minage && log.minage * 86_400_000 >= this.ms - node.mtime) {
        st.doRotate = false;
        say("  log does not need rotating ('minage' directive is used and the log age is smaller than the minage days)\n");
      }
    } else say('  log does not need rotating (log has already been rotated)\n');
    if (st.doRotate && !log.ifempty && !st.size) {
      st.doRotate = false;
      say('  log does not need rotating (log is empty)\n');
    }
    if (st.doRotate) say('  log needs rotating\n');
    return false;
  }

  /** prerotateSingleLog(): the names the rotation uses; older rotations moved along or chosen for removal. */
  private prerotate(log: LogSet, fn: string): { final: string; dispose?: string; skip: boolean } {
    const say = (t: string) => this.say('debug', t);
    say(`rotating log ${fn}, log->rotateCount is ${log.rotate}\n`);
    const dir = fn.slice(0, fn.lastIndexOf('/')) || '/';
    const base = fn.slice(fn.lastIndexOf('/') + 1);
    const day = log.dateyesterday ? localTm(this.host, this.ms - 86_400_000) : this.now;
    const hourly = log.crit === 'hourly';
    const dext = `-${day.y}${two(day.mo + 1)}${two(day.d)}${hourly ? two(day.h) : ''}`;
    const digits = hourly ? 10 : 8;
    say(`dateext suffix '${dext}'\n`);
    say(`glob pattern '-${'[0-9]'.repeat(digits)}'\n`);
    const start = log.start > -1 ? log.start : 1;
    let dispose: string | undefined;
    let skip = false;
    let final: string;
    if (log.dateext) {
      const re = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{${digits}}$`);
      const d = this.fs.get(dir);
      const found = d?.type === 'dir' ? [...this.fs.kids(d).keys()].filter((n) => re.test(n)).sort().map((n) => `${dir}/${n}`) : [];
      if (!found.length) say('glob finding old rotated logs failed\n');
      else {
        let out = -1;
        found.forEach((f, i) => {
          if (found.length >= log.rotate && i <= found.length - log.rotate) {
            if (out >= 0) {
              say(`removing ${found[out]}\n`);
              say(`removing old log ${found[out]}\n`);
              if (!this.debug) this.fs.remove(found[out]);
            }
            out = i;
          }
        });
        if (out >= 0) dispose = found[out];
      }
      final = `${dir}/${base}${dext}`;
      if (this.fs.exists(final)) {
        this.say('error', `destination ${final} already exists, skipping rotation\n`);
        skip = true;
      }
    } else {
      dispose = `${dir}/${base}.${log.rotate + start}`;
      for (let i = log.rotate + start - 1; i >= 0; i--) {
        const from = `${dir}/${base}.${i}`;
        const to = `${dir}/${base}.${i + 1}`;
        say(`renaming ${from} to ${to} (rotatecount ${log.rotate}, logstart ${start}, i ${i}), \n`);
        if (!this.debug && !this.rename(from, to)) say(`old log ${from} does not exist\n`);
      }
      final = `${dir}/${base}.${start}`;
    }
    if (dispose && !this.fs.exists(dispose)) {
      say(`log ${dispose} doesn't exist -- won't try to dispose of it\n`);
      dispose = undefined;
    }
    return { final, dispose, skip };
  }

  /** rotateSingleLog(): the log renamed to its rotated name and, with create, made again empty. */
  private rotateOne(log: LogSet, fn: string, st: State, names: { final: string; dispose?: string }): void {
    const say = (t: string) => this.say('debug', t);
    say(`renaming ${fn} to ${names.final}\n`);
    if (!this.debug) this.rename(fn, names.final);
    if (!log.rotate) {
      names.dispose = names.final;
      say(`disposeName will be ${names.final}\n`);
    }
    if (log.create && !log.copytruncate) {
      const user = log.createUser ?? st.user;
      const group = log.createGroup ?? st.group;
      const mode = log.createMode ?? st.mode;
      const uid = this.host.users.get(user)?.uid ?? 0;
      const gid = this.host.groups?.get(group)?.gid ?? 0;
      say(`creating new ${fn} mode = 0${mode.toString(8)} uid = ${uid} gid = ${gid}\n`);
      if (!this.debug) {
        this.fs.write(fn, '', false, mode);
        const n = this.fs.get(fn);
        if (n) {
          n.mode = mode;
          n.owner = { user, group };
        }
      }
    }
    st.last = { ...this.now };
  }

  private rename(from: string, to: string): boolean {
    const node = this.fs.lget(from);
    const a = this.fs.get(from.slice(0, from.lastIndexOf('/')) || '/');
    const b = this.fs.get(to.slice(0, to.lastIndexOf('/')) || '/');
    if (!node || a?.type !== 'dir' || b?.type !== 'dir') return false;
    // rename(2) keeps the inode and the owner
    node.ino = inodeOf(node, from);
    node.owner ??= ownerOf(node, from);
    this.fs.kids(a).delete(from.slice(from.lastIndexOf('/') + 1));
    node.name = to.slice(to.lastIndexOf('/') + 1);
    this.fs.kids(b).set(node.name, node);
    this.fs.modified(a);
    this.fs.modified(b);
    return true;
  }
}

function sizeOf(n: FsNode): number {
  return n.type === 'file' ? new TextEncoder().encode(n.content).length + (n.zeros ?? 0) : 0;
}

