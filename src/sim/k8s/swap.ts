/**
 * The kubelet refuses to run while swap is on (failSwapOn, its default): it exits at start, systemd restarts
 * it every 10 s, and the node turns NotReady. Once swap is off the next restart succeeds. This is what a
 * node shows after a reboot that brought back a swap line left active in /etc/fstab.
 */
import type { World } from '../world';
import type { Host } from '../types';
import { anySwap, procSwaps } from '../commands/lib/swaps';

const hostname = (h: Host): string => h.hostname.split('.')[0];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** what the kubelet quotes of /proc/swaps in its error (klog's quoting of the tabs) */
export function swapsContained(h: Host): string {
  return procSwaps(h.sys).replace(/\n$/, '').replace(/\n/g, ' ').replace(/\t/g, '\\t');
}

function failSwapOn(h: Host): boolean {
  const cfg = h.fs.read('/var/lib/kubelet/config.yaml');
  return !(typeof cfg === 'string' && /^failSwapOn:\s*false\s*$/m.test(cfg));
}

/** The kubelet would exit at its start on this host: swap is on and its configuration keeps failSwapOn. */
export function swapBlocksKubelet(h: Host): boolean {
  return anySwap(h.sys) && failSwapOn(h);
}

/** Keeps a configured kubelet's unit in step with the host's swap; call after anything that may change either. */
export function kubeletSwap(world: World, h: Host): void {
  const u = h.sys?.units.get('kubelet.service');
  const sys = h.sys;
  if (!u || !sys || !h.up || u.enabled !== 'enabled' && u.active !== 'active' && u.sub !== 'auto-restart') return;
  if (!h.fs.isFile('/var/lib/kubelet/config.yaml')) return;
  const blocked = swapBlocksKubelet(h);
  // the check is made once, as the kubelet starts (server.go run): a running kubelet keeps running when swap comes on
  // (a unit that has not changed since before the last boot started with that boot)
  const started = Math.max(u.since, h.bootedAt);
  if (!blocked && u.active === 'active') u.swapChecked = started;
  if (blocked && u.active === 'active' && u.swapChecked !== started) {
    const d = new Date(world.now);
    const time = d.toISOString().slice(11, 19);
    const stamp = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${time}`;
    const pid = u.pid || 4312;
    const swaps = swapsContained(h);
    u.active = 'activating';
    u.sub = 'auto-restart';
    u.since = world.now;
    u.log = [
      ...(u.log ?? []),
      `${stamp} ${hostname(h)} kubelet[${pid}]: E${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')} ${time}.731642    ${pid} run.go:74] "command failed" err="failed to run Kubelet: running with swap on is not supported, please disable swap! or set --fail-swap-on flag to false. /proc/swaps contained: [${swaps}]"`,
      `${stamp} ${hostname(h)} systemd[1]: kubelet.service: Main process exited, code=exited, status=1/FAILURE`,
      `${stamp} ${hostname(h)} systemd[1]: kubelet.service: Failed with result 'exit-code'.`,
    ].slice(-300);
  } else if (!blocked && u.active === 'activating' && u.sub === 'auto-restart') {
    u.active = 'active';
    u.sub = 'running';
    u.pid = (u.pid || 4312) + 97;
    u.since = world.now;
  }
}
