// Limits for untrusted files (issue 3). Every limit exceeded is a ReportReadError naming the
// file and the limit. The time limit is a deadline checked at loop boundaries of the expensive
// passes: JavaScript cannot interrupt a synchronous loop from outside, so the loops ask.
import { ReportReadError } from './errors.ts';

export const LIMITS = {
  /** Bytes of one file (any format). */
  maxBytes: 20 * 1024 * 1024,
  /** Wall-clock time to read and map one file. Real reports take milliseconds; PDFs well under a second. */
  maxMillis: 10_000,
  /** Pages of a PDF: township reports have 5–20; hundreds of pages are not one annual report. */
  maxPdfPages: 200,
  /** Inflated word/document.xml of a DOCX (zip bombs). Real reports' document.xml is well under 5 MB. */
  maxDocxXmlBytes: 32 * 1024 * 1024,
  /** Nesting depth followed in HTML trees; deeper content is not read (it is never a report table). */
  maxTreeDepth: 400,
  /** Element nesting a page or document.xml may have at all (the parser slows quadratically with depth). */
  maxMarkupDepth: 10_000,
  /** Cells of one table after merged cells are expanded (rowspan/colspan bombs); a report table has a few hundred. */
  maxTableCells: 100_000,
  /** Cells of all tables of one document. */
  maxDocumentCells: 300_000,
} as const;

export class Deadline {
  private at = Number.POSITIVE_INFINITY;

  constructor(
    readonly fileName: string,
    readonly millis: number = LIMITS.maxMillis,
  ) {}

  /** Starts the clock (once): after the readers' modules are loaded, which is not the file's doing. */
  start(): this {
    if (this.at === Number.POSITIVE_INFINITY) this.at = performance.now() + this.millis;
    return this;
  }

  remaining(): number {
    return this.start().at - performance.now();
  }

  /** Throws the timeout error once the deadline has passed. */
  check(): void {
    if (performance.now() > this.start().at) throw this.error();
  }

  error(): ReportReadError {
    return new ReportReadError('timeout', `${this.fileName}：读取超过 ${this.millis / 1000} 秒上限，已停止（文件过于复杂或已损坏）`);
  }
}

// The deadline of the synchronous pass now running. Passes never interleave (they do not await),
// so one module-level slot is safe even when several files are read concurrently.
let current: Deadline | undefined;
let calls = 0;
let items = 0;

/** Runs a synchronous pass under `deadline`: checkDeadline() inside it throws once time is up. */
export function runWithDeadline<T>(deadline: Deadline, pass: () => T): T {
  const previous = current;
  current = deadline;
  try {
    deadline.check();
    return pass();
  } finally {
    current = previous;
  }
}

/** Called at loop boundaries of the expensive passes (rows, blocks, chunks). */
export function checkDeadline(): void {
  current?.check();
}

/**
 * Per line, row or paragraph: reads the clock every 16 calls. Each such step costs microseconds,
 * while reading the clock at every one of a report's few hundred was ~1.5 % of reading it.
 */
export function checkDeadlinePerItem(): void {
  if (current && (++items & 0xf) === 0) current.check();
}

/** For inner loops run millions of times: reads the clock every 256 calls. */
export function checkDeadlineSampled(): void {
  if (current && (++calls & 0xff) === 0) current.check();
}
