/** Import files: check one, and say what importing it would change. Only the progress page needs this. */
import { readAnyVersion, type ProgressDoc } from './doc';
import { ratio } from './core';

export interface Change {
  kind: 'lesson' | 'lab' | 'quiz' | 'review';
  id: string;
  from: string;
  to: string;
}

export type ImportPreview = { ok: true; doc: ProgressDoc; changes: Change[] } | { ok: false; reason: string };

function pct(score: number, total: number): string {
  return `${Math.round(ratio(score, total) * 100)}%`;
}

/** What importing `text` over `current` would change, or why it cannot be imported. */
export function previewImport(current: ProgressDoc, text: string): ImportPreview {
  if (text.trim() === '') return { ok: false, reason: 'The file is empty.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON.' };
  }
  const res = readAnyVersion(value);
  if (!res.ok) {
    return { ok: false, reason: res.path ? `${res.path}: ${res.message}` : res.message };
  }
  const doc = res.value;
  delete doc.recovered;
  return { ok: true, doc, changes: diff(current, doc) };
}

/** Differences between two documents, one entry per lesson, lab and quiz that changes. */
export function diff(a: ProgressDoc, b: ProgressDoc): Change[] {
  const out: Change[] = [];
  const readState = (d: ProgressDoc, id: string) =>
    d.lessons[id]?.completedAt ? 'read' : d.lessons[id] ? 'visited' : 'none';
  for (const id of union(Object.keys(a.lessons), Object.keys(b.lessons))) {
    const from = readState(a, id);
    const to = readState(b, id);
    if (from !== to) out.push({ kind: 'lesson', id, from, to });
  }
  for (const id of union(Object.keys(a.labs), Object.keys(b.labs))) {
    const from = Object.keys(a.labs[id]?.steps ?? {});
    const to = Object.keys(b.labs[id]?.steps ?? {});
    if (from.length !== to.length || from.some((s) => !to.includes(s)))
      out.push({ kind: 'lab', id, from: String(from.length), to: String(to.length) });
  }
  for (const id of union(Object.keys(a.quizzes), Object.keys(b.quizzes))) {
    const qa = a.quizzes[id];
    const qb = b.quizzes[id];
    const from = qa ? pct(qa.best.score, qa.best.total) : '—';
    const to = qb ? pct(qb.best.score, qb.best.total) : '—';
    if (from !== to || qa?.attempts !== qb?.attempts) out.push({ kind: 'quiz', id, from, to });
  }
  const ra = Object.keys(a.review).sort();
  const rb = Object.keys(b.review).sort();
  const sameReview = ra.length === rb.length && ra.every((k, i) => k === rb[i] && a.review[k].due === b.review[k].due);
  if (!sameReview) out.push({ kind: 'review', id: 'review', from: String(ra.length), to: String(rb.length) });
  return out;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
