/** The five seed failures of design.md, in the order of its table's story. */
import { binfmtSeed } from './cases/binfmt.js';
import { clusterSeed } from './cases/cluster.js';
import { kernelSeed } from './cases/kernel.js';
import { lib64Seed } from './cases/lib64.js';
import { mirrorSeed } from './cases/mirror.js';
import type { Seed } from './seed.js';

export const SEEDS: readonly Seed[] = [binfmtSeed, lib64Seed, mirrorSeed, kernelSeed, clusterSeed];
