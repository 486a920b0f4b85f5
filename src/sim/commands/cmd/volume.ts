// The host's two volumes, as `dir`, `tree` and `vol` name them.
export function volume(path: string): { drive: string; label: string; serial: string } {
  const drive = path.slice(0, 1).toUpperCase();
  return drive === 'C' ? { drive, label: 'Windows', serial: '6A4E-1F2B' } : { drive, label: 'Data', serial: '3C9D-77A1' };
}
