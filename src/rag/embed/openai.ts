/**
 * OpenAI embeddings (`text-embedding-3-small` by default) through the `openai` package: inputs sent in
 * batches, 429/5xx/connection errors retried by the SDK with exponential backoff (it honours
 * `retry-after`), the vector size taken from the answers and recorded in the index.
 */
import OpenAI from 'openai';
import { MixError } from '../../errors.js';
import { normalise, type Embedder, type EmbedderInfo } from './types.js';

/** Sizes of the published models, used before the first answer tells us. */
const KNOWN_DIMS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};

export interface OpenAiEmbedderOptions {
  apiKey: string;
  baseURL?: string;
  model: string;
  batchSize?: number;
  maxRetries?: number;
  timeoutMs?: number;
}

export class OpenAiEmbedder implements Embedder {
  info: EmbedderInfo;
  private readonly client: OpenAI;
  private readonly batchSize: number;
  private seenDims?: number;

  constructor(private readonly options: OpenAiEmbedderOptions) {
    this.client = new OpenAI({
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      maxRetries: options.maxRetries ?? 4,
      timeout: options.timeoutMs ?? 60_000,
    });
    this.batchSize = options.batchSize ?? 128;
    this.info = { kind: 'openai', model: options.model, dims: KNOWN_DIMS[options.model] ?? 0 };
  }

  async embedDocuments(texts: string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      out.push(...(await this.batch(texts.slice(i, i + this.batchSize))));
    }
    return out;
  }

  async embedQuery(text: string): Promise<Float32Array> {
    const [v] = await this.batch([text]);
    return v as Float32Array;
  }

  private async batch(input: string[]): Promise<Float32Array[]> {
    let res: OpenAI.Embeddings.CreateEmbeddingResponse;
    try {
      res = await this.client.embeddings.create({ model: this.options.model, input });
    } catch (err) {
      const status = (err as { status?: number }).status;
      throw new MixError(status === 429 ? 'RATE_LIMITED' : 'PROVIDER_ERROR', `OpenAI embeddings failed: ${(err as Error).message}`, {
        userMessage:
          status === 429
            ? 'OpenAI is rate-limiting embedding requests; try again in a minute.'
            : 'OpenAI embeddings are unavailable right now (check OPENAI_API_KEY, or set EMBEDDER=lsa to work offline).',
        cause: err,
      });
    }
    const sorted = [...res.data].sort((a, b) => a.index - b.index);
    if (sorted.length !== input.length) {
      throw new MixError('PROVIDER_ERROR', `OpenAI returned ${sorted.length} embeddings for ${input.length} inputs`);
    }
    const vectors = sorted.map((d) => normalise(Float32Array.from(d.embedding as ArrayLike<number>)));
    const dims = vectors[0]?.length ?? 0;
    if (this.seenDims !== undefined && dims !== this.seenDims) {
      throw new MixError('EMBEDDING_MISMATCH', `OpenAI returned ${dims}-dim vectors after ${this.seenDims}-dim ones`);
    }
    this.seenDims = dims;
    this.info = { ...this.info, dims };
    return vectors;
  }
}
