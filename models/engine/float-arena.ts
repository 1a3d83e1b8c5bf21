/**
 * Float64Arrays of one length cut from shared buffers. V8 keeps a typed array of more
 * than 64 bytes outside its heap: each `new Float64Array(16)` allocates a backing store
 * (about 0.4 µs, ten times an on-heap array) and adds to the external memory that makes
 * the garbage collector run. A projection needs hundreds of such arrays, so it takes them
 * from a few buffers instead. Each array is zero-filled, as from `new Float64Array(n)`,
 * and no two overlap; they live as long as any of them is referenced.
 */

/** Arrays per buffer: 4 KB for a 16-year plan. */
const PER_BUFFER = 32;

/** A source of zero-filled Float64Arrays of length `n`. */
export function floatArena(n: number): () => Float64Array {
  let buffer = new ArrayBuffer(0);
  let next = 0;
  const bytes = n * Float64Array.BYTES_PER_ELEMENT;
  return () => {
    if (next + bytes > buffer.byteLength) {
      buffer = new ArrayBuffer(bytes * PER_BUFFER);
      next = 0;
    }
    const out = new Float64Array(buffer, next, n);
    next += bytes;
    return out;
  };
}
