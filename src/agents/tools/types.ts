import type { z } from 'zod';
import type { Logger } from '../../log/index.js';
import type { MmmService } from '../../mmm/service-types.js';
import type { MetricsEngine, Retriever } from '../../rag/types.js';
import type { Attachment, Source } from '../types.js';

/** What every tool returns: data for the model/templates, plus the citations and attachments it implies. */
export interface ToolResult<D = unknown> {
  data: D;
  sources: Source[];
  attachments: Attachment[];
  /** Warnings to pass on (low retrieval confidence, wide intervals, period outside the data…). */
  caveats?: string[];
}

/** The services tools call. `createAnalyst` wires the real ones; tests may pass real ones on test data. */
export interface ToolDeps {
  retriever: Retriever;
  metrics: MetricsEngine;
  mmm: MmmService;
  logger: Logger;
  /** Absolute data dir: asset paths in attachments are resolved against it. */
  dataDir: string;
}

export type ToolAgent = 'rag' | 'mmm';

export interface ToolDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  /** Written for a language model: when to call it and what it returns. */
  description: string;
  agent: ToolAgent;
  input: S;
  run(input: z.output<S>, deps: ToolDeps): Promise<ToolResult>;
}

/** A tool as providers see it: name, description and JSON schema of its input. */
export interface ToolSpec {
  name: string;
  description: string;
  agent: ToolAgent;
  inputSchema: Record<string, unknown>;
}

export interface ToolCallRecord {
  name: string;
  input: unknown;
  result?: ToolResult;
  error?: string;
  ms: number;
}
