/**
 * Sigma's node and relationship programs drawn without instancing, for CPU renderers. Same shaders, same
 * attribute values, same picture: each class here extends sigma's own, lets it compute one item's
 * attributes as usual (into a scratch array), and writes them once per corner with the corner's constants
 * (state/instanceLayout.ts), so a whole program is one `drawArrays` instead of one instanced draw.
 *
 * Why: SwiftShader, Chrome's WebGL without a GPU, runs an instanced draw as one draw per instance. At 10k
 * nodes / 20k relationships sigma's first frame was ~1.7 s of GPU-process work, nearly all per-instance
 * overhead (the picking pass at a quarter of the pixels cost as much as the visible one). Under a GPU
 * instancing is the cheaper layout (a sixth of the data for a relationship), so it is kept there (app.ts).
 */
import type { Attributes } from 'graphology-types';
import { EdgeArrowHeadProgram, EdgeArrowProgram, EdgeLineProgram, getAttributesItemsCount, EdgeClampedProgram, NodeCircleProgram, type EdgeProgramType, type NodeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { ProgramAttributeSpecification, ProgramInfo } from 'sigma/rendering';
import type Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { spreadItem, withoutInstancing, type Definition } from '../state/instanceLayout';
import { flaggedRange } from '../state/edgeDetail';

interface Layout {
  item: Float32Array;
  itemFloats: number;
  constants: number[][];
}

/** a program drawn here: sigma's, plus the deferred picking pass */
export interface DeferredPicking {
  dropPicking(): void;
  drawPicking(): void;
  /** the picking pass of a render whose visible pass another program draws (hairlines) */
  pickOnly(params: RenderParams): void;
  /** a render whose visible pass draws only some items (the emphasised ones over the hairlines) */
  renderRange(params: RenderParams, first: number, count: number): void;
}

// `any`: sigma's program classes differ in constructor and process signatures
type AnyProgramClass = new (...args: any[]) => any;

/**
 * The same program class, uploading its vertex array only when sigma has written it since the last
 * upload. Sigma uploads the whole array before each of its two passes (picking, then visible) of every
 * render; with this, the passes share one GL buffer, uploaded once after a change and never for a
 * render that only moves the camera. The picture is the same; only copies are saved (the flat arrays
 * are up to four times the instanced ones: six corners of a relationship).
 */
function uploadOnWrite<C extends AnyProgramClass>(Base: C): C {
  class UploadOnWrite extends Base {
    /** bumped whenever sigma writes the vertex array (process, reallocate); what the GL buffer holds */
    private written = 0;
    private uploaded = -1;
    process(...args: unknown[]): void {
      this.written++;
      super.process(...args);
    }
    reallocate(capacity: number): void {
      this.written++;
      super.reallocate(capacity);
    }
    bindProgram(program: ProgramInfo): void {
      const gl = program.gl;
      gl.bindBuffer(gl.ARRAY_BUFFER, this.normalProgram.buffer);
      let offset = 0;
      for (const attr of this.ATTRIBUTES as ProgramAttributeSpecification[]) offset += this.bindAttribute(attr, program, offset);
      if (this.uploaded !== this.written) {
        gl.bufferData(gl.ARRAY_BUFFER, this.array as Float32Array, gl.DYNAMIC_DRAW);
        this.uploaded = this.written;
      }
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
    }
  }
  return UploadOnWrite;
}

/** the same (instanced) program class, drawn with drawArrays, uploading only after writes (uploadOnWrite) */
export function flatProgram<C extends AnyProgramClass>(Base: C): C {
  const base = Base.prototype as { getDefinition(): Definition; processVisibleItem(...args: unknown[]): void };
  class Flat extends uploadOnWrite(Base) {
    /** the instanced class this one draws flat (tests compare the two pictures) */
    static readonly instancedClass = Base;
    private flatLayout: Layout | undefined;
    /** the parameters of this program's last render, while its picking pass is still to be drawn */
    private pendingPick: RenderParams | null = null;
    getDefinition(): Definition {
      return withoutInstancing(base.getDefinition.call(this));
    }
    processVisibleItem(index: number, start: number, ...rest: unknown[]): void {
      let layout = this.flatLayout;
      if (!layout) {
        const def = base.getDefinition.call(this);
        const itemFloats = getAttributesItemsCount(def.ATTRIBUTES); // sigma's count: a packed colour is one float
        layout = this.flatLayout = { item: new Float32Array(itemFloats), itemFloats, constants: def.CONSTANT_DATA ?? [] };
      }
      const array = this.array as Float32Array;
      this.array = layout.item; // sigma's code writes one item at index 0 of the scratch array
      try {
        base.processVisibleItem.call(this, index, 0, ...rest);
      } finally {
        this.array = array;
      }
      spreadItem(layout.item, layout.itemFloats, layout.constants, array, start);
    }
    /**
     * Picking on demand (ui/preservingSigma.ts, the only sigma these programs are given to): a render
     * draws the visible pass only and keeps its parameters; the picking pass is drawn from them when
     * sigma first needs to pick (drawPicking).
     */
    render(params: RenderParams): void {
      if (!this.pickProgram) {
        super.render(params);
        return;
      }
      const pick = this.pickProgram;
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
      this.pendingPick = params;
    }
    /** a render's picking pass without its visible pass, kept for when sigma picks */
    pickOnly(params: RenderParams): void {
      if (!this.pickProgram || this.hasNothingToRender()) return;
      this.pendingPick = params;
    }
    /** items [first, first + count) drawn by the visible pass of the next render(s), instead of all */
    private visibleRange: { first: number; count: number } | null = null;
    /** a render (picking pass kept or drawn as usual) whose visible pass draws only items [first, first + count) */
    renderRange(params: RenderParams, first: number, count: number): void {
      this.visibleRange = { first, count };
      try {
        this.render(params);
      } finally {
        this.visibleRange = null;
      }
    }
    drawWebGL(method: number, programInfo: ProgramInfo): void {
      const range = this.visibleRange;
      if (!range || programInfo.isPicking) {
        super.drawWebGL(method, programInfo);
        return;
      }
      const gl = programInfo.gl;
      gl.bindFramebuffer(gl.FRAMEBUFFER, programInfo.frameBuffer);
      gl.drawArrays(method, range.first * this.VERTICES, range.count * this.VERTICES);
    }
    /** forgets a pending picking pass (a new sigma render starts: it is drawn again or not at all) */
    dropPicking(): void {
      this.pendingPick = null;
    }
    /** the picking pass of the last render, as sigma's Program.render draws it (a downsized viewport and pixel ratio) */
    drawPicking(): void {
      const params = this.pendingPick;
      const pick = this.pickProgram as ProgramInfo | null;
      this.pendingPick = null;
      if (!params || !pick || this.hasNothingToRender()) return;
      pick.gl.viewport(0, 0, (params.width * params.pixelRatio) / params.downSizingRatio, (params.height * params.pixelRatio) / params.downSizingRatio);
      this.bindProgram(pick);
      this.renderProgram({ ...params, pixelRatio: params.pixelRatio / params.downSizingRatio }, pick);
      this.unbindProgram(pick);
    }
  }
  return Flat;
}

/** far outside the picture: where a hidden relationship's hairline is put (clipped, draws nothing) */
const AWAY = 1e9;

/**
 * Sigma's line program (one 1-pixel gl.LINES segment per relationship, centre to centre, flat colour; it
 * has no instancing), drawn without blending: SwiftShader rasterises the 20k hairlines of a 10k graph in
 * ~35 ms opaque against ~40-55 ms blended (bench/edge-lod-probe.ts). The picture is the same as long as
 * the colours are opaque, which the viewer's are (palette, reducers: hex colours). A hidden relationship
 * is put far outside the picture: sigma writes zeros, a zero-length line at the origin, which a
 * rasteriser may draw as a pixel (of transparent black, not blended).
 */
class HairlineProgram extends uploadOnWrite(EdgeLineProgram) {
  override process(edgeIndex: number, offset: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    super.process(edgeIndex, offset, sourceData, targetData, data);
    if (!(data.hidden || sourceData.hidden || targetData.hidden)) return;
    // sigma wrote zeros for the hidden item: move its vertices away
    const array = this.array as Float32Array;
    for (let v = 0, i = offset * this.STRIDE; v < this.VERTICES; v++, i += this.ATTRIBUTES_ITEMS_COUNT) {
      array[i] = AWAY;
      array[i + 1] = AWAY;
    }
  }
  override renderProgram(params: RenderParams, programInfo: ProgramInfo): void {
    const gl = programInfo.gl;
    gl.useProgram(programInfo.program);
    this.setUniforms(params, programInfo);
    gl.disable(gl.BLEND);
    this.drawWebGL(this.METHOD, programInfo);
    gl.enable(gl.BLEND); // what sigma's programs expect (each enables it anyway)
  }
}

/** whether the straight relationships are drawn as hairlines now (read at every render) */
export type HairlinesNow = () => boolean;

// `any`: sigma's program constructors and process signatures are untyped here
type Part = any;

/**
 * The straight relationships under a CPU renderer: sigma's clamped rectangle plus arrow head (flat), and
 * 1-pixel hairlines, all three filled by every process so that switching is only a matter of what a render
 * draws. While `hairlines()` holds a render draws the hairlines and the arrow heads; the rectangles draw
 * their picking pass (on demand, ui/preservingSigma.ts), so hovering and clicking a relationship work as
 * with the rectangles (the same ~3-pixel target), and their visible pass only for the relationships drawn
 * above the rest (zIndex >= 2: a hovered neighbourhood, the selection, a query result; state/reducers.ts),
 * which keep their thickness. Sigma sorts items by zIndex when it re-indexes (the viewer re-indexes when
 * the emphasised sets change), so those are the last slots: one drawArrays over the slots from the first
 * to the last of them (anything between is drawn as a rectangle too, still a correct picture). With none,
 * the rectangles' vertex array is not even uploaded until something is picked. Without hairlines it is
 * sigma's compound (rectangle, then head).
 */
export function straightEdgeProgram(hairlines: HairlinesNow): AnyProgramClass {
  const Rectangles = flatProgram(EdgeClampedProgram);
  const Heads = flatProgram(EdgeArrowHeadProgram);
  return class StraightEdgeProgram {
    drawLabel = undefined;
    readonly programs: Part[];
    private readonly rectangles: Part;
    private readonly heads: Part;
    private readonly lines: Part;
    /** per slot: 1 if the relationship there is visible and emphasised (zIndex >= 2) */
    private emphasised = new Uint8Array(0);
    constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
      this.rectangles = new Rectangles(gl, pickingBuffer, renderer);
      this.heads = new Heads(gl, pickingBuffer, renderer);
      this.lines = new HairlineProgram(gl, null, renderer); // no picking pass of its own
      this.programs = [this.rectangles, this.heads, this.lines];
    }
    reallocate(capacity: number): void {
      if (capacity !== this.emphasised.length) this.emphasised = new Uint8Array(capacity);
      for (const p of this.programs) p.reallocate(capacity);
    }
    process(edgeIndex: number, offset: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
      this.emphasised[offset] = !data.hidden && !sourceData.hidden && !targetData.hidden && (data.zIndex ?? 0) >= 2 ? 1 : 0;
      for (const p of this.programs) p.process(edgeIndex, offset, sourceData, targetData, data);
    }
    render(params: RenderParams): void {
      if (hairlines()) {
        this.lines.render(params);
        const range = flaggedRange(this.emphasised);
        if (!range) this.rectangles.pickOnly(params);
        else this.rectangles.renderRange(params, range.first, range.count);
      } else this.rectangles.render(params);
      this.heads.render(params);
    }
    kill(): void {
      for (const p of this.programs) p.kill();
    }
  };
}

/**
 * The program classes the viewer registers with sigma: sigma's circle, its straight arrow (a clamped
 * rectangle plus an arrow head) and @sigma/edge-curve's curved arrow; flat (drawArrays) under a CPU
 * renderer, instanced as published otherwise. Under a CPU renderer the straight relationships are drawn
 * as hairlines while `hairlines()` holds (straightEdgeProgram; state/edgeDetail.ts decides).
 */
export function sigmaPrograms<N extends Attributes, E extends Attributes, G extends Attributes>(
  flat: boolean,
  hairlines: HairlinesNow,
): { nodeProgramClasses: Record<string, NodeProgramType<N, E, G>>; edgeProgramClasses: Record<string, EdgeProgramType<N, E, G>> } {
  if (!flat) return { nodeProgramClasses: { circle: NodeCircleProgram }, edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram } };
  return {
    nodeProgramClasses: { circle: flatProgram(NodeCircleProgram) },
    edgeProgramClasses: {
      straight: straightEdgeProgram(hairlines) as unknown as EdgeProgramType<N, E, G>,
      curved: flatProgram(EdgeCurvedArrowProgram) as unknown as EdgeProgramType<N, E, G>,
    },
  };
}
