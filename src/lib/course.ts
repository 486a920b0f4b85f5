import { getCollection, type CollectionEntry } from 'astro:content';
import { languages, type Lang } from '../i18n';
import { stripOrder } from './paths';

export interface LessonInfo {
  /** `<chapter>/<lesson>`, the same in every language: progress, quizzes and URLs use it. */
  id: string;
  lang: Lang;
  chapterId: string;
  title: string;
  description: string;
  order: number;
  minutes: number;
  objectives: string[];
  lab?: string;
  quiz?: string;
  entry: CollectionEntry<'lessons'>;
  /** 1-based position in the whole course. */
  index: number;
}

export interface ChapterInfo {
  id: string;
  number: number;
  title: string;
  description: string;
  lessons: LessonInfo[];
}

export interface Course {
  lang: Lang;
  chapters: ChapterInfo[];
  lessons: LessonInfo[];
}

/** A content error that names the file and the field, so the build tells the author what to fix. */
export class ContentError extends Error {
  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'ContentError';
  }
}

function lessonFile(entryId: string): string {
  return `content/lessons/${entryId}.mdx`;
}

/** Splits `en/01-foundations/01-on-premises-and-iaas` into its language, chapter and lesson. */
export function parseLessonPath(entryId: string): { lang: string; chapterDir: string; lessonFile: string } {
  const parts = entryId.split('/');
  if (parts.length !== 3) {
    throw new ContentError(
      lessonFile(entryId),
      'path',
      'lessons live at content/lessons/<lang>/<NN-chapter>/<NN-lesson>.mdx',
    );
  }
  const [lang, chapterDir, file] = parts;
  return { lang, chapterDir, lessonFile: file };
}

let cache: Promise<Record<Lang, Course>> | undefined;

/** Every language's course, validated across files (the collections' schemas validate each file). */
export function loadCourses(): Promise<Record<Lang, Course>> {
  cache ??= build();
  return cache;
}

export async function getCourse(lang: Lang): Promise<Course> {
  return (await loadCourses())[lang];
}

async function build(): Promise<Record<Lang, Course>> {
  const [entries, chapterEntries, quizEntries, labEntries] = await Promise.all([
    getCollection('lessons'),
    getCollection('chapters'),
    getCollection('quizzes'),
    getCollection('labs'),
  ]);
  const chapterIds = new Set(chapterEntries.map((c) => c.data.id));
  const quizIds = new Set(quizEntries.map((q) => q.id));
  const labIds = new Set(labEntries.map((l) => l.id));

  const byLang = new Map<string, Map<string, CollectionEntry<'lessons'>>>();
  for (const entry of entries) {
    const { lang, chapterDir, lessonFile: fileName } = parseLessonPath(entry.id);
    const file = lessonFile(entry.id);
    if (!(languages as readonly string[]).includes(lang)) {
      throw new ContentError(file, 'path', `"${lang}" is not a course language (${languages.join(', ')})`);
    }
    const chapterId = stripOrder(chapterDir);
    if (!chapterIds.has(chapterId)) {
      throw new ContentError(file, 'chapter', `no chapter "${chapterId}" in content/chapters.yaml`);
    }
    const data = entry.data;
    if (data.lab && !labIds.has(data.lab)) {
      throw new ContentError(file, 'lab', `no lab "${data.lab}" (expected content/labs/${data.lab}.yaml)`);
    }
    if (data.quiz && !quizIds.has(data.quiz)) {
      throw new ContentError(file, 'quiz', `no quiz "${data.quiz}" (expected content/quizzes/${data.quiz}.yaml)`);
    }
    const id = `${chapterId}/${stripOrder(fileName)}`;
    const map = byLang.get(lang) ?? new Map();
    if (map.has(id)) {
      throw new ContentError(file, 'path', `lesson id "${id}" is also used by ${lessonFile(map.get(id)!.id)}`);
    }
    map.set(id, entry);
    byLang.set(lang, map);
  }

  // Every published lesson exists in every language.
  for (const lang of languages) {
    for (const other of languages) {
      if (other === lang) continue;
      for (const [id, entry] of byLang.get(lang) ?? []) {
        if (entry.data.draft) continue;
        const twin = byLang.get(other)?.get(id);
        if (!twin) {
          const { chapterDir, lessonFile: fileName } = parseLessonPath(entry.id);
          throw new ContentError(
            lessonFile(entry.id),
            'lang',
            `this lesson has no "${other}" version (content/lessons/${other}/${chapterDir}/${fileName}.mdx); write it or set draft: true`,
          );
        }
      }
    }
  }

  const chapterList = chapterEntries.map((c) => c.data).sort((a, b) => a.order - b.order);
  const result = {} as Record<Lang, Course>;
  for (const lang of languages) {
    const chapters: ChapterInfo[] = chapterList.map((c, i) => ({
      id: c.id,
      number: i + 1,
      title: c.title[lang],
      description: c.description[lang],
      lessons: [],
    }));
    const byId = new Map(chapters.map((c) => [c.id, c]));
    for (const [id, entry] of byLang.get(lang) ?? []) {
      if (entry.data.draft) continue;
      const chapterId = id.split('/')[0];
      const quiz = entry.data.quiz ?? (quizIds.has(id) ? id : undefined);
      byId.get(chapterId)!.lessons.push({
        id,
        lang,
        chapterId,
        title: entry.data.title,
        description: entry.data.description,
        order: entry.data.order,
        minutes: entry.data.minutes,
        objectives: entry.data.objectives,
        lab: entry.data.lab,
        quiz,
        entry,
        index: 0,
      });
    }
    const lessons: LessonInfo[] = [];
    for (const chapter of chapters) {
      chapter.lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
      for (const lesson of chapter.lessons) {
        lesson.index = lessons.length + 1;
        lessons.push(lesson);
      }
    }
    result[lang] = { lang, chapters, lessons };
  }
  return result;
}
