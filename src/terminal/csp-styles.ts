/**
 * xterm's DOM renderer writes its measurements and colours into <style> elements it creates. The site's
 * Content-Security-Policy only allows style sheets it knows the hash of, so those elements are refused.
 * Constructed style sheets are not subject to that rule: mirror every <style> xterm adds under `root`
 * into one adopted sheet, and keep it in step as xterm rewrites them (on resize, on theme changes).
 */
export function adoptXtermStyles(root: HTMLElement): () => void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return () => undefined;
  let sheet: CSSStyleSheet;
  try {
    sheet = new CSSStyleSheet();
  } catch {
    return () => undefined;
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  let queued = false;
  const sync = () => {
    queued = false;
    const css = [...root.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
    try {
      sheet.replaceSync(css);
    } catch {
      /* a rule the browser cannot parse: keep the previous sheet */
    }
  };
  const observer = new MutationObserver(() => {
    if (!queued) {
      queued = true;
      queueMicrotask(sync);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
