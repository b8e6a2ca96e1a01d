// Runs the library's aggregation pipelines under mingo 7, for the analytics benchmark (bench/Analytics).
//
//   node run.mjs <data folder> <pipelines.json> <runs> [budget seconds per pipeline]
//
// The data folder holds one Extended JSON file per collection (<collection>.jsonl, one document a line),
// written by the C# side. mingo works on plain JavaScript values, so while loading (not timed):
// Decimal128 becomes a Number (a double: sums are no longer exact), dates become Date objects,
// 64-bit integers become Numbers. Only the aggregation itself is timed, each run on the same arrays.
// Prints one JSON object on stdout: versions, load time, and per pipeline its run times (ms), the
// number of result documents and the first one, or why mingo could not run it.
import { readFileSync, createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { performance } from "node:perf_hooks";
import { Aggregator } from "mingo";

const [dataFolder, pipelinesFile, runsText, budgetText] = process.argv.slice(2);
const runs = Math.max(1, Number(runsText ?? 3));
const budgetMs = 1000 * Number(budgetText ?? 60);

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

async function load(collection) {
  const documents = [];
  const lines = createInterface({ input: createReadStream(`${dataFolder}/${collection}.jsonl`), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.length > 0) documents.push(JSON.parse(line, revive));
  }
  return documents;
}

/** "n/a (mingo lacks $x)" when mingo names an operator it does not know, else the error's first line. */
function why(error) {
  const message = String(error?.message ?? error).split("\n")[0];
  const operator = /\$[A-Za-z]+/.exec(message);
  const lacks = /unregistered|not registered|unknown|unsupported|not supported/i.test(message);
  return lacks && operator ? `mingo lacks ${operator[0]}` : `mingo error: ${message}`;
}

const pipelines = JSON.parse(readFileSync(pipelinesFile, "utf8"), revive);
const names = [...new Set(pipelines.flatMap((p) => [p.collection, ...lookups(p.pipeline)]))];
const collections = {};
const loadStart = performance.now();
for (const name of names) collections[name] = await load(name);
const loadMs = performance.now() - loadStart;
const options = { collectionResolver: (name) => collections[name] };

function lookups(stages) {
  return JSON.stringify(stages).match(/"from":"[^"]+"/g)?.map((m) => m.slice(8, -1)) ?? [];
}

const results = [];
for (const { name, collection, pipeline } of pipelines) {
  const times = [];
  let output = [];
  let error = null;
  try {
    // A first run warms the JIT up (the C# side gets one too). When runs would take longer than the
    // budget, that first run is the figure: repeating would not change the verdict.
    const start = performance.now();
    output = new Aggregator(pipeline, options).run(collections[collection]);
    const first = performance.now() - start;
    if (first * runs > budgetMs) {
      times.push(first);
    } else {
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        output = new Aggregator(pipeline, options).run(collections[collection]);
        times.push(performance.now() - start);
      }
    }
  } catch (e) {
    error = why(e);
  }

  results.push({ name, ms: times, rows: output.length, first: output[0] ?? null, error });
}

const version = JSON.parse(readFileSync(new URL("./node_modules/mingo/package.json", import.meta.url), "utf8")).version;
process.stdout.write(JSON.stringify({ node: process.version, mingo: version, loadMs, results }));
