#!/usr/bin/env node
// Synthesises the game's sounds as mono 16-bit WAV files in assets/audio/, then (if `sox` is
// installed) encodes each one to Ogg Vorbis next to it. The 8 s ambience loops ship as OGG only, so
// their WAVs are deleted once encoded; short sounds keep a WAV fallback. No dependencies; a seeded
// PRNG makes the WAV output identical on every run.
//
//   node scripts/assets/make-audio.mjs            write WAVs and, with sox available, OGGs
//   node scripts/assets/make-audio.mjs --wav-only write WAVs only (ambience WAVs too, for listening)
//
// Levels: the UI click is the loudest sound (peak -12 dBFS); every other short sound is set below
// the click's short-term loudness and peaks lower, and the looping ambience sits far below
// (RMS about -42 dBFS), with any bell or beep inside a loop kept faint and far away. Nothing is
// sudden or sharp.

import { writeFileSync, mkdirSync, statSync, unlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RATE = 22050;
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'audio');
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

// ---- loop and mixing helpers (ambience) ----------------------------------------------------

const LOOP = seconds(8);
const FADE = seconds(1.5);
const PRE = seconds(2);

/** Crossfades the `fade` samples after `loop` into the head (equal power: the material is uncorrelated noise). */
function crossfadeLoop(x, loop, fade) {
  const out = x.slice(0, loop);
  for (let i = 0; i < fade; i++) {
    const k = i / fade;
    out[i] = x[i] * Math.sin((k * Math.PI) / 2) + x[loop + i] * Math.cos((k * Math.PI) / 2);
  }
  return out;
}

/**
 * A seamless LOOP-long bed from noise-based material: `render(n)` makes n samples; the first PRE
 * (while filters, envelopes and reverbs settle) are dropped and the last FADE are crossfaded into the
 * head. Periodic parts (hums, chords, one-off events) are added afterwards, not crossfaded.
 */
function seamless(render) {
  return crossfadeLoop(render(PRE + LOOP + FADE).subarray(PRE), LOOP, FADE);
}

/** Position in seconds within the loop of sample i of a `seamless` render (for envelopes that repeat with the loop). */
const loopTime = (i) => (i - PRE) / RATE;

/** Runs `filter` over a loop buffer without a seam at the wrap: filter two copies, keep the second. */
function circular(x, filter) {
  const two = new Float64Array(x.length * 2);
  two.set(x);
  two.set(x, x.length);
  return filter(two).slice(x.length);
}

/** Adds `event` into a loop buffer from `at` seconds; whatever runs past the end wraps round to the start. */
function addWrapped(buf, event, at) {
  const s = seconds(at);
  for (let i = 0; i < event.length; i++) buf[(s + i) % buf.length] += event[i];
}

function unitRms(x) {
  const r = rms(x);
  return r === 0 ? x : x.map((v) => v / r);
}

/** Sums [samples, dB] layers, each first set to unit RMS, so a layer's level is its dB relative to the others. */
function mix(layers) {
  const out = new Float64Array(layers[0][0].length);
  for (const [x, gain] of layers) {
    const u = unitRms(x);
    const g = db(gain);
    for (let i = 0; i < out.length; i++) out[i] += g * u[i];
  }
  return out;
}

/** Ambience level: by loudness, not peak: RMS about -42 dBFS, and never above -26 dBFS peak. */
function levelAmbience(x) {
  const r = rms(x);
  let y = x.map((v) => (v * db(-42)) / r);
  if (peak(y) > db(-26)) y = scaleTo(y, db(-26));
  return y;
}

/** A slow random control signal with unit RMS: white noise low-passed at about `rate` Hz. */
function wander(length, seed, rate) {
  return unitRms(lowpass(noise(length, seed), rate, 2));
}

/** Band-pass (RBJ biquad, 0 dB at the centre frequency). */
function bandpass(x, centre, q) {
  const w = (TAU * centre) / RATE;
  const alpha = Math.sin(w) / (2 * q);
  const a0 = 1 + alpha;
  const b0 = alpha / a0;
  const a1 = (-2 * Math.cos(w)) / a0;
  const a2 = (1 - alpha) / a0;
  const y = new Float64Array(x.length);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = b0 * x[i] - b0 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = x[i];
    y2 = y1;
    y1 = v;
    y[i] = v;
  }
  return y;
}

/**
 * A small Schroeder reverb (four damped combs into two all-passes); returns the wet signal only.
 * `size` scales the delays (1 is a room, 2 a hall); `time` is the decay to -60 dB in seconds.
 */
