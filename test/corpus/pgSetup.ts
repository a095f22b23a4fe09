/**
 * vitest globalSetup: says once, in one line, when the PostgreSQL backend's corpus tests are skipped
 * (no $PRESSCHECK_TEST_PG). `.ci/run` starts a throwaway server and sets it.
 */
export default function setup(): void {
  if (!process.env.PRESSCHECK_TEST_PG)
    process.stdout.write(
      "corpus: PostgreSQL tests skipped (set PRESSCHECK_TEST_PG=postgres://USER@HOST:PORT/DB; .ci/run does)\n",
    );
}
