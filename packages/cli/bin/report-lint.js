#!/usr/bin/env node
import { main } from "../dist/cli.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`report-lint: 内部错误：${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
