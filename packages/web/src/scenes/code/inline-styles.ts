/**
 * The server's Content-Security-Policy (style-src 'self') rightly blocks
 * <style> elements, and CodeMirror writes its theme into one (style-mod only
 * uses constructed stylesheets inside shadow roots). Constructed stylesheets
 * are not inline markup, so CSP lets them apply: this copies the text of the
 * page's <style> elements into one and keeps it in step while the editor is
 * mounted. Without a CSP the rules apply twice, which changes nothing.
 */
export const mirrorInlineStyles = (doc: Document = document): (() => void) => {
  const view = doc.defaultView;
  if (view === null || !('adoptedStyleSheets' in doc) || typeof view.CSSStyleSheet !== 'function') return () => undefined;
  const sheet = new view.CSSStyleSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const sync = () => {
    const text = Array.from(doc.head.querySelectorAll('style'), (element) => element.textContent).join('\n');
    sheet.replaceSync(text);
  };
  const observer = new view.MutationObserver(sync);
  observer.observe(doc.head, { childList: true, subtree: true, characterData: true });
  sync();
  return () => {
    observer.disconnect();
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
};
