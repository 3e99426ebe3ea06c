/** The `large` scenario (filled in below). */
import type { Api } from '../api/core';
import type { Runtime } from '../controllers/runtime';

export interface LargeOptions {
  nodes?: number;
  namespaces?: number;
  pods?: number;
}

export const seedLarge = async (_api: Api, _runtime: Runtime, _o: LargeOptions): Promise<void> =>
  undefined;
