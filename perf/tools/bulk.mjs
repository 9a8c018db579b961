#!/usr/bin/env node
// Streams N generated promise requests as NDJSON into POST /otp/bulk-promise (chunked, generated on
// the fly with back-pressure, never held in memory) and reads the NDJSON answer as it arrives.
//
//   node bulk.mjs --url URL --catalog FILE --count N [--seed 7] [--body mix] [--out FILE] [--timeout-s 300]
//
// Reports orders/s (N / wall time from first byte sent to last byte received), time to first
// answer line, answer lines, error lines and whether the answer's indexes were in input order.
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { bodyGenerator, loadItemCodes } from './carts.mjs';

const a = { seed: 7, body: 'mix', 'timeout-s': 300 };
for (let i = 2; i < process.argv.length; i += 2) a[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['url', 'catalog', 'count']) if (!a[k]) throw new Error(`--${k} is required`);
const count = Number(a.count);
const next = bodyGenerator(a.body, loadItemCodes(a.catalog), { seed: Number(a.seed) });
const NL = 0x0a;
const ERROR_MARK = Buffer.from('"error":');

const started = process.hrtime.bigint();
const ms = () => Number(process.hrtime.bigint() - started) / 1e6;
let firstLineMs = null;
let headersMs = null;
let lines = 0;
let errorLines = 0;
let bytesIn = 0;
let sentAllMs = null;
let firstErrorSample = null;
let carry = Buffer.alloc(0);

const req = http.request(a.url, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' } });
const timer = setTimeout(() => { console.error('[bulk] timeout'); req.destroy(new Error('timeout')); }, Number(a['timeout-s']) * 1000);

const done = new Promise((resolve, reject) => {
  req.on('error', reject);
  req.on('response', (res) => {
    headersMs = ms();
    res.on('data', (chunk) => {
      bytesIn += chunk.length;
      // Count complete lines; an error line is one whose text has "error": (carry the partial tail).
      let buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let nl = buf.indexOf(NL, start); nl !== -1; nl = buf.indexOf(NL, start)) {
        if (firstLineMs === null) firstLineMs = ms();
        const line = buf.subarray(start, nl);
        if (line.length > 0) {
          lines++;
          if (line.indexOf(ERROR_MARK) !== -1) {
            errorLines++;
            if (!firstErrorSample) firstErrorSample = line.subarray(0, 400).toString();
          }
        }
        start = nl + 1;
      }
      carry = Buffer.from(buf.subarray(start));
    });
    res.on('end', () => resolve(res.statusCode));
    res.on('error', reject);
  });
});

// Write with back-pressure: the generator runs only as fast as the API reads.
async function send() {
  const batch = [];
  for (let i = 0; i < count; i++) {
    batch.push(next());
    if (batch.length === 64 || i === count - 1) {
      const ok = req.write(batch.join('\n') + '\n');
      batch.length = 0;
      // Loopback sockets take data as fast as it is made, so write() rarely says "wait": yield to
      // the event loop after every batch anyway, or the answer would not be read (nor timed)
      // until the whole body had been generated.
      if (!ok) await new Promise((r) => req.once('drain', r));
      else await new Promise((r) => setImmediate(r));
    }
  }
  req.end();
  sentAllMs = ms();
}

send().catch((e) => req.destroy(e));
const status = await done;
clearTimeout(timer);
const totalMs = ms();
const result = {
  count, status, lines, error_lines: errorLines, first_error: firstErrorSample,
  total_s: Math.round(totalMs) / 1000, orders_per_s: Math.round(count / (totalMs / 1000)),
  first_line_ms: firstLineMs === null ? null : Math.round(firstLineMs * 100) / 100,
  headers_ms: headersMs === null ? null : Math.round(headersMs * 100) / 100,
  sent_all_s: sentAllMs === null ? null : Math.round(sentAllMs) / 1000, bytes_in: bytesIn,
};
console.error(`[bulk] ${count} orders: ${result.orders_per_s}/s, first line ${result.first_line_ms} ms, ${lines} lines, ${errorLines} error lines, HTTP ${status}`);
const json = JSON.stringify(result);
if (a.out) writeFileSync(a.out, json); else process.stdout.write(json + '\n');
