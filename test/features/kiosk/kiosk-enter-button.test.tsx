import { screen } from '@testing-library/react';
import { noMeetingRoomQuery } from '@/features/kiosk/components/kiosk-enter-button';
import { staticMediaQueryList } from '../../dom-stubs';
import { renderApp } from '../../render';

/** matchMedia that answers `matches` for the meeting-room query and "no" for every other. */
function screenWhere(matches: boolean) {
  const original = window.matchMedia;
  window.matchMedia = (query: string) => staticMediaQueryList(query, query === noMeetingRoomQuery ? matches : false);
  return () => (window.matchMedia = original);
}

describe('the way into meeting-room mode', () => {
  it('is offered on a desk screen with a mouse', async () => {
    const restore = screenWhere(false);
    try {
      renderApp({ url: '/?scene=overview' });
      expect(await screen.findByRole('link', { name: '会议室模式' })).toBeInTheDocument();
    } finally {
      restore();
    }
  });

  it('is not offered on a phone or tablet, where the mode cannot work', async () => {
    const restore = screenWhere(true);
    try {
      renderApp({ url: '/?scene=overview' });
      await screen.findByText('11,961');
      expect(screen.queryByRole('link', { name: '会议室模式' })).not.toBeInTheDocument();
    } finally {
      restore();
    }
  });

});
