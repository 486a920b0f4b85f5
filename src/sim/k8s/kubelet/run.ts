/**
 * `kubelet` typed on a node (the kubelet package's /usr/bin/kubelet), kubelet v1.28's cmd/kubelet/app/server.go:
 * the flags parsed by its clean flag set (cobra's own parsing is off; kubelet/pflag.ts), a word that is not a flag is
 * `unknown command`, `--help`/`-h` prints cobra's Long and pflag's flag usages (kubelet/help.ts, loaded then),
 * `--version` prints `Kubernetes v1.28.15` (component-base verflag), and a run logs in klog's
 * text format. The first lines and
 * their file:line are those of a recorded `sudo kubelet` of 1.28.15 (server.go:467, 469, 630, 518, 725; the swap
 * error through component-base's cli.Run, run.go:74). While the kubelet service runs, its port 10250 is taken:
 * ListenAndServeKubeletServer logs "Starting to listen" and "Failed to listen and serve" and exits 1
 * (pkg/kubelet/server/server.go of the release-1.28 era, klog.ErrorS then os.Exit(1)). The lines a real kubelet logs
 * in between (the container manager, the runtime, the plugins) are left out; DIFFERENCES.md beside this file says so.
 */
import type { CommandContext } from '../../context';
import { Interrupt, type CommandRun } from '../../types';
import type { CommandDef } from '../../registry';
import { pkgVersion, unitActive } from '../host';
import { swapsContained } from '../swap';
import { parseKubeletArgs } from './pflag';
import { anySwap } from '../../commands/lib/swaps';

/** klog's quoting of a string value (strconv.Quote) */
const goQuote = (v: string) => JSON.stringify(v);

function klogLine(level: 'I' | 'E', now: number, usec: number, pid: number, at: string, msg: string): string {
  const d = new Date(now);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${level}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${d.toISOString().slice(11, 19)}.${p(((now % 1000) * 1000 + usec) % 1_000_000, 6)} ${String(pid).padStart(7)} ${at}] ${msg}\n`;
}

function* kubelet(ctx: CommandContext): CommandRun {
  const h = ctx.host;
  const args = ctx.args;
  const version = `v${pkgVersion(h, 'kubelet') ?? '1.28.15'}`;
  const now = ctx.world.now;
  const pid = 2000 + (Math.floor(now / 1000) % 60000);
  let usec = 106730;
  const log = (level: 'I' | 'E', at: string, msg: string) => {
    ctx.err(klogLine(level, now, usec, pid, at, msg));
    usec += 112;
  };
  // cleanFlagSet.Parse(args) (pflag, ContinueOnError): its error ends the run through cli.Run's klog line
  const parsed = parseKubeletArgs(args);
  ctx.err(parsed.warnings);
  if (parsed.error) {
    log('E', 'run.go:74', `"command failed" err=${goQuote(`failed to parse kubelet flag: ${parsed.error}`)}`);
    return 1;
  }
  if (parsed.args.length) {
    log('E', 'run.go:74', `"command failed" err="unknown command ${parsed.args[0]}"`);
    return 1;
  }
  const help = parsed.values.get('help') === 'true' || ['1', 't', 'T', 'TRUE', 'True'].includes(parsed.values.get('help') ?? '');
  if (help) {
    // cmd.Help(): the help func writes to stdout; its text loads only now
    const m = (yield { load: () => import('./help') }) as typeof import('./help');
    ctx.out(m.kubeletHelp(version, parsed.values) ?? '');
    return 0;
  }
  const ver = parsed.values.get('version');
  if (ver !== undefined && !/^(false|0|f|F|FALSE|False)$/.test(ver) && !ver.startsWith('v')) {
    ctx.out(`Kubernetes ${version}\n`);
    return 0;
  }
  const fs = parsed.values.get('fail-swap-on');
  const swapFlag = fs === undefined ? null : !/^(false|0|f|F|FALSE|False)$/.test(fs);
  log('I', 'server.go:467', `"Kubelet version" kubeletVersion="${version}"`);
  log('I', 'server.go:469', `"Golang settings" GOGC="${ctx.frame.env.GOGC ?? ''}" GOMAXPROCS="${ctx.frame.env.GOMAXPROCS ?? ''}" GOTRACEBACK="${ctx.frame.env.GOTRACEBACK ?? ''}"`);
  log('I', 'server.go:630', '"Standalone mode, no API client"');
  usec += 20000;
  log('I', 'server.go:518', '"No api server defined - no events will be sent to API server"');
  log('I', 'server.go:725', '"--cgroups-per-qos enabled, but --cgroup-root was not specified.  defaulting to /"');
  if (anySwap(h.sys) && swapFlag !== false) {
    log('E', 'run.go:74', `"command failed" err="failed to run Kubelet: running with swap on is not supported, please disable swap! or set --fail-swap-on flag to false. /proc/swaps contained: [${swapsContained(h)}]"`);
    return 1;
  }
  usec += 40000;
  log('I', 'server.go:162', '"Starting to listen" address="0.0.0.0" port=10250');
  if (unitActive(h, 'kubelet.service')) {
    usec += 3000;
    log('E', 'server.go:179', '"Failed to listen and serve" err="listen tcp 0.0.0.0:10250: bind: address already in use"');
    return 1;
  }
  try {
    for (;;) yield { wait: 1000 };
  } catch (e) {
    if (e instanceof Interrupt) return 0;
    throw e;
  }
}

const def: Pick<CommandDef, 'run'> = { run: kubelet };
export default def;
