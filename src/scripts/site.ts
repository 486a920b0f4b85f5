// Runs on every page. Kept small: search, the lab and anything heavy load on demand.
const root = document.documentElement;
const THEME_KEY = 'cloud-dx-course:theme';
const LANG_KEY = 'cloud-dx-course:lang';

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
}

// Theme: follows the system until the learner picks one, then remembers it.
const themeButton = document.querySelector<HTMLButtonElement>('.theme-toggle');
function showTheme(): void {
  themeButton?.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
}
showTheme();
themeButton?.addEventListener('click', () => {
  const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
  root.dataset.theme = next;
  root.dataset.themeChosen = '';
  store(THEME_KEY, next);
  showTheme();
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
  if (root.dataset.themeChosen === undefined) {
    root.dataset.theme = e.matches ? 'dark' : 'light';
    showTheme();
  }
});

// Language: a switch is remembered so `/` sends the learner back to it.
document.querySelectorAll<HTMLAnchorElement>('a[hreflang]').forEach((a) => {
  a.addEventListener('click', () => store(LANG_KEY, a.hreflang));
});
store(LANG_KEY, root.lang);

// Narrow screens: the course navigation opens as a menu.
const menuButton = document.querySelector<HTMLButtonElement>('.menu-button');
const courseNav = document.getElementById('course-nav');
function setMenu(open: boolean): void {
  if (!menuButton || !courseNav) return;
  menuButton.setAttribute('aria-expanded', String(open));
  courseNav.classList.toggle('open', open);
  const label = menuButton.querySelector('.menu-label');
  if (label) label.textContent = (open ? menuButton.dataset.labelClose : menuButton.dataset.labelOpen) ?? '';
}
menuButton?.addEventListener('click', () => setMenu(menuButton.getAttribute('aria-expanded') !== 'true'));
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && menuButton?.getAttribute('aria-expanded') === 'true') {
    setMenu(false);
    menuButton.focus();
  }
});

// Search: the dialog's code loads the first time it opens.
const searchButton = document.querySelector<HTMLButtonElement>('.search-button');
async function openSearch(): Promise<void> {
  const { openSearchDialog } = await import('./search');
  openSearchDialog();
}
searchButton?.addEventListener('click', () => void openSearch());
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement | null;
  const typing =
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target?.isContentEditable ||
    target?.closest('.xterm, [data-no-shortcuts]');
  if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)) {
    if (e.key === 'k' || !typing) {
      e.preventDefault();
      void openSearch();
    }
  }
});

// Code blocks: copy, and "run in terminal" for blocks marked `run`.
const ui = document.getElementById('code-ui') as HTMLTemplateElement | null;
document.querySelectorAll<HTMLElement>('figure.code-block').forEach((figure) => {
  const code = figure.querySelector('pre code');
  if (!code || !ui) return;
  const actions = document.createElement('div');
  actions.className = 'code-actions';
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = ui.dataset.copy ?? 'Copy';
  copy.setAttribute('aria-label', ui.dataset.copyLabel ?? 'Copy');
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      copy.textContent = ui.dataset.copied ?? 'Copied';
      setTimeout(() => (copy.textContent = ui.dataset.copy ?? 'Copy'), 1500);
    } catch {
      /* clipboard refused: nothing to undo */
    }
  });
  actions.append(copy);
  if (figure.dataset.run !== undefined) {
    const run = document.createElement('button');
    run.type = 'button';
    run.textContent = ui.dataset.run ?? 'Run';
    run.addEventListener('click', () => {
      for (const line of (code.textContent ?? '').split('\n')) {
        const command = line.trim();
        if (command) document.dispatchEvent(new CustomEvent('lab:run', { detail: { command } }));
      }
    });
    actions.append(run);
  }
  figure.append(actions);
});
