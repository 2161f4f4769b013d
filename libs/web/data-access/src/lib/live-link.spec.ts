import { liveResume, liveStatus, liveUrl, retryDelay, worthRetrying } from './live-link';

describe('the live link', () => {
  it('opens the socket on the page’s own origin and path', () => {
    expect(liveUrl({ protocol: 'http:', host: 'localhost:3200' })).toBe('ws://localhost:3200/graphql');
    expect(liveUrl({ protocol: 'https:', host: 'kijkje.example.nl' })).toBe('wss://kijkje.example.nl/graphql');
  });

  it('waits longer after each failed reconnect, up to ten seconds plus jitter', () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 4, 10].map((n) => retryDelay(n, none))).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
    expect(retryDelay(0, () => 0.999)).toBeLessThan(1500);
  });

  it('tells listeners when the connection state changes, once per change', () => {
    const seen: string[] = [];
    const stop = liveStatus.subscribe(() => seen.push(liveStatus.get()));
    liveStatus.set('connecting');
    liveStatus.set('connecting');
    liveStatus.set('connected');
    stop();
    liveStatus.set('idle');
    expect(seen).toEqual(['connecting', 'connected']);
  });

  it('reconnects after a drop or a restart, but not once the server has ended the session', () => {
    expect(worthRetrying({ code: 1006 })).toBe(true);
    expect(worthRetrying({ code: 1012 })).toBe(true);
    expect(worthRetrying({ code: 4500 })).toBe(true);
    expect(worthRetrying(new Error('network'))).toBe(true);
    expect(worthRetrying({ code: 4401 })).toBe(false);
    expect(worthRetrying({ code: 4403 })).toBe(false);
  });

  it('says at a reconnect where each board left off: its last event, for at most fifty boards, the most recent kept', () => {
    const visit = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    liveResume.note(visit(1), 'e1');
    liveResume.note(visit(1), 'e2');
    expect(liveResume.params().resume[visit(1)]).toBe('e2');
    for (let n = 2; n <= 51; n++) liveResume.note(visit(n), `e${n}`);
    const resume = liveResume.params().resume;
    expect(Object.keys(resume)).toHaveLength(50);
    expect(resume[visit(1)]).toBeUndefined();
    expect(resume[visit(51)]).toBe('e51');
  });
});
