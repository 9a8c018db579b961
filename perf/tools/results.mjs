// Reads one run's raw files (perf/results/raw/<stamp>/) into the figures the report shows.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sumSeries } from './stats.mjs';

export function loadRun(raw) {
  const read = (name) => (existsSync(join(raw, name)) ? JSON.parse(readFileSync(join(raw, name), 'utf8')) : null);
  const commands = {};
  for (const line of readFileSync(join(raw, 'commands.tsv'), 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) (commands[line.slice(0, tab)] ??= []).push(line.slice(tab + 1));
  }
  const files = readdirSync(raw).filter((f) => f.endsWith('.json'));
  return { raw, read, files, commands, meta: read('meta.json'), extra: read('extra.json') ?? {} };
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const delta = (phase, i, ...filter) => {
  const d = phase.metrics?.[i]?.deltas;
  return d ? sumSeries(d, ...filter) : null;
};

/** KiB the API allocated per 2xx promise in a phase (dotnet_gc_heap_total_allocated_bytes_total). */
export function allocPerPromise(phase) {
  const bytes = delta(phase, 0, 'dotnet_gc_heap_total_allocated_bytes_total');
  const ok = phase.latency_ok_ms.count;
  return bytes === null || !ok ? null : bytes / ok / 1024;
}

/** ERP requests per 2xx promise in a phase: from the API's counter, and from the fake's own, if any. */
export function erpPerPromise(phase) {
  const ok = phase.latency_ok_ms.count;
  const api = delta(phase, 0, 'otp_erp_requests_total');
  const fake = phase.metrics?.[1]?.deltas ? fakeRequests(phase.metrics[1].deltas) : null;
  return { api: api === null || !ok ? null : api / ok, fake: fake === null || !ok ? null : fake / ok, api_calls: api, fake_calls: fake };
}

// The fake ERPNext's request counter (all doctypes), scraped from /__fake by stats.mjs.
function fakeRequests(deltas) {
  return sumSeries(deltas, 'fake_erp_requests_total');
}

export function warm(run) {
  const rounds = [];
  for (let i = 1; run.files.includes(`s2-api-${i}.json`); i++) {
    const base = run.read(`s2-baseline-${i}.json`), api = run.read(`s2-api-${i}.json`);
    const cpu = (key, r) => (run.extra[key]?.cpu_ms != null ? run.extra[key].cpu_ms / r.requests : null);
    rounds.push({ round: i, base, api, baseCpu: cpu(`s2-baseline-${i}`, base), apiCpu: cpu(`s2-api-${i}`, api) });
  }
  if (!rounds.length) return null;
  const baseRps = mean(rounds.map((r) => r.base.rps));
  const apiRps = mean(rounds.map((r) => r.api.rps));
  const baseCpu = mean(rounds.map((r) => r.baseCpu).filter((v) => v !== null));
  const apiCpu = mean(rounds.map((r) => r.apiCpu).filter((v) => v !== null));
  const x = run.extra.s2 ?? {};
  const apiRequests = rounds.reduce((a, r) => a + r.api.requests, 0);
  const allocPerRequest = x.alloc_after != null && x.alloc_before != null ? (x.alloc_after - x.alloc_before) / apiRequests : null;
  return { rounds, baseRps, apiRps, ratio: apiRps / baseRps, baseCpu, apiCpu, cpuRatio: baseCpu && apiCpu ? baseCpu / apiCpu : null, allocPerRequest, extra: x };
}

export function cold(run) {
  const out = {};
  for (const mode of ['on', 'off']) {
    const r = run.read(`s3-cold-${mode}.json`);
    if (r) out[mode] = r.phases.map((p) => ({ ...p, erp: erpPerPromise(p), alloc: allocPerPromise(p), cacheHits: delta(p, 0, 'otp_cache_requests_total', 'hit') }));
  }
  return Object.keys(out).length ? out : null;
}

export function mix(run) {
  const r = run.read('s4-mix.json');
  if (!r) return null;
  const phases = r.phases.map((p) => ({ ...p, erp: erpPerPromise(p), alloc: allocPerPromise(p) }));
  const capacity = Math.max(...phases.map((p) => p.ok_rps));
  const unsaturated = phases.filter((p) => !p.saturated);
  const lastGood = unsaturated.length ? unsaturated[unsaturated.length - 1].target_rps : null;
  const p95Under120 = phases.filter((p) => !p.saturated && p.latency_ok_ms.p95 <= 120).map((p) => p.target_rps);
  return { phases, capacity, lastGood, bestAt120: p95Under120.length ? Math.max(...p95Under120) : null };
}

export function bulk(run) {
  const rows = run.files.filter((f) => /^s5-bulk-\d+\.json$/.test(f))
    .map((f) => ({ ...run.read(f), mem: run.extra[`s5-${f.match(/(\d+)\.json$/)[1]}`] }))
    .sort((a, b) => a.count - b.count);
  return rows.length ? rows : null;
}

/**
 * Overload: the first phase is the overload, the second the normal load. Recovery: seconds from
 * the end of the overload to the first second from which the next 5 seconds have no 503 and a
 * median per-second 2xx p99 within max(2 x, +10 ms) of the steady p99 (the median per-second p99
 * over the normal phase's second half). A median over 5 s, because single seconds of the shared
 * machine spike on their own.
 */
export function overload(run) {
  const r = run.read('s6-overload.json');
  if (!r || r.phases.length < 2) return null;
  const [over, normal] = r.phases;
  const endSec = normal.started_ms / 1000;
  const series = r.per_second.filter((s) => s.second >= Math.floor(endSec) && s.ok > 0);
  const median = (xs) => { const v = xs.filter((x) => x !== null).sort((a, b) => a - b); return v.length ? v[Math.floor(v.length / 2)] : null; };
  const ref = median(series.slice(Math.floor(series.length / 2)).map((s) => s.p99));
  const limit = ref === null ? null : Math.max(2 * ref, ref + 10);
  const WINDOW = 5;
  let recoveredAt = null;
  for (let i = 0; i + WINDOW <= series.length && recoveredAt === null; i++) {
    const w = series.slice(i, i + WINDOW);
    if (w.every((s) => s.shed === 0 && s.other === 0) && median(w.map((s) => s.p99)) <= limit) recoveredAt = series[i].second;
  }
  const recovery = recoveredAt === null ? null : Math.max(0, recoveredAt - endSec);
  return { over, normal, refP99: ref, limit, recovery, perSecond: r.per_second, extra: run.extra.s6 };
}

export function multi(run) {
  const fill = run.read('s7-fill-a.json');
  const readB = run.read('s7-read-b.json');
  const lb = run.read('s7-lb.json');
  if (!fill || !readB) return null;
  const perPromise = (phase, i) => {
    const ok = phase.latency_ok_ms.count;
    const calls = delta(phase, i, 'otp_erp_requests_total');
    return calls === null || !ok ? null : calls / ok;
  };
  const f = fill.phases[0];
  const b = readB.phases[0];
  return {
    fill: f, readB: b, erpPerPromiseA: perPromise(f, 0), erpPerPromiseB: perPromise(b, 1),
    l2HitsB: delta(b, 1, 'otp_cache_requests_total', 'l2', 'hit'),
    lb: lb?.phases.map((p) => ({ ...p, servedA: delta(p, 0, 'otp_requests_total'), servedB: delta(p, 1, 'otp_requests_total') })) ?? null,
  };
}
