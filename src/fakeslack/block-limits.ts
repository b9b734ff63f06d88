/**
 * The Block Kit limits Slack enforces on chat.postMessage / chat.update (`invalid_blocks` when broken),
 * so that an app that overflows them fails here exactly as it would against real Slack.
 * Limits from @slack/types `block-kit/blocks.ts` and Slack's Block Kit reference.
 */
export const BLOCK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  contextActionsElements: 5,
  imageAltText: 2000,
  imageUrl: 3000,
  markdownText: 12_000,
  blockId: 255,
  actionId: 255,
  buttonText: 75,
  buttonValue: 2000,
  tableRows: 100,
  tableCells: 20,
  messageText: 40_000,
} as const;

const KNOWN_BLOCKS = new Set([
  'section',
  'context',
  'header',
  'divider',
  'image',
  'actions',
  'rich_text',
  'markdown',
  'table',
  'context_actions',
  'input',
  'file',
  'video',
]);

type Obj = Record<string, unknown>;

function textOf(t: unknown): string {
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object' && typeof (t as Obj).text === 'string') return (t as Obj).text as string;
  return '';
}

function checkElement(el: Obj, where: string): string | undefined {
  if (typeof el.action_id === 'string' && el.action_id.length > BLOCK_LIMITS.actionId) return `${where}: action_id too long`;
  if (el.type === 'button') {
    if (textOf(el.text).length > BLOCK_LIMITS.buttonText) return `${where}: button text over ${BLOCK_LIMITS.buttonText}`;
    if (typeof el.value === 'string' && el.value.length > BLOCK_LIMITS.buttonValue) return `${where}: button value too long`;
  }
  return undefined;
}

/** Returns a description of the first broken limit, or undefined when the blocks are valid. */
export function checkBlocks(blocks: unknown): string | undefined {
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return 'blocks must be an array';
  if (blocks.length > BLOCK_LIMITS.blocksPerMessage) return `more than ${BLOCK_LIMITS.blocksPerMessage} blocks`;
  for (const [i, raw] of blocks.entries()) {
    const where = `blocks[${i}]`;
    if (!raw || typeof raw !== 'object') return `${where}: not an object`;
    const b = raw as Obj;
    if (typeof b.type !== 'string' || !KNOWN_BLOCKS.has(b.type)) return `${where}: unknown block type ${String(b.type)}`;
    if (typeof b.block_id === 'string' && b.block_id.length > BLOCK_LIMITS.blockId) return `${where}: block_id too long`;
    const problem = checkBlock(b, where);
    if (problem) return problem;
  }
  return undefined;
}

function checkBlock(b: Obj, where: string): string | undefined {
  switch (b.type) {
    case 'section': {
      const text = textOf(b.text);
      const fields = Array.isArray(b.fields) ? b.fields : [];
      if (!text && fields.length === 0) return `${where}: section needs text or fields`;
      if (text.length > BLOCK_LIMITS.sectionText) return `${where}: section text over ${BLOCK_LIMITS.sectionText} characters`;
      if (fields.length > BLOCK_LIMITS.sectionFields) return `${where}: more than ${BLOCK_LIMITS.sectionFields} fields`;
      if (fields.some((f) => textOf(f).length > BLOCK_LIMITS.fieldText)) return `${where}: field over ${BLOCK_LIMITS.fieldText}`;
      if (b.accessory && typeof b.accessory === 'object') return checkElement(b.accessory as Obj, `${where}.accessory`);
      return undefined;
    }
    case 'header':
      return textOf(b.text).length > BLOCK_LIMITS.headerText ? `${where}: header over ${BLOCK_LIMITS.headerText}` : undefined;
    case 'context': {
      const els = Array.isArray(b.elements) ? b.elements : [];
      if (els.length === 0 || els.length > BLOCK_LIMITS.contextElements) return `${where}: context needs 1–10 elements`;
      return undefined;
    }
    case 'actions':
    case 'context_actions': {
      const els = Array.isArray(b.elements) ? (b.elements as Obj[]) : [];
      const max = b.type === 'actions' ? BLOCK_LIMITS.actionsElements : BLOCK_LIMITS.contextActionsElements;
      if (els.length === 0 || els.length > max) return `${where}: ${b.type} needs 1–${max} elements`;
      for (const [j, el] of els.entries()) {
        const p = checkElement(el, `${where}.elements[${j}]`);
        if (p) return p;
      }
      return undefined;
    }
    case 'image': {
      const alt = typeof b.alt_text === 'string' ? b.alt_text : '';
      if (!alt) return `${where}: image needs alt_text`;
      if (alt.length > BLOCK_LIMITS.imageAltText) return `${where}: alt_text too long`;
      if (!b.image_url && !b.slack_file) return `${where}: image needs image_url or slack_file`;
      if (typeof b.image_url === 'string' && b.image_url.length > BLOCK_LIMITS.imageUrl) return `${where}: image_url too long`;
      return undefined;
    }
    case 'markdown':
      return textOf(b.text).length > BLOCK_LIMITS.markdownText ? `${where}: markdown over ${BLOCK_LIMITS.markdownText}` : undefined;
    case 'table': {
      const rows = Array.isArray(b.rows) ? (b.rows as unknown[]) : [];
      if (rows.length > BLOCK_LIMITS.tableRows) return `${where}: table over ${BLOCK_LIMITS.tableRows} rows`;
      if (rows.some((r) => Array.isArray(r) && r.length > BLOCK_LIMITS.tableCells)) return `${where}: table row over 20 cells`;
      return undefined;
    }
    default:
      return undefined;
  }
}
