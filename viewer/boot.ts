/**
 * The page shell (top bar, panels, overlays) stays invisible until sigma holds its WebGL contexts. Under a software
 * GPU, creating a WebGL context after the browser has painted anything else on the page waits behind that work:
 * measured on the seed graph, the contexts took ≈ 100–230 ms with the shell painted first against ≈ 30–40 ms without
 * (bench/README.md, viewer). boot.css hides the body while `data-booting` is set and shows it after 1 s anyway,
 * so a script that never runs cannot leave a blank page.
 */
export function revealPage(): void {
  delete document.body.dataset.booting;
}
