/**
 * xterm's DOM renderer writes its measurements and colours into <style> elements it creates. The site's
 * Content-Security-Policy only allows style sheets it knows the hash of, so the browser would refuse them
 * (and log an error each time). Instead, xterm is handed a document whose createElement('style') makes an
 * inert, hidden <xterm-style> element; its text is mirrored into one constructed style sheet, which the
 * policy does not cover, and kept in step as xterm rewrites it (on resize, on theme changes).
 */
const TAG = 'xterm-style';

/** A stand-in for `document` that xterm accepts as `documentOverride`. */
export function cspSafeDocument(): Document {
  const real = document;
  const createElement = (tag: string, options?: ElementCreationOptions) => {
    if (tag.toLowerCase() === 'style') {
      const el = real.createElement(TAG);
      el.hidden = true;
      return el;
    }
    return real.createElement(tag, options);
  };
  return new Proxy(real, {
    get(target, prop) {
      if (prop === 'createElement') return createElement;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

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
    const css = [...root.querySelectorAll(TAG)].map((s) => s.textContent ?? '').join('\n');
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
  sync();
  return () => {
    observer.disconnect();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
