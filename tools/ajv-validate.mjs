#!/usr/bin/env node
// Validate JSON documents with Ajv (Draft 2020-12) against the shipped schemas,
// offline: every schema is read from disk, nothing is fetched.
//
//   node tools/ajv-validate.mjs SCHEMA FILE...
//
// SCHEMA is either one of schemas/*.schema.json (every *.schema.json beside it
// is added too, keyed by its file name, which is what their relative $refs
// name) or the single-file schemas/bundle/indo-us-dialogue.schema.json.
// Needs `npm ci --prefix tools` (ajv). Exit status: 0 all valid, 1 some
// document is invalid, 2 the input cannot be read.

import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";

function main(argv) {
  if (argv.length < 2) {
    console.error("usage: node ajv-validate.mjs SCHEMA FILE...");
    return 2;
  }
  const [schemaPath, ...documents] = argv;
  // strict: Ajv refuses unknown keywords and ambiguous schemas, so this also checks the schemas.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  let validate;
  try {
    const folder = dirname(schemaPath);
    for (const name of readdirSync(folder).filter((entry) => entry.endsWith(".schema.json"))) {
      ajv.addSchema(JSON.parse(readFileSync(join(folder, name), "utf8")), name);
    }
    validate = ajv.getSchema(basename(schemaPath));
  } catch (error) {
    console.error(`ajv-validate: ${error.message}`);
    return 2;
  }
  let status = 0;
  for (const path of documents) {
    let document;
    try {
      document = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      console.error(`ajv-validate: ${error.message}`);
      return 2;
    }
    if (validate(document)) {
      console.log(`${path}: valid`);
    } else {
      status = 1;
      for (const error of validate.errors) console.log(`${path}: ${error.instancePath || "/"} ${error.message}`);
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
