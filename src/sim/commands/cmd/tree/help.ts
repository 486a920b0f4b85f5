// What `tree /?` prints on Windows (sources: tests/golden/cmd/SOURCES.md).
export default `Graphically displays the folder structure of a drive or path.

TREE [drive:][path] [/F] [/A]

   /F   Display the names of the files in each folder.
   /A   Use ASCII instead of extended characters.

`;
