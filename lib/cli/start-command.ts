export async function runStart(_args: string[]): Promise<number> { return 0; }
