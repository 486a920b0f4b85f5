// What `cls /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Clears the screen.

CLS
`;
