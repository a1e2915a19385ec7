#!/usr/bin/env node
// Runs the TypeScript CLI in this same process through tsx's loader, so a fresh clone needs no
// build step and signals (Ctrl-C, SIGTERM, SIGKILL) reach the node itself, not a wrapper.
import { register } from "tsx/esm/api";

register();
await import("../node/cli/main.ts");
