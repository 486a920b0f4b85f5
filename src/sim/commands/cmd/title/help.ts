// What `title /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Sets the window title for the command prompt window.

TITLE [string]

  string       Specifies the title for the command prompt window.
`;
