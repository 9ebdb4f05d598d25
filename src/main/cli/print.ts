/** How a CLI command writes a line to standard output (tests pass a collector). */
export type Print = (line: string) => void;
