/** End-to-end Slack tests run on a private copy of the shared full dataset (test/helpers/full-data.ts). */
import { fullDataCopy } from '../../helpers/full-data.js';

export function slackDataCopy(): Promise<string> {
  return fullDataCopy('mix-slack-e2e-');
}
