// A report as a list of typed blocks: assembled by pure code, printed by the PDF writer. Keeping
// the layout engine out of the assembly lets the content be tested without parsing a PDF.
import type { ChartSpec } from '../charts/chart-spec.ts';

export interface Heading {
  kind: 'heading';
  /** 1 starts a new page; 2 and 3 are kept with what follows them. */
  level: 1 | 2 | 3;
  text: string;
  /** Unique in the document; the 目次 and bookmarks point here. */
  id: string;
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

export interface Column {
  header: string;
  /** Points, or '*' to take the remaining width. */
  width: number | '*';
  align?: 'left' | 'right' | 'center';
}

export interface Table {
  kind: 'table';
  columns: Column[];
  rows: Cell[][];
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
}

export const cell = (text: string, sub?: string): Cell => (sub ? { text, sub } : { text });
