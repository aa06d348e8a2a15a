// The light markup of report templates: 「# 」 heading lines, blank-line paragraphs, 「- 」 bullets.
import { headingLevel, type Block, type BulletList, type HeadingLevel, type Paragraph } from './blocks.ts';

type TextItem = { kind: 'heading'; depth: number; text: string } | Paragraph | BulletList;

function parseTemplateText(text: string): TextItem[] {
  const items: TextItem[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) items.push({ kind: 'paragraph', text: paragraph.join('') });
    if (list.length > 0) items.push({ kind: 'list', items: list });
    paragraph = [];
    list = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (line === '') {
      flush();
    } else if (heading) {
      flush();
      items.push({ kind: 'heading', depth: heading[1]!.length, text: heading[2]! });
    } else if (line.startsWith('- ')) {
      if (paragraph.length > 0) flush();
      list.push(line.slice(2));
    } else {
      if (list.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return items;
}

/** The cover: 「# 」 title, 「## 」 subtitle, every other non-empty line as a line of its own. */
export function coverText(text: string): { title: string; subtitle: string; lines: string[] } {
  const cover = { title: '', subtitle: '', lines: [] as string[] };
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    if (line.startsWith('## ')) cover.subtitle = line.slice(3).trim();
    else if (line.startsWith('# ')) cover.title = line.slice(2).trim();
    else cover.lines.push(line);
  }
  return cover;
}

/** The non-empty lines of a one-line template (running title, notices). */
export function singleLine(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * Template text as report blocks; a heading line becomes a heading of `level` (「##」 one deeper)
 * with id from `nextId`. The 目次 lists a chapter and its sections, and what `toc` asks for.
 */
export function templateBlocks(text: string, level: HeadingLevel, nextId: () => string, toc = false): Block[] {
  return parseTemplateText(text).map((item): Block => {
    if (item.kind !== 'heading') return item;
    const at = headingLevel(level + item.depth - 1);
    return { kind: 'heading', level: at, text: item.text, id: nextId(), toc: toc || level === 1 };
  });
}
