/** Whether out/main/cli.js is at least as new as every source it is built from (bin/cli-bundle.js). */
export function cliBundleIsCurrent(root: string): boolean;
