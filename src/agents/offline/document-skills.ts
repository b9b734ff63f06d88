/** Offline answers from documents: contract clauses (quoted, with the clause number), open searches, channel overviews, creatives. */
import { CHANNEL_LABELS, VEHICLE_MODELS, type MmmChannel } from '../../data/brand/catalog.js';
import { normalise } from '../entities/extract.js';
import { LOW_CONFIDENCE } from '../tools/rag-tools.js';
import type { SkillContext, SkillReply } from './types.js';

const label = (c: string) => CHANNEL_LABELS[c as MmmChannel] ?? c;

interface Hit {
  source: string;
  locator?: string;
  category?: string;
  channel?: string;
  campaign_id?: string;
  score: number;
  text: string;
}

const STOP = new Set('the a an of to in on for with and or is are was were what whats which who how our we us do does did there their this that it be by at from as any have has'.split(' '));

/** Question words plus the contract vocabulary they usually mean. */
const EXPAND: Record<string, string[]> = {
  cancellation: ['cancel', 'cancellation', 'cancelled', 'notice', 'terminate', 'termination'],
  cancel: ['cancel', 'cancellation', 'notice', 'terminate'],
  terminate: ['terminate', 'termination', 'notice'],
  notice: ['notice', 'days', 'written'],
  payment: ['payment', 'invoice', 'days', 'net'],
  rate: ['rate', 'cost', 'price', 'per', '£'],
  guarantee: ['guarantee', 'guaranteed', 'delivery', 'make-good', 'shortfall'],
  grps: ['grp', 'grps', 'delivery', 'guarantee'],
  sla: ['sla', 'service', 'level', 'deadline', 'business', 'days', 'credit'],
  discount: ['discount', 'rate', 'card'],
  penalty: ['penalty', 'charge', 'credit', 'liquidated'],
};

