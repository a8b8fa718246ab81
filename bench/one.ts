/**
 * One browser figure on its own: `node --import tsx bench/one.ts load|popup|typing|memory`
 * (needs the build). Prints the JSON of that figure; handy to measure before/after one change.
 */
import { buildFixtures } from '../tests/e2e/build-fixtures.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { benchLoad, benchMemory, benchPopup, benchTyping } from './browser';

const which = process.argv[2] ?? 'load';
const parts = { load: benchLoad, popup: benchPopup, typing: benchTyping, memory: benchMemory } as const;
const fn = parts[which as keyof typeof parts];
if (!fn) throw new Error(`unknown figure ${which}: one of ${Object.keys(parts).join(', ')}`);
await buildFixtures({ quiet: true });
const server = await startServer();
try {
  console.log(which, JSON.stringify(await fn(server.port)));
} finally {
  await server.close();
}
