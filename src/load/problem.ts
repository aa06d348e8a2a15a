// A problem found in the data: which file, where in it, what is wrong, with a stable code.

export type ProblemCode =
  | 'FILE_UNREADABLE'
  | 'YAML_SYNTAX'
  | 'MISSING_FILE'
  | 'MISSING_FIELD'
  | 'WRONG_TYPE'
  | 'UNKNOWN_FIELD'
  | 'NOT_ALLOWED_VALUE'
  | 'EMPTY'
  | 'BAD_FORMAT'
  | 'NOT_A_NUMBER'
  | 'BAD_FISCAL_YEAR'
  | 'DUPLICATE_YEAR'
  | 'INVALID'
  | 'FOLDER_MISMATCH'
  | 'UNKNOWN_MUNICIPALITY'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_NODE'
  | 'UNKNOWN_SOURCE'
  | 'BAD_REPEAT'
  | 'UNKNOWN_DEPARTMENT'
  | 'DUPLICATE_DEPARTMENT'
  | 'YEAR_OUT_OF_PERIOD'
  | 'MISSING_UNIT'
  | 'MISSING_NUMBER'
  | 'CSV_HEADER'
  | 'CSV_SYNTAX'
  | 'IMPLAUSIBLE_VALUE'
  | 'UNKNOWN_INDICATOR'
  | 'DUPLICATE_ACTUAL'
  | 'UNKNOWN_PLAN'
  | 'UNKNOWN_EVALUATION'
  | 'UNKNOWN_PROJECT'
  | 'DUPLICATE_RESULT';

export interface Problem {
  code: ProblemCode;
  /** Path of the file, relative to the data directory. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The place inside the file in words (事業 12「…」 > 目標値 > 2024年度), or a CSV column. */
  where?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const at = [p.file + (p.line ? `:${p.line}` : ''), p.line ? `（${p.line}行目）` : ''].join('');
  const where = p.where ? ` ${p.where}:` : '';
  return `${at}${where} ${p.message} [${p.code}]`;
}

/** Problems in file order, then line order, so a clerk can work down a file. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
