// The UTF-16 units JavaScript's \s matches, as a per-unit table: the readers test single
// characters against it in loops over whole documents (collapsing spaces, ending tag names,
// compacting text, checking number cells), where a regex test per character costs far more.
// Callers bind the table in their own module: under tsx, calling across modules per character
// ran several times slower than a local lookup (see chinese.ts).
const CODES = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/** A fresh 64 K table with 1 at every unit \s matches (callers may mark more in their copy). */
export function whitespaceTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const code of CODES) table[code] = 1;
  for (let code = 0x2000; code <= 0x200a; code++) table[code] = 1;
  return table;
}
