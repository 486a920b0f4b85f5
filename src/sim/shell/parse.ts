// The bash parser's public face: the syntax tree (ast.ts), the parser (parser.ts) over the lexer (lexer.ts),
// and the tokenizer used to compare typed answers (tokenize.ts).
export * from './ast';
export { parseBash } from './parser';
export { tokenize, parseCommandLine, type ParsedCommand, type ParsedLine } from './tokenize';
