// The consultant's narratives: a Markdown subset (paragraphs, bullets, numbered lists, bold, italic, links) turned
// into report blocks with marked's lexer. Tokens are rendered by us, never as HTML: raw HTML stays visible as text,
// links other than http(s) and mailto lose their target, and anything else degrades to plain paragraphs.
import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, Run } from '../contract/report';

interface Style {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly link?: string;
}

const safeLink = /^(https?:\/\/|mailto:)/i;

function run(text: string, style: Style): Run {
  return { text, ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}), ...(style.link ? { link: style.link } : {}) };
}

/** Inline tokens to runs; adjacent runs of the same style are joined. */
export function inlineRuns(tokens: readonly Token[], style: Style = {}): Run[] {
  const runs: Run[] = [];
  const push = (text: string, s: Style) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    if (last && !!last.bold === !!s.bold && !!last.italic === !!s.italic && last.link === s.link) runs[runs.length - 1] = { ...last, text: last.text + text };
    else runs.push(run(text, s));
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
        for (const r of inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true })) push(r.text, r);
        break;
      case 'em':
        for (const r of inlineRuns((token as Tokens.Em).tokens, { ...style, italic: true })) push(r.text, r);
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const href = safeLink.test(link.href) ? link.href : undefined;
        for (const r of inlineRuns(link.tokens, { ...style, ...(href ? { link: href } : {}) })) push(r.text, r);
        break;
      }
      case 'br':
        push('\n', style);
        break;
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens && text.tokens.length > 0) for (const r of inlineRuns(text.tokens, style)) push(r.text, r);
        else push(text.text, style);
        break;
      }
      case 'codespan':
        push((token as Tokens.Codespan).text, style);
        break;
      case 'escape':
        push((token as Tokens.Escape).text, style);
        break;
      case 'del':
        for (const r of inlineRuns((token as Tokens.Del).tokens, style)) push(r.text, r);
        break;
      default:
        // html, images and anything unknown: the characters as typed, never interpreted.
        push(token.raw, style);
    }
  }
  return runs;
}

function itemRuns(item: Tokens.ListItem): Run[] {
  const runs: Run[] = [];
  for (const token of item.tokens) {
    if (token.type === 'list') continue;
    const inner = 'tokens' in token && Array.isArray(token.tokens) ? inlineRuns(token.tokens) : inlineRuns([token]);
    if (runs.length > 0 && inner.length > 0) runs.push({ text: ' ' });
    runs.push(...inner);
  }
  return runs;
}

/** Nested lists are flattened into the parent list: the report's list styles have one level. */
function listItems(list: Tokens.List): Run[][] {
  const items: Run[][] = [];
  for (const item of list.items) {
    items.push(itemRuns(item));
    for (const token of item.tokens) if (token.type === 'list') items.push(...listItems(token as Tokens.List));
  }
  return items;
}

function blocksOf(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
      case 'hr':
        break;
      case 'paragraph':
        blocks.push({ kind: 'paragraph', runs: inlineRuns((token as Tokens.Paragraph).tokens) });
        break;
      case 'heading':
        blocks.push({ kind: 'heading', level: 3, text: inlineRuns((token as Tokens.Heading).tokens).map((r) => r.text).join('') });
        break;
      case 'list': {
        const list = token as Tokens.List;
        blocks.push({ kind: 'list', ordered: list.ordered, items: listItems(list) });
        break;
      }
      case 'blockquote':
        blocks.push(...blocksOf((token as Tokens.Blockquote).tokens));
        break;
      case 'text': {
        const text = token as Tokens.Text;
        blocks.push({ kind: 'paragraph', runs: text.tokens ? inlineRuns(text.tokens) : [{ text: text.text }] });
        break;
      }
      default:
        if (token.raw.trim()) blocks.push({ kind: 'paragraph', runs: [{ text: token.raw.trim() }] });
    }
  }
  return blocks.filter((b) => b.kind !== 'paragraph' || b.runs.some((r) => r.text.trim() !== ''));
}

/**
 * The blocks of a narrative written in the app.
 * Example: narrativeBlocks('Zie **hier**.\n\n- een\n- twee') -> [paragraph, list]
 */
export function narrativeBlocks(markdown: string): Block[] {
  if (!markdown.trim()) return [];
  return blocksOf(new Lexer({ gfm: true }).lex(markdown.replace(/\r\n?/g, '\n')));
}
