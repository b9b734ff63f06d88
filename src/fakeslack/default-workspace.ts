import type { FakeChannel, FakeUser, WorkspaceSeed } from './types.js';

/** Well-known ids of the default fake workspace, for tests and the sandbox. */
export const FAKE_IDS = {
  team: 'T0MIXFAKE',
  botUser: 'U0MIXBOT',
  botId: 'B0MIXBOT',
  appId: 'A0MIXAPP',
  admin: 'U0ADMIN01',
  analyst: 'U0PLANNER',
  marketing: 'C0MARKETING',
  digest: 'C0MMMDIGEST',
  random: 'C0RANDOM',
  adminDm: 'D0ADMINDM',
  analystDm: 'D0PLANNERDM',
} as const;

const users: FakeUser[] = [
  {
    id: FAKE_IDS.admin,
    name: 'alex',
    real_name: 'Alex Morgan (admin)',
    is_admin: true,
    is_owner: false,
    is_bot: false,
    tz: 'Europe/London',
  },
  {
    id: FAKE_IDS.analyst,
    name: 'sam',
    real_name: 'Sam Patel',
    is_admin: false,
    is_owner: false,
    is_bot: false,
    tz: 'Europe/London',
  },
  {
    id: FAKE_IDS.botUser,
    name: 'mix-analyst',
    real_name: 'Mix Analyst',
    is_admin: false,
    is_owner: false,
    is_bot: true,
    tz: 'Europe/London',
    bot_id: FAKE_IDS.botId,
  },
];

const humans = [FAKE_IDS.admin, FAKE_IDS.analyst];
const created = 1_700_000_000;

const channels: FakeChannel[] = [
  {
    id: FAKE_IDS.marketing,
    name: 'marketing',
    is_im: false,
    is_private: false,
    members: [...humans, FAKE_IDS.botUser],
    created,
    topic: 'Media plans, results and questions for the analyst',
  },
  {
    id: FAKE_IDS.digest,
    name: 'mmm-digest',
    is_im: false,
    is_private: false,
    members: [...humans, FAKE_IDS.botUser],
    created,
    topic: 'Weekly channel-ROI digest',
  },
  {
    id: FAKE_IDS.random,
    name: 'random',
    is_im: false,
    is_private: false,
    // The app was not invited here: Slack delivers no events and refuses posts.
    members: [...humans],
    created,
  },
  { id: FAKE_IDS.adminDm, name: FAKE_IDS.admin, is_im: true, is_private: true, user: FAKE_IDS.admin, members: [FAKE_IDS.admin, FAKE_IDS.botUser], created },
  {
    id: FAKE_IDS.analystDm,
    name: FAKE_IDS.analyst,
    is_im: true,
    is_private: true,
    user: FAKE_IDS.analyst,
    members: [FAKE_IDS.analyst, FAKE_IDS.botUser],
    created,
  },
];

/** A small marketing workspace: an admin, a planner, #marketing, #mmm-digest, #random (bot not invited), DMs. */
export function defaultWorkspace(): WorkspaceSeed {
  return {
    team: { id: FAKE_IDS.team, name: 'Halden Motors (sandbox)', domain: 'halden-sandbox' },
    bot: { user_id: FAKE_IDS.botUser, bot_id: FAKE_IDS.botId, app_id: FAKE_IDS.appId, name: 'mix-analyst' },
    users: users.map((u) => ({ ...u })),
    channels: channels.map((c) => ({ ...c, members: [...c.members] })),
  };
}
