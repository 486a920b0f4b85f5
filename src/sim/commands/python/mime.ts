// SimpleHTTPRequestHandler.guess_type of CPython 3.9 (Lib/http/server.py): its extensions_map, then mimetypes'
// built-in strict table (Lib/mimetypes.py _types_map_default, listed from 3.9.18); the box has none of the
// mime.types files mimetypes would also read (no mailcap package).

const EXTENSIONS_MAP: Record<string, string> = { '.gz': 'application/gzip', '.Z': 'application/octet-stream', '.bz2': 'application/x-bzip2', '.xz': 'application/x-xz' };

const TYPES: [string, string][] = [
  ['application/octet-stream', 'a bin dll exe o obj so'],
  ['application/postscript', 'ai eps ps'],
  ['audio/x-aiff', 'aif aifc aiff'],
  ['audio/basic', 'au snd'],
  ['video/x-msvideo', 'avi'],
  ['text/plain', 'bat c h ksh pl txt'],
  ['application/x-bcpio', 'bcpio'],
  ['image/x-ms-bmp', 'bmp'],
  ['application/x-netcdf', 'cdf nc'],
  ['application/x-cpio', 'cpio'],
  ['application/x-csh', 'csh'],
  ['text/css', 'css'],
  ['text/csv', 'csv'],
  ['application/msword', 'doc dot wiz'],
  ['application/x-dvi', 'dvi'],
  ['message/rfc822', 'eml mht mhtml nws'],
  ['text/x-setext', 'etx'],
  ['image/gif', 'gif'],
  ['application/x-gtar', 'gtar'],
  ['application/x-hdf', 'hdf'],
  ['text/html', 'htm html'],
  ['image/vnd.microsoft.icon', 'ico'],
  ['image/ief', 'ief'],
  ['image/jpeg', 'jpe jpeg jpg'],
  ['application/javascript', 'js mjs'],
  ['application/json', 'json'],
  ['application/x-latex', 'latex'],
  ['video/mpeg', 'm1v mpa mpe mpeg mpg'],
  ['application/vnd.apple.mpegurl', 'm3u m3u8'],
  ['application/x-troff-man', 'man'],
  ['application/x-troff-me', 'me'],
  ['application/x-mif', 'mif'],
  ['video/quicktime', 'mov qt'],
  ['video/x-sgi-movie', 'movie'],
  ['audio/mpeg', 'mp2 mp3'],
  ['video/mp4', 'mp4'],
  ['application/x-troff-ms', 'ms'],
  ['application/oda', 'oda'],
  ['application/x-pkcs12', 'p12 pfx'],
  ['application/pkcs7-mime', 'p7c'],
  ['image/x-portable-bitmap', 'pbm'],
  ['application/pdf', 'pdf'],
  ['image/x-portable-graymap', 'pgm'],
  ['image/png', 'png'],
  ['image/x-portable-anymap', 'pnm'],
  ['application/vnd.ms-powerpoint', 'pot ppa pps ppt pwz'],
  ['image/x-portable-pixmap', 'ppm'],
  ['text/x-python', 'py'],
  ['application/x-python-code', 'pyc pyo'],
  ['audio/x-pn-realaudio', 'ra'],
  ['application/x-pn-realaudio', 'ram'],
  ['image/x-cmu-raster', 'ras'],
  ['application/xml', 'rdf wsdl xpdl xsl'],
  ['image/x-rgb', 'rgb'],
  ['application/x-troff', 'roff t tr'],
  ['text/richtext', 'rtx'],
  ['text/x-sgml', 'sgm sgml'],
  ['application/x-sh', 'sh'],
  ['application/x-shar', 'shar'],
  ['application/x-wais-source', 'src'],
  ['application/x-sv4cpio', 'sv4cpio'],
  ['application/x-sv4crc', 'sv4crc'],
  ['image/svg+xml', 'svg'],
  ['application/x-shockwave-flash', 'swf'],
  ['application/x-tar', 'tar'],
  ['application/x-tcl', 'tcl'],
  ['application/x-tex', 'tex'],
  ['application/x-texinfo', 'texi texinfo'],
  ['image/tiff', 'tif tiff'],
  ['text/tab-separated-values', 'tsv'],
  ['application/x-ustar', 'ustar'],
  ['text/x-vcard', 'vcf'],
  ['application/wasm', 'wasm'],
  ['audio/x-wav', 'wav'],
  ['video/webm', 'webm'],
  ['application/manifest+json', 'webmanifest'],
  ['image/x-xbitmap', 'xbm'],
  ['application/vnd.ms-excel', 'xlb xls'],
  ['text/xml', 'xml'],
  ['image/x-xpixmap', 'xpm'],
  ['image/x-xwindowdump', 'xwd'],
  ['application/zip', 'zip'],
];
const TYPES_MAP = new Map(TYPES.flatMap(([t, exts]) => exts.split(' ').map((e) => ['.' + e, t] as [string, string])));
const SUFFIX_MAP: Record<string, string> = { '.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz', '.tbz2': '.tar.bz2', '.txz': '.tar.xz' };
const ENCODINGS = new Set(['.gz', '.Z', '.bz2', '.xz', '.br']);

const splitext = (p: string): [string, string] => {
  const base = p.slice(p.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) return [p, ''];
  const cut = p.length - base.length + dot;
  return [p.slice(0, cut), p.slice(cut)];
};

/** mimetypes.guess_type(path)[0] (strict), without the data: URL case. */
function mimetypesGuess(path: string): string | null {
  let [base, ext] = splitext(path);
  while (SUFFIX_MAP[ext.toLowerCase()]) [base, ext] = splitext(base + SUFFIX_MAP[ext.toLowerCase()]);
  if (ENCODINGS.has(ext)) [base, ext] = splitext(base);
  return TYPES_MAP.get(ext) ?? TYPES_MAP.get(ext.toLowerCase()) ?? null;
}

export function guessType(path: string): string {
  const ext = splitext(path)[1];
  return EXTENSIONS_MAP[ext] ?? EXTENSIONS_MAP[ext.toLowerCase()] ?? mimetypesGuess(path) ?? 'application/octet-stream';
}
