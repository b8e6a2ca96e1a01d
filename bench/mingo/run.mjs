// Runs the library's aggregation pipelines under mingo 7, for the analytics benchmark (bench/Analytics).
//
//   node run.mjs <data folder> <pipelines.json> <runs> <budget seconds> <cap seconds>
//
// The data folder holds one Extended JSON file per collection (<collection>.jsonl, one document a line),
// written by the C# side. mingo works on plain JavaScript values, so while loading (not timed):
// Decimal128 becomes a Number (a double: sums are no longer exact), dates become Date objects,
// 64-bit integers become Numbers. Only the aggregation itself is timed, each run on the same arrays.
//
// Timing per pipeline: a run under a second is a warm-up (JIT) and is not counted; then up to <runs>
// timed runs while they fit in <budget> seconds (a slow pipeline's first run counts as its only run).
// mingo runs synchronously, so the pipelines run in a worker thread that the main thread stops when
// one pipeline passes <cap> seconds (reported as stopped, with the cap as a lower bound of its time);
// a new worker reloads the data and goes on with the next pipeline.
//
// Prints one JSON object on stdout: versions, load time, and per pipeline its run times (ms), the
// number of result documents and the first one, or why mingo could not run it.
import { readFileSync, createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { performance } from "node:perf_hooks";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { Aggregator } from "mingo";

/** Extended JSON (canonical or relaxed) wrappers to plain JavaScript values. */
function revive(_key, value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0][0] !== "$") return value;
  const inner = value[keys[0]];
  switch (keys[0]) {
    case "$numberDecimal":
    case "$numberLong":
    case "$numberInt":
    case "$numberDouble":
      return Number(inner);
    case "$date":
      return new Date(typeof inner === "object" ? Number(inner.$numberLong) : inner);
    case "$oid":
      return inner;
    default:
      return value;
  }
}

/** "mingo lacks $x" when mingo says it does not know an operator, else the error's first line. */
function why(error) {
  const message = String(error?.message ?? error).split("\n")[0];
  const operator = /\$[A-Za-z]+/.exec(message);
  const lacks = /unregistered|not registered|unknown|unsupported|not supported/i.test(message);
  return lacks && operator ? `mingo lacks ${operator[0]}` : `mingo error: ${message}`;
}

function readPipelines(file) {
  return JSON.parse(readFileSync(file, "utf8"), revive);
}

async function load(folder, collection) {
  const documents = [];
  const lines = createInterface({ input: createReadStream(`${folder}/${collection}.jsonl`), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.length > 0) documents.push(JSON.parse(line, revive));
  }
  return documents;
}

/** Worker: loads the data, then runs the pipelines from workerData.start on, reporting each. */
async function work({ folder, pipelinesFile, runs, budgetMs, start }) {
  const pipelines = readPipelines(pipelinesFile);
  const names = [...new Set(pipelines.flatMap((p) => [p.collection, ...(JSON.stringify(p.pipeline).match(/"from":"[^"]+"/g) ?? []).map((m) => m.slice(8, -1))]))];
  const collections = {};
  const loadStart = performance.now();
  for (const name of names) collections[name] = await load(folder, name);
  parentPort.postMessage({ loaded: performance.now() - loadStart });
  const options = { collectionResolver: (name) => collections[name] };
  for (let index = start; index < pipelines.length; index++) {
    const { name, collection, pipeline } = pipelines[index];
    parentPort.postMessage({ started: index });
    const run = () => {
      const begin = performance.now();
      const output = new Aggregator(pipeline, options).run(collections[collection]);
      return [performance.now() - begin, output];
    };
    try {
      let [first, output] = run();
      const times = first < 1000 ? [] : [first];
      let spent = first;
      while (times.length < runs && spent + (times.at(-1) ?? first) <= budgetMs) {
        const [ms, again] = run();
        times.push(ms);
        spent += ms;
        output = again;
      }
      parentPort.postMessage({ result: { name, ms: times, rows: output.length, first: output[0] ?? null, error: null } });
    } catch (e) {
      parentPort.postMessage({ result: { name, ms: [], rows: 0, first: null, error: why(e) } });
    }
  }
  parentPort.postMessage({ done: true });
}

/** Main: runs workers, stops one whose pipeline passes the cap, prints the results as JSON. */
async function main() {
  const [folder, pipelinesFile, runsText, budgetText, capText] = process.argv.slice(2);
  const settings = {
    folder,
    pipelinesFile,
    runs: Math.max(1, Number(runsText ?? 3)),
    budgetMs: 1000 * Number(budgetText ?? 10),
  };
  const capMs = 1000 * Number(capText ?? 30);
  const pipelines = readPipelines(pipelinesFile);
  const results = [];
  let loadMs = 0;
  let start = 0;
  while (start < pipelines.length) {
    start = await new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { ...settings, start },
        resourceLimits: { maxOldGenerationSizeMb: 12288 },
      });
      let current = start;
      let startedAt = null;
      const watch = setInterval(() => {
        if (startedAt !== null && performance.now() - startedAt > capMs) {
          clearInterval(watch);
          results.push({ name: pipelines[current].name, ms: [capMs], rows: 0, first: null, error: null, stopped: true });
          worker.terminate().then(() => resolve(current + 1));
        }
      }, 200);
      worker.on("message", (message) => {
        if (message.loaded !== undefined) loadMs = Math.max(loadMs, message.loaded);
        if (message.started !== undefined) {
          current = message.started;
          startedAt = performance.now();
        }
        if (message.result) results.push(message.result);
        if (message.done) {
          clearInterval(watch);
          resolve(pipelines.length);
        }
      });
      worker.on("error", (error) => {
        clearInterval(watch);
        reject(error);
      });
    });
  }

  const version = JSON.parse(readFileSync(new URL("./node_modules/mingo/package.json", import.meta.url), "utf8")).version;
  process.stdout.write(JSON.stringify({ node: process.version, mingo: version, loadMs, results }));
}

if (isMainThread) {
  await main();
} else {
  await work(workerData);
}
