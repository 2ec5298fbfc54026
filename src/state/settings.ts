// Learner settings: persisted, and read back defensively (a bad value falls back to its default).

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  master: number;
  music: number;
  ambience: number;
  effects: number;
  muted: boolean;
  captions: boolean;
  textSize: TextSize;
  highContrast: boolean;
  reducedMotion: boolean;
  /** OpenDyslexic instead of the default font. */
  dyslexiaFont: boolean;
  /**
   * Instructor tools in the menu and "Present to a class" on each scenario. Off for learners; a
   * trainer turns it on in Settings or opens the game with `?instructor`.
   */
  instructorTools: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  master: 0.8,
  music: 0.6,
  ambience: 0.5,
  effects: 0.7,
  muted: false,
  captions: true,
  textSize: 'normal',
  highContrast: false,
  reducedMotion: false,
  dyslexiaFont: false,
  instructorTools: false,
};

function volume(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : fallback;
}
function flag(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

export function readSettings(value: unknown): Settings {
  const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    master: volume(o['master'], d.master),
    music: volume(o['music'], d.music),
    ambience: volume(o['ambience'], d.ambience),
    effects: volume(o['effects'], d.effects),
    muted: flag(o['muted'], d.muted),
    captions: flag(o['captions'], d.captions),
    textSize: (TEXT_SIZES as readonly unknown[]).includes(o['textSize'])
      ? (o['textSize'] as TextSize)
      : d.textSize,
    highContrast: flag(o['highContrast'], d.highContrast),
    reducedMotion: flag(o['reducedMotion'], d.reducedMotion),
    dyslexiaFont: flag(o['dyslexiaFont'], d.dyslexiaFont),
    instructorTools: flag(o['instructorTools'], d.instructorTools),
  };
}
