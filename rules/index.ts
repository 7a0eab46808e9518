/** The built-in rules, sorted by id; a test checks this list equals the files in this folder. */
import type { Rule } from '../src/engine/rule';
import allDuplicate from './all-duplicate';
import allImplicitConcat from './all-implicit-concat';
import allNonString from './all-non-string';
import allNotSequence from './all-not-sequence';
import allUndefined from './all-undefined';
import allUnsorted from './all-unsorted';
import allUnsupportedForm from './all-unsupported-form';
import bytecodeNotIgnored from './bytecode-not-ignored';
import bytecodeTracked from './bytecode-tracked';
import distOmitsPackage from './dist-omits-package';
import distShipsGenericPackage from './dist-ships-generic-package';
import duplicateModuleName from './duplicate-module-name';
import implicitNamespacePackage from './implicit-namespace-package';
import implicitReexport from './implicit-reexport';
import importCaseMismatch from './import-case-mismatch';
import importSelf from './import-self';
import invalidModuleName from './invalid-module-name';
import missingInit from './missing-init';
import misspelledInit from './misspelled-init';
import modulePackageCollision from './module-package-collision';
import packageIgnored from './package-ignored';
import pyTyped from './py-typed';
import relativeBeyondTopLevel from './relative-beyond-top-level';
import shadowedModule from './shadowed-module';
import sourcelessBytecode from './sourceless-bytecode';
import starImportLeak from './star-import-leak';
import strayInit from './stray-init';
import stubWithoutSource from './stub-without-source';

export const builtinRules: readonly Rule[] = [
  allDuplicate,
  allImplicitConcat,
  allNonString,
  allNotSequence,
  allUndefined,
  allUnsorted,
  allUnsupportedForm,
  bytecodeNotIgnored,
  bytecodeTracked,
  distOmitsPackage,
  distShipsGenericPackage,
  duplicateModuleName,
  implicitNamespacePackage,
  implicitReexport,
  importCaseMismatch,
  importSelf,
  invalidModuleName,
  missingInit,
  misspelledInit,
  modulePackageCollision,
  packageIgnored,
  pyTyped,
  relativeBeyondTopLevel,
  shadowedModule,
  sourcelessBytecode,
  starImportLeak,
  strayInit,
  stubWithoutSource,
];
