import { moduleLoader } from '@/lib/module-loader';

// Recharts and the chart panels load only with a scene that has bars: the headline figures never wait for them.
export const chartModule = moduleLoader(() => import('@/features/scenes/components/panels/bars-panel-chart'));
