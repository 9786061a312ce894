// Lines of a file read through a fixed buffer with readSync, so a file of any size streams
// through a sync generator. A line longer than the limit is skipped, never held.
import { closeSync, openSync, readSync } from 'node:fs';

export interface Line {
  /** 1-based. */
  no: number;
  /** The line's bytes without its \n (a trailing \r stays); null when over the limit. */
  bytes: Buffer | null;
  size: number;
}

const CHUNK = 64 * 1024;

export function* readLines(path: string, maxLineBytes: number): Generator<Line> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let pieces: Buffer[] = [];
    let size = 0;
    let no = 1;
    let position = 0;
    const take = (part: Buffer) => {
      size += part.length;
      if (size <= maxLineBytes) pieces.push(Buffer.from(part));
      else pieces = [];
    };
    const line = (): Line => {
      const l = { no, bytes: size <= maxLineBytes ? Buffer.concat(pieces, size) : null, size };
      pieces = [];
      size = 0;
      no++;
      return l;
    };
    for (;;) {
      const n = readSync(fd, chunk, 0, CHUNK, position);
      if (n === 0) break;
      position += n;
      const data = chunk.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl >= 0; nl = data.indexOf(10, start)) {
        take(data.subarray(start, nl));
        yield line();
        start = nl + 1;
      }
      take(data.subarray(start));
    }
    if (size > 0) yield line();
  } finally {
    closeSync(fd);
  }
}
