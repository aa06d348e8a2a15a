import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Test files share a worker's modules instead of loading pdfmake, exceljs and the fonts again for
    // each file (18 s of a 2-minute suite). No test mocks a module or changes global state it leaves behind.
    isolate: false,
    // A few tests start the real binary and wait on it; give them room on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
