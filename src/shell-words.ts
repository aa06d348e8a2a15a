// Commands printed for an admin to copy into a shell: every argument survives as one word.
const PLAIN = /^[\w@%+=:,./-]+$/u;

export const shellQuote = (arg: string): string => (PLAIN.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`);

export const shellCommand = (args: readonly string[]): string => args.map(shellQuote).join(' ');
