/** The side panels and the buttons that switch between them; the open panel is part of the view state. */
import { h, listen, Teardown } from './dom.js';
import { PANELS } from './state.js';
import type { Panel, Store } from './state.js';

const TITLES: Record<Panel, string> = {
  details: 'Details',
  path: 'Path',
  compare: 'Compare',
  ask: 'Ask',
  list: 'List',
};

export interface PanelSections {
  sections: Record<Panel, HTMLElement>;
  teardown: () => void;
}

export function mountPanels(tabs: HTMLElement, container: HTMLElement, store: Store): PanelSections {
  const teardown = new Teardown();
  const sections = {} as Record<Panel, HTMLElement>;
  const buttons = PANELS.map((panel) => {
    sections[panel] = h('section', {
      id: `panel-${panel}`,
      class: 'panel',
      role: 'region',
      'aria-label': TITLES[panel],
    });
    const button = h(
      'button',
      { type: 'button', class: 'tab', 'aria-controls': `panel-${panel}`, 'data-panel': panel },
      TITLES[panel],
    );
    teardown.add(listen(button, 'click', () => store.set({ panel }, 'push')));
    return button;
  });
  tabs.replaceChildren(...buttons);
  container.replaceChildren(...PANELS.map((panel) => sections[panel]));
  const sync = () => {
    const open = store.get().panel;
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.panel === open));
    for (const panel of PANELS) sections[panel].hidden = panel !== open;
  };
  sync();
  teardown.add(store.subscribe(sync), () => {
    tabs.replaceChildren();
    container.replaceChildren();
  });
  return { sections, teardown: () => teardown.run() };
}
