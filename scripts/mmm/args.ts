/**
 * Argument parsing for `npm run mmm -- <command>`: column mapping for any weekly CSV, optimiser and
 * scenario requests. Bad input becomes a MixError with a friendly message.
 */
import { MixError } from '../../src/errors.js';
import type { ColumnMapping, OptimizeRequest, ScenarioRequest } from '../../src/mmm/index.js';

export type Values = Record<string, string | boolean | string[] | undefined>;

export const OPTIONS = {
  'data-dir': { type: 'string' },
  input: { type: 'string' },
  seed: { type: 'string' },
  date: { type: 'string' },
  media: { type: 'string' },
  units: { type: 'string' },
  revenue: { type: 'string' },
  price: { type: 'string' },
  controls: { type: 'string' },
  target: { type: 'string' },
  calibration: { type: 'string' },
  budget: { type: 'string' },
  bounds: { type: 'string' },
  bound: { type: 'string', multiple: true },
  lock: { type: 'string', multiple: true },
  objective: { type: 'string' },
  'period-weeks': { type: 'string' },
  channel: { type: 'string' },
  move: { type: 'string' },
  change: { type: 'string', multiple: true },
  cut: { type: 'string', multiple: true },
  absolute: { type: 'string', multiple: true },
  'no-cache': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function bad(message: string): never {
  throw new MixError('INPUT_INVALID', message, { userMessage: message });
}

export function num(v: unknown, name: string): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(x)) bad(`--${name} must be a number, got "${String(v)}"`);
  return x;
}

const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []).flatMap((s) => String(s).split(',')).map((s) => s.trim()).filter(Boolean);

/** `name=value` pairs. */
function pairs(v: unknown, name: string): [string, string][] {
  return list(v).map((p) => {
    const i = p.indexOf('=');
    if (i <= 0) bad(`--${name} expects name=value, got "${p}"`);
    return [p.slice(0, i).trim(), p.slice(i + 1).trim()];
  });
}

export function mappingFrom(values: Values): Partial<ColumnMapping> {
  const m: Partial<ColumnMapping> = {};
  if (typeof values.date === 'string') m.date = values.date;
  if (values.media !== undefined) m.media = Object.fromEntries(pairs(values.media, 'media'));
  if (typeof values.units === 'string') m.units = values.units;
  if (typeof values.revenue === 'string') m.revenue = values.revenue;
  if (typeof values.price === 'string') m.price = values.price;
  if (values.controls !== undefined) m.controls = list(values.controls);
  if (values.target !== undefined) {
    if (values.target !== 'units' && values.target !== 'revenue') bad('--target must be units or revenue');
    m.target = values.target;
  }
  return m;
}

export function optimizeRequestFrom(values: Values): OptimizeRequest {
  const req: OptimizeRequest = {};
  const budget = num(values.budget, 'budget');
  if (budget !== undefined) req.budget = budget;
  const bounds = num(values.bounds, 'bounds');
  if (bounds !== undefined) req.bounds = bounds;
  const lock = list(values.lock);
  if (lock.length) req.lock = lock;
  const cb = pairs(values.bound, 'bound');
  if (cb.length) {
    req.channelBounds = Object.fromEntries(
      cb.map(([ch, range]) => {
        const [lo, hi] = range.split(':').map(Number);
        if (!Number.isFinite(lo) || !Number.isFinite(hi)) bad(`--bound ${ch}=min:max expects two multipliers, e.g. tv=0.5:1.2`);
        return [ch, [lo as number, hi as number]];
      }),
    );
  }
  if (values.objective !== undefined) {
    if (!['revenue', 'units', 'profit'].includes(String(values.objective))) bad('--objective must be revenue, units or profit');
    req.objective = values.objective as OptimizeRequest['objective'];
  }
  const weeks = num(values['period-weeks'], 'period-weeks');
  if (weeks !== undefined) req.periodWeeks = weeks;
  return req;
}

/** `--move tv:meta:0.1` (fraction) or `--move tv:meta:£500000` / `tv:meta:500000abs`; `--change tv=-0.1`; `--cut radio`. */
export function scenarioRequestFrom(values: Values): ScenarioRequest {
  const req: ScenarioRequest = {};
  if (typeof values.move === 'string') {
    const [from, to, amount] = values.move.split(':').map((s) => s.trim());
    if (!from || !to) bad('--move expects from:to[:fraction] or from:to:£amount, e.g. tv:meta:0.1');
    if (amount && /^£|abs$/i.test(amount)) {
      const v = Number(amount.replace(/^£|abs$/gi, '').replace(/,/g, ''));
      if (!Number.isFinite(v)) bad(`--move amount "${amount}" is not a number`);
      req.move = { from, to, amount: v };
    } else {
      const f = amount === undefined ? 0.1 : Number(amount);
      if (!Number.isFinite(f)) bad(`--move fraction "${amount}" is not a number`);
      req.move = { from, to, fraction: f };
    }
  }
  const changes = Object.fromEntries(pairs(values.change, 'change').map(([c, v]) => [c, num(v, 'change') as number]));
  for (const c of list(values.cut)) changes[c] = -1;
  if (Object.keys(changes).length) req.changes = changes;
  const abs = pairs(values.absolute, 'absolute');
  if (abs.length) req.absolute = Object.fromEntries(abs.map(([c, v]) => [c, num(v, 'absolute') as number]));
  const weeks = num(values['period-weeks'], 'period-weeks');
  if (weeks !== undefined) req.periodWeeks = weeks;
  return req;
}
