import { describe, expect, it } from 'vitest';
import { err, ok } from './helpers/mmm-command.js';


describe('parseMmmCommand', () => {
  it.each([
    ['optimize 2.5M 0.2 lock tv', { kind: 'optimize', budget: 2_500_000, bounds: 0.2, lock: ['tv'] }],
    ['/mmm optimise £2,500,000 20% lock tv,meta', { kind: 'optimize', budget: 2_500_000, bounds: 0.2, lock: ['tv', 'meta'] }],
    ['optimize 500k', { kind: 'optimize', budget: 500_000, lock: [] }],
    ['optimize', { kind: 'optimize', lock: [] }],
    ['optimize budget=3m bounds=15% lock=radio', { kind: 'optimize', budget: 3_000_000, bounds: 0.15, lock: ['radio'] }],
    ['optimize 2M lock TV and Facebook', { kind: 'optimize', budget: 2_000_000, lock: ['tv', 'meta'] }],
    ['optimze 2M', { kind: 'optimize', budget: 2_000_000, lock: [] }],
    ['2.5M', { kind: 'optimize', budget: 2_500_000, lock: [] }],
    ['optimize +500k', { kind: 'optimize', extra: 500_000, lock: [] }],
    ['optimize extra 1M 13w lock tv', { kind: 'optimize', extra: 1_000_000, periodWeeks: 13, lock: ['tv'] }],
    ['optimize extra=250k', { kind: 'optimize', extra: 250_000, lock: [] }],
  ])('%s', (text, expected) => {
    expect(ok(text)).toEqual(expected);
  });

  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['summary', { kind: 'summary' }],
    ['fit', { kind: 'diagnostics' }],
    ['roi', { kind: 'roi' }],
    ['roi YouTube', { kind: 'roi', channel: 'youtube' }],
    ['curves out of home', { kind: 'curves', channel: 'ooh' }],
    ['scenario move 500k from tv to youtube', { kind: 'scenario', request: { move: { from: 'tv', to: 'youtube', amount: 500_000 } } }],
    ['scenario move 10% from tv to meta', { kind: 'scenario', request: { move: { from: 'tv', to: 'meta', fraction: 0.1 } } }],
    ['scenario tv -10% meta +10%', { kind: 'scenario', request: { changes: { tv: -0.1, meta: 0.1 } } }],
    ['scenario tv=-0.2', { kind: 'scenario', request: { changes: { tv: -0.2 } } }],
  ])('%j', (text, expected) => {
    expect(ok(text)).toEqual(expected);
  });

  it('refuses a negative budget', () => expect(err('optimize -5')).toMatch(/negative/));
  it('refuses a total and an extra amount together', () => expect(err('optimize 2M +500k')).toMatch(/Give one amount.*\+500k/));
  it('refuses a budget it cannot read', () => expect(err('optimize lots')).toMatch(/"lots" is not an amount.*2\.5M/));
  it('refuses a tiny budget with a hint', () => expect(err('optimize 2.5')).toMatch(/did you mean 2\.5M/));
  it('names unknown channels and lists the real ones', () => {
    expect(err('optimize 2M lock snapchat')).toMatch(/snapchat.*tv, ooh, youtube/);
    expect(err('roi myspace')).toMatch(/myspace/);
    expect(err('scenario move 100k from tv to snapchat')).toMatch(/snapchat/);
  });
  it('refuses bounds outside (0, 100%]', () => expect(err('optimize 2M 150%')).toMatch(/between 1% and 100%/));
  it('refuses a lock without channels and locking everything', () => {
    expect(err('optimize 2M lock')).toMatch(/needs at least one channel/);
    expect(err('optimize lock tv ooh youtube meta google dv360 tiktok linkedin print radio events')).toMatch(/nothing to optimise/);
  });
  it('refuses a move to the same channel and unknown subcommands', () => {
    expect(err('scenario move 100k from tv to tv')).toMatch(/two different channels/);
    expect(err('dance')).toMatch(/don't know `\/mmm dance`/);
    expect(err('scenario tv lots')).toMatch(/not a change I can read/);
  });
});
