/** The offline analyst on the shared agents dataset, as the agent integration tests use it. */
import { createAnalystFromDeps, MemorySessionStore, type MixAnalyst } from '../../../src/agents/index.js';
import { loadServices, type Services } from '../../../src/agents/services.js';
import { silentLogger } from '../../../src/log/index.js';
import { ensureAnalystData, offlineConfig } from './analyst-data.js';

export interface OfflineAnalyst {
  dataDir: string;
  services: Services;
  analyst: MixAnalyst;
}

/** Services, sessions in memory and no model provider; the clock starts at `start` and ticks a second a call. */
export async function offlineAnalyst(start = '2026-01-05T09:00:00Z'): Promise<OfflineAnalyst> {
  const dataDir = await ensureAnalystData();
  const logger = silentLogger();
  let now = Date.parse(start);
  const clock = () => new Date((now += 1000));
  const services = await loadServices({ config: offlineConfig(), dataDir, logger });
  const sessionStore = new MemorySessionStore({ ttlHours: 72, maxTurns: 40, maxCount: 100 }, clock);
  const analyst = createAnalystFromDeps({ ...services, clock, logger, sessionStore, provider: null, dataDir });
  return { dataDir, services, analyst };
}
