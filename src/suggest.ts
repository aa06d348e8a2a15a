// 「もしかして」: the name a user most likely meant, offered only for a near miss (a typo), never as a
// far guess (`-V` is not a misspelt `run`). The same rule for commands, options and plan ids.
import { closest, distance } from 'fastest-levenshtein';

/** The candidate nearest to `word` when it is a few edits away (a third of its length, at least one); otherwise none. */
export function nearMiss(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const bare = (w: string) => w.replace(/^-+/, '');
  const best = closest(word, [...candidates]);
  return distance(bare(word), bare(best)) <= Math.max(1, Math.floor(bare(best).length / 3)) ? best : undefined;
}

/** 「（もしかして: X）」 for a near miss, else nothing. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const near = nearMiss(word, candidates);
  return near === undefined ? '' : `（もしかして: ${near}）`;
}
