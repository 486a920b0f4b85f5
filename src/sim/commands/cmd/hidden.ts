// Folders of the Windows host that carry the Hidden attribute on every Windows: the user's AppData and C:\ProgramData.
// `dir` leaves them out unless /A asks for attributes (/A alone, /A:H, or /A:D, which lists hidden folders too).
const HIDDEN = new Set(['c:\\users\\user\\appdata', 'c:\\programdata']);

/** Whether the folder or file at this absolute Windows path is hidden. */
export const isHidden = (path: string): boolean => HIDDEN.has(path.toLowerCase().replace(/\\+$/, ''));
