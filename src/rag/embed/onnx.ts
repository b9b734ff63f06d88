/**
 * Optional local sentence model in ONNX format (e.g. all-MiniLM-L6-v2 exported with its tokenizer):
 * `EMBEDDER=onnx` and `ONNX_MODEL_PATH=<folder with model.onnx and tokenizer.json>`. It needs the
 * `onnxruntime-node` package, which is not a dependency (its native binaries are large and no model can be
 * downloaded here). Until both are present this fails with a clear, actionable error instead of guessing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MixError } from '../../errors.js';
import type { Embedder } from './types.js';

export async function createOnnxEmbedder(modelPath: string | undefined): Promise<Embedder> {
  if (!modelPath || !existsSync(join(modelPath, 'model.onnx')) || !existsSync(join(modelPath, 'tokenizer.json'))) {
    throw new MixError('CONFIG_INVALID', `EMBEDDER=onnx needs ONNX_MODEL_PATH with model.onnx and tokenizer.json (got ${modelPath ?? 'nothing'})`, {
      userMessage:
        'The ONNX embedder needs a local model: set ONNX_MODEL_PATH to a folder holding model.onnx and tokenizer.json, or use EMBEDDER=lsa.',
    });
  }
  const runtime = 'onnxruntime-node';
  try {
    await import(runtime);
  } catch (err) {
    throw new MixError('CONFIG_INVALID', 'EMBEDDER=onnx needs the onnxruntime-node package, which is not installed', {
      userMessage: 'The ONNX embedder needs `npm install onnxruntime-node`; until then use EMBEDDER=lsa (the default offline embedder).',
      cause: err,
    });
  }
  throw new MixError('CONFIG_INVALID', 'The ONNX embedder is an extension point: tokenisation and pooling for your model are not wired yet', {
    userMessage: 'ONNX embeddings are not wired in this build; use EMBEDDER=lsa or EMBEDDER=openai.',
  });
}
