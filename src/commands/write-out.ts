/** Write a report to stdout and wait until it is flushed (large reports to a pipe). */
export function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => {
      // A reader that went away (`| head`) is not an error of ours.
      if (!error || (error as NodeJS.ErrnoException).code === 'EPIPE') resolve();
      else reject(error);
    });
  });
}

/**
 * Write a report given in pieces (render's textReport, jsonReport), gathered into writes of
 * about `batchChars`, each waited for: a report of 100k differences is never one string.
 */
export async function writePieces(stream: NodeJS.WritableStream, pieces: Iterable<string>, batchChars = 64 * 1024): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= batchChars) {
      // A reader that went away (`| head`): bin.ts ends the process; write nothing more meanwhile.
      if ((stream as { destroyed?: boolean }).destroyed) return;
      await writeOut(stream, batch);
      batch = '';
    }
  }
  if (batch !== '') await writeOut(stream, batch);
}
