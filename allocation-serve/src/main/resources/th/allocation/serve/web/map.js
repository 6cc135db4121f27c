// The province map. The HTML report's tile-grid map of Thailand's provinces is to be shared here once
// it exists; until then this module says so, and the page lists every province in the bar chart below.
// To plug the map in: set available to true and draw provinces ([{group, per_pupil,
// baseline_per_pupil, schools, pupils}], amounts as decimal strings) into container.
"use strict";

const WorkbenchMap = {
  available: false,
  render(container, provinces) {
    if (!this.available) {
      container.textContent = I18n.t("map.unavailable");
    }
  },
};
