/**
 * The url as a link target when it is an http or https url, else undefined: what every link
 * built from stored text goes through, so an old or imported value that a schema never saw
 * cannot become a `javascript:` link.
 *
 * @public
 */
export function httpHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:'
      ? parsed.href
      : undefined;
  } catch {
    return undefined;
  }
}
