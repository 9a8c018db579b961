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
    // The benchmark owner commits results/calculator-<date>.md and a summary table in perf/README.md.
    const latest = existsSync(resultsDir) ? readdirSync(resultsDir).filter((f) => /^calculator-.*\.md$/.test(f)).sort().pop() : undefined;
    const section = readmeSection(join(perfDir, 'README.md'));
    const lines = latest ? [`Latest BenchmarkDotNet report: [${latest}](${latest}).`, ''] : [];
    if (section.length) lines.push('Summary from the "Calculator benchmarks" section of [perf/README.md](../README.md) (written by perf/Promise.Benchmarks):', '', ...section);
    return lines.length ? lines : ['No BenchmarkDotNet report is committed under perf/ yet; see the "Calculator benchmarks" section of perf/README.md (owned by perf/Promise.Benchmarks).'];
  }
  const lines = [];
  for (const r of reports) {
    const table = readFileSync(r, 'utf8').split('\n').filter((l) => l.startsWith('|'));
    lines.push(`From [${relative(perfDir, r)}](${relative(resultsDir, r)}):`, '', ...table, '');
  }
  return lines;
}

// The tables of the "Calculator benchmarks" section of perf/README.md, if it has one.
function readmeSection(readme) {
  if (!existsSync(readme)) return [];
  const lines = readFileSync(readme, 'utf8').split('\n');
  const start = lines.findIndex((l) => /^#+\s*Calculator benchmarks/i.test(l));
  if (start < 0) return [];
  const level = lines[start].match(/^#+/)[0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+\s/.test(l) && l.match(/^#+/)[0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l.startsWith('|'));
}
