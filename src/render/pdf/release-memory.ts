// pdfmake lays out a 300-page volume through some 300 MB of short-lived objects, and V8 collects
// them only once the heap has grown past 500 MB: the volumes of a 10,000-indicator plan then
// peaked near 1 GB of memory. A full collection after each large document keeps the peak near what
// one volume needs, for about 50 ms against the 2–3 s such a volume takes to print.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Smaller documents (every seed report is under 0.5 MB) leave the collector to its own timing. */
const LARGE_PDF_BYTES = 1024 * 1024;

let collect: (() => void) | undefined;

export function releaseMemoryAfter(pdf: Uint8Array): void {
  if (pdf.length < LARGE_PDF_BYTES) return;
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}
