/**
 * Unified diff of two values' display lines, with the `diff` package, as typed
 * lines the detail pane colours. Inputs are already sanitised (value-lines.ts).
 */
import { structuredPatch } from 'diff';

export interface DiffLine {
  kind: 'hunk' | 'add' | 'del' | 'same';
  text: string;
}

export function unifiedDiff(aLines: readonly string[], bLines: readonly string[], context = 3): DiffLine[] {
  const text = (lines: readonly string[]) => (lines.length === 0 ? '' : `${lines.join('\n')}\n`);
  const patch = structuredPatch('A', 'B', text(aLines), text(bLines), undefined, undefined, { context });
  const out: DiffLine[] = [];
  for (const hunk of patch.hunks) {
    out.push({ kind: 'hunk', text: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@` });
    for (const line of hunk.lines) {
      // "\ No newline at end of file" markers cannot occur: both sides end in "\n".
      const sign = line[0];
      out.push({ kind: sign === '+' ? 'add' : sign === '-' ? 'del' : 'same', text: line });
    }
  }
  return out;
}
