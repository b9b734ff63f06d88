/** Reads a PNG's width and height from its IHDR chunk (the first 24 bytes), without decoding it. */
import { open } from 'node:fs/promises';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(head: Buffer): { width: number; height: number } | null {
  if (head.length < 24 || !head.subarray(0, 8).equals(SIGNATURE) || head.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

export async function readPngSize(path: string): Promise<{ width: number; height: number } | null> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(24);
    const { bytesRead } = await fh.read(buf, 0, 24, 0);
    return pngSize(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}
