/** Node's arguments for `parallax <args…>` (see cli-node.mjs). */
export function cliNodeArgs(args: string[]): string[];
