// What `rename /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Renames a file or files.

RENAME [drive:][path]filename1 filename2.
REN [drive:][path]filename1 filename2.

Note that you cannot specify a new drive or path for your destination file.
`;
