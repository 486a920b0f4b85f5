import { getCollection, type CollectionEntry } from 'astro:content';
import { languages, type Lang } from '../i18n';
import { checkContent, ContentError, lessonIdentity } from './content-rules';

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
  const problems = checkContent({
    lessons: entries.map((e) => ({ path: e.id, data: e.data })),
    chapterIds: chapterEntries.map((c) => c.data.id),
    labIds: labEntries.map((l) => l.id),
    quizIds: quizEntries.map((q) => q.id),
  });
  if (problems.length) throw new ContentError(problems);
  const quizIds = new Set(quizEntries.map((q) => q.id));
  const byLang = new Map<string, Map<string, CollectionEntry<'lessons'>>>();
  for (const entry of entries) {
    const who = lessonIdentity(entry.id)!;
    const map = byLang.get(who.lang) ?? new Map();
    map.set(who.id, entry);
    byLang.set(who.lang, map);
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
