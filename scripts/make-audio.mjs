#!/usr/bin/env node
// Synthesises the game's sounds as mono 16-bit WAV files in assets/audio/, then (if `sox` is
// installed) encodes each one to Ogg Vorbis next to it. No dependencies; a seeded PRNG makes the
// WAV output identical on every run.
//
//   node scripts/make-audio.mjs            write WAVs and, with sox available, OGGs
//   node scripts/make-audio.mjs --wav-only write WAVs only
//
// Levels: the UI click is the loudest sound (peak -12 dBFS); every other short sound is set below
// the click's short-term loudness and peaks lower, and the looping ambience sits far below
// (RMS about -42 dBFS). Nothing is sudden or sharp.

import { writeFileSync, mkdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RATE = 22050;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');
const TAU = Math.PI * 2;

// ---- helpers -------------------------------------------------------------------------------

/** mulberry32: small, fast, seeded. Returns a function giving floats in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seconds = (s) => Math.round(s * RATE);
const db = (d) => Math.pow(10, d / 20);
const toDb = (v) => (v > 0 ? 20 * Math.log10(v) : -Infinity);

function noise(length, seed) {
  const rnd = prng(seed);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = rnd() * 2 - 1;
  return out;
}

/** One-pole low-pass, applied `poles` times (6 dB/octave each). */
function lowpass(x, cutoff, poles = 1) {
  const a = 1 - Math.exp((-TAU * cutoff) / RATE);
  let y = Float64Array.from(x);
  for (let p = 0; p < poles; p++) {
    let s = 0;
    const next = new Float64Array(y.length);
    for (let i = 0; i < y.length; i++) {
      s += a * (y[i] - s);
      next[i] = s;
    }
    y = next;
  }
  return y;
}

function highpass(x, cutoff, poles = 1) {
  const low = lowpass(x, cutoff, poles);
  return x.map((v, i) => v - low[i]);
}

function peak(x) {
  let p = 0;
  for (const v of x) p = Math.max(p, Math.abs(v));
  return p;
}

function rms(x) {
  let s = 0;
  for (const v of x) s += v * v;
  return Math.sqrt(s / x.length);
}

/** Short-term loudness: the highest RMS over any 40 ms window (a rough stand-in for how loud it feels). */
function loudness(x) {
  const w = Math.min(x.length, seconds(0.04));
  const hop = seconds(0.005);
  let best = 0;
  for (let s = 0; s + w <= x.length; s += hop) best = Math.max(best, rms(x.subarray(s, s + w)));
  return best;
}

function scaleTo(x, target) {
  const p = peak(x);
  return p === 0 ? x : x.map((v) => (v * target) / p);
}

/** Short raised-cosine fades so no file starts or ends with a click. */
function fadeEdges(x, inMs = 2, outMs = 4) {
  const fi = Math.max(1, seconds(inMs / 1000));
  const fo = Math.max(1, seconds(outMs / 1000));
  const y = Float64Array.from(x);
  for (let i = 0; i < fi && i < y.length; i++) y[i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / fi);
  for (let i = 0; i < fo && i < y.length; i++)
    y[y.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / fo);
  return y;
}

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((v, i) =>
    data.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(v * 32767))), i * 2),
  );
  const head = Buffer.alloc(44);
  head.write('RIFF', 0);
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVE', 8);
  head.write('fmt ', 12);
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20); // PCM
  head.writeUInt16LE(1, 22); // mono
  head.writeUInt32LE(RATE, 24);
  head.writeUInt32LE(RATE * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36);
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}

// ---- sounds --------------------------------------------------------------------------------

/** Lobby at night: soft air-conditioning hum, a faint mains-like tone, seamless 8 s loop. */
function lobbyNight() {
  const loop = seconds(8);
  const fade = seconds(1.5);
  const total = loop + fade;
  // Air: white noise low-passed to a soft rumble, plus a quieter, brighter "airflow" band.
  const rumble = lowpass(noise(total, 101), 260, 2);
  const air = lowpass(highpass(noise(total, 202), 500, 1), 1400, 2);
  const x = new Float64Array(total);
  for (let i = 0; i < total; i++) {
    const t = i / RATE;
    // Hum partials complete whole cycles in 8 s (55·8, 110·8, 165·8), so they loop cleanly too.
    const hum =
      0.5 * Math.sin(TAU * 55 * t) +
      0.3 * Math.sin(TAU * 110 * t + 0.4) +
      0.12 * Math.sin(TAU * 165 * t + 1.1);
    // A very slow swell (one cycle per loop) keeps it from sounding static.
    const swell = 1 + 0.12 * Math.sin((TAU * t) / 8);
    x[i] = swell * (rumble[i] * 6.0 + air[i] * 0.9) + hum * 0.05;
  }
  // Crossfade the extra tail into the head (equal power: the noise parts are uncorrelated).
  const out = x.slice(0, loop);
  for (let i = 0; i < fade; i++) {
    const k = i / fade;
    out[i] = x[i] * Math.sin((k * Math.PI) / 2) + x[loop + i] * Math.cos((k * Math.PI) / 2);
  }
  // Level by loudness, not peak: RMS about -42 dBFS, and never above -26 dBFS peak.
  let y = out.map((v) => (v * db(-42)) / rms(out));
  if (peak(y) > db(-26)) y = scaleTo(y, db(-26));
  return y;
}

/** A soft, short tick: a little filtered noise and a damped high sine. */
function uiClick() {
  const n = seconds(0.04);
  const grit = lowpass(highpass(noise(n, 303), 900, 1), 3500, 2);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const env = Math.exp(-t / 0.009);
    x[i] = env * (0.8 * Math.sin(TAU * 1500 * t) + 0.9 * grit[i] * 4);
  }
  return scaleTo(fadeEdges(x, 1, 8), db(-12));
}

