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
import { createEdgeCompoundProgram, EdgeArrowHeadProgram, EdgeArrowProgram, getAttributesItemsCount, EdgeClampedProgram, NodeCircleProgram, type EdgeProgramType, type NodeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { ProgramAttributeSpecification, ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { spreadItem, withoutInstancing, type Definition } from '../state/instanceLayout';

interface Layout {
  item: Float32Array;
  itemFloats: number;
  constants: number[][];
}

/** a sigma instance that asks its programs to draw picking only when it picks (ui/preservingSigma.ts) */
export interface PickingOnDemand {
  pickingOnDemand?: boolean;
}

/** a program drawn here: sigma's, plus the deferred picking pass */
export interface DeferredPicking {
  dropPicking(): void;
  drawPicking(): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- sigma's program classes differ in constructor and process signatures
type AnyProgramClass = new (...args: any[]) => any;

/** the same program class, drawn with drawArrays (a class without instancing is returned as is) */
export function flatProgram<C extends AnyProgramClass>(Base: C): C {
  const base = Base.prototype as { getDefinition(): Definition; processVisibleItem(...args: unknown[]): void };
  class Flat extends Base {
    private flatLayout: Layout | undefined;
    /** bumped whenever sigma writes the vertex array (process, reallocate); what the GL buffer holds */
    private written = 0;
    private uploaded = -1;
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
    process(...args: unknown[]): void {
      this.written++;
      super.process(...args);
    }
    reallocate(capacity: number): void {
      this.written++;
      super.reallocate(capacity);
    }
    /**
     * With picking on demand (ui/preservingSigma.ts) a render draws the visible pass only and keeps its
     * parameters; the picking pass is drawn from them when sigma first needs to pick (drawPicking).
     */
    render(params: RenderParams): void {
      if (!(this.renderer as PickingOnDemand).pickingOnDemand || !this.pickProgram) {
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
    /**
     * Sigma uploads the whole array before each of its two passes (picking, then visible) of every render.
     * The flat array is up to four times the instanced one (six corners of a relationship), so the passes
     * share one GL buffer, uploaded only when sigma has written the array since: once after a change,
     * never for a render that only moves the camera. The picture is the same; only copies are saved.
     */
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
  return Flat;
}

/**
 * The program classes the viewer registers with sigma: sigma's circle, its straight arrow (a clamped
 * rectangle plus an arrow head) and @sigma/edge-curve's curved arrow; flat (drawArrays) under a CPU
 * renderer, instanced as published otherwise.
 */
export function sigmaPrograms<N extends Attributes, E extends Attributes, G extends Attributes>(
  flat: boolean,
): { nodeProgramClasses: Record<string, NodeProgramType<N, E, G>>; edgeProgramClasses: Record<string, EdgeProgramType<N, E, G>> } {
  if (!flat) return { nodeProgramClasses: { circle: NodeCircleProgram }, edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram } };
  return {
    nodeProgramClasses: { circle: flatProgram(NodeCircleProgram) },
    edgeProgramClasses: {
      straight: createEdgeCompoundProgram([flatProgram(EdgeClampedProgram), flatProgram(EdgeArrowHeadProgram)] as unknown as EdgeProgramType<N, E, G>[]),
      curved: flatProgram(EdgeCurvedArrowProgram) as unknown as EdgeProgramType<N, E, G>,
    },
  };
}
