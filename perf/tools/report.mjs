#!/usr/bin/env node
// Writes perf/results/<date>.md and its chart from one run's raw files, and (full runs only)
// the latest-results section of perf/README.md.
//   node report.mjs --raw perf/results/raw/<stamp> --perf perf [--no-readme]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadRun, warm, cold, mix, bulk, overload, multi } from './results.mjs';
import { benchmarks } from './benchmarks.mjs';

const a = {};
for (let i = 2; i < process.argv.length; i++) {
  const k = process.argv[i].replace(/^--/, '');
  a[k] = process.argv[i + 1] && !process.argv[i + 1].startsWith('--') ? process.argv[++i] : true;
}
const run = loadRun(a.raw);
const { meta } = run;
const date = meta.stamp.slice(0, 10);
const name = meta.quick ? `${date}-quick` : date;
const resultsDir = join(a.perf, 'results');
const chartName = `${name}-latency.png`;

const f = (v, d = 1) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : Number(v).toFixed(d));
const n = (v) => (v === null || v === undefined ? 'n/a' : Math.round(v).toLocaleString('en-US'));
const verdict = (ok) => (ok === null ? 'not measured' : ok ? '**met**' : '**missed**');
const cmds = (...keys) => {
  const lines = keys.flatMap((k) => run.commands[k] ?? []);
  return lines.length ? ['', '```sh', ...lines, '```', ''] : [];
};
// Non-2xx answers of a phase, by status, e.g. "503: 12" (transport errors as "conn").
const nonOk = (p) => {
  const parts = Object.entries(p.statuses).filter(([s]) => !s.startsWith('2')).map(([s, c]) => `${s}: ${c}`);
  if (p.transport_errors) parts.push(`conn: ${p.transport_errors}`);
  return parts.length ? parts.join(', ') : '0';
};
const CO = 'closed loop (wrk, 64 connections): latency subject to coordinated omission, throughput is the figure';

const W = warm(run), C = cold(run), M = mix(run), B = bulk(run), O = overload(run), X = multi(run);
const coldAt = (mode, rate) => C?.[mode]?.find((p) => p.target_rps === rate) ?? null;
const c500 = coldAt('on', 500), c1000 = coldAt('on', 1000);
const b10k = B?.find((r) => r.count === 10000), bMax = B?.[B.length - 1];
const curlFirst = run.read('s5-curl-first-line.json');

// Bulk: the Node client generates its orders on the same 2 cores (about 8 us of CPU per order), curl uploads a file.
const bulkVerdict = (node, curl) => {
  if (node == null) return verdict(null);
  if (curl == null || (node >= 50000) === (curl >= 50000)) return verdict(node >= 50000);
  return `${verdict(curl >= 50000)} with curl, ${verdict(node >= 50000)} with the Node generator`;
};

