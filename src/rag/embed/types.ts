/** The embedding seam: offline LSA (default), OpenAI, or a local ONNX model. */

export type EmbedderKind = 'lsa' | 'openai' | 'onnx';

export interface EmbedderInfo {
  kind: EmbedderKind;
  /** e.g. `lsa-v1`, `text-embedding-3-small`, a model folder name. */
  model: string;
  dims: number;
}

export interface Embedder {
  readonly info: EmbedderInfo;
  /** Unit-length vectors, one per text, in order. */
  embedDocuments(texts: string[]): Promise<Float32Array[]>;
  embedQuery(text: string): Promise<Float32Array>;
}

export function normalise(v: Float32Array): Float32Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] as number) * (v[i] as number);
  const n = Math.sqrt(s);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / n;
  return v;
}
