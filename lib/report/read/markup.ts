// Markup is parsed in chunks of this many characters (UTF-16 units of the decoded text), with
// the time limit checked between them: html-parser.ts feeds htmlparser2's tokenizer so, and
// docx-xml.ts reproduces an end-of-input quirk that depended on the chunks when htmlparser2
// parsed word/document.xml too.
export const PARSE_CHUNK = 256 * 1024;
