/**
 * Chart.vue loaded on demand: ECharts travels in its own chunk, so the page (KPI numbers,
 * skeletons) paints without waiting for the charting library.
 */
import { defineAsyncComponent } from "vue";

const load = () => import("../../../components/Chart.vue");

/** Starts fetching the chart chunk now (in parallel with the API requests) rather than
 * when the first chart is rendered, i.e. only after the data has arrived. */
export const preloadChart = (): void => void load().catch(() => undefined);

export default defineAsyncComponent(load);
