// What `rem /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Records comments (remarks) in a batch file or CONFIG.SYS.

REM [comment]
`;
