// What `ver /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Displays the Windows version.

VER
`;