// One row per goal of issue #6, with the anchor ratios.
const goals = [
  ['Warm checkout vs bare Kestrel (same-size body)', W ? `${n(W.apiRps)} vs ${n(W.baseRps)} rps = **${f(W.ratio, 2)}x** (CPU per request: ${f(W.cpuRatio, 2)}x)` : 'n/a', '>= 0.6x', verdict(W ? W.ratio >= 0.6 : null)],
  ['Cold p95 at 500 rps (ERP 20/25 ms, coalescing on)', c500 ? `${f(c500.latency_ok_ms.p95)} ms` : 'n/a', '<= 35 ms', verdict(c500 ? c500.latency_ok_ms.p95 <= 35 : null)],
  ['ERP calls per promise at 1,000 rps (coalescing on)', c1000 ? f(c1000.erp.api ?? c1000.erp.fake, 3) : 'n/a', '<= 0.3', verdict(c1000 && (c1000.erp.api ?? c1000.erp.fake) !== null ? (c1000.erp.api ?? c1000.erp.fake) <= 0.3 : null)],
  ['Bulk throughput (warm, largest run)', bMax ? `${n(bMax.orders_per_s)} orders/s (${n(bMax.count)})` + (curlFirst?.orders_per_s ? `; curl uploading a ${n(curlFirst.count)}-order file: ${n(curlFirst.orders_per_s)} orders/s` : '') : 'n/a', '>= 50,000/s', bulkVerdict(bMax?.orders_per_s, curlFirst?.orders_per_s)],
  curlFirst
    ? ['Bulk time to first line (curl, pre-generated 100k-order file)', `${f(curlFirst.first_line_ms)} ms (Node client while generating: ${bMax ? f(bMax.first_line_ms) : 'n/a'} ms)`, '< 50 ms', verdict(curlFirst.first_line_ms < 50)]
    : ['Bulk time to first line (largest run)', bMax ? `${f(bMax.first_line_ms)} ms` : 'n/a', '< 50 ms', verdict(bMax?.first_line_ms != null ? bMax.first_line_ms < 50 : null)],
  ['Bulk peak RSS, largest run / 10k run', bMax?.mem && b10k?.mem ? `${n(bMax.mem.hwm_kib / 1024)} / ${n(b10k.mem.hwm_kib / 1024)} MiB = ${f(bMax.mem.hwm_kib / b10k.mem.hwm_kib, 2)}x` : 'n/a', '<= 1.2x', verdict(bMax?.mem && b10k?.mem ? bMax.mem.hwm_kib / b10k.mem.hwm_kib <= 1.2 : null)],
  ['Overload: accepted p99 at 3x saturation', O ? `${f(O.over.latency_ok_ms.p99)} ms (503 share ${f(O.over.share_503 * 100)} %; the generator offered ${n(O.over.offered_rps)} of ${n(O.over.target_rps)} rps)` : 'n/a', '< 250 ms', verdict(O ? O.over.latency_ok_ms.p99 !== null && O.over.latency_ok_ms.p99 < 250 : null)],
  ['Overload: recovery time', O ? (O.recovery === null ? 'did not recover in the window' : `${f(O.recovery)} s`) : 'n/a', '< 5 s', verdict(O ? O.recovery !== null && O.recovery < 5 : null)],
];
const anchors = [
  ['OTP: 450 rps at p95 120 ms', M ? `highest mix rate with p95 <= 120 ms: ${n(M.bestAt120)} rps` : 'n/a', M?.bestAt120 ? `${f(M.bestAt120 / 450, 1)}x` : 'n/a'],
  ['OTP: breaks near 1,200 rps', M ? (M.phases.some((p) => p.saturated) ? `mix saturates at ${n(M.capacity)} rps of 2xx` : `mix not saturated at ${n(M.capacity)} rps of 2xx (the highest rate offered)`) : 'n/a', M ? `${M.phases.some((p) => p.saturated) ? '' : '>= '}${f(M.capacity / 1200, 1)}x` : 'n/a'],
  ['FastAPI, 2 vCPU: ~5.7k JSON rps', W ? `warm checkout ${n(W.apiRps)} rps; bare Kestrel ${n(W.baseRps)} rps` : 'n/a', W ? `${f(W.apiRps / 5700, 1)}x; ${f(W.baseRps / 5700, 1)}x` : 'n/a'],
];

const md = [];
const table = (head, rows) => { md.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''); };
md.push(`# Promise load test: ${meta.stamp}${meta.quick ? ' (quick run)' : ''}`, '',
  `Commit \`${meta.git}\`, ${meta.cores} cores (${meta.cpu}); load average (1/5/15 min) ${meta.loadavg_start.map((v) => v.toFixed(1)).join(' / ')} at start${meta.loadavg_end ? ` and ${meta.loadavg_end.map((v) => v.toFixed(1)).join(' / ')} at the end` : ''} (2 cores: anything above 2 means other processes were competing for the CPU)${meta.seconds ? `; the run took ${Math.round(meta.seconds / 60)} min` : ''}.`,
  ...(meta.api_env ? [`Extra API settings for this run: \`${meta.api_env}\`.`] : []),
  ...(meta.note ? [`Note: ${meta.note}`] : []),
  `Fake ERPNext latency ${meta.latency_bin_ms} ms per Bin query, ${meta.latency_po_ms} ms per PO query; generated catalog of ${n(meta.catalog_items)} items (seed ${meta.seed}).`,
  'Everything ran on 127.0.0.1 with the load generator on the same 2 cores as the API, the fake ERPNext, Redis and (during this session) other builds: read the figures as lower bounds of the service and as comparisons inside one run.', '',
  `![latency vs load](${chartName})`, '', '## Goals', '');
table(['figure', 'measured', 'goal', 'verdict'], goals);
md.push('## Anchors (published figures of other systems, other hardware)', '');
table(['anchor', 'ours', 'ratio'], anchors);

md.push('## 1. Calculator micro-benchmarks (BenchmarkDotNet)', '', ...benchmarks(a.perf, resultsDir), '');

