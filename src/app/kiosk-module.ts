import { moduleLoader } from '@/lib/module-loader';

// Meeting-room mode is its own chunk: desk visitors never download it. The first screen of a meeting-room
// address waits for it (src/app/first-screen.ts), so the mode opens at once rather than after a loading screen.
export const kioskModule = moduleLoader(() => import('@/app/kiosk-page'));
