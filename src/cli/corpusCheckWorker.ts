/** Worker-thread entry of `check --corpus`: checks articles against the index, one job per article. */
import { parentPort, workerData } from "node:worker_threads";
import { ArticleChecker, BatchSettingsSchema } from "./corpusBatch.js";
import { workerMain } from "./workerPool.js";

if (parentPort) {
  const checker = new ArticleChecker(BatchSettingsSchema.parse(workerData));
  workerMain(parentPort, (path: string) => checker.check(path));
}
