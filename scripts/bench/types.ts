export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** e.g. "< 2000 ms" */
  target?: string;
  note?: string;
}
