// JSON text written as UTF-16 units into one reused buffer and turned into a string once: for
// output made of thousands of small numbers and strings, where JSON.stringify over arrays (or
// concatenating small strings) costs several times more. Only what JSON.stringify would write.
import { unitsToString } from './normalize/chinese.ts';

const KEEP_BYTES = 1 << 20; // a buffer grown past this is not kept for the next text

let shared = new Uint16Array(16384);

export class JsonUnits {
  private units = shared;
  private length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + extra));
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
    if (grown.byteLength <= KEEP_BYTES) shared = grown;
  }

  char(code: number): void {
    this.room(1);
    this.units[this.length++] = code;
  }

  /** Text copied as it is (the caller knows it is valid JSON there). */
  raw(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.units[this.length++] = text.charCodeAt(i);
  }

  number(value: number): void {
    // Small non-negative integers (nearly all of them) digit by digit; anything else as JSON writes it.
    if (value >= 0 && value < 1e9 && Number.isInteger(value)) {
      this.room(10);
      let divisor = 1;
      while (divisor * 10 <= value) divisor *= 10;
      for (; divisor >= 1; divisor /= 10) this.units[this.length++] = 0x30 + (Math.floor(value / divisor) % 10);
      return;
    }
    this.raw(JSON.stringify(value));
  }

  /** A JSON string: quoted by hand unless it holds a quote, backslash, control character or surrogate. */
  string(text: string): void {
    this.room(text.length + 2);
    const from = this.length;
    this.units[this.length++] = 0x22;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) {
        this.length = from;
        this.raw(JSON.stringify(text));
        return;
      }
      this.units[this.length++] = code;
    }
    this.units[this.length++] = 0x22;
  }

  /** The text; every unit written is well-formed UTF-16 (escapes are ASCII). */
  finish(): string {
    return unitsToString(this.units, this.length, true);
  }
}