md.push('## 2. Warm checkout vs bare Kestrel', '', `5-line carts over 50 hot items (200 distinct carts, cycled), cache hot; the anchor answers the same ${W?.extra?.answer_bytes ?? '?'}-byte JSON body (a real answer to the first cart; HTTP ${W?.extra?.answer_status ?? '?'}). ${CO}.`, '');
if (W) {
  table(['round', 'bare Kestrel rps', 'p50 / p99 ms', 'CPU ms/req', 'Promise API rps', 'p50 / p99 ms', 'CPU ms/req', 'rps ratio'], W.rounds.map((r) =>
    [r.round, n(r.base.rps), `${f(r.base.latency_ms.p50, 2)} / ${f(r.base.latency_ms.p99, 2)}`, f(r.baseCpu, 3), n(r.api.rps), `${f(r.api.latency_ms.p50, 2)} / ${f(r.api.latency_ms.p99, 2)}`, f(r.apiCpu, 3), f(r.api.rps / r.base.rps, 2)]));
  md.push(`CPU per request (user + system time of the server process over the round / requests) does not depend on how much of the shared cores the load generator and other processes took: by that measure the API costs ${f(W.apiCpu && W.baseCpu ? W.apiCpu / W.baseCpu : null, 1)}x the bare endpoint (ratio ${f(W.cpuRatio, 2)}x). The API allocated ${f(W.allocPerRequest !== null ? W.allocPerRequest / 1024 : null, 1)} KiB per request (\`dotnet_gc_heap_total_allocated_bytes_total\`). ERP requests during the measured API rounds: ${n(W.extra.erp_after - W.extra.erp_before)} (cache hot).`, '');
}
md.push(...cmds('baseline', 's2-baseline-1', 's2-api-1'));

md.push('## 3. Cold checkout at fixed rates', '', 'Distinct 5-line carts drawn uniformly from the whole catalog, stock cache off (`Cache__StockTtl` and `Cache__MaxStaleness` 1 ms, no Redis): every promise needs ERP data. "Coalescing off" is `Erp__CoalesceWindow=00:00:00`: no waiting for other requests, though requests reaching the coalescer in the same thread-pool turn still share a query and a key already in flight is shared. Open model (loadtest `requestsPerSecond`): requests leave on a timer whatever the server does, latency from the timer tick to the last byte.', '');
for (const mode of ['on', 'off']) {
  if (!C?.[mode]) continue;
  md.push(`Coalescing **${mode}**:`, '');
  table(['offered rps', '2xx/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'non-2xx', 'ERP calls/promise (API)', 'ERP calls/promise (fake)', 'KiB alloc/promise', 'load gen. cores'], C[mode].map((p) =>
    [n(p.target_rps), f(p.ok_rps), f(p.latency_ok_ms.p50), f(p.latency_ok_ms.p95), f(p.latency_ok_ms.p99), f(p.latency_ok_ms.max), nonOk(p), f(p.erp.api, 3), f(p.erp.fake, 3), f(p.alloc), f(p.generator_cpu_cores, 2)]));
  md.push(...cmds(`api-cold-${mode}`, `s3-cold-${mode}`));
}

md.push('## 4. Realistic mix to saturation', '', 'Each line: with probability 0.7 an item drawn by Zipf(1.0) popularity over the catalog (repeat items), else uniform; cache on (defaults), Redis L2. Rates rise until a phase saturates (2xx/s < 90 % of offered, > 1 % non-2xx, or p99 > 1 s).', '');
if (M) {
  table(['offered rps', 'really offered', '2xx/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx', 'ERP calls/promise', 'KiB alloc/promise', 'load gen. cores', 'saturated'], M.phases.map((p) =>
    [n(p.target_rps), f(p.offered_rps), f(p.ok_rps), f(p.latency_ok_ms.p50), f(p.latency_ok_ms.p95), f(p.latency_ok_ms.p99), nonOk(p), f(p.erp.api, 3), f(p.alloc), f(p.generator_cpu_cores, 2), p.saturated ? 'yes' : '']));
}
md.push(...cmds('api-main', 's4-mix'));