function reverb(x, size, time) {
  const combs = [29.7, 37.1, 41.1, 43.7].map((ms) => Math.round((ms * size * RATE) / 1000));
  let y = new Float64Array(x.length);
  for (const d of combs) {
    const g = Math.pow(10, (-3 * d) / (time * RATE));
    const buf = new Float64Array(d);
    let j = 0;
    let damp = 0;
    for (let i = 0; i < x.length; i++) {
      const out = buf[j];
      damp += 0.35 * (out - damp); // each pass loses a little treble, as soft walls do
      buf[j] = x[i] + g * damp;
      j = (j + 1) % d;
      y[i] += out / combs.length;
    }
  }
  for (const [ms, g] of [
    [5.0, 0.7],
    [1.7, 0.7],
  ]) {
    const d = Math.round((ms * size * RATE) / 1000);
    const buf = new Float64Array(d);
    const next = new Float64Array(y.length);
    let j = 0;
    for (let i = 0; i < y.length; i++) {
      const delayed = buf[j];
      const w = y[i] + g * delayed;
      buf[j] = w;
      next[i] = delayed - g * w;
      j = (j + 1) % d;
    }
    y = next;
  }
  return y;
}

/** Ventilation: a soft low rumble and a quieter airflow band (the lobby's air, reusable). */
function ventilation(n, seed, airCutoff = 1400) {
  const rumble = lowpass(noise(n, seed), 260, 2);
  const air = lowpass(highpass(noise(n, seed + 1), 500, 1), airCutoff, 2);
  return rumble.map((v, i) => v * 6.0 + air[i] * 0.9);
}

/**
 * A low hum over one loop. Each partial's frequency times 8 s is a whole number, so it completes
 * whole cycles in the loop and repeats without a seam.
 */
function hum(f0, amps) {
  const x = new Float64Array(LOOP);
  for (let i = 0; i < LOOP; i++) {
    const t = i / RATE;
    amps.forEach((a, h) => (x[i] += a * Math.sin(TAU * f0 * (h + 1) * t + 0.7 * h)));
  }
  return x;
}

/** Evens out slow swings in level (a gentle compressor): `amount` 0 leaves it alone, 1 flattens it. */
function even(x, amount, rate = 1.5) {
  const env = lowpass(
    x.map((v) => v * v),
    rate,
    2,
  );
  const ref = rms(x);
  const floor = ref * ref * 1e-3;
  return x.map((v, i) => v * Math.pow(ref / Math.sqrt(Math.max(env[i], floor)), amount));
}

/**
 * Distant, wordless conversation: `voices` buzzing sources with drifting pitch, coloured by two
 * vowel-like resonances, chopped by a syllable-rate envelope that now and then pauses, then muffled.
 * Nothing intelligible and nothing that stands out.
 */
function murmur(n, seed, voices, muffle) {
  const rnd = prng(seed);
  const out = new Float64Array(n);
  for (let v = 0; v < voices; v++) {
    const s = seed + 10 * (v + 1);
    const pitch = 105 + 120 * rnd();
    const intonation = wander(n, s + 1, 1.2);
    const syllables = wander(n, s + 2, 4 + 2 * rnd());
    const phrases = wander(n, s + 3, 0.25);
    const vowel = wander(n, s + 4, 3);
    const buzz = new Float64Array(n);
    let phase = rnd();
    for (let i = 0; i < n; i++) {
      phase += (pitch * (1 + 0.07 * intonation[i])) / RATE;
      phase -= Math.floor(phase);
      buzz[i] = 2 * phase - 1;
    }
    const f1 = bandpass(buzz, 450 + 250 * rnd(), 3);
    const f2 = bandpass(buzz, 1100 + 600 * rnd(), 4);
    const gain = 0.6 + 0.4 * rnd();
    for (let i = 0; i < n; i++) {
      const syllable = Math.tanh(1.5 * Math.max(0, syllables[i] + 0.3)); // rounded, never a shout
      const talking = 1 / (1 + Math.exp(-4 * (phrases[i] + 0.4)));
      const k = 0.5 + 0.35 * Math.tanh(vowel[i]);
      out[i] += gain * syllable * talking * (k * f1[i] + (1 - k) * 0.7 * f2[i]);
    }
  }
  // Evened out, so that no burst of talk stands out from the rest.
  return even(lowpass(out, muffle, 2), 0.6);
}

/** A soft sine tone with a gentle attack and release (no edge that could click). */
function softTone(f, len, { attack = 0.012, release = 0.05, second = 0.1 } = {}) {
  const n = seconds(len);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const env = Math.min(1, t / attack) * Math.min(1, (len - t) / release);
    x[i] = env * (Math.sin(TAU * f * t) + second * Math.sin(TAU * 2 * f * t));
  }
  return x;
}

/** A soft bell: a few partials, the higher ones dying faster, with a rounded (not struck) attack. */
function softBell(f0, len, decay, attack = 0.01) {
  const partials = [
    { r: 1, a: 1, d: decay },
    { r: 2, a: 0.18, d: decay * 0.5 },
    { r: 3, a: 0.05, d: decay * 0.3 },
  ];
  const n = seconds(len);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    const env = 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, t / attack));
    let v = 0;
    for (const p of partials) v += p.a * Math.exp(-t / p.d) * Math.sin(TAU * f0 * p.r * t);
    x[i] = env * v;
  }
  return x;
}

