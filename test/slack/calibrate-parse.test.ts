import { describe, expect, it } from 'vitest';
import { parseCalibrate, parseSignedMoney, parseSpendChange } from '../../src/slack/calibrate-parse.js';
import { parseMmmCommand } from '../../src/slack/commands.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('/mmm calibrate parsing', () => {
  it('reads a lift test: channel, dates, spend change, signed revenue change, optional standard error', () => {
    expect(parseMmmCommand('calibrate tv 2025-03-03 2025-04-21 -100% -2.4M 300k')).toEqual({
      kind: 'calibrate_add',
      test: { channel: 'tv', start: '2025-03-03', end: '2025-04-21', spendChange: -1, liftRevenue: -2_400_000, standardError: 300_000 },
    });
    expect(parseCalibrate(words('Meta 2025-05-05 2025-06-02 +50% £1,200,000'))).toEqual({
      kind: 'calibrate_add',
      test: { channel: 'meta', start: '2025-05-05', end: '2025-06-02', spendChange: 0.5, liftRevenue: 1_200_000 },
    });
    expect(parseCalibrate(words('youtube 2025-01-06 2025-02-03 dark 0 ±150k'))).toMatchObject({ kind: 'calibrate_add', test: { spendChange: -1, liftRevenue: 0, standardError: 150_000 } });
  });

  it('lists and removes', () => {
    expect(parseMmmCommand('calibrate')).toEqual({ kind: 'calibrate_list' });
    expect(parseMmmCommand('calibrate list')).toEqual({ kind: 'calibrate_list' });
    expect(parseMmmCommand('calibrate remove 2')).toEqual({ kind: 'calibrate_remove', index: 2 });
    expect(parseMmmCommand('calibrate remove all')).toEqual({ kind: 'calibrate_remove', index: 'all' });
  });

  it('explains every mistake and shows the expected form', () => {
    const msg = (s: string) => {
      const r = parseCalibrate(words(s));
      expect(r.kind).toBe('invalid');
      return (r as { message: string }).message;
    };
    expect(msg('fax 2025-03-03 2025-04-21 -100% -2.4M')).toMatch(/don't know a channel called "fax"/);
    expect(msg('tv 3/3/2025 2025-04-21 -100% -2.4M')).toMatch(/`3\/3\/2025` is not a date/);
    expect(msg('tv 2025-02-30 2025-04-21 -100% -2.4M')).toMatch(/`2025-02-30` is not a date/);
    expect(msg('tv 2025-05-03 2025-04-21 -100% -2.4M')).toMatch(/starts \(2025-05-03\) after it ends/);
    expect(msg('tv 2025-03-03 2025-04-21 -150% -2.4M')).toMatch(/not a spend change/);
    expect(msg('tv 2025-03-03 2025-04-21 0% -2.4M')).toMatch(/not a spend change/);
    expect(msg('tv 2025-03-03 2025-04-21 -100% 2.4M')).toMatch(/did you mean `-2.4M`/);
    expect(msg('tv 2025-03-03 2025-04-21 +20% -2.4M')).toMatch(/check the sign/);
    expect(msg('tv 2025-03-03 2025-04-21 -100% lots')).toMatch(/`lots` is not an amount/);
    expect(msg('tv 2025-03-03 2025-04-21 -100% 0')).toMatch(/needs its standard error/);
    expect(msg('tv 2025-03-03 2025-04-21 -100% -2.4M -5k')).toMatch(/not a standard error/);
    expect(msg('tv 2025-03-03')).toMatch(/five parts/);
    expect(msg('remove x')).toMatch(/not a test number/);
  });

  it('reads spend changes and signed amounts', () => {
    expect(parseSpendChange('-100%')).toBe(-1);
    expect(parseSpendChange('-1')).toBe(-1);
    expect(parseSpendChange('−25%')).toBe(-0.25);
    expect(parseSpendChange('30')).toBe(0.3);
    expect(parseSpendChange('0.5')).toBe(0.5);
    expect(parseSpendChange('half')).toBeUndefined();
    expect(parseSignedMoney('-2.4M')).toBe(-2_400_000);
    expect(parseSignedMoney('−£2,400,000')).toBe(-2_400_000);
    expect(parseSignedMoney('+500k')).toBe(500_000);
    expect(parseSignedMoney('abc')).toBeUndefined();
  });
});
