// Request bodies for the load scenarios: seeded, so a run can be repeated exactly.
import { readFileSync } from 'node:fs';

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Item codes of the stock items in a fixture/catalog file (the fake ERPNext's format). */
export function loadItemCodes(catalogFile) {
  const doc = JSON.parse(readFileSync(catalogFile, 'utf8'));
  const items = (doc.Item ?? []).filter((i) => !i.disabled && i.is_stock_item !== 0);
  if (items.length === 0) throw new Error(`no stock items in ${catalogFile}`);
  return items.map((i) => i.item_code);
}

/** A promise request in the OTP wire shape: `lines` item codes, quantities 1-3. */
export function cartBody(orderId, codes, random) {
  const items = codes.map((code, i) => ({ item_code: code, qty: 1 + Math.floor(random() * 3), line_id: String(i + 1) }));
  return JSON.stringify({ customer: 'Perf Customer', order_id: orderId, items });
}

// Distinct item codes for one cart, drawn by `pick` (duplicates within a cart are redrawn).
function pickDistinct(lines, pick) {
  const chosen = new Set();
  for (let guard = 0; chosen.size < lines && guard < lines * 20; guard++) chosen.add(pick());
  return [...chosen];
}

/** Zipf(s) sampler over ranks 0..n-1 by inverse CDF on a precomputed table (binary search). */
export function zipf(n, s, random) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) { sum += 1 / Math.pow(k + 1, s); cdf[k] = sum; }
  return () => {
    const u = random() * sum;
    let lo = 0, hi = n - 1;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (cdf[mid] < u) lo = mid + 1; else hi = mid; }
    return lo;
  };
}

/**
 * Body generators by scenario name:
 * - warm: `hot` distinct 5-line carts over the first `hotItems` items, cycled (cache stays hot);
 * - cold: every cart draws 5 items uniformly from the whole catalog (distinct carts);
 * - tail: like cold, but never one of the warm set's items;
 * - mix: each line is, with probability `repeat`, a Zipf(1.0)-popular item (repeats), else uniform.
 */
export function bodyGenerator(kind, codes, { seed = 42, lines = 5, hotItems = 50, hot = 200, repeat = 0.7 } = {}) {
  const random = rng(seed);
  let n = 0;
  const uniform = () => codes[Math.floor(random() * codes.length)];
  if (kind === 'warm') {
    const pool = codes.slice(0, Math.min(hotItems, codes.length));
    const carts = [];
    for (let i = 0; i < hot; i++) carts.push(cartBody(`WARM-${i}`, pickDistinct(lines, () => pool[Math.floor(random() * pool.length)]), random));
    return () => carts[n++ % carts.length];
  }
  if (kind === 'cold') {
    return () => cartBody(`COLD-${n++}`, pickDistinct(lines, uniform), random);
  }
  if (kind === 'tail') {
    // Uniform over the catalog without the warm set's items (a warm-up that leaves them uncached).
    const tail = codes.slice(Math.min(hotItems * 2, codes.length - lines));
    return () => cartBody(`TAIL-${n++}`, pickDistinct(lines, () => tail[Math.floor(random() * tail.length)]), random);
  }
  if (kind === 'mix') {
    const popular = zipf(codes.length, 1.0, random);
    const pick = () => (random() < repeat ? codes[popular()] : uniform());
    return () => cartBody(`MIX-${n++}`, pickDistinct(lines, pick), random);
  }
  throw new Error(`unknown body kind ${kind}`);
}
