/**
 * The name of a stored source file without its folders. Files given on the command line are stored as typed
 * (`../shared/a.txt`, `/home/me/a.txt`, `C:\corpus\a.txt`), and a page must not show where they lay on a machine:
 * both separators are cut, whatever the platform the dashboard runs on (path.basename on Linux keeps `C:\…`).
 */
export function fileName(stored: string): string {
  const name = stored.slice(Math.max(stored.lastIndexOf('/'), stored.lastIndexOf('\\')) + 1);
  return name === '' ? stored : name;
}
