/** The page's renderers (plain browser JS, pure): mrkdwn, Markdown, Block Kit, messages, store, composer. */
import { describe, expect, it } from 'vitest';
import { FAKE_IDS, defaultWorkspace } from '../../src/fakeslack/index.js';
import { renderBlocks, renderFiles } from '../../src/sandbox/public/js/blocks.js';
import { completionQuery, matchCommands, matchUsers } from '../../src/sandbox/public/js/composer.js';
import { renderMarkdown, renderMrkdwn } from '../../src/sandbox/public/js/mrkdwn.js';
import { introHtml, isFollowUp, messageHtml, messageItems, statusText, wireLineHtml } from '../../src/sandbox/public/js/render.js';
import { type PageMessage, Store } from '../../src/sandbox/public/js/store.js';
import { DEFAULT_SLASH_COMMANDS } from '../../src/sandbox/commands.js';
import { clientChannel, clientUser } from '../../src/sandbox/view.js';

const names: Record<string, string> = { [FAKE_IDS.botUser]: 'Mix Analyst', [FAKE_IDS.admin]: 'Alex Morgan (admin)' };
const ctx = { userName: (id: string) => names[id], channelName: (id: string) => (id === 'C1' ? 'marketing' : undefined), selfId: FAKE_IDS.admin };
const md = (t: string): string => renderMrkdwn(t, ctx);

