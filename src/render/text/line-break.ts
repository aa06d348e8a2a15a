// Where Japanese text may break, after JIS X 4051 / W3C JLREQ: 行頭禁則 and 行末禁則, and
// 分離禁止 for numbers with their sign, digits, separators, unit and ※ (17,098,103件, −80人,
// 99.1%以上), ids (3-2-2-10), dates (令和6年4月1日), Latin words and URLs, …… and ——.
// UAX #14 (pdfmake's breaker) allows a break between any two ideographs, so a narrow column
// printed 「17,098,10 / 3件」, which reads as another number.

/** Never at the start of a line: closing brackets, punctuation, iteration marks, small kana and 長音 (strict setting). */
const NO_START = new Set([
  ...'」』）〕］｝〉》】〙〗｠»’”)]}',
  ...'、。，．,.・：；:;？！?!‼⁇⁈⁉',
  ...'ゝゞヽヾ々〻〜～',
  ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ',
  ...'ー゛゜',
  // Half-width forms, as some documents are typed.
  ...'｡､｣･ｧｨｩｪｫｯｬｭｮｰﾞﾟ',
]);

/** Never at the end of a line: opening brackets, and a range's 〜 (令和4〜7年度 stays whole). */
const NO_END = new Set([...'「『（〔［｛〈《【〘〖｟«‘“([{〜～｢']);

/** Kanji and kana that read as a unit after a number (件, 千円, 時間, 年度, 税目 …). */
const UNIT_KANJI =
  '件円千万億兆人名時間分秒日月年度回所箇個台本枚冊戸世帯校園館社団体税目歳才倍割点位区局課室者組種項款条号次期章節週泊棟基機隻頭匹食部便床席店都市町村県府道㎡';
const UNIT_WORDS = '以上|以下|未満|以内|超|程度|前後';

const DIGITS = '0-9０-９';
const CORE = `[${DIGITS}](?:[${DIGITS},，.．:：/／\\-‐－]*[${DIGITS}])?`;
const SUFFIX = `(?:[A-Za-zＡ-Ｚａ-ｚ%％‰℃°㎡㎥㎞㎏㎜㎝μ]+|[ァ-ヺー]+|[かヵヶ][所月年]|[${UNIT_KANJI}])*`;
const NUMBER_UNIT = `(?:令和|平成|昭和|第|[¥￥$＄])?(?:[−\\-－+＋±△▲](?=[${DIGITS}]))?${CORE}${SUFFIX}(?:${CORE}${SUFFIX})*(?:${UNIT_WORDS})?(?:※[${DIGITS}]*)?`;

/** One unbreakable token at the start of the rest of the text. */
const TOKEN = new RegExp(
  [
    NUMBER_UNIT,
    // Latin words, ids like kpi-3-1, URLs and mail addresses: one run of printable ASCII.
    '[A-Za-z][\\x21-\\x7e]*',
    '…+|‥+|—+|―+',
    ' +',
    '[\\s\\S]',
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'uy',
);

/** The text cut into tokens; a line may break between two tokens only (see {@link canBreak}). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const match = TOKEN.exec(text);
    if (!match) break;
    out.push(match[0]);
  }
  return out;
}

const isSpace = (token: string) => token.startsWith(' ');
const NAME_BEFORE_NUMBER = /[\p{Script=Han}\p{Script=Katakana}]/u;
/** What belongs to the character before it: combining marks, variation selectors (葛󠄀), a zero-width joiner. */
const JOINS_BEFORE = /^[\p{M}\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;
const first = (token: string) => String.fromCodePoint(token.codePointAt(0)!);
const last = (token: string) => [...token].at(-1)!;

/** Whether a line may end after token `a` when token `b` follows. */
export function canBreak(a: string, b: string): boolean {
  if (isSpace(b) || NO_START.has(first(b)) || JOINS_BEFORE.test(b)) return false;
  if (isSpace(a)) return true;
  if (NO_END.has(last(a))) return false;
  // A ※ note mark stays with what it marks, and with its number (※1).
  if (b.startsWith('※') || (last(a) === '※' && /^[0-9０-９]/.test(b))) return false;
  // A numbered name stays whole: 基本方針1, 施策3, 第2.
  if (NAME_BEFORE_NUMBER.test(last(a)) && /^[0-9０-９]/.test(b)) return false;
  return true;
}

/**
 * The text as the units no line may split: tokens joined wherever a break is not allowed. A
 * space that allows a break stays at the end of the unit before it (it disappears at a line end).
 */
export function units(text: string): string[] {
  const out: string[] = [];
  let prev: string | undefined;
  for (const token of tokens(text)) {
    if (prev === undefined || canBreak(prev, token)) out.push(token);
    else out[out.length - 1] += token;
    prev = token;
  }
  return out;
}
