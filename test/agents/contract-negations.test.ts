/**
 * A negated compound in a contract question finds the clause that says it in other words: "unposted" is
 * "not posted", "non-delivery" is "undelivered". The expected clause is read here from the contract's text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

describe('contract questions with negated words', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  /** The number of the one clause of a contract whose text matches `says`. */
  const clauseSaying = (file: string, says: RegExp) => {
    const clauses = readFileSync(join(dataDir, 'raw/contracts', file), 'utf8')
      .split('\n')
      .map((l) => /^(\d+\.\d+) (.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null && says.test(m[2]!));
    expect(clauses, `${file} ${says}`).toHaveLength(1);
    return clauses[0]![1]!;
  };
  const headClause = (reply: string) => /\*clause (\d+\.\d+)\*/.exec(reply)?.[1];

  it.each([
    ['What does the Metro Outdoor contract say about unposted sites?', 'ooh-metro-outdoor.md', /\bnot posted\b/],
    ['What does the TransitAds contract say about sites that were not posted?', 'ooh-transitads-uk.md', /\bunposted\b/i],
    ['What does the Albion contract say about non-delivery?', 'tv-albion-broadcasting-airtime.md', /\bundelivered\b/],
    ['What does the Skyline contract say about undelivered GRPs?', 'tv-skyline-satellite-airtime.md', /\bundelivered\b/],
  ])('%s quotes the clause that says it in other words', async (q, file, says) => {
    const a = await analyst.ask(q, { sessionKey: `s:${q}` });
    expect(a.reply).toContain(file);
    expect(headClause(a.reply)).toBe(clauseSaying(file, says));
  });
});
