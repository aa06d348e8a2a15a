// The work of `shinchoku import`, loaded only when the command runs (see commands/import.ts for its options and help).
import path from 'node:path';
import { EXIT, ShinchokuError, UsageError } from '../../errors.ts';
import { checkReturned, type Change, type ImportSource, type RowProblem } from '../../intake/check-returned.ts';
import { checkReturnedMeasures, type MeasureChange, type MeasureSource } from '../../intake/check-returned-measures.ts';
import { readGrids } from '../../intake/read-grid.ts';
import { returnedMeasures } from '../../intake/returned-measures.ts';
import { returnedRows } from '../../intake/returned-rows.ts';
import type { ProjectResult } from '../../model/project.ts';
import { writeCollected } from '../../intake/write-collected.ts';
import { withDataFolder } from '../../load/data-folder-lock.ts';
import { readAndCheck } from '../../load/load-data.ts';
import { formatWarekiFiscalYear } from '../../model/fiscal-year.ts';
import type { Actual } from '../../model/indicator.ts';
import { formatNumber, formatQuantity } from '../../render/format-ja.ts';
import { textTable } from '../../render/text-table.ts';
import { lastEndedFiscalYear } from '../../schedule/last-ended-fiscal-year.ts';
import { isoWithOffset } from '../../schedule/local-time.ts';
import { logProblems } from '../data-option.ts';
import { writableDataDir } from '../folders.ts';
import { expandFiles } from '../../intake/expand-files.ts';
import type { CommandContext } from '../command.ts';
import type { importOptions } from '../commands/import.ts';

const KIND = { new: '新規', changed: '変更', unchanged: '変更なし' } as const;

/** Rows a returned sheet may have beyond its indicators: the heading rows and a few of a clerk's notes. */
const SHEET_MARGIN_ROWS = 100;

const shownActual = (a: Actual | undefined, unit: string | undefined) =>
  a === undefined
    ? '—'
    : `${a.value !== undefined ? formatQuantity(a.value, unit) : (a.state ?? a.text ?? '—')}${a.note ? `（${a.note}）` : ''}${a.reason ? `［要因・課題: ${a.reason}］` : ''}`;

const shownResult = (r: ProjectResult | undefined) =>
  r === undefined
    ? '—'
    : [
        r.done,
        r.schedule && `工程: ${r.schedule}`,
        r.selfEvaluation && `自己評価: ${r.selfEvaluation}`,
        r.issues && `課題: ${r.issues}`,
        r.direction && `方向性: ${r.direction}`,
        r.settledCost !== undefined && `決算額: ${formatNumber(r.settledCost)}千円`,
        r.note && `備考: ${r.note}`,
      ]
        .filter(Boolean)
        .join('／');

function measureTable(changes: readonly MeasureChange[]): string {
  const rows = changes.map((c) => [
    KIND[c.kind],
    c.planId,
    `${c.project.number ?? c.project.id} ${c.project.name}`,
    formatWarekiFiscalYear(c.year),
    shownResult(c.before),
    shownResult(c.after),
    `${c.file}:${c.line}`,
  ]);
  return textTable(
    [
      { heading: '区分' },
      { heading: '計画' },
      { heading: '事業', maxWidth: 32 },
      { heading: '年度' },
      { heading: 'いまの実施結果', maxWidth: 32 },
      { heading: '取り込む実施結果', maxWidth: 32 },
      { heading: 'ファイル:行' },
    ],
    rows,
  );
}

function diffTable(changes: readonly Change[]): string {
  const rows = changes.map((c) => [
    KIND[c.kind],
    c.planId,
    `${c.indicator.id} ${c.indicator.name}`,
    formatWarekiFiscalYear(c.year),
    shownActual(c.before, c.indicator.unit),
    shownActual(c.after, c.indicator.unit),
    `${c.file}:${c.line}`,
  ]);
  return textTable(
    [
      { heading: '区分' },
      { heading: '計画' },
      { heading: '指標', maxWidth: 40 },
      { heading: '年度' },
      { heading: 'いまの値', maxWidth: 24 },
      { heading: '取り込む値', maxWidth: 24 },
      { heading: 'ファイル:行' },
    ],
    rows,
  );
}

