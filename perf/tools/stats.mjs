// Percentiles and Prometheus-text helpers shared by the load tools and the report.

/** Nearest-rank percentile of an ascending-sorted array (p in 0..100); null when empty. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** Latency summary in milliseconds, rounded to 0.01 ms. */
export function summarize(values) {
  const sorted = Float64Array.from(values).sort();
  const r = (v) => (v === null ? null : Math.round(v * 100) / 100);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : null;
  return {
    count: sorted.length,
    p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), p99: r(percentile(sorted, 99)),
    max: r(sorted.length ? sorted[sorted.length - 1] : null), mean: r(mean),
  };
}

/** Parses Prometheus text into { 'name{labels}': value } (comments skipped). */
export function parsePrometheus(text) {
  const out = {};
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*(?:\{[^}]*\})?)\s+(\S+)/.exec(line);
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

/** Sum of every series of `name` whose label set contains all `must` substrings (e.g. 'status="200"'). */
export function sumSeries(samples, name, ...must) {
  let total = 0;
  for (const [key, value] of Object.entries(samples)) {
    const brace = key.indexOf('{');
    const metric = brace < 0 ? key : key.slice(0, brace);
    if (metric !== name) continue;
    if (must.every((m) => key.includes(m))) total += value;
  }
  return total;
}

// The fake ERPNext counts the /api requests it received per doctype (GET /__fake/requests/count).
const FAKE_DOCTYPES = ['Bin', 'Purchase Order', 'Item', 'Warehouse', 'Holiday List', 'Company'];

async function fakeCounts(base) {
  const out = {};
  for (const doctype of FAKE_DOCTYPES) {
    const res = await fetch(`${base}/requests/count?doctype=${encodeURIComponent(doctype)}`, { signal: AbortSignal.timeout(5000) });
    if (!res.ok) return null;
    out[`fake_erp_requests_total{doctype="${doctype}"}`] = (await res.json()).count;
  }
  return out;
}

/**
 * Scrapes a Prometheus /metrics URL, or the fake ERPNext's request counters when the URL ends
 * in /__fake; null (not an exception) when it is not reachable or not there.
 */
export async function scrape(url) {
  try {
    if (url.endsWith('/__fake')) return await fakeCounts(url);
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    if (!res.ok) return null;
    return parsePrometheus(await res.text());
  } catch {
    return null;
  }
}

/** Counter deltas between two scrapes, for the series that changed. */
export function deltas(before, after) {
  if (!before || !after) return null;
  const out = {};
  for (const [key, value] of Object.entries(after)) {
    const d = value - (before[key] ?? 0);
    if (d !== 0 && (key.includes('_total') || key.endsWith('_count'))) out[key] = d;
  }
  return out;
}
