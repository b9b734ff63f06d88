/**
 * Commercial terms of the seven media contracts: ids, parties, terms and rates. The traditional-media
 * rows are priced from these rates and the Markdown contracts are written from them, so a number can be
 * answered from either the CSVs or the contract.
 */

export interface ContractBase {
  id: string;
  file: string;
  title: string;
  counterparty: string;
  counterpartyShort: string;
  channel: 'tv' | 'ooh' | 'print' | 'agency';
  start: string;
  end: string;
  signed: string;
}

export const AGENCY = { name: 'Meridian Media Partners Ltd', short: 'Meridian' } as const;

export const TV_ALBION = {
  id: 'HM-C-TV-ALB-2024',
  file: 'tv-albion-broadcasting-airtime.md',
  title: 'Television Airtime Agreement — Albion Broadcasting Group',
  counterparty: 'Albion Broadcasting Group plc',
  counterpartyShort: 'Albion',
  channel: 'tv',
  start: '2024-01-01',
  end: '2025-12-31',
  signed: '2023-11-20',
  /** Net cost per adult 30" GRP, GBP. */
  costPerGrp: 2450,
  rateCardPerGrp: 3100,
  deliveryGuaranteePct: 95,
  cancellationDays: 42,
} as const;

export const TV_SKYLINE = {
  id: 'HM-C-TV-SKY-2024',
  file: 'tv-skyline-satellite-airtime.md',
  title: 'Satellite Television Airtime Agreement — Skyline Satellite Media',
  counterparty: 'Skyline Satellite Media Ltd',
  counterpartyShort: 'Skyline',
  channel: 'tv',
  start: '2024-01-01',
  end: '2025-12-31',
  signed: '2023-12-04',
  costPerGrp: 1850,
  rateCardPerGrp: 2300,
  deliveryGuaranteePct: 92,
  /** Written notice before first transmission to cancel without charge. */
  cancellationDays: 28,
  lateCancellationChargePct: 50,
  shortNoticeDays: 14,
} as const;

export const VOD_ALBION = {
  id: 'HM-C-VOD-ALB-2024',
  file: 'tv-albion-player-vod-addendum.md',
  title: 'Addendum 1 — Albion Player Video-on-Demand',
  counterparty: 'Albion Broadcasting Group plc',
  counterpartyShort: 'Albion Player',
  channel: 'tv',
  start: '2024-01-01',
  end: '2025-12-31',
  signed: '2023-11-20',
  /** Net cost per thousand impressions, GBP. */
  cpm: 28,
  rateCardCpm: 36,
  completionRateKpiPct: 85,
} as const;

export const OOH_METRO = {
  id: 'HM-C-OOH-MET-2024',
  file: 'ooh-metro-outdoor.md',
  title: 'Outdoor Advertising Agreement — Metro Outdoor',
  counterparty: 'Metro Outdoor Media Ltd',
  counterpartyShort: 'Metro Outdoor',
  channel: 'ooh',
  start: '2024-01-01',
  end: '2025-12-31',
  signed: '2023-12-11',
  /** Net GBP per site per two-week cycle, and the rate card before the agreed discount. */
  formats: {
    roadside_48_sheet: { rate: 650, rateCard: 817, weeklyImpactsPerSite: 21_000 },
    digital_6_sheet: { rate: 210, rateCard: 265, weeklyImpactsPerSite: 9_500 },
  },
} as const;

export const OOH_TRANSIT = {
  id: 'HM-C-OOH-TRN-2024',
  file: 'ooh-transitads-uk.md',
  title: 'Transport Media Agreement — TransitAds UK',
  counterparty: 'TransitAds UK Ltd',
  counterpartyShort: 'TransitAds',
  channel: 'ooh',
  start: '2024-01-01',
  end: '2025-12-31',
  signed: '2023-12-15',
  formats: {
    rail_6_sheet: { rate: 140, rateCard: 180, weeklyImpactsPerSite: 6_800 },
    bus_t_side: { rate: 380, rateCard: 470, weeklyImpactsPerSite: 12_000 },
  },
  /** Minimum share of booked sites that must be posted, per cycle. */
  postingGuaranteePct: 95,
} as const;

export const PRINT_CRESTLINE = {
  id: 'HM-C-PRT-CRE-2024',
  file: 'media-partnership-crestline.md',
  title: 'Media Partnership Agreement — Crestline Media Group',
  counterparty: 'Crestline Media Group Ltd',
  counterpartyShort: 'Crestline',
  channel: 'print',
  start: '2024-01-01',
  end: '2025-12-31',
  signed: '2023-12-01',
  discountPct: 20,
  publications: [
    { name: 'Auto Weekly Review', weekday: 3, circulation: 68_000, readership: 240_000, fullPage: 9_800, dps: 17_500, halfPage: 5_600 },
    { name: 'The Sunday Ledger Magazine', weekday: 6, circulation: 410_000, readership: 1_150_000, fullPage: 14_500, dps: 26_000, halfPage: 8_200 },
    { name: 'Drive & Charge', weekday: 2, circulation: 31_000, readership: 95_000, fullPage: 5_200, dps: 9_400, halfPage: 2_900 },
    { name: 'The Executive Review', weekday: 4, circulation: 52_000, readership: 180_000, fullPage: 8_600, dps: 15_200, halfPage: 4_900 },
  ],
} as const;

export const AGENCY_TERMS = {
  id: 'HM-C-AGY-MER-2024',
  file: 'agency-terms-meridian.md',
  title: 'Agency Terms of Business — Meridian Media Partners',
  counterparty: AGENCY.name,
  counterpartyShort: AGENCY.short,
  channel: 'agency',
  start: '2024-01-01',
  end: '2025-12-31',
  signed: '2023-10-30',
  monthlyRetainer: 38_000,
  commissionPct: 3.5,
  serviceCreditPct: 2,
} as const;

/** SLAs of the agency terms: clause, metric and target (business days, or a weekday deadline). */
export const AGENCY_SLAS = [
  { clause: '6.1', metric: 'weekly_performance_report', description: 'Weekly performance report delivered by Tuesday 12:00', targetDays: 1 },
  { clause: '6.2', metric: 'campaign_go_live', description: 'Campaign live within 2 business days of creative approval', targetDays: 2 },
  { clause: '6.3', metric: 'monthly_billing_reconciliation', description: 'Monthly billing reconciliation within 10 business days of month end', targetDays: 10 },
  { clause: '6.4', metric: 'brief_response', description: 'Media plan response to a brief within 5 business days', targetDays: 5 },
] as const;

export const CONTRACT_IDS = [TV_ALBION.id, TV_SKYLINE.id, VOD_ALBION.id, OOH_METRO.id, OOH_TRANSIT.id, PRINT_CRESTLINE.id, AGENCY_TERMS.id];
