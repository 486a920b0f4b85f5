// What `hostname /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `
Prints the name of the current host.

hostname

`;
