// Placeholder until the dataset generator and Slack app land.
process.stdout.write('Mix Analyst: nothing to start yet.\n');