const note = (midi) => 440 * Math.pow(2, (midi - 69) / 12);

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
  return levelAmbience(crossfadeLoop(x, loop, fade));
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

// ---- ambience ------------------------------------------------------------------------------

/** Hotel corridor by day: soft ventilation, and a vacuum cleaner murmuring behind doors further down. */
function hotelCorridor() {
  // The vacuum drifts nearer and further once per loop (sin², so it is never abrupt).
  const swell = (t) => 0.25 + 0.75 * Math.pow(Math.sin((Math.PI * t) / 8 + 0.6), 2);
  const bed = seamless((n) => {
    const motorNoise = lowpass(bandpass(noise(n, 611), 620, 1.2), 900, 2);
    const nearFar = motorNoise.map((v, i) => v * swell(loopTime(i)));
    return mix([
      [ventilation(n, 612), 0],
      [nearFar, -8],
    ]);
  });
  // The motor's whine: 236 Hz and partials (236 × 8 s is whole), a slow wobble that also repeats
  // twice a loop, heard through walls (upper partials weak).
  const whine = new Float64Array(LOOP);
  for (let i = 0; i < LOOP; i++) {
    const t = i / RATE;
    const wobble = 6 * Math.sin(TAU * 0.25 * t);
    const v =
      Math.sin(TAU * 236 * t + wobble) +
      0.35 * Math.sin(TAU * 472 * t + 2 * wobble + 0.3) +
      0.1 * Math.sin(TAU * 708 * t + 3 * wobble + 1.2);
    whine[i] = v * swell(t);
  }
  return levelAmbience(
    mix([
      [bed, 0],
      [whine, -16],
      [hum(50, [0.5, 0.3, 0.1]), -22],
    ]),
  );
}

/** Hospital waiting room: ventilation hum, quiet talk, and a monitor beeping very faintly far away. */
function hospitalWaiting() {
  const bed = seamless((n) => {
    const talk = murmur(n, 621, 4, 1200);
    return mix([
      [ventilation(n, 622, 1600), 0],
      [talk, -5],
      [reverb(talk, 1.2, 0.9), -9],
    ]);
  });
  // One soft beep every 1.6 s (five per loop), muffled and a little roomy: somewhere down the hall.
  const beep = softTone(880, 0.09, { attack: 0.01, release: 0.04, second: 0.05 });
  const beeps = new Float64Array(LOOP);
  for (let k = 0; k < 5; k++) addWrapped(beeps, beep, 0.3 + 1.6 * k);
  const far = circular(beeps, (x) => {
    const dry = lowpass(x, 1800, 1);
    const wet = reverb(dry, 1.2, 0.9);
    return dry.map((v, i) => 0.6 * v + wet[i]);
  });
  return levelAmbience(
    mix([
      [bed, 0],
      [hum(60, [0.4, 0.35, 0.15]), -18],
      [far, -20],
    ]),
  );
}

/** Shop floor: a bright room tone, a few shoppers, and soft chords from ceiling speakers (no tune). */
function storeFloor() {
  const bed = seamless((n) => {
    const bright = lowpass(highpass(noise(n, 631), 700, 1), 4200, 2);
    const talk = murmur(n, 632, 3, 1400);
    return mix([
      [ventilation(n, 633, 2200), 0],
      [bright, -3],
      [talk, -11],
      [reverb(talk, 1.4, 1.0), -14],
    ]);
  });
  // Four held chords, two seconds each, each fading into the next: Fmaj7, Em7, Dm7, Cmaj7. Every
  // note is two slightly detuned sines, so the pad breathes; the top line only steps down.
  const chords = [
    [53, 57, 60, 64],
    [52, 55, 59, 62],
    [50, 53, 57, 60],
    [48, 52, 55, 59],
  ];
  const pad = new Float64Array(LOOP);
  chords.forEach((chord, c) => {
    const len = 2.9;
    const n = seconds(len);
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const t = i / RATE;
      const env = Math.pow(Math.sin((Math.PI * t) / len), 2);
      let v = 0;
      chord.forEach((m, j) => {
        const f = note(m);
        v += Math.sin(TAU * (f - 0.6) * t + j) + Math.sin(TAU * (f + 0.6) * t + 2 * j);
        v += 0.15 * Math.sin(TAU * 2 * f * t + j);
      });
      x[i] = env * v;
    }
    addWrapped(pad, x, 2 * c - 0.45);
  });
  // Through small ceiling speakers: no deep bass, no sparkle.
  const speakers = circular(pad, (x) => lowpass(highpass(x, 180, 1), 2400, 2));
  return levelAmbience(
    mix([
      [bed, 0],
      [speakers, -7],
    ]),
  );
}

