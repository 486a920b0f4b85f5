/**
 * Every internal link goes through `href()` so the site works from a host's root and from a sub-path
 * (`BASE_PATH=/course npm run build`).
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `href('/en/foundations/')` → `/course/en/foundations/` under BASE_PATH=/course. */
export function href(path: string): string {
  return base + path.replace(/^\//, '');
}

export function lessonUrl(lang: string, lessonId: string): string {
  return href(`/${lang}/${lessonId}/`);
}

export function chapterUrl(lang: string, chapterId: string): string {
  return href(`/${lang}/${chapterId}/`);
}
