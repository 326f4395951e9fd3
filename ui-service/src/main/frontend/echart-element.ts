import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GeoComponent,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only the chart types the dashboard draws: keeps the bundle a fraction of the full echarts build.
echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  MapChart,
  ScatterChart,
  AriaComponent,
  DatasetComponent,
  GeoComponent,
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/**
 * Draws the ECharts option the server sets as the `option` property, follows its own size, and reports
 * clicks as a `chart-click` event whose detail the Java side reads.
 */
@customElement('crimelake-echart')
export class EchartElement extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 200px;
    }
    #chart {
      position: absolute;
      inset: 0;
    }
  `;

  @property({ type: Object }) option: Record<string, unknown> | undefined;

  /** GeoJSON FeatureCollections by map name, registered before the option that names them is drawn. */
  @property({ type: Object }) maps: Record<string, unknown> | undefined;

  private registeredMaps: Record<string, unknown> | undefined;

  /** The live ECharts instance; browser tests read the drawn data from `instance.getOption()`. */
  instance: echarts.ECharts | undefined;

  private resizeObserver: ResizeObserver | undefined;

  render() {
    return html`<div id="chart"></div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.start();
    }
  }

  firstUpdated() {
    this.start();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.instance?.dispose();
    this.instance = undefined;
  }

  updated(changed: Map<string, unknown>) {
    if (changed.has('option') || changed.has('maps')) {
      this.draw();
    }
  }

  private start() {
    const container = this.renderRoot.querySelector('#chart') as HTMLDivElement;
    this.instance = echarts.init(container);
    this.instance.on('click', (params) => {
      this.dispatchEvent(
        new CustomEvent('chart-click', {
          detail: {
            seriesName: params.seriesName ?? '',
            name: params.name ?? '',
            dataIndex: params.dataIndex ?? -1,
            value: params.value ?? null,
          },
        }),
      );
    });
    this.resizeObserver = new ResizeObserver(() => this.instance?.resize());
    this.resizeObserver.observe(this);
    this.draw();
  }

  private draw() {
    if (this.maps && this.maps !== this.registeredMaps) {
      for (const [name, geoJson] of Object.entries(this.maps)) {
        echarts.registerMap(name, geoJson as Parameters<typeof echarts.registerMap>[1]);
      }
      this.registeredMaps = this.maps;
    }
    if (this.instance && this.option) {
      // notMerge: a new filter's option replaces the old one instead of leaving stale series behind.
      this.instance.setOption(this.option, { notMerge: true });
    }
  }
}
