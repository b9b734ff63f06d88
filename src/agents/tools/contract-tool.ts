/** `contract_clauses`: the numbered clauses of one contract that best match a topic, quoted verbatim. */
import { z } from 'zod';
import { MixError } from '../../errors.js';
import { coverage, formHits, topicScore, topicWords } from '../entities/keywords.js';
import { normalise } from '../entities/extract.js';
import { findContract, readContracts } from '../reconcile/sources.js';
import type { ToolDefinition } from './types.js';

export const contractClausesInput = z.object({
  contract: z.string().min(2).max(120).describe('Contract id, file name or counterparty, e.g. "Skyline", "Metro Outdoor", "HM-C-TV-SKY-2024"'),
  query: z.string().min(1).max(500).describe('What the clause should be about, e.g. "cancellation notice period"'),
  top_k: z.number().int().min(1).max(8).optional(),
});

/** Words naming a party's role, present in most clauses: they do not pick one. */
const PARTY_ROLES = new Set(['broadcaster', 'broadcasters', 'contractor', 'agency', 'advertiser', 'client', 'publisher', 'supplier', 'partner', 'halden', 'we', 'us']);

const WANTS_NUMBER = /\b(period|how long|how many|how much|rate|cost|price|percent|days|weeks|notice|when|deadline|minimum|maximum|guarantee|commission|fee|payment)\b/;

/** "What happens if/on …": the answer is the clause that sets a consequence on a condition. */
const WANTS_CONSEQUENCE = /\bwhat (happens|would happen|will happen)\b|\b(consequences?|remed(y|ies))\b/;
const STATES_CONDITION = /\b(if|where|unless|for each)\b/i;

export const contractClausesTool: ToolDefinition<typeof contractClausesInput> = {
  name: 'contract_clauses',
  agent: 'rag',
  description:
    'Reads one contract (by id, file or counterparty) and returns its clauses that best match a topic, verbatim with clause numbers and the section heading, plus a confidence in [0, 1] (share of the topic words the best clause contains). Use after search_data has identified the contract, to quote and cite the exact clause.',
  input: contractClausesInput,
  async run(input, deps) {
    const docs = readContracts(deps.dataDir);
    const doc = findContract(docs, input.contract);
    if (!doc) {
      throw new MixError('NOT_FOUND', `no contract matches ${input.contract}`, {
        userMessage: `I have no contract matching "${input.contract}". The contracts are: ${docs.map((d) => d.title).join('; ')}.`,
      });
    }
    const wantsNumber = WANTS_NUMBER.test(normalise(input.query));
    const wantsConsequence = WANTS_CONSEQUENCE.test(normalise(input.query));
    // Words that name the contract itself ("Metro", "Outdoor", "satellite") do not pick a clause.
    const context = `${doc.title} ${String(doc.terms.counterparty ?? '')} ${String(doc.terms.channel ?? '')} ${doc.file}`.toLowerCase();
    const naming = new Set(topicWords(input.query).map((t) => t.word).filter((w) => context.includes(w) || PARTY_ROLES.has(w)));
    // Topic words are matched in the clause with its section heading ("7. Service credits").
    const ranked = [...doc.clauses]
      .map(([clause, text], order) => {
        const section = doc.sections.get(clause.split('.')[0]!);
        const score =
          topicScore(`${section ?? ''} ${text}`, input.query, naming) +
          (section ? 0.5 * Math.min(1, topicScore(section, input.query, naming)) : 0) +
          (wantsNumber && /\d/.test(text) ? 0.5 : 0) +
          (wantsConsequence && STATES_CONDITION.test(text) ? 0.3 : 0) +
          Math.min(0.4, 0.1 * formHits(text, input.query, naming));
        return { clause, section, text: text.replace(/\*\*/g, ''), score, order };
      })
      .filter((c) => c.score >= 1)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, input.top_k ?? 3);
    const confidence = ranked[0] ? Math.round(coverage(`${context} ${ranked[0].section ?? ''} ${ranked[0].text}`, input.query) * 1000) / 1000 : 0;
    return {
      data: { contract: doc.title, file: doc.file, contract_id: doc.terms.contract_id, counterparty: doc.terms.counterparty, confidence, clauses: ranked.map(({ order: _o, ...c }) => c) },
      sources: ranked.map((c) => ({ file: doc.file, locator: `clause ${c.clause}`, title: `${doc.file.split('/').pop()} — clause ${c.clause}`, score: confidence })),
      attachments: [],
      caveats: confidence < 0.5 ? [`Low confidence (${Math.round(confidence * 100)}%) that ${doc.file.split('/').pop()} has a clause on this.`] : [],
    };
  },
};
