/**
 * The tool registry shared by every provider: JSON schemas for the model, validated calls (inputs
 * normalised then checked with zod), a record of each call for sources and the session.
 */
import { z } from 'zod';
import { MixError, asMixError } from '../../errors.js';
import { filterByChannelTool, queryMetricsTool, searchAssetsTool, searchDataTool } from './rag-tools.js';
import { mmmCurvesTool, mmmOptimizeTool, mmmRoiTool, mmmScenarioTool, mmmSummaryTool } from './mmm-tools.js';
import { attributedSalesTool } from './attribution-tool.js';
import { contractClausesTool } from './contract-tool.js';
import { checkDiscrepanciesTool } from './reconcile-tool.js';
import { normaliseToolInput } from './schemas.js';
import type { ToolAgent, ToolCallRecord, ToolDefinition, ToolDeps, ToolResult, ToolSpec } from './types.js';

export const ALL_TOOLS: readonly ToolDefinition[] = [
  searchDataTool,
  searchAssetsTool,
  filterByChannelTool,
  queryMetricsTool,
  attributedSalesTool,
  contractClausesTool,
  checkDiscrepanciesTool,
  mmmSummaryTool,
  mmmRoiTool,
  mmmOptimizeTool,
  mmmCurvesTool,
  mmmScenarioTool,
] as unknown as ToolDefinition[];

export type ToolName =
  | 'search_data'
  | 'search_assets'
  | 'filter_by_channel'
  | 'query_metrics'
  | 'attributed_sales'
  | 'contract_clauses'
  | 'check_discrepancies'
  | 'mmm_summary'
  | 'mmm_roi'
  | 'mmm_optimize'
  | 'mmm_curves'
  | 'mmm_scenario';

function jsonSchemaOf(tool: ToolDefinition): Record<string, unknown> {
  const schema = z.toJSONSchema(tool.input, { unrepresentable: 'any' }) as Record<string, unknown>;
  delete schema.$schema;
  return schema;
}

const specCache = new Map<string, ToolSpec>();

export function toolSpecs(agents?: ToolAgent[]): ToolSpec[] {
  return ALL_TOOLS.filter((t) => !agents || agents.includes(t.agent)).map((t) => {
    let spec = specCache.get(t.name);
    if (!spec) {
      spec = { name: t.name, description: t.description, agent: t.agent, inputSchema: jsonSchemaOf(t) };
      specCache.set(t.name, spec);
    }
    return spec;
  });
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
}

/** One conversation turn's tool runner: calls tools and remembers what was called. */
export class Toolbox {
  readonly calls: ToolCallRecord[] = [];

  constructor(
    private readonly deps: ToolDeps,
    private readonly now: () => number = () => performance.now(),
  ) {}

  has(name: string): boolean {
    return ALL_TOOLS.some((t) => t.name === name);
  }

  /** Validates and runs a tool. Throws MixError INPUT_INVALID for bad input, passes service MixErrors on. */
  async call(name: ToolName | string, rawInput: unknown): Promise<ToolResult> {
    const tool = ALL_TOOLS.find((t) => t.name === name);
    const t0 = this.now();
    const record: ToolCallRecord = { name, input: rawInput, ms: 0 };
    this.calls.push(record);
    try {
      if (!tool) throw new MixError('INPUT_INVALID', `unknown tool ${name}`, { userMessage: `There is no tool called ${name}.` });
      const parsed = tool.input.safeParse(normaliseToolInput(rawInput ?? {}));
      if (!parsed.success) {
        const detail = describeIssues(parsed.error);
        throw new MixError('INPUT_INVALID', `${name}: ${detail}`, { userMessage: `I could not use ${name}: ${detail}.` });
      }
      record.input = parsed.data;
      const result = await tool.run(parsed.data, this.deps);
      record.result = result;
      return result;
    } catch (err) {
      const e = asMixError(err);
      record.error = e.userMessage;
      this.deps.logger.debug({ tool: name, code: e.code, err: e.message }, 'tool call failed');
      throw e;
    } finally {
      record.ms = this.now() - t0;
    }
  }

  /** Successful results, in call order. */
  results(): ToolResult[] {
    return this.calls.flatMap((c) => (c.result ? [c.result] : []));
  }
}
