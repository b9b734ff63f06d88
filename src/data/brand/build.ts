/**
 * Builds the whole brand dataset in memory for a seed: media plans → raw media rows → weekly spend →
 * causal sales → pipeline → context → contracts → MMM tables. Pure: same seed, same bytes.
 */
import { buildCampaigns, DIGITAL_CHANNELS, MMM_CHANNELS, type DigitalChannel, type MmmChannel } from './catalog.js';
import { competitorTable, economicTable, slaTable } from './context.js';
import { buildContracts } from './contracts.js';
import { buildControls } from './controls.js';
import { studyCalendar } from './dates.js';
import { buildDigital, type DigitalResult } from './digital.js';
import { buildEvents, eventsDailyPence, eventsTable } from './events.js';
import { CHANNEL_SPEND_FILE, KNOWN_ISSUES_FILE, MMM_FILES, RAW_CSV } from './files.js';
import { knownIssuesJson, type KnownIssue } from './known-issues.js';
import { drawChannelTruth } from './media-params.js';
import { channelActivityTable, groundTruth, modelReadyTable, modelSalesTable, type ChannelActivity } from './mmm-tables.js';
import { buildOoh, buildPrint } from './ooh-print.js';
import { buildPipeline } from './pipeline.js';
import { buildPipelineTables } from './pipeline-tables.js';
import { simulateSales } from './sales-model.js';
import { weeklyPlan } from './schedule.js';
import { toCsv, type Table } from './table.js';
import { buildRadio, buildTv } from './tv-radio.js';
import { buildWeb } from './web.js';
import { createRng } from '../../util/rng.js';

export interface BuiltDataset {
  /** Relative path → file content. */
  files: Map<string, string>;
  summary: {
    seed: number;
    weeks: number;
    totalSpendGbp: number;
    spendByChannelGbp: Record<MmmChannel, number>;
    unitsSold: number;
    revenueGbp: number;
    leads: number;
    testDrives: number;
    knownIssues: number;
    rowsByFile: Record<string, number>;
    trueRoi: Record<MmmChannel, number>;
  };
}

