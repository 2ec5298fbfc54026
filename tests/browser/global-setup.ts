// Builds the game once for all browser test files and serves it on 127.0.0.1.

import type { TestProject } from 'vitest/node';
import { buildAndServe } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, url } = await buildAndServe();
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
