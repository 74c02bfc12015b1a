/**
 * Extraction throughput on a synthetic corpus (varied sentences, shuffled deterministically):
 *   npx ts-node -T bench/extract.bench.ts [articles]
 * Prints sentences/s on one core.
 */
import { extractArticle } from '../src/extract';
import { seedDoc, SEED_META } from '../src/extract/testHelpers';

const n = Number(process.argv[2] ?? 400);
const pool: string[] = [];
for (let i = 0; i < 4; i++) pool.push(...seedDoc(i, SEED_META[i]).text.split(/\n+/).filter((l) => l.length > 40));
pool.push(
  'President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday to discuss sanctions against Iran.',
  'The European Union agreed new sanctions on Russia last week, foreign ministers said.',
  'Prime Minister Narendra Modi will visit Washington next month, the foreign ministry announced.',
  'NATO Secretary-General Mark Rutte told reporters in Brussels that the alliance would not be divided.',
);
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const docs = Array.from({ length: n }, (_, k) => {
  const lines = Array.from({ length: 8 }, () => pool[Math.floor(rnd() * pool.length)]);
  return { id: `article:${k}`, path: `${k}`, sha256: '', fingerprint: '', language: 'en', published: '2024-09-04', text: lines.join('\n\n') };
});
extractArticle(docs[0]);
// CPU time of this process, not wall time: the machine is shared, and the target is per core
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let sentences = 0;
for (const d of docs) sentences += extractArticle(d).sentences.length;
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const cu = process.cpuUsage(c0);
const cpu = (cu.user + cu.system) / 1e6;
console.log(JSON.stringify({
  articles: n, sentences, cpuSeconds: +cpu.toFixed(2), wallSeconds: +wall.toFixed(2),
  sentencesPerCpuSecond: Math.round(sentences / cpu), articlesPerCpuSecond: Math.round(n / cpu),
}));
