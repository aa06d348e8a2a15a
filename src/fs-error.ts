// The file system's refusals an admin can fix (no permission, a read-only mount, a full disk, a file
// where a folder should be), as Japanese messages that name the place and what to do. Anything else
// stays an internal error.
import { isErrorCode } from './error-codes.ts';
import { ShinchokuError } from './errors.ts';

const WHAT_TO_DO: Record<string, (place: string) => string> = {
  EACCES: (p) => `${p}を使う権限がありません。フォルダの権限を確かめるか、使えるフォルダを --out・--data で指定してください`,
  EPERM: (p) => `${p}を使う権限がありません。フォルダの権限を確かめるか、使えるフォルダを --out・--data で指定してください`,
  EROFS: (p) => `${p}は読み取り専用の場所で、書き込めません。書き込めるフォルダを --out・--data で指定してください`,
  ENOSPC: (p) =>
    `${p}のディスクがいっぱいになりました。空きを作ってから、もう一度実行してください（書きかけのファイルは残していません。前にできていたファイルはそのままです）`,
  EDQUOT: (p) => `${p}のディスクの使用量が上限に達しました。空きを作ってから、もう一度実行してください（書きかけのファイルは残していません）`,
  ENOTDIR: (p) => `${p}の途中に、フォルダではなくファイルがあります。--out・--data にはフォルダを指定してください`,
  EEXIST: (p) => `${p}にはすでに同じ名前のファイルがあり、フォルダを作れません。--out・--data にはフォルダを指定してください`,
  EISDIR: (p) => `${p}はフォルダです。ファイルを指定してください`,
  ENAMETOOLONG: (p) => `${p}の名前が長すぎて、ファイルを作れません`,
  EMFILE: () => '同時に開いているファイルが多すぎます。ほかの処理が終わってから、もう一度実行してください',
};

/** The error as one an admin can act on, or undefined when it is not a file system refusal. */
export function fileSystemError(error: unknown): ShinchokuError | undefined {
  const e = error as NodeJS.ErrnoException & { dest?: string };
  // A rename refused at its destination (a folder where the file goes) names the destination, not
  // the hidden temporary file being put in place.
  const where = e?.syscall === 'rename' && e.dest ? e.dest : e?.path;
  const place = where ? `「${where}」` : '書き込み先';
  // A folder that cannot be made (a read-only mount answers mkdir this way too).
  if (e?.code === 'ENOENT' && e.syscall === 'mkdir')
    return new ShinchokuError(
      'FS_MKDIR',
      `フォルダ${place}を作れません。書き込めない場所か、途中のフォルダがありません。書き込めるフォルダを --out・--data で指定してください`,
    );
  const explain = e?.code ? WHAT_TO_DO[e.code] : undefined;
  const code = `FS_${e?.code}`;
  return explain && isErrorCode(code) ? new ShinchokuError(code, explain(place)) : undefined;
}