export function keywords(question: string): string[] {
  const words = normalise(question)
    .replace(/[^a-z0-9£%\s-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2 && !STOP.has(w));
  return [...new Set(words.flatMap((w) => EXPAND[w] ?? [w]))];
}

/** The one or two sentences of a passage that best answer the question (verbatim). */
export function bestSentences(text: string, question: string, max = 2): string[] {
  const kw = keywords(question);
  const sentences = text
    .replace(/^#+\s.*$/gm, ' ')
    .split(/(?<=[.;])\s+(?=[A-Z(])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 20);
  const scored = sentences.map((s, i) => {
    const low = s.toLowerCase();
    const hits = kw.filter((k) => low.includes(k)).length;
    return { s, i, score: hits + (/\d/.test(s) ? 0.5 : 0) };
  });
  const top = scored.filter((x) => x.score > 0).sort((a, b) => b.score - a.score || a.i - b.i).slice(0, max);
  return top.sort((a, b) => a.i - b.i).map((x) => x.s);
}

function clauseName(h: Hit): string {
  const file = h.source.split('/').pop() ?? h.source;
  return h.locator ? `${file}, ${/^\d/.test(h.locator) ? `clause ${h.locator}` : h.locator}` : file;
}

export async function contractSkill(ctx: SkillContext): Promise<SkillReply> {
  const ch = ctx.entities.channels[0];
  ctx.status('Searching the contracts…');
  const result = await ctx.tools.call('search_data', { query: ctx.question, category: 'contracts', top_k: 5 });
  const hits = (result.data as { hits: Hit[] }).hits;
  if (hits.length === 0) {
    return { lines: ['I could not find a contract clause about that. The contracts cover TV airtime (Albion, Skyline satellite), Albion Player VOD, outdoor (Metro Outdoor, TransitAds), print (Crestline) and the agency (Meridian).'], followUps: ['What is the cancellation period with the satellite broadcaster?'], unanswered: true };
  }
  const top = hits[0]!;
  const quote = bestSentences(top.text, ctx.question);
  const confidence = Math.round(Math.min(1, top.score) * 100);
  const lines = [
    `*${clauseName(top)}* (confidence ${confidence}%):`,
    ...(quote.length ? quote.map((s) => `> ${s}`) : [`> ${top.text.replace(/\s+/g, ' ').slice(0, 400)}…`]),
  ];
  const second = hits.find((h) => h.source !== top.source || h.locator !== top.locator);
  if (second && second.score >= top.score * 0.85) {
    const q2 = bestSentences(second.text, ctx.question, 1);
    if (q2.length) lines.push(`Also relevant — *${clauseName(second)}*:`, `> ${q2[0]}`);
  }
  const caveats: string[] = [];
  if (top.score < LOW_CONFIDENCE) {
    lines.push(`⚠️ _Low confidence: the best match scores ${confidence}%. Please check the clause itself before relying on it._`);
    caveats.push('low retrieval confidence');
  }
  return {
    lines,
    followUps: ['What is the payment term?', 'Is the broadcaster delivering the contracted GRPs?', ch ? `What did we spend on ${label(ch)}?` : 'Which campaigns under-delivered?'],
    caveats,
  };
}

export async function docSearchSkill(ctx: SkillContext): Promise<SkillReply> {
  ctx.status('Searching the data…');
  const result = await ctx.tools.call('search_data', {
    query: ctx.question,
    top_k: 5,
    ...(ctx.entities.models[0] ? { vehicle_model: ctx.entities.models[0] } : {}),
  });
  const hits = (result.data as { hits: Hit[] }).hits;
  if (hits.length === 0) return { lines: ['I found nothing in the data about that.'], followUps: ['What can you do?'], unanswered: true };
  const top = hits[0]!;
  const lines = [`Here is what the data says (best match *${clauseName(top)}*):`];
  for (const h of hits.slice(0, 3)) {
    const q = bestSentences(h.text, ctx.question, 1)[0] ?? h.text.replace(/\s+/g, ' ').slice(0, 240);
    lines.push(`• _${clauseName(h)}_: ${q}`);
  }
  if (top.score < LOW_CONFIDENCE) lines.push(`⚠️ _These are weak matches (best ${Math.round(top.score * 100)}%); for exact numbers ask for a metric, e.g. "Meta spend in Q2 2025"._`);
  return { lines, followUps: ['Cost per car sold by channel', 'What is ROI by channel?'], caveats: top.score < LOW_CONFIDENCE ? ['low retrieval confidence'] : [] };
}

export async function channelOverviewSkill(ctx: SkillContext): Promise<SkillReply> {
  const ch = ctx.entities.channels[0]!;
  ctx.status(`Collecting what we know about ${label(ch)}…`);
  const [spend, overview] = await Promise.all([
    ctx.tools.call('query_metrics', { metric: 'spend', channel: ch, ...(ctx.entities.period ? { from: ctx.entities.period.from, to: ctx.entities.period.to } : {}) }).catch(() => undefined),
    ctx.tools.call('filter_by_channel', { channel: ch, top_k: 6 }),
  ]);
  const hits = (overview.data as { hits: Hit[] }).hits;
  const lines = [`*${label(ch)}*`];
  if (spend) lines.push(`• Spend${ctx.entities.period ? ` in ${ctx.entities.period.label}` : ' (Jan 2024 – Dec 2025)'}: *£${Math.round((spend.data as { value: number }).value).toLocaleString('en-GB')}*`);
  for (const h of hits.filter((x) => x.category !== 'assets').slice(0, 3)) {
    lines.push(`• _${clauseName(h)}_: ${h.text.replace(/\s+/g, ' ').slice(0, 200)}…`);
  }
  return { lines, followUps: [`What is ${label(ch)} ROI?`, `${label(ch)} CTR by month`, `Show me the ${label(ch)} creatives`] };
}

export async function assetSkill(ctx: SkillContext): Promise<SkillReply> {
  const e = ctx.entities;
  ctx.status('Finding the creatives…');
  const channel = e.channels[0];
  const model = e.models[0];
  const result = await ctx.tools.call('search_assets', {
    query: ctx.question,
    top_k: 4,
    ...(channel ? { channel } : {}),
    ...(model ? { vehicle_model: model } : {}),
  });
  const assets = (result.data as { assets: (Hit & { image_path?: string; creative_type?: string })[] }).assets;
  if (assets.length === 0) {
    return {
      lines: [`I found no creatives${channel ? ` on ${label(channel)}` : ''}${model ? ` for the ${VEHICLE_MODELS.find((m) => m.id === model)?.name}` : ''}.${channel === 'events' ? ' Events have no creatives in the asset library.' : ''}`],
      followUps: ['Show me the TikTok creatives', 'Show me the TV storyboards for the Summit launch'],
      unanswered: true,
    };
  }
  const lines = [`*${assets.length} creative${assets.length === 1 ? '' : 's'}${channel ? ` on ${label(channel)}` : ''}${model ? ` for the ${VEHICLE_MODELS.find((m) => m.id === model)?.name}` : ''}* (attached):`];
  for (const a of assets) {
    lines.push(`• ${a.campaign_id ?? ''}${a.creative_type ? ` · ${a.creative_type.replace(/_/g, ' ')}` : ''}${a.channel && !channel ? ` · ${label(a.channel)}` : ''} — ${a.text.replace(/\s+/g, ' ').slice(0, 140)}`);
  }
  const top = assets[0]!;
  if (top.score < LOW_CONFIDENCE) lines.push('⚠️ _These are loose matches; tell me the channel or model to narrow them down._');
  return {
    lines,
    followUps: [top.campaign_id ? `What did ${top.campaign_id} spend?` : 'What did we spend on TikTok?', channel ? `And for ${channel === 'meta' ? 'TikTok' : 'Meta'}?` : 'Show me only the TikTok ones'],
  };
}
