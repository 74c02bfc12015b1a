/**
 * A tiny script in <head>, run before app.js: it asks for a WebGL 2 context and records the answer on
 * <html data-webgl2="yes|no"> for main.ts. The first context of a page is the slow one (about 0.5 s under
 * SwiftShader: the GPU side starts up); asked here, that start-up overlaps the downloads of app.js and
 * of the graph instead of following them.
 */
(() => {
  let ok = false;
  try {
    ok = !!document.createElement('canvas').getContext('webgl2');
  } catch {
    ok = false;
  }
  document.documentElement.dataset.webgl2 = ok ? 'yes' : 'no';
})();
