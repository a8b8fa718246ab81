/**
 * Vitest globalSetup for e2e: builds the fixture sites once and starts one fixture server for the run.
 * The port reaches the specs through provide/inject('e2ePort') and process.env.SARING_E2E_PORT.
 */
import type { TestProject } from 'vitest/node';
import { buildFixtures } from './build-fixtures.mjs';
import { startServer } from './server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    e2ePort: number;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildFixtures({ quiet: true });
  const server = await startServer();
  process.env.SARING_E2E_PORT = String(server.port);
  project.provide('e2ePort', server.port);
  return async () => {
    await server.close();
  };
}
