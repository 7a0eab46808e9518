/** The built-in rules, sorted by id; a test checks this list equals the files in this folder. */
import type { Rule } from '../src/engine/rule';
import bytecodeNotIgnored from './bytecode-not-ignored';
import bytecodeTracked from './bytecode-tracked';
import misspelledInit from './misspelled-init';
import missingInit from './missing-init';
import sourcelessBytecode from './sourceless-bytecode';

export const builtinRules: readonly Rule[] = [bytecodeNotIgnored, bytecodeTracked, missingInit, misspelledInit, sourcelessBytecode];
