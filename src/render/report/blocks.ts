// A report as a list of typed blocks: assembled by pure code, printed by the PDF writer. Keeping
// the layout engine out of the assembly lets the content be tested without parsing a PDF.
import type { ChartSpec } from '../charts/chart-spec.ts';

/** 1 starts a new page; the others are kept with what follows them. Five levels: a plan four deep (政策目標 > 政策 > 政策分野 > 施策) and the 指標 under its 施策. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

export const headingLevel = (n: number): HeadingLevel => Math.max(1, Math.min(5, n)) as HeadingLevel;

export interface Heading {
  kind: 'heading';
  level: HeadingLevel;
  text: string;
  /** Unique in the document; the 目次 and bookmarks point here. */
  id: string;
  /** Listed in the 目次: chapters and every node of the plan, down to where the indicators live. */
  toc?: boolean;
}

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  style?: 'note';
}

export interface BulletList {
  kind: 'list';
  items: string[];
}

/** A cell: its main text and an optional smaller second line (a year, a formula, a reference). */
export interface Cell {
  text: string;
  sub?: string;
  bold?: boolean;
}

/**
 * A column is as wide as its content needs, and never narrower than its widest number, id or word;
 * a prose column (names, titles) takes the width the others leave and wraps.
 */
export interface Column {
  header: string;
  prose?: boolean;
  align?: 'left' | 'right' | 'center';
}

export interface Table {
  kind: 'table';
  columns: Column[];
  rows: Cell[][];
  /** Text under a row, across every column but the first: what is too long for its own cell (a qualitative target). */
  rowNotes?: Array<string | undefined>;
  /** Printed under the table: what its marks and columns mean. */
  footnote?: string;
}

export interface Chart {
  kind: 'chart';
  caption: string;
  spec: ChartSpec;
}

/** Charts placed side by side, two to a row, each row kept on one page. */
export interface ChartGrid {
  kind: 'charts';
  charts: Chart[];
}

export type Block = Heading | Paragraph | BulletList | Table | Chart | ChartGrid;

export interface ReportDocument {
  info: { title: string; author: string; subject: string; keywords: string };
  /** Left part of the running header; the right part is the current level-1 heading. */
  runningTitle: string;
  /** When set, printed on every page (demo actuals). */
  everyPageNotice?: string;
  cover: { title: string; subtitle: string; lines: string[] };
  tocTitle: string;
  body: Block[];
  /** Set for printing on both sides: binding margins and running heads mirrored on even pages. */
  duplex: boolean;
}

export const cell = (text: string, sub?: string): Cell => (sub ? { text, sub } : { text });
