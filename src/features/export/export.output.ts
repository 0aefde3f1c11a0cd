import { once } from 'node:events';
import fs from 'node:fs';

/** Writes one chunk, waiting while the destination's buffer is full. */
export type Emit = (chunk: string) => Promise<void>;

function ended(stream: fs.WriteStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/**
 * Streams what `write` emits to `file` (stdout when none). A file is written as `FILE.partial` and
 * renamed once complete, so a failed run never leaves a truncated file under the name asked for.
 */
export async function streamToFile(file: string | undefined, write: (emit: Emit) => Promise<void>): Promise<void> {
  if (!file) {
    await write(async (chunk) => {
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    });
    return;
  }
  const partial = `${file}.partial`;
  const stream = fs.createWriteStream(partial);
  let failure: Error | undefined;
  stream.on('error', (error) => (failure = error));
  try {
    await write(async (chunk) => {
      if (failure) throw failure;
      if (!stream.write(chunk)) await once(stream, 'drain');
    });
    await ended(stream);
    fs.renameSync(partial, file);
  } catch (error) {
    stream.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
