// klog's text lines as the kubelet's remote CRI client vendored in cri-tools v1.28.0 logs them (klog.ErrorS).

/** klog's text header: `E1207 06:05:50.123417   12345 remote_runtime.go:366] ` */
export function klogE(now: number, at: string, msg: string): string {
  const d = new Date(now);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const pid = 20000 + (Math.floor(now / 1000) % 9000);
  return `E${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${d.toISOString().slice(11, 19)}.${p((now % 1000) * 1000 + 417, 6)} ${String(pid).padStart(7)} ${at}] ${msg}\n`;
}

