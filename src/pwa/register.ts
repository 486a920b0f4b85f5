/**
 * Registers the service worker that `scripts/postbuild.mjs` generates with Workbox (it precaches the whole
 * course, so it reads offline after one visit). A new deployment installs beside the old one and waits;
 * the learner is told that a new version is ready, and the page reloads into it when they say so.
 * Progress lives in localStorage, which a worker never touches. Development (`npm run dev`) registers nothing.
 */
export function registerWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = document.documentElement.dataset.base ?? '/';
  const notice = document.querySelector<HTMLElement>('.sw-update');
  let asked = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) location.reload();
  });
  const offer = (waiting: ServiceWorker) => {
    if (!notice) return;
    const text = notice.querySelector<HTMLElement>('.sw-update-text');
    const button = notice.querySelector<HTMLButtonElement>('.sw-update-reload');
    if (!text || !button) return;
    notice.classList.add('open');
    text.textContent = notice.dataset.ready ?? '';
    button.hidden = false;
    button.onclick = () => {
      asked = true;
      button.disabled = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    };
  };
  const register = () => {
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then((reg) => {
        if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
        reg.addEventListener('updatefound', () => {
          const next = reg.installing;
          next?.addEventListener('statechange', () => {
            // Installed while an older worker controls the page: a new deployment is ready.
            if (next.state === 'installed' && navigator.serviceWorker.controller) offer(next);
          });
        });
      })
      .catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
