/**
 * The data summary (the seed's `mmm_summary` contract): totals, per-channel spend and share, weekly total
 * spend and the date range, straight from the weekly table — no model involved.
 */
import type { MmmSummary } from './service-types.js';
import type { WeeklyTable } from './types.js';

const round2 = (x: number) => Math.round(x * 100) / 100;

export function summarise(table: WeeklyTable): MmmSummary {
  const perChannel = table.channels.map((channel, c) => ({
    channel,
    spend: (table.spend[c] as number[]).reduce((a, b) => a + b, 0),
  }));
  const total = perChannel.reduce((a, b) => a + b.spend, 0);
  const units = table.units ?? (table.kpiName === 'revenue' ? undefined : table.kpi);
  return {
    total_spend: round2(total),
    total_units: units ? Math.round(units.reduce((a, b) => a + b, 0) * 1000) / 1000 : 0,
    total_revenue: round2(table.revenue.reduce((a, b) => a + b, 0)),
    weeks_of_data: table.weeks.length,
    channel_breakdown: perChannel
      .map((p) => ({ channel: p.channel, spend: round2(p.spend), share: total > 0 ? Math.round((p.spend / total) * 1e6) / 1e6 : 0 }))
      .sort((a, b) => b.spend - a.spend || a.channel.localeCompare(b.channel)),
    weekly_spend: table.weeks.map((week, t) => ({
      week,
      spend: round2(table.spend.reduce((s, col) => s + (col[t] as number), 0)),
    })),
    date_range: { from: table.weeks[0] as string, to: table.weeks[table.weeks.length - 1] as string },
  };
}
