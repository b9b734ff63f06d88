/** The reply's bullet line for one group ("• Albion Broadcasting Group: …"), or '' when there is none. */
export const lineOf = (reply: string, group: string): string => reply.split('\n').find((l) => l.startsWith(`• ${group}:`)) ?? '';
