/**
 * The completion page: shows the certificate once the progress in this browser is complete. The name the
 * learner types is copied onto the page and nowhere else: not stored, not sent.
 */
import { getProgressStore } from './store';
import { completion, type LessonUnits } from './summary';
import type { ProgressDoc } from './doc';

const page = document.querySelector<HTMLElement>('[data-certificate-page]');
if (page) setup(page);

function setup(page: HTMLElement): void {
  const lessons = JSON.parse(page.dataset.lessons ?? '[]') as LessonUnits[];
  const lang = page.dataset.lang ?? 'en';
  const $ = (sel: string) => page.querySelector<HTMLElement>(sel)!;
  const store = getProgressStore();
  const input = $('[data-cert-input]') as HTMLInputElement;
  const name = $('[data-cert-name]');
  const date = $('[data-cert-date]');

  function render(doc: Readonly<ProgressDoc>): void {
    const done = completion(doc as ProgressDoc, lessons);
    $('[data-cert-status]').hidden = true;
    $('[data-cert-locked]').hidden = done.complete;
    $('[data-cert-form]').hidden = !done.complete;
    $('[data-certificate]').hidden = !done.complete;
    if (done.completedAt) {
      const when = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(done.completedAt));
      date.textContent = (date.dataset.template ?? '{date}').replace('{date}', when);
    }
  }

  input.addEventListener('input', () => {
    name.textContent = input.value.trim() || '\u00a0';
  });
  $('[data-cert-print]').addEventListener('click', () => window.print());
  render(store.get());
  store.subscribe((doc) => render(doc));
}
