/** Chooses the embedder from the config: `EMBEDDER=auto` means OpenAI when a key is set, else offline LSA. */
import type { AppConfig } from '../../config/schema.js';
import { MixError } from '../../errors.js';
import { fitLsa, LsaEmbedder } from './lsa.js';
import { createOnnxEmbedder } from './onnx.js';
import { OpenAiEmbedder } from './openai.js';
import type { Embedder, EmbedderInfo, EmbedderKind } from './types.js';

export type EmbedderConfig = Pick<AppConfig, 'EMBEDDER' | 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_EMBEDDING_MODEL' | 'ONNX_MODEL_PATH' | 'SEED'>;

export function resolveEmbedderKind(config: EmbedderConfig): EmbedderKind {
  if (config.EMBEDDER !== 'auto') return config.EMBEDDER;
  return config.OPENAI_API_KEY ? 'openai' : 'lsa';
}

function openAi(config: EmbedderConfig): OpenAiEmbedder {
  if (!config.OPENAI_API_KEY) {
    throw new MixError('CONFIG_INVALID', 'EMBEDDER=openai needs OPENAI_API_KEY', {
      userMessage: 'OpenAI embeddings need OPENAI_API_KEY; set it or use EMBEDDER=lsa.',
    });
  }
  return new OpenAiEmbedder({
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_EMBEDDING_MODEL,
    ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
  });
}

/** The embedder an index build uses; LSA is fitted on the collection's texts here. */
export async function createBuildEmbedder(config: EmbedderConfig, texts: string[], options: { dims?: number } = {}): Promise<Embedder> {
  const kind = resolveEmbedderKind(config);
  if (kind === 'lsa') return fitLsa(texts, { seed: config.SEED, ...(options.dims ? { dims: options.dims } : {}) });
  if (kind === 'openai') return openAi(config);
  return createOnnxEmbedder(config.ONNX_MODEL_PATH);
}

/** Persists what a query-time embedder needs (the fitted LSA model); others keep nothing locally. */
export function saveEmbedder(embedder: Embedder, dir: string): void {
  if (embedder instanceof LsaEmbedder) embedder.save(dir);
}

/**
 * The query embedder for a collection built with `recorded`; a different configured embedder is an
 * EMBEDDING_MISMATCH with a prompt to reindex, never a silent comparison of incompatible vectors.
 */
export async function loadQueryEmbedder(config: EmbedderConfig, dir: string, recorded: EmbedderInfo): Promise<Embedder> {
  const kind = resolveEmbedderKind(config);
  const wantedModel = kind === 'openai' ? config.OPENAI_EMBEDDING_MODEL : undefined;
  if (kind !== recorded.kind || (wantedModel !== undefined && wantedModel !== recorded.model)) {
    throw new MixError(
      'EMBEDDING_MISMATCH',
      `The index was built with ${recorded.kind}/${recorded.model} (${recorded.dims} dims) but the config asks for ${kind}${wantedModel ? `/${wantedModel}` : ''}`,
      {
        userMessage: `The search index was built with a different embedding model (${recorded.kind}). Run /reindex (or \`npm run index\`) to rebuild it.`,
        details: { recorded, configured: kind },
      },
    );
  }
  if (kind === 'lsa') {
    const e = LsaEmbedder.load(dir);
    if (e.info.dims !== recorded.dims) {
      throw new MixError('EMBEDDING_MISMATCH', `LSA model has ${e.info.dims} dims, index records ${recorded.dims}`, {
        userMessage: 'The search index is inconsistent with its embedding model. Run /reindex (or `npm run index`).',
      });
    }
    return e;
  }
  if (kind === 'openai') return openAi(config);
  return createOnnxEmbedder(config.ONNX_MODEL_PATH);
}