md.push('## 5. Bulk streaming', '', 'Orders generated on the fly as NDJSON (mix popularity), streamed with back-pressure into `POST /otp/bulk-promise?allocation=shared`; the answer is read as it arrives. Times are from the start of the request: \"headers\" when the response headers arrived (the API sends them before reading any order), \"first line\" when the first answer line was complete. Peak RSS is the API process\'s VmHWM, reset (`/proc/PID/clear_refs` = 5) before each run.', '');
if (B) {
  table(['orders', 'orders/s', 'headers ms', 'first line ms', 'total s', 'answer lines', 'error lines', 'peak RSS MiB', 'RSS before MiB', 'growth MiB'], B.map((r) =>
    [n(r.count), n(r.orders_per_s), f(r.headers_ms), f(r.first_line_ms), f(r.total_s, 2), n(r.lines), n(r.error_lines), r.mem ? n(r.mem.hwm_kib / 1024) : 'n/a', r.mem ? n(r.mem.rss_before_kib / 1024) : 'n/a', r.mem ? n((r.mem.hwm_kib - r.mem.rss_before_kib) / 1024) : 'n/a']));
  const err = B.find((r) => r.first_error);
  if (err) md.push(`First error line seen: \`${err.first_error.replace(/`/g, "'")}\``, '');
}
const curlBulk = run.read('s5-curl.json'), curlNoExpect = run.read('s5-curl-noexpect.json');
const curlLine = (c) => `HTTP ${c.http_code}, first response byte after ${f(c.time_starttransfer * 1000)} ms, ${f(c.time_total, 2)} s in all`;
if (curlBulk) md.push(`Cross-check with curl (chunked upload of ${n(run.commands['s5-curl']?.[0]?.match(/--count (\d+)/)?.[1])} orders from the same generator): with curl's default \`Expect: 100-continue\`: ${curlLine(curlBulk)}${curlNoExpect ? `; with \`-H 'Expect:'\`: ${curlLine(curlNoExpect)}` : ''}. The first byte is the response headers, sent before any answer line; a first byte after ~1,000 ms means the API never answered \`100 Continue\` and curl sent the body only after its 1 s wait.`, '');
if (curlFirst) md.push(`First answer line with curl uploading a pre-generated file of ${n(curlFirst.count)} orders (no generator sharing the client's time, \`Expect:\` off): ${f(curlFirst.first_line_ms)} ms after curl started` + (curlFirst.orders_per_s ? `; the whole file answered in ${f(curlFirst.total_ms / 1000, 2)} s = **${n(curlFirst.orders_per_s)} orders/s** (the client costs almost no CPU here, unlike the Node generator above, which takes its share of the same 2 cores).` : '.'), '');
md.push(...cmds(...(B ?? []).map((r) => `s5-bulk-${r.count}`), 's5-curl', 's5-curl-noexpect', 's5-curl-first-line'));

md.push('## 6. Overload and recovery', '');
if (O) {
  md.push(`Saturation (scenario 4): ${n(O.extra?.capacity_rps)} rps of 2xx. Offered ${n(O.extra?.overload_rps)} rps for ${O.over.seconds} s, then ${n(O.extra?.normal_rps)} rps for ${O.normal.seconds} s (open model).`, '');
  table(['phase', 'target rps', 'really offered rps', 'completed/s', '2xx/s', '2xx p50 / p99 ms', '503 share', '503 p50 / p99 ms', 'load gen. cores'], [O.over, O.normal].map((p, i) =>
    [i ? 'normal' : 'overload', n(p.target_rps), f(p.offered_rps), f(p.achieved_rps), f(p.ok_rps), `${f(p.latency_ok_ms.p50)} / ${f(p.latency_ok_ms.p99)}`, `${f(p.share_503 * 100)} %`, `${f(p.latency_503_ms.p50)} / ${f(p.latency_503_ms.p99)}`, f(p.generator_cpu_cores, 2)]));
  md.push(`Recovery: ${O.recovery === null ? 'not within the normal phase' : `${f(O.recovery)} s`} after the overload ended (the first 5 s without 503 and with a median per-second 2xx p99 <= ${f(O.limit)} ms, i.e. max(2x, +10 ms) of the steady p99 ${f(O.refP99)} ms). The right-hand chart shows the per-second timeline.`);
}
md.push(...cmds('s6-overload'));