/** Mall concourse: a large, echoing murmur of many people and a fountain splashing in the distance. */
function mallConcourse() {
  const bed = seamless((n) => {
    const talk = murmur(n, 641, 10, 1600);
    // Fountain: broadband water noise with a fast, shimmering texture, and a softer low body.
    const shimmer = wander(n, 642, 14);
    const spray = lowpass(highpass(noise(n, 643), 350, 1), 3200, 2).map(
      (v, i) => v * (1 + 0.35 * Math.tanh(shimmer[i])),
    );
    const body = lowpass(noise(n, 644), 420, 2);
    const fountain = mix([
      [spray, 0],
      [body, -8],
    ]);
    const hall = mix([
      [talk, 0],
      [fountain, -5],
    ]);
    return mix([
      [hall, 0],
      [reverb(hall, 2, 2.4), 1],
      [ventilation(n, 645), -9],
    ]);
  });
  return levelAmbience(bed);
}

/** Bus station hall: an engine idling far off, murmur, and now and then the faint hiss of bus doors. */
function busStation() {
  const bed = seamless((n) => {
    const talk = murmur(n, 651, 6, 1300);
    // The engine's noisy part, pulsing 25 times a second (a whole number of pulses per loop).
    const grit = lowpass(noise(n, 652), 160, 2).map(
      (v, i) => v * (1 + 0.6 * Math.sin(TAU * 25 * loopTime(i))),
    );
    return mix([
      [talk, 0],
      [reverb(talk, 1.6, 1.6), -3],
      [ventilation(n, 653), -8],
      [grit, -6],
    ]);
  });
  // The engine's tone: harmonics of 12.5 Hz (100 cycles per loop), strongest around 50–75 Hz,
  // with a slow breathing swell, so it reads as a distant idling bus, not a machine in the room.
  const rnd = prng(654);
  const engine = new Float64Array(LOOP);
  const harmonics = [];
  for (let h = 1; h <= 12; h++)
    harmonics.push({ f: 12.5 * h, a: Math.exp(-Math.pow((h - 5) / 3, 2)), p: TAU * rnd() });
  for (let i = 0; i < LOOP; i++) {
    const t = i / RATE;
    let v = 0;
    for (const { f, a, p } of harmonics) v += a * Math.sin(TAU * f * t + p);
    engine[i] = v * (0.85 + 0.15 * Math.sin((TAU * t) / 4));
  }
  // Once a loop, far off, a bus door's pneumatic hiss: a slow swell and fade, muffled by distance.
  const hissLen = 1.1;
  const hiss = lowpass(highpass(noise(seconds(hissLen), 655), 1200, 2), 3000, 2).map((v, i) => {
    const t = i / RATE;
    return v * Math.min(1, t / 0.12) * Math.exp(-t / 0.35) * Math.min(1, (hissLen - t) / 0.2);
  });
  const doors = new Float64Array(LOOP);
  addWrapped(doors, hiss, 5.1);
  const farDoors = circular(doors, (x) => {
    const wet = reverb(x, 1.6, 1.6);
    return x.map((v, i) => 0.5 * v + wet[i]);
  });
  return levelAmbience(
    mix([
      [bed, 0],
      [engine, -9],
      [farDoors, -17],
    ]),
  );
}

/** Airport gate: air handling, a waiting crowd, and once a loop a soft chime far off. */
function airportGate() {
  const bed = seamless((n) => {
    const talk = murmur(n, 661, 8, 1400);
    return mix([
      [ventilation(n, 662, 2000), 0],
      [talk, -2],
      [reverb(talk, 1.8, 1.8), -4],
    ]);
  });
  const chime = new Float64Array(LOOP);
  addWrapped(chime, softBell(note(72), 2.2, 0.5, 0.02), 2.6);
  const farChime = circular(chime, (x) => {
    const dry = lowpass(x, 2200, 1);
    const wet = reverb(dry, 2, 2);
    return dry.map((v, i) => 0.5 * v + wet[i]);
  });
  return levelAmbience(
    mix([
      [bed, 0],
      [hum(60, [0.3, 0.4, 0.2]), -20],
      [farChime, -13],
    ]),
  );
}

/**
 * Night commuter rail platform, open to the sky: a soft outdoor hush, a faint hum from the line,
 * and once a loop a train rumbling very softly somewhere far off. Nothing sudden.
 */