describe('mrkdwn', () => {
  it('formats bold, italic, strike, code and emoji at word edges only', () => {
    expect(md('*Meta CPM* was _£7.64_ ~old~ `raw/meta_ads.csv` :mag:')).toBe(
      '<b>Meta CPM</b> was <i>£7.64</i> <s>old</s> <code>raw/meta_ads.csv</code> <span class="emoji" title=":mag:">🔍</span>',
    );
    expect(md('meta_ads_q2 and 3*4*5 and snake_case_')).toBe('meta_ads_q2 and 3*4*5 and snake_case_');
    expect(md('*bold with _italic_ inside*')).toBe('<b>bold with <i>italic</i> inside</b>');
    expect(md(':no_such_emoji:')).toBe(':no_such_emoji:');
  });

  it('renders links, mentions and broadcasts; only safe URLs become links', () => {
    expect(md('<https://halden.example/plan|the *plan*>')).toBe(
      '<a class="link" href="https://halden.example/plan" target="_blank" rel="noopener noreferrer">the <b>plan</b></a>',
    );
    expect(md('<javascript:alert(1)|click>')).toBe('&lt;javascript:alert(1)|click&gt;');
    expect(md(`<@${FAKE_IDS.botUser}> and <@${FAKE_IDS.admin}>`)).toBe(
      `<span class="mention" data-user="${FAKE_IDS.botUser}">@Mix Analyst</span> and <span class="mention mention-self" data-user="${FAKE_IDS.admin}">@Alex Morgan (admin)</span>`,
    );
    expect(md('<#C1> <!here>')).toBe('<span class="mention channel-mention">#marketing</span> <span class="mention mention-broadcast">@here</span>');
  });

  it('escapes HTML, including what Slack sends escaped', () => {
    expect(md('&lt;script&gt;alert(1)&lt;/script&gt; & "q"')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;');
    expect(md('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders code blocks verbatim, quotes, lists and line breaks', () => {
    expect(md('```a < b\n*not bold*```')).toBe('<pre class="code-block">a &lt; b\n*not bold*</pre>');
    expect(md('&gt; quoted *text*\nafter')).toBe('<blockquote>quoted <b>text</b></blockquote>after');
    expect(md('• one\n• two\n1. first')).toBe(
      '<ul class="md-list"><li style="margin-left:0em">one</li><li style="margin-left:0em">two</li></ul><ol class="md-list"><li style="margin-left:0em">first</li></ol>',
    );
    expect(md('line 1\nline 2\n\nline 4')).toBe('line 1<br>line 2<br><br>line 4');
    expect(md('unclosed ``` fence')).toBe('unclosed ``` fence');
  });
});

describe('Markdown (markdown blocks and streams)', () => {
  it('renders headings, emphasis, links and pipe tables', () => {
    const html = renderMarkdown('# Title\n**bold** and *it* [site](https://a.example)\n| ch | roi |\n|---|---|\n| TV | 1.4 |');
    expect(html).toContain('<div class="md-h md-h1">Title</div>');
    expect(html).toContain('<b>bold</b> and <i>it</i> <a class="link" href="https://a.example"');
    expect(html).toContain('<th>ch</th><th>roi</th>');
    expect(html).toContain('<td>TV</td><td class="num">1.4</td>');
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href');
  });
});

describe('Block Kit', () => {
  it('renders a section with fields and a button accessory carrying its action id and value', () => {
    const html = renderBlocks([
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*Spend*' },
        fields: [{ type: 'mrkdwn', text: '*TV*\n£1.2M' }, { type: 'plain_text', text: 'Meta :thumbsup:' }],
        accessory: { type: 'button', action_id: 'open', text: { type: 'plain_text', text: 'Open' }, value: 'a"b', style: 'primary' },
      },
    ]);
    expect(html).toContain('<div class="bk-text"><b>Spend</b></div>');
    expect(html).toContain('<div class="bk-field"><b>TV</b><br>£1.2M</div>');
    expect(html).toContain('👍');
    expect(html).toContain('<button type="button" class="bk-button bk-primary" data-action-id="open" data-value="a&quot;b">Open</button>');
  });

  it('renders header, divider, context, image, actions, feedback buttons, table, rich_text and unknown blocks', () => {
    const html = renderBlocks(
      [
        { type: 'header', text: { type: 'plain_text', text: 'Weekly ROI' } },
        { type: 'divider' },
        { type: 'context', elements: [{ type: 'mrkdwn', text: ':mag: *RAG analyst*' }, { type: 'image', image_url: 'https://x.example/i.png', alt_text: 'i' }] },
        { type: 'image', slack_file: { id: 'F123' }, alt_text: 'ROI chart', title: { type: 'plain_text', text: 'ROI' } },
        { type: 'actions', elements: [{ type: 'button', action_id: 'up', text: { type: 'plain_text', text: 'Helpful' }, value: 'v' }] },
        {
          type: 'context_actions',
          elements: [
            { type: 'feedback_buttons', action_id: 'fb', positive_button: { text: { type: 'plain_text', text: 'Good' }, value: 'good' }, negative_button: { text: { type: 'plain_text', text: 'Bad' }, value: 'bad' } },
          ],
        },
        { type: 'table', rows: [[{ type: 'raw_text', text: 'Channel' }, { type: 'raw_text', text: 'ROI' }], [{ type: 'raw_text', text: 'TV' }, { type: 'raw_number', number: 1.4, text: '1.4' }]] },
        { type: 'rich_text', elements: [{ type: 'rich_text_list', style: 'bullet', elements: [{ type: 'rich_text_section', elements: [{ type: 'user', user_id: FAKE_IDS.botUser }, { type: 'text', text: ' bold', style: { bold: true } }] }] }] },
        { type: 'mystery' },
      ],
      ctx,
    );
    expect(html).toContain('<div class="bk bk-header">Weekly ROI</div>');
    expect(html).toContain('<hr class="bk-divider">');
    expect(html).toContain('<b>RAG analyst</b>');
    expect(html).toContain('<img class="bk-context-image" src="https://x.example/i.png"');
    expect(html).toContain('<img class="zoomable" src="/files/F123/image" alt="ROI chart"');
    expect(html).toContain('data-action-id="up" data-value="v"');
    expect(html).toContain('data-action-id="fb" data-value="good"');
    expect(html).toContain('data-action-id="fb" data-value="bad"');
    expect(html).toContain('<th>Channel</th><th>ROI</th>');
    expect(html).toContain('<td class="align-right">1.4</td>');
    expect(html).toContain('<li><span class="mention" data-user="U0MIXBOT">@Mix Analyst</span><b> bold</b></li>');
    expect(html).toContain('Unsupported block: mystery');
  });

  it('puts "(edited)" at the end of the last text block', () => {
    const html = renderBlocks(
      [
        { type: 'section', text: { type: 'mrkdwn', text: 'first' } },
        { type: 'section', text: { type: 'mrkdwn', text: 'last' }, accessory: { type: 'button', action_id: 'x', text: { type: 'plain_text', text: 'X' } } },
        { type: 'actions', elements: [] },
      ],
      {},
      '<span class="edited">(edited)</span>',
    );
    expect(html).toContain('<div class="bk-text">last<span class="edited">(edited)</span></div>');
    expect(html.match(/edited/g)).toHaveLength(2);
  });

  it('shows uploaded images inline (a grid when several) and other files as cards', () => {
    const img = (id: string) => ({ id, name: `${id}.png`, title: `Chart ${id}`, mimetype: 'image/png', filetype: 'png', url_private: `/files/${id}/${id}.png` });
    const csv = { id: 'F9', name: 'table.csv', title: 'Table', mimetype: 'text/csv', filetype: 'csv', size: 2048, url_private: '/files/F9/table.csv', url_private_download: '/files/F9/table.csv?download=1' };
    const one = renderFiles([img('F1')]);
    expect(one).toContain('<div class="file-images">');
    expect(one).toContain('<img class="zoomable" src="/files/F1/F1.png" alt="Chart F1"');
    const several = renderFiles([img('F1'), img('F2'), csv]);
    expect(several).toContain('<div class="file-images multi">');
    expect(several).toContain('href="/files/F9/table.csv?download=1"');
    expect(several).toContain('CSV · 2.0 kB');
  });
});

function storeWith(messages: PageMessage[]): Store {
  const ws = defaultWorkspace();
  const store = new Store();
  store.load({
    team: ws.team,
    bot: { user_id: ws.bot.user_id, bot_id: ws.bot.bot_id, name: 'Mix Analyst' },
    users: ws.users.map(clientUser),
    channels: ws.channels.map(clientChannel),
    messages,
    statuses: [],
    commands: DEFAULT_SLASH_COMMANDS,
    connected: 1,
    wire: [],
  });
  return store;
}

const msg = (ts: string, fields: Partial<PageMessage> = {}): PageMessage => ({ type: 'message', channel: FAKE_IDS.marketing, ts, text: `m${ts}`, user: FAKE_IDS.admin, ...fields });

describe('messages and the store', () => {
  const root = msg('1700000000.000100', { reply_count: 2, reply_users: [FAKE_IDS.botUser], latest_reply: '1700000010.000000', thread_ts: '1700000000.000100' });
  const reply = msg('1700000005.000000', { thread_ts: root.ts, user: FAKE_IDS.botUser, bot_id: FAKE_IDS.botId, text: '*answer*' });
  const secret = msg('1700000006.000000', { user: FAKE_IDS.botUser, ephemeral_to: FAKE_IDS.analyst, text: 'only Sam' });
  const follow = msg('1700000060.000000');
  const store = storeWith([root, reply, secret, follow]);

  it('lists top-level messages per viewer (ephemerals only to their user) and threads', () => {
    expect(store.channelMessages(FAKE_IDS.marketing, FAKE_IDS.admin).map((m) => m.ts)).toEqual([root.ts, follow.ts]);
    expect(store.channelMessages(FAKE_IDS.marketing, FAKE_IDS.analyst).map((m) => m.ts)).toEqual([root.ts, secret.ts, follow.ts]);
    expect(store.threadMessages(FAKE_IDS.marketing, root.ts, FAKE_IDS.admin).map((m) => m.ts)).toEqual([root.ts, reply.ts]);
  });

  it('shows each person their channels and their own DM with the app', () => {
    const alex = store.sidebar(FAKE_IDS.admin);
    expect(alex.channels.map((c) => c.name)).toEqual(['marketing', 'mmm-digest', 'random']);
    expect(alex.dms.map((c) => c.id)).toEqual([FAKE_IDS.adminDm]);
    expect(store.dmPartner(alex.dms[0]!, FAKE_IDS.admin)?.real_name).toBe('Mix Analyst');
    expect(store.sidebar(FAKE_IDS.analyst).dms.map((c) => c.id)).toEqual([FAKE_IDS.analystDm]);
  });

  it('renders a root with its reply count, the app badge on bot messages and the ephemeral label', () => {
    const html = messageHtml(root, { store, viewer: FAKE_IDS.admin });
    expect(html).toContain('<span class="reply-count">2 replies</span>');
    expect(html).toContain('data-open-thread="1700000000.000100"');
    const bot = messageHtml(reply, { store, viewer: FAKE_IDS.admin, inThread: true });
    expect(bot).toContain('<span class="msg-author">Mix Analyst</span><span class="app-badge">APP</span>');
    expect(bot).toContain('<b>answer</b>');
    expect(messageHtml(secret, { store, viewer: FAKE_IDS.analyst })).toContain('Only visible to you');
  });

  it('groups follow-ups by the same person within five minutes, with day dividers', () => {
    expect(isFollowUp(msg('1700000000.000000'), msg('1700000100.000000'))).toBe(true);
    expect(isFollowUp(msg('1700000000.000000'), msg('1700000400.000000'))).toBe(false);
    expect(isFollowUp(msg('1700000000.000000'), msg('1700000100.000000', { user: FAKE_IDS.analyst }))).toBe(false);
    const items = messageItems([msg('1700000000.000000'), msg('1700000100.000000')], { store, viewer: FAKE_IDS.admin });
    expect(items.map((i) => i.key)).toEqual([expect.stringMatching(/^day-/), 'm-1700000000.000000', 'm-1700000100.000000']);
    expect(items[2]!.html).toMatch(/^<div class="msg compact"/);
  });

  it('shows the "is thinking…" status under the thread root, cycling its loading messages', () => {
    store.setStatus({ channel: FAKE_IDS.marketing, thread_ts: root.ts, status: 'is thinking…', loading_messages: ['Reading the data…'] });
    expect(messageHtml(root, { store, viewer: FAKE_IDS.admin })).toContain('Mix Analyst is thinking…');
    expect(statusText(store.status(FAKE_IDS.marketing, root.ts)!, 'Mix Analyst', 1)).toBe('Reading the data…');
    store.setStatus({ channel: FAKE_IDS.marketing, thread_ts: root.ts, status: '' });
    expect(messageHtml(root, { store, viewer: FAKE_IDS.admin })).not.toContain('thread-status');
  });

  it('renders a message being streamed as Markdown with a cursor, then as Block Kit once updated', () => {
    const streaming = msg('1700000007.000000', { thread_ts: root.ts, user: FAKE_IDS.botUser, text: '**CPM** so far', streaming: true, is_stream: true });
    const live = messageHtml(streaming, { store, viewer: FAKE_IDS.admin, inThread: true });
    expect(live).toContain('<b>CPM</b> so far');
    expect(live).toContain('stream-cursor');
    const done = { ...streaming, streaming: false, edited: { user: FAKE_IDS.botUser, ts: '1' }, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*CPM* final' } }] };
    const final = messageHtml(done, { store, viewer: FAKE_IDS.admin, inThread: true });
    expect(final).toContain('<b>CPM</b> final<span class="edited">(edited)</span>');
    expect(final).not.toContain('stream-cursor');
  });

  it('introduces channels and DMs with examples to try, and says when the app is not invited', () => {
    const marketing = store.channels.get(FAKE_IDS.marketing)!;
    const channelIntro = introHtml(marketing, store, FAKE_IDS.admin);
    expect(channelIntro).toContain('This is the very beginning of the');
    expect(channelIntro).toContain('data-fill="@Mix Analyst what did we pay per thousand impressions on Meta in Q2 2025?"');
    expect(channelIntro).toContain('data-fill="/mmm optimize 2M"');
    const dm = introHtml(store.channels.get(FAKE_IDS.analystDm)!, store, FAKE_IDS.analyst);
    expect(dm).toContain('just between you and <b>Mix Analyst</b>');
    expect(dm).toContain('data-fill="show me the TikTok creatives for the Vento launch"');
    expect(introHtml(store.channels.get(FAKE_IDS.random)!, store, FAKE_IDS.admin)).toContain('is not in this channel');
    expect(wireLineHtml({ direction: 'in', label: 'events_api · app_mention', ok: false, detail: 'not acked', at: 0 })).toMatch(/class="fail in".*▸ app.*events_api · app_mention.*not acked/);
  });

  it('keeps page-only notes across a snapshot reload', () => {
    const s = storeWith([]);
    s.addNotice({ channel: FAKE_IDS.marketing, text: '`/x` is not a valid command' }, FAKE_IDS.admin, 1_700_000_000_000);
    expect(s.channelMessages(FAKE_IDS.marketing, FAKE_IDS.admin)).toHaveLength(1);
    expect(s.channelMessages(FAKE_IDS.marketing, FAKE_IDS.analyst)).toHaveLength(0);
    expect(s.author(s.channelMessages(FAKE_IDS.marketing, FAKE_IDS.admin)[0]!).isSlackbot).toBe(true);
  });
});

describe('composer completions', () => {
  it('offers people after @ and commands after a leading /', () => {
    expect(completionQuery('hi @mi', 6)).toEqual({ kind: 'user', query: 'mi', start: 3 });
    expect(completionQuery('@Mix An', 7)).toEqual({ kind: 'user', query: 'mix an', start: 0 });
    expect(completionQuery('@Mix Analyst ', 13)).toBeUndefined();
    expect(completionQuery('mail sam@x', 10)).toBeUndefined();
    expect(completionQuery('/mm', 3)).toEqual({ kind: 'command', query: 'mm', start: 0 });
    expect(completionQuery('/mmm optimize', 13)).toBeUndefined();
  });

  it('matches names by any word and commands by prefix', () => {
    const users = defaultWorkspace().users;
    expect(matchUsers(users, 'mix an').map((u) => u.id)).toEqual([FAKE_IDS.botUser]);
    expect(matchUsers(users, 'morgan').map((u) => u.id)).toEqual([FAKE_IDS.admin]);
    expect(matchUsers(users, '')).toHaveLength(3);
    expect(matchCommands(DEFAULT_SLASH_COMMANDS, 're').map((c) => c.command)).toEqual(['/reindex']);
  });
});
