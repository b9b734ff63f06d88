/** Help, small talk, out-of-scope, other-language and empty input: templated, with examples. */
import { CHANNEL_LABELS, MMM_CHANNELS, VEHICLE_MODELS } from '../../data/brand/catalog.js';
import type { SkillReply } from './types.js';

export const EXAMPLE_QUESTIONS = [
  'What was Meta CPM in March 2025?',
  'Cost per car sold by channel',
  'Which campaigns under-delivered?',
  'What is the cancellation period with the satellite broadcaster?',
  'Show me the TikTok creatives for the Vento',
  'What is TV ROI?',
  'What if we move 500K from TV to YouTube?',
  '`/mmm optimize 2.5M 0.2 lock tv`',
];

export function capabilities(): string[] {
  return [
    'I can help with:',
    '• *Numbers* from the media, web and sales data — spend, impressions, CTR, CPM, CPC, CPA, GRPs, leads, test drives, cars sold, cost per car sold, cost per lead or test drive and funnel conversion rates — by channel, model, campaign, region, month or quarter; two periods compared ("2024 vs 2025"), weekly or monthly averages, and scorecards ("how did Meta do last quarter?", "summarise 2025").',
    '• *Contracts* — rates, cancellation terms, delivery guarantees and SLAs, citing the clause — and *mismatches* between invoices, delivery and contracts.',
    '• *Creatives* — the campaign images for a channel, model or message.',
    '• *The marketing-mix model* — ROI by channel with ranges, saturation, what-if moves and budget optimisation, including where extra money works hardest ("where should an extra 500K go?").',
    `Channels: ${MMM_CHANNELS.map((c) => CHANNEL_LABELS[c]).join(', ')}. Models: ${VEHICLE_MODELS.map((m) => m.name).join(', ')}.`,
  ];
}

function examples(n = 4): string[] {
  return ['Try for example:', ...EXAMPLE_QUESTIONS.slice(0, n).map((q) => `• ${q.startsWith('`') ? q : `_${q}_`}`)];
}

export function helpReply(): SkillReply {
  return { lines: ['I am the Halden Motors media analyst.', ...capabilities(), ...examples(8)], followUps: EXAMPLE_QUESTIONS.slice(0, 3) };
}

export function smallTalkReply(question: string): SkillReply {
  const q = question.trim().toLowerCase();
  const line = /thank|cheers|\bta\b|thx/.test(q)
    ? 'You are welcome — ask me anything else about the media data or the model.'
    : /bye|see you/.test(q)
      ? 'Bye for now — this thread remembers where we were for a few days.'
      : 'Hello! I answer questions about Halden Motors media spend, sales, contracts, creatives and the marketing-mix model.';
  return { lines: [line, ...examples(3)], followUps: EXAMPLE_QUESTIONS.slice(0, 3) };
}

export function outOfScopeReply(): SkillReply {
  return {
    lines: ["That is outside what I can answer — I only know Halden Motors' media, sales and contract data and the marketing-mix model.", ...capabilities(), ...examples(4)],
    followUps: EXAMPLE_QUESTIONS.slice(0, 3),
    unanswered: true,
  };
}

export function foreignLanguageReply(englishGuess?: string): SkillReply {
  return {
    lines: [
      'I work in English for now, so I may have misread that.',
      ...(englishGuess ? [`Did you mean: _${englishGuess}_? Reply in English and I will answer with the numbers and sources.`] : []),
      ...examples(4),
    ],
    followUps: englishGuess ? [englishGuess] : EXAMPLE_QUESTIONS.slice(0, 3),
    unanswered: true,
  };
}

export function badInputReply(): SkillReply {
  return {
    lines: ['I did not get a question there.', ...capabilities(), ...examples(4)],
    followUps: EXAMPLE_QUESTIONS.slice(0, 3),
    unanswered: true,
  };
}
