// Reads chosen files' text only when their size is within a limit (src/core/limits.ts), so a huge
// file is refused before it is loaded into memory rather than after.

import { cleanFileName, FILE_LIMITS, sizeReason } from '../core/limits.ts';
import {
  readProgrammeFiles,
  refusedFile,
  type LearnerExport,
  type RefusedFile,
} from '../core/progress/programme.ts';
import { fileProblem, type DataProblem } from '../core/reasons.ts';

export type FileRead =
  { name: string; text: string; refused?: undefined } | { name: string; refused: DataProblem };

/** The file's text, or why it was not read (a `tooLarge` reason with the sizes). */
export async function readBounded(file: File, max: number): Promise<FileRead> {
  const name = cleanFileName(file.name);
  const problem = sizeReason(file.size, max);
  if (problem) return { name, refused: { path: null, ...problem } };
  return { name, text: await file.text() };
}

/**
 * Learners' history exports for the instructor summary: at most FILE_LIMITS.programmeFiles files,
 * each within FILE_LIMITS.historyFile; the others are refused unread, with the reason, and
 * the rest read as in readProgrammeFiles.
 */
export async function readHistoryExports(
  files: readonly File[],
): Promise<{ loaded: LearnerExport[]; refused: RefusedFile[] }> {
  const max = FILE_LIMITS.programmeFiles;
  const results = await Promise.all(files.slice(0, max).map((f) => readBounded(f, FILE_LIMITS.historyFile)));
  const read: { name: string; text: string }[] = [];
  const refused: RefusedFile[] = files
    .slice(max)
    .map((f) => refusedFile(cleanFileName(f.name), [fileProblem('oneFileTooMany', { max })]));
  for (const r of results) {
    if (r.refused === undefined) read.push(r);
    else refused.push(refusedFile(r.name, [r.refused]));
  }
  const { loaded, refused: unreadable } = readProgrammeFiles(read);
  return { loaded, refused: [...refused, ...unreadable] };
}
