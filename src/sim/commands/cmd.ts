// cmd.exe builtins on the Windows host.
import { registerCommand, type CommandDef } from '../registry';
import type { CommandContext } from '../context';
import type { CommandRun } from '../types';
import { Interrupt } from '../types';
import { byteLength } from '../fs';
import { globMatch } from '../util';
import { editFile } from './editor';
import { cmdHelp } from './cmd/help';
import { spec as dirSpec } from './cmd/dir/spec';
import { run as dirRun } from './cmd/dir/run';
import { run as whereRun } from './cmd/where/run';
import { run as treeRun } from './cmd/tree/run';
import { run as tasklistRun } from './cmd/tasklist/run';
import { run as findstrRun } from './cmd/findstr/run';
import { spec as whereSpec } from './cmd/where/spec';
import { spec as treeSpec } from './cmd/tree/spec';
import { spec as tasklistSpec } from './cmd/tasklist/spec';
import { spec as hostnameSpec } from './cmd/hostname/spec';

type CmdCtx = CommandContext & { raw?: string };
const raw = (ctx: CmdCtx) => (ctx.raw ?? ctx.args.join(' ')).replace(/^\s/, '');

const SYNTAX = 'The syntax of the command is incorrect.\n';
const NOT_FOUND_FILE = 'The system cannot find the file specified.\n';
const NOT_FOUND_PATH = 'The system cannot find the path specified.\n';

/** A builtin: `/?` prints its help (cmd/<name>/help.ts, loaded on demand) before it runs. */
function def(d: Omit<CommandDef, 'shell'>): void {
  const body = d.run;
  registerCommand({
    ...d,
    shell: 'cmd',
    *run(ctx) {
      const help = yield* cmdHelp(ctx);
      return help ?? (yield* body(ctx));
    },
  });
}


