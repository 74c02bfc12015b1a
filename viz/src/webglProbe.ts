/**
 * A tiny script in <head>, run before app.js: it asks for a WebGL 2 context and records the answer on
 * <html data-webgl2="yes|no"> for main.ts. The first context of a page is the slow one (about 0.5 s under
 * SwiftShader: the GPU side starts up); asked here, that start-up overlaps the downloads of app.js and
 * of the graph instead of following them. It also records the renderer's name on
 * <html data-webgl-renderer> (WEBGL_debug_renderer_info), so the viewer knows a CPU rasteriser
 * (SwiftShader) and draws less while the camera moves (state/moveRendering.ts).
 */
(() => {
  let gl: WebGL2RenderingContext | null = null;
  try {
    gl = document.createElement('canvas').getContext('webgl2');
  } catch {
    gl = null;
  }
  document.documentElement.dataset.webgl2 = gl ? 'yes' : 'no';
  if (gl) {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    if (typeof renderer === 'string') document.documentElement.dataset.webglRenderer = renderer;
  }
})();
