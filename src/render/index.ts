/** One renderer per output format; all pure (Comparison -> string). */
import type { Comparison } from '../rank/types.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export type ReportFormat = 'text' | 'markdown' | 'json' | 'github';

export function renderComparison(comparison: Comparison, format: ReportFormat, options: { top?: number } = {}): string {
  switch (format) {
    case 'github':
      return renderGithub(comparison, options).summary;
    case 'json':
      return renderJson(comparison);
    case 'markdown':
      return renderMarkdown(comparison, options);
    case 'text':
      return renderText(comparison, options.top !== undefined ? { limit: options.top } : {});
  }
}

export { renderJson, renderMarkdown, renderText };
export { sanitize, escapeMarkdown } from './sanitize.js';
