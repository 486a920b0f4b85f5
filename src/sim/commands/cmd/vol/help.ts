// What `vol /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Displays the disk volume label and serial number, if they exist.

VOL [drive:]
`;
