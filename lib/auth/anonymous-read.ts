// GONGKAI_ANONYMOUS_READ=true lets visitors who are not signed in read dashboards, reports
// and CSV extracts (the demo sets it); anything else that changes data always needs an
// account. Off by default: a fresh install shows nothing to anonymous visitors.
export class AnonymousReadConfigError extends Error {
  constructor(value: string) {
    super(`GONGKAI_ANONYMOUS_READ: must be true or false (got "${value}")`);
    this.name = 'AnonymousReadConfigError';
  }
}

export function isAnonymousReadEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const raw = env.GONGKAI_ANONYMOUS_READ?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new AnonymousReadConfigError(raw);
}
