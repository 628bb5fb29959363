/** Messages between the canvas and the layout worker; numbers travel as typed arrays to keep big graphs cheap. */
export interface LayoutRequest {
  nodes: string[];
  x: Float64Array;
  y: Float64Array;
  /** Pairs of indexes into `nodes`. */
  edges: Uint32Array;
  iterations: number;
}

export interface LayoutProgress {
  x: Float64Array;
  y: Float64Array;
  done: boolean;
}
