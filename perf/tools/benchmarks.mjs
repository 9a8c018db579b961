// Scenario 1: quotes the committed BenchmarkDotNet reports (written by perf/Promise.Benchmarks).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function findReports(dir, found = []) {
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'raw' || entry === 'bin' || entry === 'obj') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) findReports(path, found);
    else if (entry.endsWith('-report-github.md')) found.push(path);
  }
  return found;
}

/** Markdown lines: a link to each report and its result table. */
export function benchmarks(perfDir, resultsDir) {
  const reports = findReports(perfDir);
  if (!reports.length) {
    return ['No BenchmarkDotNet report is committed under perf/ yet; see the "Calculator benchmarks" section of perf/README.md (owned by perf/Promise.Benchmarks).'];
  }
  const lines = [];
  for (const r of reports) {
    const table = readFileSync(r, 'utf8').split('\n').filter((l) => l.startsWith('|'));
    lines.push(`From [${relative(perfDir, r)}](${relative(resultsDir, r)}):`, '', ...table, '');
  }
  return lines;
}