function railPlatform() {
  const bed = seamless((n) => {
    // Open air: a broad, soft hush that breathes slowly, with a little high air on top.
    const breath = wander(n, 681, 0.2);
    const hush = lowpass(highpass(noise(n, 682), 120, 1), 900, 2).map(
      (v, i) => v * (1 + 0.2 * Math.tanh(breath[i])),
    );
    const air = lowpass(highpass(noise(n, 683), 1500, 1), 4000, 2);
    // The line's hum: a narrow low band that drifts a little, as from a substation down the track.
    const drift = wander(n, 684, 0.3);
    const line = bandpass(noise(n, 685), 120, 4).map((v, i) => v * (1 + 0.25 * Math.tanh(drift[i])));
    return mix([
      [hush, 0],
      [air, -9],
      [line, -12],
    ]);
  });
  // Once a loop, far off, a train: deep filtered noise that swells over a few seconds and fades away,
  // with a gentle, smooth pulse from the wheels (no clacks), muffled by distance.
  const rumbleLen = 6;
  const wheels = wander(seconds(rumbleLen), 686, 3);
  const rumble = lowpass(noise(seconds(rumbleLen), 687), 170, 3).map((v, i) => {
    const t = i / RATE;
    const shape = Math.pow(Math.sin((Math.PI * t) / rumbleLen), 2);
    return v * shape * (1 + 0.15 * Math.tanh(wheels[i]));
  });
  const train = new Float64Array(LOOP);
  addWrapped(train, rumble, 2.4);
  const farTrain = circular(train, (x) => {
    const dry = highpass(x, 35, 1);
    const wet = reverb(dry, 2, 1.8);
    return dry.map((v, i) => 0.7 * v + wet[i]);
  });
  return levelAmbience(
    mix([
      [bed, 0],
      [hum(50, [0.2, 0.4, 0.25, 0.1]), -24],
      [farTrain, -9],
    ]),
  );
}

/**
 * Hotel car park at dusk, outdoors: a soft, gusting wind, the wash of traffic on roads further off,
 * and once a loop a car door shutting far across the car park (a muffled thump, never sharp).
 */
function carparkEvening() {
  const bed = seamless((n) => {
    // Wind: a band of noise whose level and brightness rise and fall in slow, gentle gusts.
    const gust = wander(n, 691, 0.35);
    const windLow = bandpass(noise(n, 692), 380, 0.8);
    const windHigh = bandpass(noise(n, 693), 900, 1.2);
    const wind = windLow.map((v, i) => {
      const g = 0.5 + 0.5 * Math.tanh(0.8 * gust[i]); // 0..1, smooth
      return (0.7 + 0.5 * g) * v + 0.6 * g * windHigh[i];
    });
    // Traffic: a low, even wash, with cars passing now and then on the road beyond (slow swells).
    const passing = wander(n, 694, 0.15);
    const traffic = lowpass(highpass(noise(n, 695), 60, 1), 520, 2).map(
      (v, i) => v * (1 + 0.3 * Math.tanh(passing[i])),
    );
    const tyres = lowpass(highpass(noise(n, 696), 700, 1), 1800, 2).map(
      (v, i) => v * (0.6 + 0.4 * Math.tanh(passing[i])),
    );
    return mix([
      [wind, 0],
      [traffic, -1],
      [tyres, -12],
    ]);
  });
  // One car door far off: a low, rounded thump (soft attack, no latch click) with an outdoor echo.
  const len = 0.5;
  const body = lowpass(noise(seconds(len), 697), 300, 3);
  const thump = new Float64Array(seconds(len));
  let phase = 0;
  for (let i = 0; i < thump.length; i++) {
    const t = i / RATE;
    const f = 55 + 35 * Math.exp(-t / 0.06);
    phase += (TAU * f) / RATE;
    const attack = 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, t / 0.012));
    thump[i] = attack * (Math.exp(-t / 0.08) * Math.sin(phase) + 4 * Math.exp(-t / 0.04) * body[i]);
  }
  const door = new Float64Array(LOOP);
  addWrapped(door, thump, 5.6);
  const farDoor = circular(door, (x) => {
    const dry = lowpass(x, 450, 2);
    const wet = reverb(dry, 2, 1.2);
    return dry.map((v, i) => 0.6 * v + wet[i]);
  });
  return levelAmbience(
    mix([
      [bed, 0],
      [farDoor, -19],
    ]),
  );
}

/**
 * Early morning outside a hospital service entrance: a soft outdoor hush, a van idling somewhere
 * across the yard, a few birds very faint, and once a loop a roller door rumbling up far off.
 */
