/** A worker thread of modules.ts: reads, scans and encodes the files of each job it is sent. */
import { parentPort } from 'node:worker_threads';
import { encodeFacts, StringTable } from '../python/facts-codec';
import { blobId } from './cache';
import { inRoot, readBytes, scanBytes, type ScanAnswer, type ScanJob } from './modules';

parentPort!.on('message', (job: ScanJob) => {
  const table = new StringTable();
  const records: number[][] = [];
  let length = 0;
  const results: ScanAnswer['results'] = [];
  for (const [rel, knownId] of job.items) {
    const bytes = readBytes(inRoot(job.root, rel));
    if (typeof bytes === 'string') {
      results.push([rel, null, 0, 0, bytes]);
      continue;
    }
    const { facts, readError } = scanBytes(bytes);
    const record = encodeFacts(facts, table);
    results.push([rel, knownId ?? (job.hash ? blobId(bytes) : null), length, record.length, readError]);
    records.push(record);
    length += record.length;
  }
  const data = new Int32Array(length);
  let at = 0;
  for (const r of records) {
    data.set(r, at);
    at += r.length;
  }
  const answer: ScanAnswer = { strings: table.strings, data, results };
  parentPort!.postMessage(answer, [data.buffer]);
});
