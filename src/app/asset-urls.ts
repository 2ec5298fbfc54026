// The served URL of every scene and sound file, for the stage and the audio layer (loaded with them,
// through src/app/catalogs.ts, never before the first choice).

const assetUrls = import.meta.glob<string>('../../assets/{scenes,audio}/*.{svg,ogg,wav,mp3}', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The served URL of an asset file name such as `hotel_lobby_night.svg`. */
export function assetUrl(file: string): string {
  for (const [path, url] of Object.entries(assetUrls)) if (path.endsWith(`/${file}`)) return url;
  throw new Error(`assets: no file named "${file}"`);
}
