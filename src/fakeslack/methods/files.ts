import { extname } from 'node:path';
import type { FakeFile, FakeFileRef } from '../types.js';
import { messageContent } from './chat.js';
import { type MethodContext, type MethodHandler, SlackApiError, botChannel, botMessage, json, required, rootOf, str } from './context.js';

const TYPES: Record<string, { mimetype: string; filetype: string; pretty: string }> = {
  '.png': { mimetype: 'image/png', filetype: 'png', pretty: 'PNG' },
  '.jpg': { mimetype: 'image/jpeg', filetype: 'jpg', pretty: 'JPEG' },
  '.jpeg': { mimetype: 'image/jpeg', filetype: 'jpg', pretty: 'JPEG' },
  '.gif': { mimetype: 'image/gif', filetype: 'gif', pretty: 'GIF' },
  '.csv': { mimetype: 'text/csv', filetype: 'csv', pretty: 'CSV' },
  '.json': { mimetype: 'application/json', filetype: 'json', pretty: 'JSON' },
  '.md': { mimetype: 'text/markdown', filetype: 'markdown', pretty: 'Markdown' },
  '.txt': { mimetype: 'text/plain', filetype: 'text', pretty: 'Plain Text' },
};

export function fileType(name: string): { mimetype: string; filetype: string; pretty: string } {
  return TYPES[extname(name).toLowerCase()] ?? { mimetype: 'application/octet-stream', filetype: 'binary', pretty: 'Binary' };
}

export function fileRef(f: FakeFile): FakeFileRef {
  const { user: _u, created: _c, bytes: _b, channels: _ch, uploaded: _up, declared_length: _d, ...ref } = f;
  return ref;
}

function wireFile(ctx: MethodContext, f: FakeFile): Record<string, unknown> {
  return {
    ...fileRef(f),
    created: f.created,
    timestamp: f.created,
    user: f.user,
    user_team: ctx.ws.team.id,
    pretty_type: fileType(f.name).pretty,
    editable: false,
    mode: 'hosted',
    is_external: false,
    external_type: '',
    is_public: f.channels.some((c) => !ctx.ws.channels.get(c)?.is_private),
    public_url_shared: false,
    display_as_bot: false,
    username: '',
    comments_count: 0,
    is_starred: false,
    channels: f.channels.filter((c) => !ctx.ws.channels.get(c)?.is_private),
    groups: [],
    ims: f.channels.filter((c) => ctx.ws.channels.get(c)?.is_im),
  };
}

const getUploadURLExternal: MethodHandler = (ctx, args) => {
  const filename = required(args, 'filename');
  const length = Number(required(args, 'length'));
  if (!Number.isInteger(length) || length <= 0) throw new SlackApiError('invalid_arguments');
  const id = ctx.ws.nextId('F');
  const t = fileType(filename);
  const url = `${ctx.baseUrl()}/files/${id}/${encodeURIComponent(filename)}`;
  const alt = str(args, 'alt_txt') ?? str(args, 'alt_text');
  ctx.ws.files.set(id, {
    id,
    name: filename,
    title: filename,
    mimetype: t.mimetype,
    filetype: t.filetype,
    size: 0,
    url_private: url,
    url_private_download: `${url}?download=1`,
    permalink: `${ctx.baseUrl()}/files/${id}`,
    ...(alt ? { alt_txt: alt } : {}),
    user: ctx.ws.bot.user_id,
    created: Math.floor(ctx.ws.now() / 1000),
    channels: [],
    uploaded: false,
    declared_length: length,
  });
  return { upload_url: `${ctx.baseUrl()}/upload/v1/${id}`, file_id: id };
};

const completeUploadExternal: MethodHandler = (ctx, args) => {
  const list = json<{ id: string; title?: string }[]>(args, 'files');
  if (!Array.isArray(list) || list.length === 0) throw new SlackApiError('invalid_arguments');
  const files = list.map((entry) => {
    const f = ctx.ws.files.get(entry.id);
    if (!f) throw new SlackApiError('file_not_found');
    if (!f.uploaded || !f.bytes) throw new SlackApiError('file_upload_not_found');
    if (f.bytes.length !== f.declared_length) throw new SlackApiError('file_upload_size_mismatch');
    if (entry.title) f.title = entry.title;
    return f;
  });
  const channelArg = str(args, 'channel_id') ?? str(args, 'channels')?.split(',')[0];
  if (channelArg) {
    const ch = botChannel(ctx, channelArg);
    const content = messageContent(args, false);
    const comment = str(args, 'initial_comment') ?? content.text;
    const threadTs = rootOf(ctx, ch.id, str(args, 'thread_ts'));
    for (const f of files) if (!f.channels.includes(ch.id)) f.channels.push(ch.id);
    const message = botMessage(ctx, {
      channel: ch.id,
      text: comment,
      files: files.map(fileRef),
      via: 'upload',
      ...(content.blocks ? { blocks: content.blocks } : {}),
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    ctx.ws.add(message);
    ctx.onBotMessage(message);
  }
  for (const f of files) ctx.ws.emitChange({ type: 'file_uploaded', file: fileRef(f) });
  return { files: files.map((f) => wireFile(ctx, f)) };
};

const filesInfo: MethodHandler = (ctx, args) => {
  const f = ctx.ws.files.get(required(args, 'file'));
  if (!f || !f.uploaded) throw new SlackApiError('file_not_found');
  return { file: wireFile(ctx, f) };
};

export const fileMethods: Record<string, MethodHandler> = {
  'files.getUploadURLExternal': getUploadURLExternal,
  'files.completeUploadExternal': completeUploadExternal,
  'files.info': filesInfo,
};
