// A thin typed port of a SCO-side SCORM API wrapper (the npm wrappers for the SCO side are unmaintained
// copies of a 2009 script). It finds the LMS runtime — `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004) —
// in the parent / opener window chain, and maps the game's standard-neutral report onto each data model.

import type { Recorder } from './recorder.ts';
import { heldFromScorm12, heldFromScorm2004, LMS_STANDARDS, type LmsReport } from '../core/lms/lms.ts';

interface Api12 {
  LMSInitialize(p: ''): string;
  LMSFinish(p: ''): string;
  LMSGetValue(e: string): string;
  LMSSetValue(e: string, v: string): string;
  LMSCommit(p: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(c: string | number): string;
}

interface Api2004 {
  Initialize(p: ''): string;
  Terminate(p: ''): string;
  GetValue(e: string): string;
  SetValue(e: string, v: string): string;
  Commit(p: ''): string;
  GetLastError(): string | number;
  GetErrorString(c: string | number): string;
}

/** The calls every SCORM version has, under one set of names. */
interface Calls {
  init(): boolean;
  finish(): boolean;
  get(e: string): string;
  set(e: string, v: string): boolean;
  commit(): boolean;
  lastError(): string;
}

const MAX_HOPS = 10;

/** Looks for a property on the window, its parents and its opener's parents (the usual search). */
function findApi<T>(start: Window, name: string): T | null {
  const search = (w: Window | null): T | null => {
    for (let hops = 0; w && hops < MAX_HOPS; hops++) {
      try {
        const api = (w as unknown as Record<string, unknown>)[name];
        if (api) return api as T;
      } catch {
        return null; // a window of another origin
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  };
  return search(start) ?? search(start.opener as Window | null);
}

const pad = (n: number, w = 2) => String(Math.floor(n)).padStart(w, '0');

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
function timespan12(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  const frac = Math.round((s % 1) * 100);
  return `${pad(s / 3600, 4)}:${pad((s % 3600) / 60)}:${pad(s % 60)}${frac ? `.${pad(frac)}` : ''}`;
}

/** SCORM 1.2 CMITime (time of day): HH:MM:SS. */
function time12(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** SCORM 2004 timeinterval (an ISO 8601 duration, at most two decimals on the seconds). */
function duration2004(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.round((s % 60) * 100) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec}S`;
}

/** SCORM 2004 time(second,10,0): YYYY-MM-DDThh:mm:ss. */
function timestamp2004(at: number): string {
  return new Date(at).toISOString().slice(0, 19);
}

/** SCORM 1.2 has one status for both: passed / failed once complete ("completed" when undecided). */
function lessonStatus12(r: LmsReport): string {
  if (r.completion !== 'completed') return 'incomplete';
  return r.success === 'unknown' ? 'completed' : r.success;
}

/** A SCORM session is what the bridge records into, plus the data model's version. */
export interface ScormSession extends Recorder {
  version: '1.2' | '2004';
}

/** The SCORM API calls of the version in use, found in this window or one of its parents; null when there is none. */
function scormCalls(win: Window, is12: boolean): Calls | null {
  if (is12) {
    const api = findApi<Api12>(win, 'API');
    if (!api) return null;
    return {
      init: () => String(api.LMSInitialize('')) === 'true',
      finish: () => String(api.LMSFinish('')) === 'true',
      get: (e) => String(api.LMSGetValue(e) ?? ''),
      set: (e, v) => String(api.LMSSetValue(e, v)) === 'true',
      commit: () => String(api.LMSCommit('')) === 'true',
      lastError: () => {
        const c = api.LMSGetLastError();
        return `${c} ${api.LMSGetErrorString(c)}`;
      },
    };
  } else {
    const api = findApi<Api2004>(win, 'API_1484_11');
    if (!api) return null;
    return {
      init: () => String(api.Initialize('')) === 'true',
      finish: () => String(api.Terminate('')) === 'true',
      get: (e) => String(api.GetValue(e) ?? ''),
      set: (e, v) => String(api.SetValue(e, v)) === 'true',
      commit: () => String(api.Commit('')) === 'true',
      lastError: () => {
        const c = api.GetLastError();
        return `${c} ${api.GetErrorString(c)}`;
      },
    };
  }
}

/** Opens the session with the runtime of `standard`, or returns null when no LMS runtime is found. */
export function openScorm(win: Window, standard: string): ScormSession | null {
  const is12 = standard === LMS_STANDARDS.scorm12;
  const calls = scormCalls(win, is12);
  if (!calls) return null;
  const errors: string[] = [];
  const set = (e: string, v: string) => {
    if (!calls.set(e, v)) errors.push(`${e}: ${calls.lastError()}`);
  };
  // Each failure is named by the API call or data model element, with the LMS's own error text.
  const call = (name12: string, name2004: string) => (is12 ? name12 : name2004);
  if (!calls.init()) errors.push(`${call('LMSInitialize', 'Initialize')}: ${calls.lastError()}`);
  const core = is12 ? 'cmi.core.' : 'cmi.';
  const count = Number(calls.get('cmi.interactions._count'));
  // What the LMS holds before the game writes anything: the bridge never writes below it.
  const held = is12 ? heldFromScorm12(calls.get) : heldFromScorm2004(calls.get);
  // An objective keeps the index the LMS holds it at (an identifier cannot move); new ones follow.
  const objectiveCount = Number(calls.get('cmi.objectives._count'));
  let nextObjective = Number.isFinite(objectiveCount) && objectiveCount > 0 ? objectiveCount : 0;
  const objectiveAt = new Map<string, number>();
  for (let n = 0; n < nextObjective; n++) {
    const id = calls.get(`cmi.objectives.${n}.id`);
    if (id) objectiveAt.set(id, n);
  }
  let finished = false;
  const session: ScormSession = {
    version: is12 ? '1.2' : '2004',
    learnerName: calls.get(is12 ? 'cmi.core.student_name' : 'cmi.learner_name'),
    languagePreference: calls.get(
      is12 ? 'cmi.student_preference.language' : 'cmi.learner_preference.language',
    ),
    suspendData: calls.get('cmi.suspend_data'),
    interactionCount: Number.isFinite(count) ? count : 0,
    held,
    errors,
    writeSuspend: (data) => set('cmi.suspend_data', data),
    writeInteraction: (n, i) => {
      const p = `cmi.interactions.${n}.`;
      set(`${p}id`, i.id);
      set(`${p}type`, i.type);
      if (is12) {
        set(`${p}time`, time12(i.at));
        // SCORM 1.2 choice responses are single letters: a = the first option on offer.
        set(`${p}student_response`, i.letters.response);
        set(`${p}result`, i.result === 'incorrect' ? 'wrong' : i.result);
        set(`${p}latency`, timespan12(i.latencyMs));
        if (i.letters.correct) set(`${p}correct_responses.0.pattern`, i.letters.correct);
      } else {
        set(`${p}description`, i.description.slice(0, 250));
        set(`${p}timestamp`, timestamp2004(i.at));
        set(`${p}learner_response`, i.response);
        set(`${p}result`, i.result);
        set(`${p}latency`, duration2004(i.latencyMs));
        if (i.correctResponse) set(`${p}correct_responses.0.pattern`, i.correctResponse);
      }
    },
    writeReport: (r) => {
      if (is12) {
        set('cmi.core.lesson_status', lessonStatus12(r));
      } else {
        set('cmi.completion_status', r.completion);
        set('cmi.success_status', r.success);
        set('cmi.progress_measure', String(r.progress));
        set('cmi.score.scaled', String(r.score.scaled));
      }
      set(`${core}score.raw`, String(r.score.raw));
      set(`${core}score.min`, String(r.score.min));
      set(`${core}score.max`, String(r.score.max));
      for (const o of r.objectives) {
        let n = objectiveAt.get(o.id);
        if (n === undefined) objectiveAt.set(o.id, (n = nextObjective++));
        const p = `cmi.objectives.${n}.`;
        set(`${p}id`, o.id);
        set(`${p}score.raw`, String(o.score.raw));
        set(`${p}score.min`, String(o.score.min));
        set(`${p}score.max`, String(o.score.max));
        if (is12) set(`${p}status`, o.completion);
        else {
          set(`${p}score.scaled`, String(o.score.scaled));
          set(`${p}completion_status`, o.completion);
          set(`${p}description`, o.description);
        }
      }
    },
    commit: (final) => {
      if (finished) return;
      if (final) {
        set(`${core}session_time`, is12 ? timespan12(final.sessionMs) : duration2004(final.sessionMs));
        set(`${core}exit`, final.complete ? (is12 ? '' : 'normal') : 'suspend');
      }
      if (!calls.commit()) errors.push(`${call('LMSCommit', 'Commit')}: ${calls.lastError()}`);
      if (final) {
        finished = true;
        if (!calls.finish()) errors.push(`${call('LMSFinish', 'Terminate')}: ${calls.lastError()}`);
      }
    },
  };
  return session;
}
