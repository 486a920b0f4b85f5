// google.com's answer to a request for its front page: a 301 to www.google.com with the small "301 Moved" page.
// Headers and body as a recorded `curl -v https://google.com` shows them (curl 8.13 on Windows, Sep 2026:
// github.com/opism-pr01-podnebesova, README.md, part A.4); over http the Location and the link say http:// and the
// body is one byte shorter (`curl google.com` recordings in many READMEs, e.g. Content-Length: 219). Date and Expires
// follow the world's clock (Expires 30 days on, as Cache-Control's max-age says); the CSP nonce differs per request
// on the real server, here it is derived from the clock. Names as HTTP/1.1 spells them (HTTP/2 sends them lower-case).
import type { WebAnswer } from './index';

const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** RFC 7231 IMF-fixdate, as HTTP servers write Date. */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  return `${DAY[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function nonce(seed: number): string {
  let x = Math.floor(seed) % 2147483647 || 1;
  let s = '';
  for (let i = 0; i < 22; i++) {
    x = (x * 48271) % 2147483647;
    s += B64[x % 64];
  }
  return s;
}

export function movedPage(location: string): string {
  return `<HTML><HEAD><meta http-equiv="content-type" content="text/html;charset=utf-8">\n<TITLE>301 Moved</TITLE></HEAD><BODY>\n<H1>301 Moved</H1>\nThe document has moved\n<A HREF="${location}">here</A>.\r\n</BODY></HTML>\r\n`;
}

export function googleMoved(https: boolean, now: number): WebAnswer {
  const location = `${https ? 'https' : 'http'}://www.google.com/`;
  const body = movedPage(location);
  return {
    status: 301,
    reason: 'Moved Permanently',
    headers: {
      Location: location,
      'Content-Type': 'text/html; charset=UTF-8',
      'Content-Security-Policy-Report-Only': `object-src 'none';base-uri 'self';script-src 'nonce-${nonce(now / 1000)}' 'strict-dynamic' 'report-sample' 'unsafe-eval' 'unsafe-inline' https: http:;report-uri https://csp.withgoogle.com/csp/gws/other-hp`,
      Date: httpDate(now),
      Expires: httpDate(now + 30 * 86400_000),
      'Cache-Control': 'public, max-age=2592000',
      Server: 'gws',
      'Content-Length': String(body.length),
      'X-XSS-Protection': '0',
      'X-Frame-Options': 'SAMEORIGIN',
      'Alt-Svc': 'h3=":443"; ma=2592000,h3-29=":443"; ma=2592000',
    },
    body: () => Promise.resolve(body),
  };
}