def({
  name: 'cd',
  aliases: ['chdir'],
  summary: 'Displays the name of or changes the current directory.',
  *run(ctx: CmdCtx): CommandRun {
    let arg = raw(ctx).trim();
    let switchDrive = false;
    if (/^\/d\s*/i.test(arg)) {
      switchDrive = true;
      arg = arg.replace(/^\/d\s*/i, '');
    }
    arg = arg.replace(/"/g, '').trim();
    if (arg === '') {
      ctx.out(ctx.frame.cwd + '\n');
      return 0;
    }
    const fs = ctx.host.fs;
    const target = fs.resolve(ctx.frame.cwd, arg);
    if (!fs.isDir(target)) {
      ctx.err(fs.isFile(target) ? 'The directory name is invalid.\n' : NOT_FOUND_PATH);
      return 1;
    }
    const sameDrive = target.slice(0, 2).toUpperCase() === ctx.frame.cwd.slice(0, 2).toUpperCase();
    if (sameDrive || switchDrive) ctx.frame.cwd = fs.canonical(target);
    return 0;
  },
});

for (const drive of ['c:', 'd:']) {
  def({
    name: drive,
    summary: 'Changes the current drive.',
    *run(ctx) {
      ctx.frame.cwd = drive.toUpperCase() + '\\';
      return 0;
    },
  });
}

def({ name: 'dir', spec: dirSpec, summary: 'Displays a list of files and subdirectories in a directory.', run: dirRun });

def({
  name: 'type',
  summary: 'Displays the contents of a text file or files.',
  *run(ctx: CmdCtx): CommandRun {
    if (ctx.args.length === 0) {
      ctx.err(SYNTAX);
      return 1;
    }
    const fs = ctx.host.fs;
    let code = 0;
    for (const a of ctx.args) {
      const p = fs.resolve(ctx.frame.cwd, a);
      const c = fs.read(p);
      if (c === 'EISDIR') {
        ctx.err('Access is denied.\n');
        code = 1;
      } else if (typeof c !== 'string' || c === 'ENOENT') {
        ctx.err(NOT_FOUND_FILE);
        code = 1;
      } else {
        if (ctx.args.length > 1) ctx.err(`\n${a}\n\n\n`);
        ctx.out(c.replace(/\r\n/g, '\n'));
      }
    }
    return code;
  },
});

def({
  name: 'del',
  aliases: ['erase'],
  summary: 'Deletes one or more files.',
  *run(ctx: CmdCtx): CommandRun {
    const quiet = ctx.args.some((a) => a.toLowerCase() === '/q');
    const args = ctx.args.filter((a) => !a.startsWith('/'));
    if (args.length === 0) {
      ctx.err(SYNTAX);
      return 1;
    }
    const fs = ctx.host.fs;
    for (const a of args) {
      const p = fs.resolve(ctx.frame.cwd, a);
      if (fs.isDir(p)) {
        if (!quiet) {
          const ans = String(yield { ask: `${fs.canonical(p)}\\*, Are you sure (Y/N)? ` });
          if (!/^y/i.test(ans.trim())) continue;
        }
        const list = fs.list(p);
        if (typeof list !== 'string') for (const e of list) if (e.type === 'file') fs.remove(fs.join(p, e.name));
        continue;
      }
      const dir = fs.dirname(p);
      const pat = fs.basename(p);
      const list = fs.list(dir);
      const matches = typeof list === 'string' ? [] : list.filter((e) => e.type === 'file' && globMatch(pat, e.name, true));
      if (!matches.length) {
        ctx.err(`Could Not Find ${fs.canonical(dir).replace(/\\$/, '')}\\${pat}\n`);
        continue;
      }
      for (const m of matches) fs.remove(fs.join(dir, m.name));
    }
    return 0;
  },
});

def({
  name: 'mkdir',
  aliases: ['md'],
  summary: 'Creates a directory.',
  *run(ctx: CmdCtx): CommandRun {
    if (ctx.args.length === 0) {
      ctx.err(SYNTAX);
      return 1;
    }
    const fs = ctx.host.fs;
    let code = 0;
    for (const a of ctx.args) {
      const p = fs.resolve(ctx.frame.cwd, a);
      if (fs.exists(p)) {
        ctx.err(`A subdirectory or file ${a} already exists.\n`);
        code = 1;
        continue;
      }
      const e = fs.mkdir(p, true);
      if (e) {
        ctx.err(NOT_FOUND_PATH);
        code = 1;
      }
    }
    return code;
  },
});

def({
  name: 'rmdir',
  aliases: ['rd'],
  summary: 'Removes a directory.',
  *run(ctx: CmdCtx): CommandRun {
    const recursive = ctx.args.some((a) => a.toLowerCase() === '/s');
    const quiet = ctx.args.some((a) => a.toLowerCase() === '/q');
    const args = ctx.args.filter((a) => !a.startsWith('/'));
    if (!args.length) {
      ctx.err(SYNTAX);
      return 1;
    }
    const fs = ctx.host.fs;
    for (const a of args) {
      const p = fs.resolve(ctx.frame.cwd, a);
      if (!fs.exists(p)) {
        ctx.err(NOT_FOUND_FILE);
        return 2;
      }
      if (!fs.isDir(p)) {
        ctx.err('The directory name is invalid.\n');
        return 267;
      }
      if (recursive && !quiet) {
        const ans = String(yield { ask: `${a}, Are you sure (Y/N)? ` });
        if (!/^y/i.test(ans.trim())) continue;
      }
      if (ctx.frame.cwd.toLowerCase().startsWith(p.toLowerCase())) {
        ctx.err('The process cannot access the file because it is being used by another process.\n');
        return 32;
      }
      if (fs.remove(p, recursive) === 'ENOTEMPTY') {
        ctx.err('The directory is not empty.\n');
        return 145;
      }
    }
    return 0;
  },
});

def({
  name: 'copy',
  summary: 'Copies one or more files to another location.',
  *run(ctx: CmdCtx): CommandRun {
    const args = ctx.args.filter((a) => !a.startsWith('/'));
    if (args.length === 0) {
      ctx.err(SYNTAX);
      return 1;
    }
    const fs = ctx.host.fs;
    const src = fs.resolve(ctx.frame.cwd, args[0]);
    const content = fs.read(src);
    if (typeof content !== 'string' || content === 'ENOENT' || content === 'EISDIR') {
      ctx.err(NOT_FOUND_FILE);
      ctx.out('        0 file(s) copied.\n');
      return 1;
    }
    let dst = fs.resolve(ctx.frame.cwd, args[1] ?? '.');
    if (fs.isDir(dst)) dst = fs.join(dst, fs.basename(src));
    if (dst.toLowerCase() === src.toLowerCase()) {
      ctx.err('The file cannot be copied onto itself.\n');
      ctx.out('        0 file(s) copied.\n');
      return 1;
    }
    if (fs.isFile(dst) && !ctx.args.some((a) => a.toLowerCase() === '/y')) {
      const ans = String(yield { ask: `Overwrite ${fs.canonical(dst)}? (Yes/No/All): ` });
      if (!/^[ya]/i.test(ans.trim())) {
        ctx.out('        0 file(s) copied.\n');
        return 0;
      }
    }
    if (fs.write(dst, content)) {
      ctx.err(NOT_FOUND_PATH);
      ctx.out('        0 file(s) copied.\n');
      return 1;
    }
    ctx.out('        1 file(s) copied.\n');
    return 0;
  },
});

def({
  name: 'echo',
  summary: 'Displays messages, or turns command-echoing on or off.',
  *run(ctx: CmdCtx): CommandRun {
    const r = ctx.raw ?? ctx.args.join(' ');
    if (/^[.:;,=+\\]/.test(r)) {
      ctx.out(r.slice(1) + '\n');
      return 0;
    }
    const text = r.replace(/^\s/, '');
    if (text.trim() === '') ctx.out('ECHO is on.\n');
    else if (/^(on|off)\s*$/i.test(text)) return 0;
    else ctx.out(text.replace(/\s+$/, (s) => s) + '\n');
    return 0;
  },
});

def({
  name: 'cls',
  summary: 'Clears the screen.',
  *run(ctx) {
    ctx.session.clear();
    return 0;
  },
});

def({
  name: 'set',
  summary: 'Displays, sets, or removes cmd.exe environment variables.',
  *run(ctx: CmdCtx): CommandRun {
    const text = raw(ctx).trim().replace(/^"(.*)"$/, '$1');
    const env = ctx.frame.env;
    const keys = Object.keys(env).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    if (!text.includes('=')) {
      const shown = keys.filter((k) => k.toLowerCase().startsWith(text.toLowerCase()));
      if (!shown.length) {
        ctx.err(`Environment variable ${text} not defined\n`);
        return 1;
      }
      ctx.out(shown.map((k) => `${k}=${env[k]}\n`).join(''));
      return 0;
    }
    const eq = text.indexOf('=');
    const name = text.slice(0, eq);
    const value = text.slice(eq + 1);
    if (name === '') {
      ctx.err(SYNTAX);
      return 1;
    }
    const existing = keys.find((k) => k.toLowerCase() === name.toLowerCase());
    if (existing) delete env[existing];
    if (value !== '') env[existing ?? name] = value;
    return 0;
  },
});

def({
  name: 'exit',
  summary: 'Quits the CMD.EXE program (command interpreter).',
  *run(ctx) {
    ctx.session.popFrame();
    return 0;
  },
});

def({
  name: 'ver',
  summary: 'Displays the Windows version.',
  *run(ctx) {
    ctx.out('\nMicrosoft Windows [Version 10.0.22631.4460]\n');
    return 0;
  },
});

def({
  name: 'hostname',
  spec: hostnameSpec,
  summary: 'Prints the name of the current host.',
  *run(ctx) {
    // hostname.exe does not set the name: any argument is refused
    if (ctx.args.length) {
      ctx.err(ctx.args[0] === '-s' ? 'hostname -s is not supported.\n' : 'sethostname: Use the Network Control Panel Applet to set hostname.\n');
      return 1;
    }
    ctx.out(ctx.host.hostname + '\n');
    return 0;
  },
});

def({ name: 'where', spec: whereSpec, summary: whereSpec.summary!, run: whereRun });
def({ name: 'tree', spec: treeSpec, summary: treeSpec.summary!, run: treeRun });
def({ name: 'tasklist', spec: tasklistSpec, summary: tasklistSpec.summary!, run: tasklistRun });

def({
  name: 'whoami',
  summary: 'Displays the current user.',
  *run(ctx) {
    ctx.out(`${ctx.host.hostname.toLowerCase()}\\${ctx.frame.user}\n`);
    return 0;
  },
});

def({
  name: 'notepad',
  summary: 'Opens a file in Notepad.',
  *run(ctx: CmdCtx): CommandRun {
    const a = ctx.args[0];
    if (!a) {
      ctx.session.edit({ hostId: ctx.host.id, path: '', content: '', editor: 'notepad' });
      return 0;
    }
    const p = ctx.host.fs.resolve(ctx.frame.cwd, a);
    if (ctx.host.fs.isDir(p)) {
      ctx.err('Access is denied.\n');
      return 1;
    }
    return yield* editFile(ctx, p, 'notepad');
  },
});

def({ name: 'findstr', summary: 'Searches for strings in files.', run: findstrRun });

def({
  name: 'more',
  summary: 'Displays output one screen at a time.',
  *run(ctx: CmdCtx): CommandRun {
    if (ctx.args[0]) {
      const c = ctx.host.fs.read(ctx.host.fs.resolve(ctx.frame.cwd, ctx.args[0]));
      if (c === 'ENOENT' || c === 'EISDIR') {
        ctx.err(`Cannot access file ${ctx.host.fs.resolve(ctx.frame.cwd, ctx.args[0])}\n`);
        return 1;
      }
      ctx.out(c.endsWith('\n') ? c : c + '\n');
      return 0;
    }
    const t = ctx.stdin ?? '';
    ctx.out(t.endsWith('\n') || t === '' ? t : t + '\n');
    return 0;
  },
});

export const cmdSize = (s: string) => byteLength(s);

// ---------------------------------------------------------------- host network tools and VirtualBox

/** Private networks the guests use (each gets a VirtualBox Host-Only adapter on the host). */
function hostOnlyNets(ctx: CommandContext): string[] {
  const nets = new Set<string>();
  for (const h of ctx.world.hosts.values())
    for (const i of h.ifaces) if (i.name !== 'eth0' && i.name !== 'lo' && h.kind === 'linux') nets.add(i.addr.split('.').slice(0, 3).join('.'));
  return [...nets].sort();
}

def({
  name: 'ipconfig',
  summary: 'Displays all current TCP/IP network configuration values.',
  *run(ctx) {
    let out = '\nWindows IP Configuration\n\n\nEthernet adapter Ethernet:\n\n   Connection-specific DNS Suffix  . : \n   Link-local IPv6 Address . . . . . : fe80::4c1d:2b6e:9a31:7f20%12\n   IPv4 Address. . . . . . . . . . . : 192.168.0.10\n   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n   Default Gateway . . . . . . . . . : 192.168.0.1\n';
    const nets = hostOnlyNets(ctx);
    if (!nets.includes('192.168.56')) nets.unshift('192.168.56');
    nets.forEach((n, i) => {
      out += `\nEthernet adapter VirtualBox Host-Only Network${i ? ` #${i + 1}` : ''}:\n\n   Connection-specific DNS Suffix  . : \n   Link-local IPv6 Address . . . . . : fe80::8d2a:11c4:5e0b:${(0x3a10 + i).toString(16)}%${17 + i}\n   IPv4 Address. . . . . . . . . . . : ${n}.1\n   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n   Default Gateway . . . . . . . . . : \n`;
    });
    ctx.out(out);
    return 0;
  },
});

def({
  name: 'ping',
  summary: 'Sends ICMP echo requests to a host.',
  *run(ctx) {
    const args = ctx.args;
    let count = 4;
    let target: string | undefined;
    for (let i = 0; i < args.length; i++) {
      if (/^[-/]n$/i.test(args[i])) count = Number(args[++i] ?? 4) || 4;
      else if (/^[-/]t$/i.test(args[i])) count = Infinity;
      else if (!args[i].startsWith('-') && !args[i].startsWith('/')) target = args[i];
    }
    if (!target) {
      // without a target, ping prints its whole usage
      ctx.out((yield { load: () => import('./cmd/ping/help').then((m) => m.default) }) as string);
      return 1;
    }
    let addr: string | null = null;
    let up = false;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(target)) {
      addr = target;
      up = target === '127.0.0.1' || target === '192.168.0.1' || target === '192.168.0.10' || target === '8.8.8.8';
      for (const h of ctx.world.hosts.values()) if (h.kind === 'linux' && h.ifaces.some((i) => i.addr === target && i.name !== 'eth0')) up = h.up;
      if (hostOnlyNets(ctx).some((n) => `${n}.1` === target) || target === '192.168.56.1') up = true;
    } else if (target.toLowerCase() === 'localhost') {
      addr = '::1';
      up = true;
    } else if (target === 'google.com') {
      addr = '142.250.207.46';
      up = true;
    }
    if (!addr) {
      ctx.out(`Ping request could not find host ${target}. Please check the name and try again.\n`);
      return 1;
    }
    ctx.out(`\nPinging ${addr === target ? addr : `${target} [${addr}]`} with 32 bytes of data:\n`);
    let sent = 0;
    let recv = 0;
    try {
      while (sent < count) {
        sent++;
        yield { wait: up ? 1000 : 4000 };
        if (up) {
          recv++;
          ctx.out(addr === '::1' ? 'Reply from ::1: time<1ms \n' : `Reply from ${addr}: bytes=32 time${addr.startsWith('142.') ? '=31ms' : '<1ms'} TTL=${addr.startsWith('142.') ? 117 : 64}\n`);
        } else ctx.out('Request timed out.\n');
      }
    } catch (e) {
      if (!(e instanceof Interrupt)) throw e;
    }
    const lost = sent - recv;
    ctx.out(`\nPing statistics for ${addr}:\n    Packets: Sent = ${sent}, Received = ${recv}, Lost = ${lost} (${Math.round((lost / Math.max(1, sent)) * 100)}% loss),\n`);
    if (recv) {
      const t = addr.startsWith('142.') ? 31 : 0;
      ctx.out(`Approximate round trip times in milli-seconds:\n    Minimum = ${t}ms, Maximum = ${t}ms, Average = ${t}ms\n`);
    }
    return recv ? 0 : 1;
  },
});

def({
  name: 'vboxmanage',
  summary: 'VirtualBox command-line interface.',
  *run(ctx) {
    const [sub, what] = ctx.args;
    if (sub === '--version' || sub === '-v') {
      ctx.out('7.1.4r165100\n');
      return 0;
    }
    if (sub === 'list' && (what === 'vms' || what === 'runningvms')) {
      const rows: string[] = [];
      for (const p of ctx.world.projects.values())
        for (const m of p.machines.values()) {
          if (m.state === 'not_created' || (what === 'runningvms' && m.state !== 'running')) continue;
          const h = (m.id + m.vmName).split('').reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7).toString(16).padStart(8, '0');
          rows.push(`"${m.vmName}" {${h}-${m.id.slice(0, 4)}-4${m.id.slice(4, 7)}-9a1c-${h}${m.id.slice(0, 4)}}\n`);
        }
      ctx.out(rows.join(''));
      return 0;
    }
    ctx.err(`VBoxManage.exe: error: Unknown command '${sub ?? ''}'\n`);
    return 1;
  },
});
