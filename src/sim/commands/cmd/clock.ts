// The host's date and time as cmd.exe writes them for an en-US user: %DATE% and `date /t`, %TIME% and `time /t`.
import type { World } from '../../world';
import { tm, two } from '../../util';

const now = (world: World) => tm(world.now, world.tzOffsetHours);

/** `Sun 12/06/2026`: %DATE%, `date /t`, the prompt's $D. */
export function cmdDate(world: World): string {
  const t = now(world);
  return `${t.dayName} ${two(t.mo + 1)}/${two(t.d)}/${t.y}`;
}

/** `20:33:13.45`, the hour padded with a space: %TIME%, the prompt's $T. */
export function cmdTime(world: World): string {
  const t = now(world);
  const cs = Math.floor((world.now % 1000) / 10);
  return `${String(t.h).padStart(2, ' ')}:${two(t.mi)}:${two(t.s)}.${two(cs)}`;
}

/** `08:33 PM`: `time /t`. */
export function cmdShortTime(world: World): string {
  const t = now(world);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `${two(h12)}:${two(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`;
}