md.push('## 7. Two instances, one Redis, nginx', '');
if (X) {
  md.push(`After a warm-up of both instances and an emptied Redis, fill through A (the 200 warm carts once): ${f(X.erpPerPromiseA, 3)} ERP calls per promise on A. The same carts through B only: ${f(X.erpPerPromiseB, 3)} ERP calls per promise on B, ${n(X.l2HitsB)} L2 (Redis) hits on B: ${X.erpPerPromiseB !== null && X.erpPerPromiseB < 0.05 ? 'the cache filled by A served B' : 'B still went to ERPNext (see the note below)'}.`, '');
  if (X.lb) table(['offered rps via nginx', '2xx/s', 'p50 / p95 / p99 ms', 'served by A / B'], X.lb.map((p) =>
    [n(p.target_rps), f(p.ok_rps), `${f(p.latency_ok_ms.p50)} / ${f(p.latency_ok_ms.p95)} / ${f(p.latency_ok_ms.p99)}`, `${n(p.servedA)} / ${n(p.servedB)}`]));
  md.push('On this 2-core machine two instances plus nginx, Redis, the fake and the load generator share the same cores: this shows correctness of the shared cache and balancing, not horizontal scaling.');
}
md.push(...cmds('api-a', 'nginx', 's7-fill-a', 's7-read-b', 's7-lb'));
md.push('## What limits these figures', '',
  '- Warm checkout (2): closed loop; wrk, both servers and everything else share 2 cores, so requests/s depend on how much CPU the other processes left; CPU ms per request does not, and is the fairer comparison.',
  '- Cold checkout (3) and mix (4): open model, latency includes the fake ERPNext\'s fixed sleeps (20/25 ms) and its own CPU, which competes with the API\'s; "load gen. cores" is what the generator itself used.',
  '- Saturation (4) and overload (6): the generator (Node, niced to -5) cannot offer much above ~8-10k requests/s on this machine; "really offered" says what it did offer. Three times saturation may not have been reached.',
  '- Bulk (5): one client, one stream; the generator, the API and the answer parser share the cores. Peak RSS includes the caches filled while the stream ran.',
  '- Two instances (7): both instances, nginx, Redis, the fake and the generator share 2 cores: correctness of the shared cache and of balancing, not scaling.',
  '- Everything is loopback: no network latency, no bandwidth limit.', '');
md.push('## Processes', '', 'How the services under test were started (the API instances of scenarios 3 and 7 add the environment shown above):', ...cmds('catalog', 'redis', 'fake', 'api-main'));

// Chart data and the chart itself.
const chartDir = join(run.raw, 'chart');
mkdirSync(chartDir, { recursive: true });
const rows = (phases) => (phases ?? []).map((p) => `${p.target_rps} ${p.latency_ok_ms.p50 ?? 'NaN'} ${p.latency_ok_ms.p95 ?? 'NaN'} ${p.latency_ok_ms.p99 ?? 'NaN'}`).join('\n') + '\n';
writeFileSync(join(chartDir, 'cold-on.dat'), rows(C?.on));
writeFileSync(join(chartDir, 'cold-off.dat'), rows(C?.off));
writeFileSync(join(chartDir, 'mix.dat'), rows(M?.phases));
writeFileSync(join(chartDir, 'overload.dat'), (O?.perSecond ?? []).map((s) => `${s.second} ${s.ok} ${s.shed} ${s.p50 ?? 'NaN'} ${s.p99 ?? 'NaN'}`).join('\n') + '\n');
for (const [term, file] of [['pngcairo', chartName], ['svg', chartName.replace(/\.png$/, '.svg')]]) {
  try {
    execFileSync('gnuplot', ['-e', `dir='${chartDir}'; out='${join(resultsDir, file)}'; term='${term}'; overend=${O ? O.normal.started_ms / 1000 : -1}`, join(a.perf, 'tools', 'chart.gp')], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    console.error(`[report] chart (${term}) failed: ${e.stderr?.toString().slice(0, 500)}`);
  }
}

const out = join(resultsDir, `${name}.md`);
writeFileSync(out, md.join('\n') + '\n');
console.error(`[report] wrote ${relative(process.cwd(), out)}`);

// README: replace the latest-results section (full runs only).
const readme = join(a.perf, 'README.md');
if (!meta.quick && !a['no-readme'] && existsSync(readme)) {
  const text = readFileSync(readme, 'utf8');
  const begin = '<!-- latest-results:begin -->', end = '<!-- latest-results:end -->';
  const i = text.indexOf(begin), j = text.indexOf(end);
  if (i >= 0 && j > i) {
    const section = [begin, '', `Latest full run: [results/${name}.md](results/${name}.md) (commit \`${meta.git}\`, ${meta.stamp}).`, '', `![latency vs load](results/${chartName})`, ''];
    const keep = md.join('\n');
    const goalsBlock = keep.slice(keep.indexOf('## Goals'), keep.indexOf('## 1.'));
    section.push(goalsBlock.replace(/^## /gm, '### '), end);
    writeFileSync(readme, text.slice(0, i) + section.join('\n') + text.slice(j + end.length));
    console.error('[report] updated perf/README.md');
  }
}
