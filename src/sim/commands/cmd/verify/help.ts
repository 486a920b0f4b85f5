// What `verify /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Tells cmd.exe whether to verify that your files are written correctly to a
disk.

VERIFY [ON | OFF]

Type VERIFY without a parameter to display the current VERIFY setting.
`;
