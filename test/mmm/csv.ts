/** Writes a simulated WeeklyTable as a `model_ready.csv`-style CSV (our column names). */
import type { WeeklyTable } from '../../src/mmm/types.js';

export function tableToCsv(table: WeeklyTable, extra: Record<string, (t: number) => string | number> = {}): string {
  const header = [
    'week_start',
    ...table.channels.map((c) => `${c}_spend`),
    'units_sold',
    'revenue',
    'avg_price',
    ...table.controls.map((c) => c.name),
    ...Object.keys(extra),
  ];
  const rows = table.weeks.map((w, t) => [
    w,
    ...table.spend.map((s) => (s[t] as number).toFixed(2)),
    String(table.kpi[t]),
    (table.revenue[t] as number).toFixed(2),
    (table.valuePerKpi[t] as number).toFixed(2),
    ...table.controls.map((c) => String(c.values[t])),
    ...Object.values(extra).map((f) => String(f(t))),
  ]);
  return [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
}
