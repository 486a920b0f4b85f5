// `xargs --version` of findutils 4.8.0: display_findutils_version() is version_etc() with the same authors as
// find's (find/primaries.ts), without find's feature line.
export const version =
  'xargs (GNU findutils) 4.8.0\nCopyright (C) 2021 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Eric B. Decker, James Youngman, and Kevin Dalley.\n';
