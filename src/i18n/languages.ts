/** The course languages. Kept apart from the string tables so Node scripts can import it. */
export const languages = ['en', 'ko'] as const;
export type Lang = (typeof languages)[number];
export const defaultLang: Lang = 'en';
export const languageNames: Record<Lang, string> = { en: 'English', ko: '한국어' };
