/** One renderer per output format; all pure (Comparison -> string). */
import type { Comparison } from '../rank/types.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export type ReportFormat = 'text' | 'markdown' | 'json';

export function renderComparison(comparison: Comparison, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return renderJson(comparison);
    case 'markdown':
      return renderMarkdown(comparison);
    case 'text':
      return renderText(comparison);
  }
}

export { renderJson, renderMarkdown, renderText };
export { sanitize, escapeMarkdown } from './sanitize.js';