function hospitalLoadingBay() {
  const bed = seamless((n) => {
    // Open air before dawn: a broad, soft hush that breathes slowly, a little high air on top.
    const breath = wander(n, 701, 0.2);
    const hush = lowpass(highpass(noise(n, 702), 110, 1), 850, 2).map(
      (v, i) => v * (1 + 0.2 * Math.tanh(breath[i])),
    );
    const air = lowpass(highpass(noise(n, 703), 1500, 1), 3800, 2);
    // The van's exhaust: low noise pulsing 28 times a second (a whole number of pulses per loop).
    const grit = lowpass(noise(n, 704), 150, 2).map(
      (v, i) => v * (1 + 0.5 * Math.sin(TAU * 28 * loopTime(i))),
    );
    return mix([
      [hush, 0],
      [air, -10],
      [grit, -7],
    ]);
  });
  // The van's engine tone: harmonics of 14 Hz (112 cycles per loop), strongest around 70 Hz, with
  // a slow breathing swell twice a loop, heard across the yard (no upper harmonics to speak of).
  const rnd = prng(705);
  const engine = new Float64Array(LOOP);
  const harmonics = [];
  for (let h = 1; h <= 10; h++)
    harmonics.push({ f: 14 * h, a: Math.exp(-Math.pow((h - 5) / 2.5, 2)), p: TAU * rnd() });
  for (let i = 0; i < LOOP; i++) {
    const t = i / RATE;
    let v = 0;
    for (const { f, a, p } of harmonics) v += a * Math.sin(TAU * f * t + p);
    engine[i] = v * (0.85 + 0.15 * Math.sin((TAU * t) / 4));
  }
  // Birds, very faint: three short phrases of soft, rounded chirps (a gentle upward glide each).
  const birds = new Float64Array(LOOP);
  const chirp = (f, len, glide) => {
    const m = seconds(len);
    const x = new Float64Array(m);
    let phase = 0;
    for (let i = 0; i < m; i++) {
      const u = i / m;
      phase += (TAU * f * (1 + glide * u)) / RATE;
      x[i] = Math.pow(Math.sin(Math.PI * u), 2) * Math.sin(phase);
    }
    return x;
  };
  [
    [0.9, 3300, 3],
    [3.7, 2900, 2],
    [6.3, 3500, 3],
  ].forEach(([at, f, count]) => {
    for (let k = 0; k < count; k++) addWrapped(birds, chirp(f * (1 - 0.04 * k), 0.07, 0.25), at + 0.16 * k);
  });
  const farBirds = circular(birds, (x) => {
    const dry = lowpass(x, 4500, 1);
    const wet = reverb(dry, 2, 1.0);
    return dry.map((v, i) => 0.6 * v + wet[i]);
  });
  // Once a loop, far off, a roller door going up: a low, rattling rumble that swells over a few
  // seconds and fades (the slats' rattle is a gentle ripple, never a clatter), with a faint motor.
  const doorLen = 3.2;
  const slats = lowpass(highpass(noise(seconds(doorLen), 706), 80, 1), 600, 2);
  const rattle = wander(seconds(doorLen), 707, 2);
  const roller = slats.map((v, i) => {
    const t = i / RATE;
    const shape = Math.pow(Math.sin((Math.PI * t) / doorLen), 2);
    const ripple = 1 + 0.3 * Math.sin(TAU * 11 * t) * (0.7 + 0.3 * Math.tanh(rattle[i]));
    const motor = 0.15 * Math.sin(TAU * 100 * t) + 0.06 * Math.sin(TAU * 200 * t);
    return shape * (v * ripple * 3 + motor);
  });
  const door = new Float64Array(LOOP);
  addWrapped(door, roller, 4.4);
  const farDoor = circular(door, (x) => {
    const dry = lowpass(x, 500, 2);
    const wet = reverb(dry, 2, 1.4);
    return dry.map((v, i) => 0.6 * v + wet[i]);
  });
  return levelAmbience(
    mix([
      [bed, 0],
      [engine, -10],
      [farBirds, -24],
      [farDoor, -13],
    ]),
  );
}

/**
 * A busy checkout: a steady murmur of shoppers, trolleys rolling past, and the tills' scanners
 * beeping softly further along the line. Everything rounded and far enough off that nothing jumps.
 */
function storeCheckout() {
  const bed = seamless((n) => {
    const bright = lowpass(highpass(noise(n, 711), 700, 1), 4000, 2);
    const talk = murmur(n, 712, 7, 1400);
    return mix([
      [ventilation(n, 713, 2200), 0],
      [bright, -4],
      [talk, -4],
      [reverb(talk, 1.4, 1.1), -7],
    ]);
  });
  // Trolleys: a soft rolling rumble, each passing over about three seconds, with a gentle wheel
  // rhythm and a little wobble (no squeaks, no clatter).
  const trolley = (len, seed, wheel) => {
    const m = seconds(len);
    const roll = bandpass(noise(m, seed), 700, 1.2);
    const body = lowpass(noise(m, seed + 1), 220, 2);
    const wobble = wander(m, seed + 2, 6);
    const x = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const t = i / RATE;
      const shape = Math.pow(Math.sin((Math.PI * t) / len), 2);
      const turn = 1 + 0.25 * Math.sin(TAU * wheel * t) + 0.1 * Math.tanh(wobble[i]);
      x[i] = shape * turn * (roll[i] + 2 * body[i]);
    }
    return x;
  };
  const trolleys = new Float64Array(LOOP);
  addWrapped(trolleys, trolley(3.2, 714, 5.5), 0.6);
  addWrapped(trolleys, trolley(2.8, 717, 6.5), 4.9);
  const rolling = circular(trolleys, (x) => {
    const dry = lowpass(x, 1600, 1);
    const wet = reverb(dry, 1.4, 1.0);
    return dry.map((v, i) => 0.7 * v + wet[i]);
  });
  // Scanner beeps from several tills along the line: short rounded tones, muffled and roomy.
  const beeps = new Float64Array(LOOP);
  [
    [0.4, 1318.5],
    [1.5, 1174.7],
    [2.3, 1318.5],
    [3.6, 1396.9],
    [4.4, 1174.7],
    [5.8, 1318.5],
    [6.5, 1396.9],
    [7.4, 1174.7],
  ].forEach(([at, f]) =>
    addWrapped(beeps, softTone(f, 0.1, { attack: 0.012, release: 0.045, second: 0.05 }), at),
  );
  const farBeeps = circular(beeps, (x) => {
    const dry = lowpass(x, 2000, 1);
    const wet = reverb(dry, 1.4, 1.0);
    return dry.map((v, i) => 0.5 * v + wet[i]);
  });
  return levelAmbience(
    mix([
      [bed, 0],
      [rolling, -10],
      [farBeeps, -21],
    ]),
  );
}

