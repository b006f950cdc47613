#!/usr/bin/env node
// The `onsite` command. Onsite ships TypeScript sources (no build step), so
// this launcher registers tsx's loader in-process and runs the CLI from source.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
