/** Offline answers from documents: contract clauses (quoted, with the clause number), open searches, channel overviews, creatives. */
import { VEHICLE_MODELS } from '../../data/brand/catalog.js';
import { bestSentences, topicWords } from '../entities/keywords.js';
import { LOW_CONFIDENCE } from '../tools/rag-tools.js';
import { channelName } from '../entities/lexicon.js';
import type { SkillContext, SkillReply } from './types.js';
import { quoteClause } from '../quote.js';

const label = channelName;

interface Hit {
  source: string;
  locator?: string;
  category?: string;
  channel?: string;
  campaign_id?: string;
  score: number;
  text: string;
}

function clauseName(h: Hit): string {
  const file = h.source.split('/').pop() ?? h.source;
  return h.locator ? `${file}, ${/^\d/.test(h.locator) ? `clause ${h.locator}` : h.locator}` : file;
}

type ContractHit = Hit & { clause?: string; document?: string; counterparty?: string };

export function pickDocument<T extends ContractHit>(hits: T[], question: string): T {
  const words = topicWords(question).map((t) => t.word);
  const byDoc = new Map<string, { hit: T; score: number }>();
  for (const h of hits) {
    const entry = byDoc.get(h.source) ?? { hit: h, score: 0 };
    entry.score += h.score;
    byDoc.set(h.source, entry);
  }
  for (const entry of byDoc.values()) {
    const name = `${entry.hit.source} ${entry.hit.document ?? ''} ${entry.hit.counterparty ?? ''}`.toLowerCase();
    entry.score += words.filter((w) => w.length > 3 && name.includes(w)).length;
  }
  return [...byDoc.values()].sort((a, b) => b.score - a.score)[0]!.hit;
}

/** The hits from the contracts of a named party ("meridian" → the agency terms, not the contracts naming it as agent). */
export function partyHits<T extends ContractHit>(hits: T[], party: string | undefined): T[] {
  if (!party) return hits;
  const words = party.split(' ');
  return hits.filter((h) => {
    const name = `${h.source} ${h.counterparty ?? ''}`.toLowerCase();
    return words.every((w) => name.includes(w));
  });
}

interface ClauseData {
  contract: string;
  file: string;
  confidence: number;
  clauses: { clause: string; section?: string; text: string; score: number }[];
}

export async function contractSkill(ctx: SkillContext): Promise<SkillReply> {
  const ch = ctx.entities.channels[0];
  ctx.status('Searching the contracts…');
  const result = await ctx.tools.call('search_data', { query: ctx.question, category: 'contracts', top_k: 6 });
  const hits = (result.data as { hits: ContractHit[] }).hits;
  const none: SkillReply = {
    lines: ['I could not find a contract clause about that. The contracts cover TV airtime (Albion, Skyline satellite), Albion Player VOD, outdoor (Metro Outdoor, TransitAds), print (Crestline) and the agency (Meridian).'],
    followUps: ['What is the cancellation period with the satellite broadcaster?'],
    unanswered: true,
  };
  if (hits.length === 0) return none;
  // The contract: the named party's ("terminate the Meridian agreement" is the agency terms, though every media
  // contract names Meridian as agent), else search evidence summed per document plus the words of the question
  // that name it ("satellite" → the Skyline satellite agreement). Then its clauses, read in full and ranked.
  const party = ctx.classification.party;
  const own = partyHits(hits, party);
  const top = pickDocument(own.length > 0 ? own : hits, ctx.question);
  const contract = own.length > 0 || !party ? top.source.split('/').pop()! : party;
  const read = await ctx.tools.call('contract_clauses', { contract, query: ctx.question, top_k: 4 }).catch(() => undefined);
  const data = read?.data as ClauseData | undefined;
  const best = data?.clauses[0];
  if (data && !best && own.length === 0 && party) {
    return { ...none, lines: [`I could not find a clause about that in the *${data.contract}* (${data.file.split('/').pop()}). Please check the contract itself.`] };
  }
  if (!data || !best) {
    const confidence = top.score * 0.5;
    return {
      lines: [
        `The closest passage is *${clauseName(top)}*, but it does not clearly answer this:`,
        ...quoteClause(top.text, 300),
        `⚠️ _Low confidence (${Math.round(confidence * 100)}%). Please check the contract itself._`,
      ],
      followUps: none.followUps,
      caveats: ['low retrieval confidence'],
      cite: [{ file: top.source, ...(top.locator ? { locator: /^\d/.test(top.locator) ? `clause ${top.locator}` : top.locator } : {}) }],
    };
  }
  const confidence = Math.round((top.score * 0.5 + data.confidence * 0.5) * 100) / 100;
  const lines = [
    `*${data.contract}* — ${data.file.split('/').pop()}, *clause ${best.clause}*${best.section ? ` (${best.section})` : ''}, confidence ${Math.round(confidence * 100)}%:`,
    ...quoteClause(best.text, 500),
  ];
  // Neighbouring clauses of the same section that also carry terms (e.g. late-cancellation charges).
  const section = best.clause.split('.')[0];
  const related = data.clauses.slice(1).filter((c) => c.clause.split('.')[0] === section && c.score >= 1.5).slice(0, 2);
  for (const r of related) lines.push(`Also *clause ${r.clause}*:`, ...quoteClause(r.text, 300));
  const caveats: string[] = [];
  if (confidence < 0.5) {
    lines.push(`⚠️ _Low confidence (${Math.round(confidence * 100)}%): the clause does not clearly match the question. Please check the contract before relying on it._`);
    caveats.push('low retrieval confidence');
  }
  return {
    lines,
    followUps: ['What are the payment terms?', 'Is the broadcaster delivering the contracted GRPs?', ch ? `What did we spend on ${label(ch)}?` : 'Which campaigns under-delivered?'],
    caveats,
    cite: [best, ...related].map((c) => ({ file: data.file, locator: `clause ${c.clause}` })),
  };
}

export async function docSearchSkill(ctx: SkillContext): Promise<SkillReply> {
  ctx.status('Searching the data…');
  const result = await ctx.tools.call('search_data', {
    query: ctx.question,
    top_k: 5,
    ...(ctx.entities.models[0] ? { vehicle_model: ctx.entities.models[0] } : {}),
    // Only a question about one channel's documents is searched within it (a competitor question is not).
    ...(ctx.classification.rule === 'channel_search' && ctx.entities.channels[0] ? { channel: ctx.entities.channels[0] } : {}),
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