export async function run({ options, positionals, stdout, log, env }: CommandContext<typeof importOptions>): Promise<number> {
  if (positionals.length === 0) throw new UsageError('取り込むファイル（.xlsx か .csv）を指定してください');
  const dir = writableDataDir(options, env, 'import');
  const files = await expandFiles(positionals);
  // From reading the data to writing it, no other import and no run reads or writes the folder.
  return withDataFolder(dir, 'import（手動）', async () => {
    const loaded = await readAndCheck(dir);
    if (!loaded.ok) {
      logProblems(loaded.problems, dir, log);
      throw new ShinchokuError('INVALID_DATA', 'データに問題があるため、取り込んでいません');
    }
    const { dataset } = loaded;
    // A sheet sent out lists at most every indicator (or every project) of the data; the margin is for notes typed below it.
    const maxRows =
      dataset.municipalities.reduce((n, m) => n + m.plans.reduce((k, p) => k + Math.max(p.indicators.length, p.projects.length), 0), 0) + SHEET_MARGIN_ROWS;
    const sources: ImportSource[] = [];
    const measureSources: MeasureSource[] = [];
    let problems: RowProblem[] = [];
    let blank = 0;
    for (const file of files) {
      const name = path.basename(file);
      for (const grid of await readGrids(file, maxRows)) {
        const indicators = returnedRows(grid);
        const projects = indicators ? undefined : returnedMeasures(grid);
        const sheet = indicators ?? projects;
        if (!sheet) {
          problems.push({
            file: name,
            line: 0,
            message:
              '見出しの行（「指標ID」と「実績」、または「事業ID」と「実施状況」のある行）が見つかりません。shinchoku collect で作ったシートに記入してください',
          });
          continue;
        }
        if (!sheet.ok) {
          problems.push({ file: name, line: 0, message: sheet.message });
          continue;
        }
        blank += sheet.blank;
        const source = { file: name, department: sheet.department, reporter: sheet.reporter };
        if (indicators?.ok) sources.push({ ...source, rows: indicators.rows });
        if (projects?.ok) measureSources.push({ ...source, rows: projects.rows });
      }
    }
    const now = new Date();
    const context = { dataset, currentYear: lastEndedFiscalYear(now, dataset.timezone) + 1, importedAt: isoWithOffset(now, dataset.timezone) };
    const checked = checkReturned(sources, context);
    const measured = checkReturnedMeasures(measureSources, context);
    problems = problems.concat(checked.problems, measured.problems);
    const { changes } = checked;
    const measures = measured.changes;
    const count = (k: Change['kind']) => changes.filter((c) => c.kind === k).length + measures.filter((c) => c.kind === k).length;
    if (changes.length > 0) stdout.write(`指標の実績\n${diffTable(changes)}\n\n`);
    if (measures.length > 0) stdout.write(`事業の実施結果\n${measureTable(measures)}\n\n`);
    stdout.write(`新規 ${count('new')}、変更 ${count('changed')}、変更なし ${count('unchanged')}、問題 ${problems.length}、未記入 ${blank}\n`);
    for (const p of problems) stdout.write(`  問題 ${p.file}${p.line > 0 ? `:${p.line}` : ''} ${p.message}\n`);
    if (problems.length > 0 && !options['skip-invalid']) {
      stdout.write('問題のある行があるため、何も書き込んでいません。直してから、もう一度取り込んでください（問題の行を飛ばすには --skip-invalid）\n');
      return EXIT.failure;
    }
    if (problems.length > 0) stdout.write(`問題のある ${problems.length} 件を飛ばしました\n`);
    if (options['dry-run']) {
      stdout.write('--dry-run のため、書き込んでいません\n');
      return EXIT.ok;
    }
    const written = await writeCollected(dir, dataset.files, changes, measures);
    if (written.length === 0) stdout.write('書き込む変更はありません（すでに取り込み済みです）\n');
    for (const file of written) log.info('import.written', `書き込みました: ${file}`);
    return EXIT.ok;
  });
}
