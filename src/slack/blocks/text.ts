/**
 * Splits Slack mrkdwn into pieces of at most `max` characters (a section's text limit is 3,000),
 * preferring paragraph breaks, then line breaks, then spaces, and re-opening code fences that a split
 * cuts through so each piece renders on its own.
 */
export function splitMrkdwn(text: string, max = 3000): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max - 4);
    let cut = window.lastIndexOf('\n\n');
    if (cut < max * 0.4) cut = window.lastIndexOf('\n');
    if (cut < max * 0.4) cut = window.lastIndexOf(' ');
    if (cut < max * 0.4) cut = window.length;
    let head = rest.slice(0, cut).trimEnd();
    rest = rest.slice(cut).trimStart();
    if (countFences(head) % 2 === 1) {
      head += '\n```';
      rest = `\`\`\`\n${rest}`;
    }
    pieces.push(head);
  }
  if (rest) pieces.push(rest);
  return pieces;
}

function countFences(s: string): number {
  return (s.match(/```/g) ?? []).length;
}

/** Cuts to `max` characters on a word boundary with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Plain text for notifications and fallbacks: mrkdwn markers and links reduced. */
export function plainFallback(mrkdwn: string, max = 3000): string {
  const plain = mrkdwn
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2')
    .replace(/```/g, '')
    .replace(/[*_~`]/g, '');
  return truncate(plain.trim(), max);
}

/** Slack's own markup inside `<…>`: mentions, channels, special commands, links. Kept as they are. */
const SLACK_TOKEN = /^<(?:[@#!][^<>\s]*|(?:https?:\/\/|mailto:)[^<>\s|]+)(?:\|[^<>\n]*)?>/;
const ENTITY = /^&(?:amp|lt|gt);/;

/**
 * Escapes the characters Slack mrkdwn reads as control characters — `&`, `<` and `>` — where they are
 * text ("Drive & Charge", "CPA < £50"), keeping Slack's own `<…>` tokens, entities already escaped and
 * the `>` that starts a quote line. Idempotent.
 */
export function escapeMrkdwnText(mrkdwn: string): string {
  let out = '';
  for (let i = 0; i < mrkdwn.length; i++) {
    const c = mrkdwn[i]!;
    if (c === '<') {
      const token = SLACK_TOKEN.exec(mrkdwn.slice(i, i + 3000))?.[0];
      if (token) {
        out += token;
        i += token.length - 1;
      } else out += '&lt;';
    } else if (c === '&') out += ENTITY.test(mrkdwn.slice(i, i + 5)) ? '&' : '&amp;';
    else if (c === '>') out += i === 0 || mrkdwn[i - 1] === '\n' ? '>' : '&gt;';
    else out += c;
  }
  return out;
}
