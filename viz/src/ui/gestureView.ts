/**
 * Pan/zoom gestures without a sigma render per frame. Under a CPU renderer (SwiftShader) a sigma frame
 * reaches the screen every few hundred ms at 10k nodes, whatever the page does; moving a picture that is
 * already on screen with a CSS transform costs the compositor a fraction of that. So while the user drags
 * or wheels, sigma's camera moves as usual (its own captors, its own math: the camera state is always
 * sigma's), the render that each camera update would schedule is held back, and the last picture (by
 * default one snapshot canvas copied from sigma's layers when the gesture starts; or sigma's canvases
 * themselves, all but the mouse layer, which keeps the pointer coordinates true) is moved by the transform
 * that maps the last rendered camera to the current one (state/gestureTransform.ts). When the gesture settles (no
 * pointer pressed, no camera animation, SETTLE_MS without a camera update) sigma renders once and the
 * transform goes back to none in the same frame. Any render during the gesture (a hover refresh) re-bases
 * the transform on what it drew. Camera animations not started by the user (search focus) render as before.
 */
import type Sigma from 'sigma';
import { drawingBuffersPreserved } from './preservingSigma';
import { cssTransform, IDENTITY, similarityFromPairs, type Camera2D, type ViewTransform } from '../state/gestureTransform';

/** quiet time after the last camera update before the one real render */
export const SETTLE_MS = 120;

/**
 * 'layers': the transform moves sigma's drawn canvases (six layers) as they are. 'snapshot': at the first
 * camera update of a gesture sigma's layers are copied into one 2D canvas, which alone is moved while
 * sigma's canvases are hidden (one layer for the compositor instead of six). The copy is of what is on
 * screen when sigma keeps its WebGL drawing buffers (ui/preservingSigma.ts); otherwise they are readable
 * only in the task that drew them, and sigma renders once more first.
 */
export type GestureMode = 'layers' | 'snapshot';

export class GestureView {
  /** a pointer is pressed or a wheel turned, and the gesture has not settled */
  private active = false;
  private pointerDown = false;
  /** a render was asked for while the gesture held renders back */
  private pending = false;
  private base: Camera2D;
  private settleTimer: number | undefined;
  private readonly layers: HTMLCanvasElement[];
  private readonly scheduleRender: () => Sigma;
  private readonly applied: Array<(t: ViewTransform) => void> = [];
  private readonly off: Array<() => void> = [];

  private snap: HTMLCanvasElement | null = null;
  private snapShown = false;
  /** sigma's WebGL layers keep their buffers: the snapshot can copy the last render without a new one */
  private readonly preserved: boolean;

  constructor(
    private readonly sigma: Sigma,
    /** may be changed between gestures (benchmarks compare both) */
    public mode: GestureMode = 'snapshot',
  ) {
    const canvases = sigma.getCanvases();
    this.layers = Object.entries(canvases)
      .filter(([id]) => id !== 'mouse')
      .map(([, c]) => c);
    for (const c of this.layers) c.style.transformOrigin = '0 0';
    this.preserved = drawingBuffersPreserved(sigma);
    this.base = this.cameraNow();
    // hold back the renders that camera updates schedule while a gesture runs (an own property on this
    // instance: sigma's camera listener calls this.scheduleRender())
    const original = sigma.scheduleRender.bind(sigma) as () => Sigma;
    this.scheduleRender = original;
    sigma.scheduleRender = () => {
      if (this.active) {
        this.pending = true;
        return sigma;
      }
      return original();
    };
    const mouse = canvases.mouse!;
    const listen = <K extends keyof WindowEventMap>(target: EventTarget, type: K, fn: (e: WindowEventMap[K]) => void) => {
      target.addEventListener(type, fn as EventListener, { capture: true, passive: true });
      this.off.push(() => target.removeEventListener(type, fn as EventListener, { capture: true }));
    };
    listen(mouse, 'pointerdown', () => {
      this.pointerDown = true;
      this.active = true;
    });
    const up = () => {
      if (!this.pointerDown) return;
      this.pointerDown = false;
      this.armSettle();
    };
    listen(window, 'pointerup', up);
    listen(window, 'pointercancel', up);
    listen(mouse, 'wheel', () => {
      this.active = true;
      this.armSettle();
    });
    const onCamera = () => {
      if (!this.active) return;
      if (this.mode === 'snapshot' && !this.snapShown) {
        this.snapShown = true;
        if (this.preserved) this.copyLayers();
        else (sigma as unknown as { render(): void }).render(); // afterRender copies it
        for (const c of this.layers) c.style.visibility = 'hidden';
        this.snapshotCanvas().style.display = '';
      }
      this.apply();
      this.armSettle();
    };
    sigma.getCamera().on('updated', onCamera);
    this.off.push(() => sigma.getCamera().off('updated', onCamera));
    // whatever sigma draws becomes the picture the transform starts from
    const before = () => {
      this.base = this.cameraNow();
      this.setTransform(IDENTITY);
    };
    sigma.on('beforeRender', before);
    this.off.push(() => sigma.off('beforeRender', before));
    const after = () => {
      if (!this.snapShown) return;
      // a render during the gesture (a hover) re-bases the picture: copy it now (without preserved buffers
      // the WebGL layers are readable only in the task that drew them)
      if (this.active) this.copyLayers();
      else {
        this.snapShown = false;
        this.snapshotCanvas().style.display = 'none';
        for (const c of this.layers) c.style.visibility = '';
      }
    };
    sigma.on('afterRender', after);
    this.off.push(() => sigma.off('afterRender', after));
  }

