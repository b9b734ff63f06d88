/** Typos in short words: fixed from a closed list, never by guessing at ordinary words. */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/agents/entities/extract.js';
import { fixShortTypos } from '../../src/agents/entities/short-typos.js';
import { classify } from '../../src/agents/intent/classify.js';

describe('short-word typos', () => {
  it.each([
    ['spnd on tiktok since june', 'spend on tiktok since june'],
    ['hw many leds frm meta', 'how many leads from meta'],
    ['hw mch did we spned on meta lst month', 'how much did we spend on meta last month'],
    ['sls by mnth', 'sales by month'],
    ['clcks and vews snce march', 'clicks and views since march'],
    ['what was the bdget this yr', 'what was the budget this year'],
    ['laeds from google', 'leads from google'],
  ])('reads %j as %j', (typed, meant) => {
    expect(fixShortTypos(typed).text).toBe(meant);
  });

  it.each([
    'show me the lead form for the terra',
    'how many leads from meta',
    'the lads at the dealer sent a form',
    'we led with tv and sped up radio',
    'send me the cots and vws',
    'spend on tv in 2025',
    'what did we spend since june',
    'hm-tv-terra-24q1 spots by week',
    'ho ho ho',
  ])('leaves %j untouched', (text) => {
    const r = fixShortTypos(text);
    expect(r.text).toBe(text);
    expect(r.corrections).toEqual([]);
  });

  it('finds the metric, channel and period behind the typos, and routes them to the numbers', () => {
    const spend = extractEntities('spnd on tiktok since june');
    expect(spend).toMatchObject({ metrics: ['spend'], channels: ['tiktok'] });
    expect(spend.period?.from).toMatch(/-06-01$/);
    expect(spend.corrections).toEqual([['spnd', 'spend']]);
    const leads = extractEntities('hw many leds frm meta');
    expect(leads).toMatchObject({ metrics: ['leads'], channels: ['meta'] });
    expect(classify('hw many leds frm meta', leads).kind).toBe('metric_lookup');
    expect(classify('spnd on tiktok since june', spend).kind).toBe('metric_lookup');
  });

  it('reads no metric into ordinary short words', () => {
    expect(extractEntities('the lads sent a form to the dealer').metrics).toEqual([]);
    expect(extractEntities('what is the form for the lead').corrections).toEqual([]);
  });
});