/**
 * A quiet loss-prevention office: a computer's fan humming, a clock ticking faintly, and the
 * store going on outside the closed door (voices and music, muffled).
 */
function storeBackoffice() {
  const bed = seamless((n) => {
    // The fan's air: a soft, steady band of noise; the room itself is quiet.
    const fanAir = lowpass(highpass(noise(n, 721), 180, 1), 1300, 2);
    const room = lowpass(noise(n, 722), 200, 2);
    // Outside the door: the shop's murmur with the highs taken off by the door.
    // Its reverb is heard too, which also smooths over any one voice that stands out.
    const talk = murmur(n, 723, 5, 900);
    const outside = lowpass(
      mix([
        [talk, 0],
        [reverb(talk, 1.4, 1.0), 3],
      ]),
      450,
      2,
    );
    return mix([
      [room, 0],
      [fanAir, -3],
      [outside, -6],
    ]);
  });
  // The fan's tone: a blade note at 175 Hz beating slowly against 175.25 Hz (twice a loop), over a
  // low motor hum. All whole cycles in 8 s.
  const fan = new Float64Array(LOOP);
  for (let i = 0; i < LOOP; i++) {
    const t = i / RATE;
    fan[i] =
      Math.sin(TAU * 175 * t) + 0.8 * Math.sin(TAU * 175.25 * t + 0.9) + 0.2 * Math.sin(TAU * 350 * t + 0.4);
  }
  // The store's music through the door: two held chords (Fmaj7, Cmaj7), no tune, only the low middle.
  const pad = new Float64Array(LOOP);
  [
    [53, 57, 60, 64],
    [48, 52, 55, 59],
  ].forEach((chord, c) => {
    const len = 5;
    const m = seconds(len);
    const x = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const t = i / RATE;
      const env = Math.pow(Math.sin((Math.PI * t) / len), 2);
      let v = 0;
      chord.forEach((k, j) => {
        const f = note(k);
        v += Math.sin(TAU * (f - 0.5) * t + j) + Math.sin(TAU * (f + 0.5) * t + 2 * j);
      });
      x[i] = env * v;
    }
    addWrapped(pad, x, 4 * c - 0.5);
  });
  const muffledPad = circular(pad, (x) => lowpass(highpass(x, 150, 1), 500, 2));
  // A wall clock, faint: one soft tick a second (tick, tock), rounded so it never clicks.
  const ticks = new Float64Array(LOOP);
  for (let k = 0; k < 8; k++) {
    const f = k % 2 ? 1500 : 1700;
    const m = seconds(0.03);
    const x = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      const t = i / RATE;
      const attack = 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, t / 0.003));
      x[i] = attack * Math.exp(-t / 0.006) * Math.sin(TAU * f * t);
    }
    addWrapped(ticks, x, 0.25 + k);
  }
  const clock = circular(ticks, (x) => {
    const dry = lowpass(x, 2500, 1);
    const wet = reverb(dry, 0.8, 0.4);
    return dry.map((v, i) => 0.8 * v + 0.5 * wet[i]);
  });
  return levelAmbience(
    mix([
      [bed, 0],
      [fan, -10],
      [hum(50, [0.4, 0.3, 0.1]), -20],
      [muffledPad, -13],
      [clock, -22],
    ]),
  );
}

// ---- effects -------------------------------------------------------------------------------

/** A medical monitor, close by but gentle: two soft, rounded beeps. */
function monitorBeep() {
  const x = new Float64Array(seconds(0.42));
  const beep = softTone(880, 0.13, { attack: 0.015, release: 0.06, second: 0.05 });
  addWrapped(x, beep, 0);
  addWrapped(x, beep, 0.26);
  return scaleTo(fadeEdges(lowpass(x, 4000, 1), 1, 10), db(-16));
}

