import type { ComponentType } from 'react';
import type { MessageKey } from '@/i18n/messages';

// Scene ids are a public contract (?scene=<id>, ?scenes=a,b,c): never rename them.
export const sceneIds = ['overview', 'training', 'review', 'supervision', 'plans'] as const;
export type SceneId = (typeof sceneIds)[number];

export type SceneDefinition = {
  id: SceneId;
  title: MessageKey;
  description: MessageKey;
  load: () => Promise<{ default: ComponentType<{ reportId: string }> }>;
};

// Each scene is its own chunk, so the charts a scene needs load with that scene.
export const scenes: readonly SceneDefinition[] = [
  {
    id: 'overview',
    title: 'scene.overview',
    description: 'scene.overview.description',
    load: () => import('@/features/overview/components/overview-scene').then((m) => ({ default: m.OverviewScene })),
  },
  {
    id: 'training',
    title: 'scene.training',
    description: 'scene.training.description',
    load: () => import('@/features/training/components/training-scene').then((m) => ({ default: m.TrainingScene })),
  },
  {
    id: 'review',
    title: 'scene.review',
    description: 'scene.review.description',
    load: () => import('@/features/review/components/review-scene').then((m) => ({ default: m.ReviewScene })),
  },
  {
    id: 'supervision',
    title: 'scene.supervision',
    description: 'scene.supervision.description',
    load: () => import('@/features/supervision/components/supervision-scene').then((m) => ({ default: m.SupervisionScene })),
  },
  {
    id: 'plans',
    title: 'scene.plans',
    description: 'scene.plans.description',
    load: () => import('@/features/plans/components/plans-scene').then((m) => ({ default: m.PlansScene })),
  },
];

export function parseSceneId(value: string | null): SceneId {
  return sceneIds.find((id) => id === value) ?? 'overview';
}
