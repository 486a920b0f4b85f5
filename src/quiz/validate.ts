/** Validate a quiz file's text and report every problem as `file: field: message`. */
import { parse } from 'yaml';
import { quizSchema, type Quiz } from '../schemas/quiz';

export type QuizFileResult = { ok: true; quiz: Quiz } | { ok: false; errors: string[] };

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(top)';
}

export function validateQuizText(file: string, text: string): QuizFileResult {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return { ok: false, errors: [`${file}: (yaml): ${(e as Error).message.split('\n')[0]}`] };
  }
  const res = quizSchema.safeParse(data);
  if (res.success) return { ok: true, quiz: res.data };
  return { ok: false, errors: res.error.issues.map((i) => `${file}: ${fieldPath(i.path)}: ${i.message}`) };
}
