/**
 * Rules that span content files (the collections' zod schemas check each file on its own). Pure: used by
 * the pages at build time through src/lib/course.ts and by scripts/validate-content.ts, which checks every
 * file before the build and names the file and field of each problem.
 */
import type { z } from 'zod';
import { languages } from '../i18n/languages';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** A content error that names the file and the field, so the build tells the author what to fix. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
  }
}

/** One problem per zod issue, with the issue's path as the field (`steps.2.check.machine`). */
export function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length ? issue.path.map(String).join('.') : '(file)',
    message: issue.message,
  }));
}

export const stripOrder = (segment: string): string => segment.replace(/^\d+-/, '');

/** Page addresses that a chapter id would shadow. */
export const RESERVED_CHAPTER_IDS = ['glossary', 'progress', 'review', 'certificate', 'pagefind', '_astro', 'figures'];

export interface LessonRecord {
  /** Path below content/lessons without extension: `en/01-foundations/01-on-premises-and-iaas`. */
  path: string;
  data: { lab?: string; quiz?: string; draft?: boolean; order: number };
}

export interface CheckInput {
  lessons: LessonRecord[];
  chapterIds: string[];
  labIds: string[];
  quizIds: string[];
}

export const lessonFile = (p: string): string => `content/lessons/${p}.mdx`;

/** Lesson id `<chapter>/<lesson>` (number prefixes dropped) and language of a lesson path. */
export function lessonIdentity(p: string): { lang: string; chapterDir: string; fileName: string; chapterId: string; id: string } | null {
  const parts = p.split('/');
  if (parts.length !== 3) return null;
  const [lang, chapterDir, fileName] = parts;
  return { lang, chapterDir, fileName, chapterId: stripOrder(chapterDir), id: `${stripOrder(chapterDir)}/${stripOrder(fileName)}` };
}

/** Every cross-file problem: unknown chapter, lab or quiz, duplicate ids, a lesson missing a language. */
export function checkContent({ lessons, chapterIds, labIds, quizIds }: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const chapters = new Set(chapterIds);
  const labs = new Set(labIds);
  const quizzes = new Set(quizIds);
  for (const id of chapterIds) {
    if (RESERVED_CHAPTER_IDS.includes(id)) {
      problems.push({ file: 'content/chapters.yaml', field: 'id', message: `"${id}" is reserved for a site page; choose another chapter id` });
    }
  }
  const byLang = new Map<string, Map<string, LessonRecord>>();
  for (const lesson of lessons) {
    const file = lessonFile(lesson.path);
    const who = lessonIdentity(lesson.path);
    if (!who) {
      problems.push({ file, field: 'path', message: 'lessons live at content/lessons/<lang>/<NN-chapter>/<NN-lesson>.mdx' });
      continue;
    }
    if (!(languages as readonly string[]).includes(who.lang)) {
      problems.push({ file, field: 'path', message: `"${who.lang}" is not a course language (${languages.join(', ')})` });
      continue;
    }
    if (!chapters.has(who.chapterId)) {
      problems.push({ file, field: 'path', message: `no chapter "${who.chapterId}" in content/chapters.yaml` });
    }
    if (lesson.data.lab && !labs.has(lesson.data.lab)) {
      problems.push({ file, field: 'lab', message: `no lab "${lesson.data.lab}" (expected content/labs/${lesson.data.lab}.yaml)` });
    }
    if (lesson.data.quiz && !quizzes.has(lesson.data.quiz)) {
      problems.push({ file, field: 'quiz', message: `no quiz "${lesson.data.quiz}" (expected content/quizzes/${lesson.data.quiz}.yaml)` });
    }
    const map = byLang.get(who.lang) ?? new Map<string, LessonRecord>();
    const twin = map.get(who.id);
    if (twin) {
      problems.push({ file, field: 'path', message: `lesson id "${who.id}" is also used by ${lessonFile(twin.path)}` });
    }
    map.set(who.id, lesson);
    byLang.set(who.lang, map);
  }
  for (const lang of languages) {
    for (const [id, lesson] of byLang.get(lang) ?? []) {
      if (lesson.data.draft) continue;
      for (const other of languages) {
        if (other === lang || byLang.get(other)?.get(id)) continue;
        const who = lessonIdentity(lesson.path)!;
        problems.push({
          file: lessonFile(lesson.path),
          field: 'draft',
          message: `this lesson has no "${other}" version (content/lessons/${other}/${who.chapterDir}/${who.fileName}.mdx); write it, or set draft: true until it exists`,
        });
      }
    }
  }
  return problems;
}
