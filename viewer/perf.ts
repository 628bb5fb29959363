/**
 * Timing marks for the benchmark and tests: a frame counts as painted two animation frames after the work, when
 * the browser has composited it. `body[data-first-frame]` holds ms since navigation.
 */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
}

export function markFirstFrame(): void {
  void afterPaint().then((time) => {
    performance.mark('infragraph:first-frame');
    document.body.dataset.firstFrame = String(time);
  });
}