/** A public-address chime: three soft rising bell notes (G4, C5, E5), each ringing into the next. */
function paChime() {
  const x = new Float64Array(seconds(1.5));
  [67, 72, 76].forEach((m, k) => addWrapped(x, softBell(note(m), 1.5 - 0.3 * k, 0.32, 0.012), 0.3 * k));
  return scaleTo(fadeEdges(lowpass(x, 4500, 1), 1, 80), db(-16));
}

/** A checkout scanner's beep, softened: one short rounded tone rather than a sharp square wave. */
function tillBeep() {
  const x = softTone(1318.5, 0.12, { attack: 0.008, release: 0.045, second: 0.08 });
  return scaleTo(fadeEdges(lowpass(x, 4500, 1), 1, 8), db(-16));
}

/** An automatic door sliding open: a soft whoosh whose brightness rises and falls, with a faint motor. */
function doorSlide() {
  const len = 1.1;
  const n = seconds(len);
  const air = noise(n, 671);
  const x = new Float64Array(n);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const u = i / n;
    const shape = Math.pow(Math.sin(Math.PI * Math.pow(u, 0.8)), 2);
    // A two-pole low-pass whose cutoff sweeps 300 Hz → 1500 Hz → 300 Hz as the door moves.
    const a = 1 - Math.exp((-TAU * (300 + 1200 * shape)) / RATE);
    s1 += a * (air[i] - s1);
    s2 += a * (s1 - s2);
    const motor = 0.08 * Math.sin(TAU * 95 * (i / RATE)) + 0.03 * Math.sin(TAU * 190 * (i / RATE));
    x[i] = shape * (s2 * 3 + motor);
  }
  return scaleTo(fadeEdges(highpass(x, 60, 1), 10, 40), db(-17));
}

// ---- main ----------------------------------------------------------------------------------

/** Seamless 8 s loops. They ship as OGG only (as WAVs they would be most of the download). */
const ambience = {
  lobby_night: lobbyNight,
  hotel_corridor: hotelCorridor,
  hospital_waiting: hospitalWaiting,
  store_floor: storeFloor,
  mall_concourse: mallConcourse,
  bus_station: busStation,
  airport_gate: airportGate,
  rail_platform: railPlatform,
  carpark_evening: carparkEvening,
  hospital_loading_bay: hospitalLoadingBay,
  store_checkout: storeCheckout,
  store_backoffice: storeBackoffice,
};

/** Short sounds: OGG plus a small WAV fallback. */
const short = {
  ui_click: uiClick,
  ui_select: uiSelect,
  lift_chime: liftChime,
  door_close: doorClose,
  page_turn: pageTurn,
  monitor_beep: monitorBeep,
  pa_chime: paChime,
  till_beep: tillBeep,
  door_slide: doorSlide,
};

const sounds = { ...ambience, ...short };

/**
 * Levels, relative to the click: the click peaks at -12 dBFS and every other short sound is set
 * below the click's short-term loudness, with its peak kept under the click's peak as well.
 */
const BELOW_CLICK_DB = {
  ui_select: 2,
  lift_chime: 4,
  door_close: 3,
  page_turn: 5,
  monitor_beep: 5,
  pa_chime: 5,
  till_beep: 5,
  door_slide: 5,
};

function level(rendered) {
  const click = rendered.ui_click;
  const ref = loudness(click);
  const out = { ...rendered };
  for (const [id, below] of Object.entries(BELOW_CLICK_DB)) {
    let x = rendered[id];
    const l = loudness(x); // computed once: inside map() it would be recomputed for every sample
    x = x.map((v) => (v * ref * db(-below)) / l);
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
console.log('id                length   peak dBFS  RMS dBFS  40ms-max dBFS   wav bytes  ogg bytes');
for (const [id, samples] of Object.entries(rendered)) {
  const wavPath = join(OUT, `${id}.wav`);
  writeFileSync(wavPath, wav(samples));
  let oggSize = '-';
  let wavSize = statSync(wavPath).size;
  if (hasSox) {
    const oggPath = join(OUT, `${id}.ogg`);
    const r = spawnSync('sox', [wavPath, '-C', '3', oggPath], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`sox failed for ${id}`);
    oggSize = statSync(oggPath).size;
    total += oggSize;
    // Loops ship as OGG only: the WAV was just the encoder's input.
    if (id in ambience) {
      unlinkSync(wavPath);
      wavSize = '-';
    }
  }
  if (typeof wavSize === 'number') total += wavSize;
  console.log(
    `${id.padEnd(17)} ${(samples.length / RATE).toFixed(2).padStart(5)} s ${toDb(peak(samples)).toFixed(1).padStart(9)} ${toDb(rms(samples)).toFixed(1).padStart(9)} ${toDb(loudness(samples)).toFixed(1).padStart(14)} ${String(wavSize).padStart(11)} ${String(oggSize).padStart(10)}`,
  );
}
console.log(
  `total ${total} bytes${hasSox ? '' : wavOnly ? '' : ' (sox not found: OGG files not written; install sox and libsox-fmt-all)'}`,
);
