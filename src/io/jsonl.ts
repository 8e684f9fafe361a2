// The lines of a file, read in chunks (never the whole file at once), so that a JSON-lines file
// of any size streams in flat memory. Each line is decoded as UTF-8 on its own: a line that is
// not valid UTF-8, or longer than the limit, is an error of that line only.
import { createReadStream } from 'node:fs';

export type FileLine = { n: number; line: string } | { n: number; error: string };

const CHUNK = 1 << 20;

/** Yields the lines of `file` (1-based numbers), without the newline; a first line's BOM is dropped. */
export async function* fileLines(file: string, maxLineBytes: number): AsyncGenerator<FileLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let n = 0;
  const finish = (tail: Buffer): FileLine => {
    n++;
    const bytes = partBytes + tail.length;
    const line = parts.length ? Buffer.concat([...parts, tail]) : tail;
    parts = [];
    partBytes = 0;
    if (tooLong || bytes > maxLineBytes) {
      tooLong = false;
      return { n, error: `line too long: over ${maxLineBytes} bytes (the limit a report)` };
    }
    try {
      let text = decoder.decode(line.length && line[line.length - 1] === 13 ? line.subarray(0, line.length - 1) : line);
      if (n === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return { n, line: text };
    } catch {
      return { n, error: `not valid UTF-8 (line of ${bytes} bytes): convert the file to UTF-8 first` };
    }
  };
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      yield finish(tooLong ? Buffer.alloc(0) : chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length && !tooLong) {
      // a copy: the stream may reuse its buffer
      parts.push(Buffer.from(chunk.subarray(start)));
      partBytes += chunk.length - start;
      if (partBytes > maxLineBytes) {
        tooLong = true;
        parts = [];
        partBytes = 0;
      }
    }
  }
  if (parts.length || tooLong) yield finish(Buffer.alloc(0));
}
