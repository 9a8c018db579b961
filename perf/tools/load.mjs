#!/usr/bin/env node
// Open-model (fixed-rate) load driver: runs `loadtest` (npm, requestsPerSecond mode) phase after
// phase, records every response's latency and status, and scrapes /metrics around each phase.
//
//   node load.mjs --url URL --body warm|cold|mix --catalog FILE --phases 500:15,1000:15
//                 [--seed 42] [--timeout-ms 10000] [--metrics URL,URL] [--out FILE] [--label TEXT]
//                 [--stop-on-saturation 1] [--split-rps 1000]
//
// A phase is "saturated" when fewer than 90 % of the offered requests were answered 2xx per
// second, more than 1 % were shed (503) or failed, or the 2xx p99 passed 1 s; with
// --stop-on-saturation the phases after the first saturated one are skipped.
//
// loadtest's rps mode fires each request from a drift-corrected timer whether or not earlier
// ones have answered (new sockets are opened when all are busy), so a slow server cannot slow
// the offered load down: no coordinated omission. Latency runs from the timer tick to the
// last byte of the response.
import { loadTest } from 'loadtest';
import { writeFileSync } from 'node:fs';
import { bodyGenerator, loadItemCodes } from './carts.mjs';
import { summarize, scrape, deltas } from './stats.mjs';

function args(argv) {
  const a = { seed: 42, 'timeout-ms': 10000, metrics: '', label: '', 'split-rps': 1000 };
  for (let i = 2; i < argv.length; i += 2) a[argv[i].replace(/^--/, '')] = argv[i + 1];
  for (const k of ['url', 'body', 'catalog', 'phases']) if (!a[k]) throw new Error(`--${k} is required`);
  return a;
}

async function runPhase(opts, rate, seconds, body, t0, samples, bodySamples) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let errors = 0;
  // loadtest times in whole milliseconds; for sub-millisecond resolution each request carries
  // its own id in the query string (?r=N, ignored by the API) and is timed here with hrtime.
  const starts = new Map();
  let seq = 0;
  const basePath = new URL(opts.url).pathname;
  const requestGenerator = (_options, params, request, onResponse) => {
    const id = seq++;
    params.path = `${basePath}?r=${id}`;
    starts.set(id, process.hrtime.bigint());
    return request(params, onResponse);
  };
  const statusCallback = (error, result) => {
    const end = process.hrtime.bigint();
    if (!result) { errors++; return; }
    if ((result.statusCode < 200 || result.statusCode >= 300) && !bodySamples[result.statusCode]) {
      bodySamples[result.statusCode] = String(result.body ?? '').slice(0, 400);
    }
    const id = Number(result.path.slice(result.path.indexOf('?r=') + 3));
    const ms = Number(end - starts.get(id)) / 1e6;
    starts.delete(id);
    samples.push({ t: performance.now() - t0, ms, status: result.statusCode });
  };
  // One loadtest timer fires at most one request per event-loop turn, so a high rate is split
  // over several concurrent instances of at most --split-rps each (default 1000).
  const parts = Math.max(1, Math.ceil(rate / Number(opts['split-rps'])));
  const result = await Promise.all(Array.from({ length: parts }, (_, i) => new Promise((resolve, reject) => {
    loadTest({
      url: opts.url, method: 'POST', contentType: 'application/json', body,
      requestsPerSecond: rate / parts, maxSeconds: seconds, agentKeepAlive: true,
      timeout: Number(opts['timeout-ms']), quiet: true, statusCallback, requestGenerator,
    }, (err, res) => (err ? reject(err) : resolve(res)));
  })));
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const generatorCpu = (used.user + used.system) / 1000 / elapsed;
  return { started: started - t0, elapsed, sent: seq, transportErrors: errors, generatorCpu, loadtest: result };
}

