/**
 * The import workflow: a dry run or an apply of a guide under the import lock, the record of every
 * run, the diff between versions, the switch to a new version with every old link kept, the
 * admin's guide management (rename, publish, restore, delete) and the start-up import of
 * {@code content/}.
 */
package com.interviewbank.imports;
