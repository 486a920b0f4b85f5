/** Go's time.ParseDuration for the values kubectl's duration flags take (`30s`, `1m30s`, `2h`, `0`), in ms. */
export function durationMs(text: string): number {
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let ms = 0;
  for (const m of String(text).matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) ms += Number(m[1]) * units[m[2]];
  return text.trim().startsWith('-') ? -ms : ms;
}
