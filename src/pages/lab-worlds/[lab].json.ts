/**
 * Each lab's start world as JSON (src/sim/snapshot.ts), made from the simulator when the site is built;
 * the lab panel restores it instead of replaying the lab's factory. Start labs whose world cannot be saved
 * get no file, and their panels replay the factory.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { startWorld } from '../../sim/lab/start';
import type { LabScript } from '../../sim/lab/schema';

export const getStaticPaths: GetStaticPaths = async () => {
  const starts = new Set((await getCollection('labs')).map((e) => (e.data as LabScript).start.lab));
  const out = [];
  for (const lab of [...starts].sort()) {
    const snap = await startWorld(lab);
    if (snap) out.push({ params: { lab }, props: { text: JSON.stringify(snap) } });
  }
  return out;
};

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/json' } });