  /** called with each transform shown (benchmarks count these as frames) */
  onApply(fn: (t: ViewTransform) => void): void {
    this.applied.push(fn);
  }

  get gestureActive(): boolean {
    return this.active;
  }

  /** back to a sigma render per camera update */
  kill(): void {
    window.clearTimeout(this.settleTimer);
    for (const f of this.off) f();
    this.active = false;
    this.sigma.scheduleRender = this.scheduleRender as Sigma['scheduleRender'];
    this.setTransform(IDENTITY);
    for (const c of this.layers) c.style.visibility = '';
    if (this.pending) this.scheduleRender();
  }

  private cameraNow(): Camera2D {
    const c = this.sigma.getCamera().getState();
    return { x: c.x, y: c.y, ratio: c.ratio };
  }

  /** the transform from the last rendered camera to the current one, from sigma's own projection */
  private apply(): void {
    const now = this.sigma.getCamera().getState();
    const base = { ...now, ...this.base };
    const a = { x: 0, y: 0 };
    const b = { x: 1, y: 1 };
    const t = similarityFromPairs(
      this.sigma.framedGraphToViewport(a, { cameraState: base }),
      this.sigma.framedGraphToViewport(b, { cameraState: base }),
      this.sigma.framedGraphToViewport(a, { cameraState: now }),
      this.sigma.framedGraphToViewport(b, { cameraState: now }),
    );
    this.setTransform(t);
  }

  private snapshotCanvas(): HTMLCanvasElement {
    if (!this.snap) {
      const mouse = this.sigma.getCanvases().mouse!;
      const c = document.createElement('canvas');
      c.style.cssText = 'position:absolute;inset:0;pointer-events:none;transform-origin:0 0;display:none';
      mouse.parentNode!.insertBefore(c, mouse);
      this.snap = c;
      this.off.push(() => c.remove());
    }
    return this.snap;
  }

  /** sigma's layers, in their order, into the one snapshot canvas */
  private copyLayers(): void {
    const snap = this.snapshotCanvas();
    const first = this.layers[0]!;
    if (snap.width !== first.width || snap.height !== first.height) {
      snap.width = first.width;
      snap.height = first.height;
      snap.style.width = first.style.width;
      snap.style.height = first.style.height;
    }
    const ctx = snap.getContext('2d')!;
    ctx.clearRect(0, 0, snap.width, snap.height);
    for (const c of this.layers) ctx.drawImage(c, 0, 0);
  }

  private setTransform(t: ViewTransform): void {
    const css = cssTransform(t);
    const moved = this.mode === 'snapshot' ? (this.snap ? [this.snap] : []) : this.layers;
    for (const c of moved) if (c.style.transform !== css) c.style.transform = css;
    for (const fn of this.applied) fn(t);
  }

  private armSettle(): void {
    window.clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => this.settle(), SETTLE_MS);
  }

  private settle(): void {
    if (this.pointerDown) return; // pointerup arms it again
    if (this.sigma.getCamera().isAnimated()) return this.armSettle();
    this.active = false;
    const c = this.cameraNow();
    if (this.pending || c.x !== this.base.x || c.y !== this.base.y || c.ratio !== this.base.ratio) {
      this.pending = false;
      this.scheduleRender();
    }
  }
}
