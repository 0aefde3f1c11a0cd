/** The data a page's HTML carries in `<script type="application/json" id="page-data">` (see src/web/assets/browser-assets.ts). */
export function pageData<T>(): T {
  return JSON.parse(document.getElementById('page-data')?.textContent ?? 'null') as T;
}