/** Two gentle rising sine notes. */
function uiSelect() {
  const n = seconds(0.18);
  const x = new Float64Array(n);
  const notes = [
    { f: 659.25, start: 0, len: 0.09 },
    { f: 880, start: 0.07, len: 0.11 },
  ];
  for (const { f, start, len } of notes) {
    const s = seconds(start);
    const m = seconds(len);
    for (let i = 0; i < m && s + i < n; i++) {
      const t = i / RATE;
      const attack = Math.min(1, t / 0.006);
      const env = attack * Math.exp(-t / (len * 0.45));
      x[s + i] += env * (Math.sin(TAU * f * t) + 0.12 * Math.sin(TAU * 2 * f * t));
    }
  }
  return scaleTo(fadeEdges(x, 1, 12), db(-14));
}

/** A single soft bell-like chime: inharmonic partials, higher ones dying faster. */
function liftChime() {
  const n = seconds(0.8);
  const f0 = 784; // G5
  const partials = [
    { r: 1, a: 1, d: 0.32 },
    { r: 2.0, a: 0.32, d: 0.18 },
    { r: 2.76, a: 0.16, d: 0.12 },
    { r: 5.4, a: 0.05, d: 0.06 },
    { r: 0.5, a: 0.12, d: 0.4 },
  ];
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const attack = Math.min(1, t / 0.004);
    let v = 0;
    for (const p of partials) v += p.a * Math.exp(-t / p.d) * Math.sin(TAU * f0 * p.r * t);
    x[i] = attack * v;
  }
  return scaleTo(fadeEdges(lowpass(x, 5000, 1), 1, 40), db(-16));
}

/** A muffled door closing: a low damped thump and a little low noise, no latch crack. */
function doorClose() {
  const n = seconds(0.4);
  const body = lowpass(noise(n, 404), 380, 3);
  const x = new Float64Array(n);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const f = 48 + 55 * Math.exp(-t / 0.05); // pitch falls as it settles
    phase += (TAU * f) / RATE;
    const attack = Math.min(1, t / 0.006);
    x[i] = attack * (Math.exp(-t / 0.075) * Math.sin(phase) + 5 * Math.exp(-t / 0.035) * body[i]);
  }
  return scaleTo(fadeEdges(x, 1, 30), db(-15));
}

/** A soft paper swish: band-passed noise that swells and fades, with a faint flutter. */
function pageTurn() {
  const n = seconds(0.3);
  const paper = lowpass(highpass(noise(n, 505), 1800, 2), 5200, 2);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / n;
    const swell = Math.pow(Math.sin(Math.PI * Math.pow(t, 0.7)), 2);
    const flutter = 1 + 0.25 * Math.sin(TAU * 23 * t + 0.5);
    x[i] = swell * flutter * paper[i];
  }
  return scaleTo(fadeEdges(x, 4, 20), db(-17));
}

// ---- main ----------------------------------------------------------------------------------

const sounds = {
  lobby_night: lobbyNight,
  ui_click: uiClick,
  ui_select: uiSelect,
  lift_chime: liftChime,
  door_close: doorClose,
  page_turn: pageTurn,
};

/**
 * Levels, relative to the click: the click peaks at -12 dBFS and every other short sound is set
 * below the click's short-term loudness, with its peak kept under the click's peak as well.
 */
const BELOW_CLICK_DB = { ui_select: 2, lift_chime: 4, door_close: 3, page_turn: 5 };

function level(rendered) {
  const click = rendered.ui_click;
  const ref = loudness(click);
  const out = { ...rendered };
  for (const [id, below] of Object.entries(BELOW_CLICK_DB)) {
    let x = rendered[id];
    x = x.map((v) => (v * ref * db(-below)) / loudness(x));
    if (peak(x) > db(-13)) x = scaleTo(x, db(-13));
    out[id] = x;
  }
  return out;
}

mkdirSync(OUT, { recursive: true });
const wavOnly = process.argv.includes('--wav-only');
const hasSox = !wavOnly && spawnSync('sox', ['--version']).status === 0;
let total = 0;
const rendered = level(Object.fromEntries(Object.entries(sounds).map(([id, make]) => [id, make()])));
console.log('id           length   peak dBFS  RMS dBFS  40ms-max dBFS   wav bytes  ogg bytes');
for (const [id, samples] of Object.entries(rendered)) {
  const wavPath = join(OUT, `${id}.wav`);
  writeFileSync(wavPath, wav(samples));
  let oggSize = '-';
  if (hasSox) {
    const oggPath = join(OUT, `${id}.ogg`);
    const r = spawnSync('sox', [wavPath, '-C', '3', oggPath], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`sox failed for ${id}`);
    oggSize = statSync(oggPath).size;
    total += oggSize;
  }
  const wavSize = statSync(wavPath).size;
  total += wavSize;
  console.log(
    `${id.padEnd(12)} ${(samples.length / RATE).toFixed(2).padStart(5)} s ${toDb(peak(samples)).toFixed(1).padStart(9)} ${toDb(rms(samples)).toFixed(1).padStart(9)} ${toDb(loudness(samples)).toFixed(1).padStart(14)} ${String(wavSize).padStart(11)} ${String(oggSize).padStart(10)}`,
  );
}
console.log(
  `total ${total} bytes${hasSox ? '' : wavOnly ? '' : ' (sox not found: OGG files not written; install sox and libsox-fmt-all)'}`,
);
