#!/usr/bin/env node
"use strict";
// The CLI, loaded through V8's code cache: see src/launch.ts.
require("../dist/launch.cjs").launch();
