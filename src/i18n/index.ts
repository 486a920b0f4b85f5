/**
 * UI strings, one folder per language: src/i18n/<lang>/<namespace>.ts, each exporting a flat object of
 * strings as default. English is the reference; every other language must have the same keys (a test
 * checks it). Use `t(lang, 'namespace.key', { name: 'x' })` or `strings(lang, 'namespace')`.
 */
import { languages, type Lang } from './languages';

export { languages, defaultLang, languageNames, type Lang } from './languages';

type Dict = Record<string, string>;
const modules = import.meta.glob<Dict>('./*/*.ts', { eager: true, import: 'default' });

const table: Record<Lang, Record<string, Dict>> = { en: {}, ko: {} };
for (const [path, dict] of Object.entries(modules)) {
  const m = /^\.\/([a-z]{2})\/([a-z0-9-]+)\.ts$/.exec(path);
  if (!m) continue;
  const [, lang, ns] = m;
  if ((languages as readonly string[]).includes(lang)) table[lang as Lang][ns] = dict;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** All strings of one namespace in one language, falling back to English key by key. */
export function strings(lang: Lang, ns: string): Dict {
  return { ...(table.en[ns] ?? {}), ...(table[lang][ns] ?? {}) };
}

/** One string: `t('ko', 'site.search')`. `{name}` placeholders are filled from `vars`. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const dot = key.indexOf('.');
  const ns = key.slice(0, dot);
  const k = key.slice(dot + 1);
  const text = table[lang][ns]?.[k] ?? table.en[ns]?.[k];
  if (text === undefined) throw new Error(`Missing UI string "${key}" (${lang}) in src/i18n/${lang}/${ns}.ts`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Every namespace and key, for the completeness test. */
export function allStrings(): Record<Lang, Record<string, Dict>> {
  return table;
}