function phaseSummary(rate, seconds, samples, run, metricDeltas) {
  const ok = samples.filter((s) => s.status >= 200 && s.status < 300).map((s) => s.ms);
  const shed = samples.filter((s) => s.status === 503).map((s) => s.ms);
  const statuses = {};
  for (const s of samples) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  const completed = samples.length + run.transportErrors;
  const okRps = ok.length / (run.elapsed / 1000);
  const failedShare = completed ? (completed - ok.length) / completed : 0;
  const l = summarize(ok);
  const saturated = okRps < 0.9 * rate || failedShare > 0.01 || (l.p99 ?? 0) > 1000;
  return {
    target_rps: rate, seconds, completed, sent: run.sent,
    // What the generator really offered: below target_rps when it could not keep up itself.
    offered_rps: Math.round((run.sent / (run.elapsed / 1000)) * 10) / 10, achieved_rps: Math.round((samples.length / (run.elapsed / 1000)) * 10) / 10,
    ok_rps: Math.round(okRps * 10) / 10, saturated,
    generator_cpu_cores: Math.round(run.generatorCpu * 100) / 100,
    statuses, transport_errors: run.transportErrors,
    share_503: completed ? Math.round((shed.length / completed) * 10000) / 10000 : 0,
    latency_ok_ms: l, latency_503_ms: summarize(shed), metrics: metricDeltas,
    started_ms: Math.round(run.started),
  };
}

// Per-second series over the whole run (for recovery time and the chart).
function perSecond(samples) {
  const buckets = new Map();
  for (const s of samples) {
    const sec = Math.floor(s.t / 1000);
    if (!buckets.has(sec)) buckets.set(sec, { ok: [], shed: 0, other: 0 });
    const b = buckets.get(sec);
    if (s.status >= 200 && s.status < 300) b.ok.push(s.ms); else if (s.status === 503) b.shed++; else b.other++;
  }
  return [...buckets.entries()].sort((x, y) => x[0] - y[0]).map(([sec, b]) => {
    const l = summarize(b.ok);
    return { second: sec, ok: b.ok.length, shed: b.shed, other: b.other, p50: l.p50, p99: l.p99 };
  });
}

const opts = args(process.argv);
const codes = loadItemCodes(opts.catalog);
const body = bodyGenerator(opts.body, codes, { seed: Number(opts.seed) });
const metricUrls = opts.metrics ? opts.metrics.split(',') : [];
const phases = opts.phases.split(',').map((p) => p.split(':').map(Number));
const t0 = performance.now();
const report = { label: opts.label, url: opts.url, body: opts.body, seed: Number(opts.seed), phases: [] };
const all = [];
for (const [rate, seconds] of phases) {
  const before = await Promise.all(metricUrls.map(scrape));
  const samples = [];
  const bodySamples = {};
  const run = await runPhase(opts, rate, seconds, body, t0, samples, bodySamples);
  const after = await Promise.all(metricUrls.map(scrape));
  const metricDeltas = metricUrls.map((u, i) => ({ url: u, deltas: deltas(before[i], after[i]) }));
  const phase = { ...phaseSummary(rate, seconds, samples, run, metricDeltas), error_bodies: bodySamples };
  report.phases.push(phase);
  for (const sample of samples) all.push(sample); // (spreading 100k+ arguments overflows the stack)
  const l = phase.latency_ok_ms;
  console.error(`[load] ${opts.label} ${rate} rps x ${seconds}s: ${phase.ok_rps} ok/s, p50 ${l.p50} p95 ${l.p95} p99 ${l.p99} ms, 503 share ${phase.share_503}, generator ${phase.generator_cpu_cores} cores${phase.saturated ? ', SATURATED' : ''}`);
  if (phase.saturated && opts['stop-on-saturation'] === '1') break;
}
report.per_second = perSecond(all);
const json = JSON.stringify(report, null, 1);
if (opts.out) writeFileSync(opts.out, json); else process.stdout.write(json + '\n');
