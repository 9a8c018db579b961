#!/usr/bin/env node
// Writes N generated promise requests as NDJSON to stdout (back-pressure aware), for piping into
// a neutral client: node ndjson.mjs --catalog FILE --count N [--seed 7] [--body mix] | curl -T - ...
import { bodyGenerator, loadItemCodes } from './carts.mjs';

const a = { seed: 7, body: 'mix' };
for (let i = 2; i < process.argv.length; i += 2) a[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
if (!a.catalog || !a.count) throw new Error('--catalog and --count are required');
const next = bodyGenerator(a.body, loadItemCodes(a.catalog), { seed: Number(a.seed) });
const count = Number(a.count);
process.stdout.on('error', () => process.exit(0));
for (let i = 0; i < count; i += 64) {
  const lines = [];
  for (let j = i; j < Math.min(count, i + 64); j++) lines.push(next());
  if (!process.stdout.write(lines.join('\n') + '\n')) await new Promise((r) => process.stdout.once('drain', r));
}
