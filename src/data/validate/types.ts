/** One named validation check over generated files. */
export interface CheckResult {
  name: string;
  ok: boolean;
  /** One line; on failure it names the file and row. */
  message: string;
  /** File relative to the data dir, and the 1-based data row where a failure was found. */
  file?: string;
  row?: number;
}

export type Check = (dataDir: string) => Promise<CheckResult> | CheckResult;
