#!/usr/bin/env node
// Check every evidence span of an indo_us_dialogue JSON export against the
// normalised source texts, in plain Node.js: no Python, no npm packages.
//
//   node tools/check-spans.mjs DATASET.json TEXTS_DIR
//
// DATASET.json is a whole-dataset document (the packaged
// src/indo_us_dialogue/data/dataset.json, or `indo-us-dialogue export --format json`);
// TEXTS_DIR holds one UTF-8 file per source, named after its `file_name`
// (the repository's texts/, or `indo-us-dialogue export --format texts`).
//
// Evidence `start`/`end` count Unicode code points, not UTF-16 code units, so
// `text.slice(start, end)` is wrong as soon as a character outside the Basic
// Multilingual Plane comes first. Index the array of code points instead:
// `Array.from(text).slice(start, end).join("")`.
//
// Each span also carries `utf16_start`/`utf16_end` (where computed): offsets in
// UTF-16 code units, so `text.slice(utf16_start, utf16_end)` works directly;
// both ways of slicing are checked.
//
// Exit status: 0 every span matches, 1 some span does not, 2 the input cannot be read.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The code points of `text`, as an array of one-character strings. */
export function codePoints(text) {
  return Array.from(text);
}

/** Every evidence object in `value`, with its JSON path: objects in an array under the key "evidence". */
export function* evidenceSpans(value, path = "$") {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) yield* evidenceSpans(value[i], `${path}[${i}]`);
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const itemPath = `${path}.${key}`;
      if (key === "evidence" && Array.isArray(item)) {
        for (let i = 0; i < item.length; i += 1) yield { path: `${itemPath}[${i}]`, evidence: item[i] };
      } else {
        yield* evidenceSpans(item, itemPath);
      }
    }
  }
}

/**
 * Check every span of `dataset` against the texts `readText(fileName)` returns.
 * Returns { checked, problems: [{ path, message }] }.
 */
export function checkSpans(dataset, readText) {
  const fileNames = new Map((dataset.sources ?? []).map((source) => [source.id, source.file_name]));
  const texts = new Map();
  const problems = [];
  let checked = 0;
  for (const { path, evidence } of evidenceSpans(dataset)) {
    checked += 1;
    const fileName = fileNames.get(evidence.source);
    if (fileName === undefined) {
      problems.push({ path: `${path}.source`, message: `no source has id ${JSON.stringify(evidence.source)}` });
      continue;
    }
    if (!texts.has(fileName)) {
      const raw = readText(fileName);
      texts.set(fileName, { raw, points: codePoints(raw) });
    }
    const { raw, points } = texts.get(fileName);
    const { start, end, text } = evidence;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= points.length)) {
      problems.push({ path, message: `offsets [${start}, ${end}) do not fit a text of ${points.length} code points` });
      continue;
    }
    const found = points.slice(start, end).join("");
    if (found !== text) {
      problems.push({
        path: `${path}.text`,
        message: `code points [${start}, ${end}) of ${fileName} are ${JSON.stringify(found)}, not ${JSON.stringify(text)}`,
      });
    }
    const { utf16_start: u16Start, utf16_end: u16End } = evidence;
    if (u16Start !== undefined && u16Start !== null) {
      const sliced = raw.slice(u16Start, u16End);
      if (sliced !== text) {
        problems.push({
          path: `${path}.utf16_start`,
          message: `UTF-16 code units [${u16Start}, ${u16End}) of ${fileName} are ${JSON.stringify(sliced)}, not ${JSON.stringify(text)}`,
        });
      }
    }
  }
  return { checked, problems };
}

function main(argv) {
  if (argv.length !== 2) {
    console.error("usage: node check-spans.mjs DATASET.json TEXTS_DIR");
    return 2;
  }
  const [datasetPath, textsDir] = argv;
  let result;
  try {
    const dataset = JSON.parse(readFileSync(datasetPath, "utf8"));
    result = checkSpans(dataset, (fileName) => readFileSync(join(textsDir, fileName), "utf8"));
  } catch (error) {
    console.error(`check-spans: ${error.message}`);
    return 2;
  }
  for (const { path, message } of result.problems) console.log(`${path}: ${message}`);
  // A span can fail both ways of slicing: count spans, not problems.
  const failed = new Set(result.problems.map((problem) => problem.path.replace(/\.(text|source|utf16_start)$/, "")));
  console.log(`${result.checked} spans checked, ${failed.size} do not match`);
  return result.problems.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
