/**
 * Positions for nodes without edges: a ring around the laid-out part, filled like a sunflower head (each point a
 * golden angle further round, radii growing with the square root of the rank) so the points are evenly spread at
 * any count. A force layout would push such nodes to the same kind of ring, but paying a repulsion term between
 * every pair of nodes at every iteration; placing them directly costs nothing, and they carry no structure to show.
 */

export interface Point {
  x: number;
  y: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Room each ringed node gets, in layout units squared: about the spacing a force layout leaves between loners. */
const AREA_PER_NODE = 120;

/**
 * `count` points on a ring that starts a margin outside `radius` around `centre`; `turn` (in [0, 1)) rotates the
 * whole ring, so a layout seed moves these points too.
 */
export function ringPositions(count: number, centre: Point, radius: number, turn: number): Point[] {
  const inner = radius > 0 ? radius * 1.15 + 10 : 0;
  // At least a band a quarter as deep as the ring is wide, so the ring reads as a cloud, not a thin circle.
  const outerSquared = Math.max(inner * inner + (count * AREA_PER_NODE) / Math.PI, (inner * 1.3) ** 2);
  const start = turn * 2 * Math.PI;
  return Array.from({ length: count }, (_, rank) => {
    const r = Math.sqrt(inner * inner + ((rank + 0.5) / count) * (outerSquared - inner * inner));
    const angle = start + rank * GOLDEN_ANGLE;
    return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
  });
}

/** The centre of a set of points and the distance from it to the farthest of them. */
export function extent(points: readonly Point[]): { centre: Point; radius: number } {
  if (points.length === 0) return { centre: { x: 0, y: 0 }, radius: 0 };
  const centre = {
    x: points.reduce((sum, point) => sum + point.x, 0) / points.length,
    y: points.reduce((sum, point) => sum + point.y, 0) / points.length,
  };
  let radius = 0;
  for (const point of points) radius = Math.max(radius, Math.hypot(point.x - centre.x, point.y - centre.y));
  return { centre, radius };
}
