// Passwords for the CLI: typed at a hidden prompt (twice), or read from standard input with
// --password-stdin (for scripts: `printf '%s' "$PW" | npm run --silent cli -- user add ...`).
// Never from an argument (it would end up in the shell history and `ps`), never a default.
import { stdin, stderr } from 'node:process';

export class PasswordInputError extends Error {}

export async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

/** One line typed without echo (the terminal is in raw mode while typing). */
export function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    stderr.write(question);
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      stderr.write('\n');
      if (error) reject(new PasswordInputError(error.message));
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new Error('cancelled'));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** The new password: from stdin when asked, otherwise prompted twice on a terminal. */
export async function readNewPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readPasswordFromStdin();
  if (!stdin.isTTY) throw new PasswordInputError('no terminal to ask for the password: pipe it in with --password-stdin');
  const first = await promptHidden('Password (at least 10 characters): ');
  const second = await promptHidden('Repeat the password: ');
  if (first !== second) throw new PasswordInputError('the two passwords differ');
  return first;
}
