/**
 * What a test-drive file does not say itself: whether a drive ended in a purchase (read from its outcome
 * column) and which channel and campaign brought it (its lead's, joined on the lead id). Pure functions
 * over already-profiled tables.
 */
import type { TableProfile } from '../ingest/profile.js';
import type { FactRow } from './tables.js';

/** The text column holding a test drive's result ("purchased", "not_purchased", "pending"). */
export function outcomeColumn(profile: TableProfile): string | undefined {
  return profile.columns.find((c) => c.kind === 'text' && /^(outcome|result|status)$/i.test(c.name))?.name;
}

/** "purchased", "won", "sold" count; "not_purchased", "lost", "unsold", "pending" do not. */
export function isPurchase(outcome: string | undefined): boolean {
  if (!outcome) return false;
  const v = outcome.toLowerCase();
  return /purchas|bought|sold|won|ordered|converted/.test(v) && !/\b(not|no|un|non)[_\s-]?|lost/.test(v);
}

/** The column naming the lead a row belongs to. */
export function leadIdColumn(columns: string[]): string | undefined {
  return columns.find((c) => /^lead_?id$/i.test(c));
}

export interface LeadLink {
  channel?: FactRow['channel'];
  campaign?: string;
}

/** Lead id → the channel and campaign its lead row was counted under. */
export function leadLinks(ids: (string | undefined)[], rows: FactRow[]): Map<string, LeadLink> {
  const out = new Map<string, LeadLink>();
  rows.forEach((r, i) => {
    const id = ids[i];
    if (id) out.set(id, { ...(r.channel ? { channel: r.channel } : {}), ...(r.campaign ? { campaign: r.campaign } : {}) });
  });
  return out;
}

/**
 * Test-drive rows with their lead's channel and campaign, so a test drive counts under the same channel
 * as the lead it came from (the tracking-code rule the attribution join uses for cars sold).
 */
export function inheritLeadChannel(rows: FactRow[], leadIds: (string | undefined)[], links: Map<string, LeadLink>): FactRow[] {
  return rows.map((r, i) => {
    const link = leadIds[i] ? links.get(leadIds[i]) : undefined;
    if (!link) return r;
    return {
      ...r,
      ...(!r.channel && link.channel ? { channel: link.channel } : {}),
      ...(!r.campaign && link.campaign ? { campaign: link.campaign } : {}),
    };
  });
}
