/** One renderer per output format; all pure (Comparison -> string). */
import type { Comparison } from '../compare/types.js';
import type { ReportOptions } from './common.js';
import { renderGithub } from './github.js';
import { jsonReport, renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText, textReport } from './text.js';

export type ReportFormat = 'text' | 'markdown' | 'json';

export interface RenderOptions extends ReportOptions {
  /** ANSI colour in text (a terminal without NO_COLOR). */
  colour?: boolean;
  /** Differences shown in full (text, markdown, github). */
  top?: number;
}

/** JSON always holds every difference (volatile ones flagged); text and markdown hide volatile ones unless `all`. */
export function renderComparison(comparison: Comparison, format: ReportFormat | 'github', options: RenderOptions = {}): string {
  switch (format) {
    case 'github':
      return renderGithub(comparison, options).summary;
    case 'json':
      return renderJson(comparison);
    case 'markdown':
      return renderMarkdown(comparison, {
        ...(options.all ? { all: true } : {}),
        ...(options.top !== undefined ? { top: options.top } : {}),
      });
    case 'text':
      return renderText(comparison, { ...options, ...(options.top !== undefined ? { limit: options.top } : {}) });
  }
}

/** The same report as renderComparison, in pieces to write one after another: text and json stream; markdown and github are one piece. */
export function comparisonReport(comparison: Comparison, format: ReportFormat | 'github', options: RenderOptions = {}): Iterable<string> {
  if (format === 'text') return textReport(comparison, { ...options, ...(options.top !== undefined ? { limit: options.top } : {}) });
  if (format === 'json') return jsonReport(comparison);
  return [renderComparison(comparison, format, options)];
}

/** The format a report file's name asks for: `.md`/`.markdown`, `.json`, else text. */
export function formatForFile(file: string): ReportFormat {
  if (/\.(?:md|markdown)$/i.test(file)) return 'markdown';
  if (/\.json$/i.test(file)) return 'json';
  return 'text';
}

export { renderJson, renderMarkdown, renderText };
export { sanitize, escapeMarkdown } from './sanitize.js';
export { meaningful } from './common.js';
