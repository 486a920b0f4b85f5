// What `type /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Displays the contents of a text file or files.

TYPE [drive:][path]filename
`;
