/** Types for bench/adversarialCases.mjs, so a TypeScript test can check the cases' sizes. */
export interface AdversarialCase {
  id: string;
  table: string;
  label: string;
  unit: string;
  sizes: number[];
  overTarget?: boolean;
  memory?: boolean;
  realistic?: boolean;
  make: (size: number) => { letter: string; press: string };
}
export const CASES: AdversarialCase[];