export function buildBrandDataset(seed: number): BuiltDataset {
  const rng = createRng(seed);
  const cal = studyCalendar();
  const campaigns = buildCampaigns();
  const n = cal.weeks.length;
  const tables = new Map<string, Table>();
  const issues: KnownIssue[] = [];
  const spendPence = {} as Record<MmmChannel, number[]>;
  const activity = {} as Record<MmmChannel, ChannelActivity>;
  const zeros = () => new Array<number>(n).fill(0);

  const digital = {} as Record<DigitalChannel, DigitalResult>;
  for (const ch of DIGITAL_CHANNELS) {
    const d = buildDigital(rng, ch, weeklyPlan(rng.fork(`plan:${ch}`), ch, cal), campaigns, cal);
    digital[ch] = d;
    tables.set(CHANNEL_SPEND_FILE[ch], d.table);
    spendPence[ch] = d.weeklyPence;
    activity[ch] = { impressions: d.weeklyImpressions, clicks: d.weeklyClicks, grps: zeros() };
  }
  const tv = buildTv(rng, weeklyPlan(rng.fork('plan:tv'), 'tv', cal), campaigns, cal);
  const radio = buildRadio(rng, weeklyPlan(rng.fork('plan:radio'), 'radio', cal), campaigns, cal);
  for (const [ch, b] of [['tv', tv], ['radio', radio]] as const) {
    tables.set(CHANNEL_SPEND_FILE[ch], b.table);
    spendPence[ch] = b.weeklyPence;
    activity[ch] = { impressions: b.weeklyImpacts000.map((x) => x * 1000), clicks: zeros(), grps: b.weeklyGrps };
    issues.push(...b.issues);
  }
  const ooh = buildOoh(rng, weeklyPlan(rng.fork('plan:ooh'), 'ooh', cal), campaigns, cal);
  const print = buildPrint(rng, weeklyPlan(rng.fork('plan:print'), 'print', cal), campaigns, cal);
  tables.set(RAW_CSV.ooh, ooh.table);
  tables.set(RAW_CSV.print, print.table);
  spendPence.ooh = ooh.weeklyPence;
  spendPence.print = print.weeklyPence;
  activity.ooh = { impressions: ooh.weeklyUnits, clicks: zeros(), grps: zeros() };
  const readership = zeros();
  for (const row of print.table.rows) readership[cal.weekIndexOf(String(row[0]))]! += Number(row[10]);
  activity.print = { impressions: readership, clicks: zeros(), grps: zeros() };
  issues.push(...ooh.issues, ...print.issues);

  const events = buildEvents(rng, cal);
  tables.set(RAW_CSV.events, eventsTable(events));
  const eventDaily = eventsDailyPence(events, cal);
  spendPence.events = Array.from({ length: n }, (_, w) => eventDaily.slice(w * 7, w * 7 + 7).reduce((a, b) => a + b, 0));
  const attendees = zeros();
  for (const e of events) attendees[cal.weekIndexOf(e.start)]! += e.attendees;
  activity.events = { impressions: attendees, clicks: zeros(), grps: zeros() };

  const controls = buildControls(rng, cal);
  const truth = drawChannelTruth(rng);
  const spendGbp = Object.fromEntries(MMM_CHANNELS.map((c) => [c, spendPence[c].map((p) => p / 100)])) as Record<MmmChannel, number[]>;
  const sales = simulateSales(rng, spendGbp, controls, truth);

  const eventDays = cal.days.map((_, i) => eventDaily[i]! > 0);
  const digitalWeekly = Object.fromEntries(DIGITAL_CHANNELS.map((c) => [c, spendGbp[c]])) as Record<DigitalChannel, number[]>;
  const pipeline = buildPipeline(rng, { cal, units: sales.units, promoDepth: controls.promoDepth, campaigns, digitalWeekly, eventDays });
  const pt = buildPipelineTables(rng, cal, pipeline);
  tables.set(RAW_CSV.leads, pt.leads);
  tables.set(RAW_CSV.testDrives, pt.testDrives);
  tables.set(RAW_CSV.vehicleSales, pt.vehicleSales);
  const clicks = Object.fromEntries(DIGITAL_CHANNELS.map((c) => [c, digital[c].dailyModelClicks])) as Record<DigitalChannel, Record<string, number[]>>;
  const web = buildWeb(rng, cal, clicks, pt.byModel, pt.dailyLeads);
  tables.set(RAW_CSV.website, web.website);
  tables.set(RAW_CSV.configurator, web.configurator);

  tables.set(RAW_CSV.competitors, competitorTable(cal, controls));
  tables.set(RAW_CSV.economic, economicTable(cal, controls));
  const sla = slaTable(rng, cal);
  tables.set(RAW_CSV.agencySla, sla.table);
  issues.push(...sla.issues);

  const avgPrice = sales.units.map((u, t) => (u > 0 ? Math.round(pt.weeklyRevenuePence[t]! / u) / 100 : 0));
  tables.set(MMM_FILES.modelReady, modelReadyTable(cal, spendPence, sales.units, pt.weeklyRevenuePence, controls));
  tables.set(MMM_FILES.channelActivity, channelActivityTable(cal, spendPence, activity));
  tables.set(MMM_FILES.modelSales, modelSalesTable(cal, pt.byModel, web.weeklySessions, web.weeklyConfigurator));
  const truthJson = groundTruth(seed, sales, spendPence, avgPrice);

  const files = new Map<string, string>();
  for (const [path, t] of tables) files.set(path, toCsv(t));
  for (const [path, text] of buildContracts({ cal, tables, issues })) files.set(path, text);
  issues.sort((a, b) => a.id.localeCompare(b.id));
  files.set(KNOWN_ISSUES_FILE, knownIssuesJson(issues));
  files.set(MMM_FILES.groundTruth, `${JSON.stringify(truthJson, null, 2)}\n`);

  const spendByChannelGbp = Object.fromEntries(MMM_CHANNELS.map((c) => [c, spendPence[c].reduce((a, b) => a + b, 0) / 100])) as Record<MmmChannel, number>;
  const channelsTruth = truthJson.channels as Record<MmmChannel, { true_roi: number }>;
  return {
    files,
    summary: {
      seed,
      weeks: n,
      totalSpendGbp: Object.values(spendByChannelGbp).reduce((a, b) => a + b, 0),
      spendByChannelGbp,
      unitsSold: sales.units.reduce((a, b) => a + b, 0),
      revenueGbp: pt.weeklyRevenuePence.reduce((a, b) => a + b, 0) / 100,
      leads: pt.leads.rows.length,
      testDrives: pt.testDrives.rows.length,
      knownIssues: issues.length,
      rowsByFile: Object.fromEntries([...tables].map(([p, t]) => [p, t.rows.length])),
      trueRoi: Object.fromEntries(MMM_CHANNELS.map((c) => [c, channelsTruth[c].true_roi])) as Record<MmmChannel, number>,
    },
  };
}


