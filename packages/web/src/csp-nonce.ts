/**
 * This page's Content-Security-Policy nonce for `<style>` elements, which the
 * server writes into `<meta property="csp-nonce">` (the CSP's style-src
 * allows only our own files and that nonce). Read from the `nonce` property:
 * browsers hide the attribute from scripts once the page has loaded. Empty
 * when the page has none (the Vite dev server), where nothing needs it.
 */
export const readCspNonce = (doc: Document = document): string => {
  const meta = doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce ?? '';
};
