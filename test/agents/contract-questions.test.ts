/**
 * Contract questions in everyday wordings: "what happens if/on …" is the contract's consequence clause, a named
 * party is that party's contract (not one naming it as agent), and a topic word of the question ("copy") outweighs
 * a word it only usually means ("late" → "credit"). Expected clauses are read here from the contracts' text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MixAnalyst } from '../../src/agents/index.js';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { classify } from '../../src/agents/intent/classify.js';
import { offlineAnalyst } from './helpers/offline-analyst.js';

const PARTIES = { contractParties: ['albion', 'crestline', 'meridian', 'meridian partners', 'metro', 'metro outdoor', 'skyline', 'transitads'] };
const kind = (q: string) => classify(q, extractEntities(q), PARTIES).kind;

describe('routing consequence questions', () => {
  it.each([
    'What happens on non-delivery of GRPs with Skyline?',
    'What happens if TransitAds doesn’t post all the sites?',
    'What happens when the copy is late?',
  ])('%s is a contract question', (q) => {
    expect(kind(q)).toBe('contract');
  });

  it.each([
    ['What happens if we cut TV spend by 20%?', 'mmm_scenario'],
    ['What happened to Skyline GRPs in June 2025?', 'metric_lookup'],
  ])('%s is not', (q, expected) => {
    expect(kind(q)).toBe(expected);
  });
});

describe('contract questions in other wordings', () => {
  let dataDir: string;
  let analyst: MixAnalyst;

  beforeAll(async () => {
    ({ dataDir, analyst } = await offlineAnalyst());
  }, 240_000);

  /** Each numbered clause of a contract with its section heading ("6. Service levels"). */
  const clausesOf = (file: string) => {
    let section = '';
    const out: { clause: string; section: string; text: string }[] = [];
    for (const line of readFileSync(join(dataDir, 'raw/contracts', file), 'utf8').split('\n')) {
      const heading = /^## \d+\. (.*)$/.exec(line);
      if (heading) section = heading[1]!;
      const m = /^(\d+\.\d+) (.*)$/.exec(line);
      if (m) out.push({ clause: m[1]!, section, text: m[2]! });
    }
    return out;
  };
  /** The number of the one clause of a contract whose text matches `says`. */
  const clauseSaying = (file: string, says: RegExp) => {
    const hits = clausesOf(file).filter((c) => says.test(c.text));
    expect(hits, `${file} ${says}`).toHaveLength(1);
    return hits[0]!.clause;
  };
  const headClause = (reply: string) => /\*clause (\d+\.\d+)\*/.exec(reply)?.[1];
  const ask = (q: string) => analyst.ask(q, { sessionKey: `s:${q}` });

  it.each([
    ['What does the Albion contract say about late delivery of copy?', 'tv-albion-broadcasting-airtime.md', /^Copy\b.*\bdelivered\b/],
    ['What happens on non-delivery of GRPs with Skyline?', 'tv-skyline-satellite-airtime.md', /\bundelivered GRPs\b/],
    ['How can we terminate the Meridian agreement?', 'agency-terms-meridian.md', /\bterminate\b/],
    ['What happens if TransitAds doesn’t post all the sites?', 'ooh-transitads-uk.md', /\bUnposted\b/],
    ["What happens if we don't meet the Albion commitment?", 'tv-albion-broadcasting-airtime.md', /\bcommitment is not met\b/],
  ])('%s quotes the clause that answers it', async (q, file, says) => {
    const a = await ask(q);
    expect(a.reply).toContain(file);
    expect(headClause(a.reply)).toBe(clauseSaying(file, says));
  });

  it('answers "the agency SLAs" with the service levels, not the credits for missing them', async () => {
    const file = 'agency-terms-meridian.md';
    const levels = clausesOf(file).filter((c) => /^service levels?$/i.test(c.section) && /\btarget\b/.test(c.text));
    expect(levels.length).toBeGreaterThan(1);
    const a = await ask('What are the agency SLAs?');
    expect(a.reply).toContain(file);
    expect(levels.map((c) => c.clause)).toContain(headClause(a.reply));
  });

  it('reads the named party’s contract when it has no clause on the topic', async () => {
    const file = 'agency-terms-meridian.md';
    expect(clausesOf(file).some((c) => /\baudit/i.test(`${c.section} ${c.text}`))).toBe(false);
    const a = await ask('Do we have audit rights over Meridian?');
    expect(a.reply).toContain(file);
    expect(a.reply).not.toMatch(/tv-|ooh-|media-partnership/);
    expect(headClause(a.reply)).toBeUndefined();
  });

  it.each([
    ['how late can we cancel spots with Skyline?', 'tv-skyline-satellite-airtime.md', /\bnot less than 28 days\b.*\bno charge\b/],
    ['What is the late cancellation fee with Albion?', 'tv-albion-broadcasting-airtime.md', /^Cancellations with less than 42 days/],
  ])('%s still quotes the cancellation clause', async (q, file, says) => {
    const a = await ask(q);
    expect(a.reply).toContain(file);
    expect(headClause(a.reply)).toBe(clauseSaying(file, says));
  });
});
