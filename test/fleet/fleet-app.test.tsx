/** The fleet TUI on the fleet snapshot: ranked findings, the histogram, and the compare jump. */
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { analyseFleet } from '../../src/fleet/analyse.js';
import { FleetTally } from '../../src/fleet/tally.js';
import { FleetApp } from '../../src/ui/fleet/FleetApp.js';
import { fleetReducer, fleetWindowTop, INITIAL_FLEET_STATE } from '../../src/ui/fleet/fleet-state.js';
import { materialiseFleet, readFleetDescription } from '../../scripts/fleet/materialise.js';
import { KEYS, renderTui, waitFor } from '../ui/render-helpers.js';

afterEach(() => cleanup());

const { description, base } = readFleetDescription();
const fleet = materialiseFleet(description, base);
const failing = ['runner-05', 'runner-12', 'runner-40'];
const tally = new FleetTally();
for (const { name, fingerprint } of fleet)
  tally.add(fingerprint, { label: name, status: failing.includes(name) ? 'fail' : 'pass', source: `${name}.json` });
const analysis = analyseFleet(tally);

describe('fleet view state', () => {
  test('moves within bounds, toggles the detail, Esc closes help before the detail', () => {
    let s = fleetReducer(INITIAL_FLEET_STATE, { type: 'move', by: -1, total: 4 });
    expect(s.cursor).toBe(0);
    s = fleetReducer(s, { type: 'move', by: 10, total: 4 });
    expect(s.cursor).toBe(3);
    s = fleetReducer(fleetReducer(s, { type: 'toggle-detail' }), { type: 'toggle-help' });
    expect(s).toMatchObject({ detail: true, help: true });
    s = fleetReducer(s, { type: 'close' });
    expect(s).toMatchObject({ detail: true, help: false });
    s = fleetReducer(s, { type: 'close' });
    expect(s).toMatchObject({ detail: false, help: false });
    expect(fleetWindowTop(9, 4, 10)).toBe(6);
    expect(fleetWindowTop(0, 4, 3)).toBe(0);
  });
});

describe('FleetApp', () => {
  test('lists the findings under the verdict; Enter shows the histogram with failing runs marked', async () => {
    const t = await renderTui(<FleetApp analysis={analysis} colour={false} onCompare={() => {}} />);
    await t.resize(100, 30);
    const frame = t.frame();
    expect(frame.split('\n')[0]).toMatch(/^Most likely: runners with kernel › .* fail 3\/3/);
    expect(frame).toMatch(/› +1 fail 3\/3 +kernel › /);
    expect(frame).toContain('binfmt › qemu-aarch64 = absent');
    await t.press(KEYS.enter);
    const detail = await waitFor(() => (t.frame().includes('across the fleet') ? t.frame() : undefined), 'the histogram');
    expect(detail).toMatch(/▶ .*█{3}.* 3 \(3 failing\)/);
    expect(detail).toMatch(/ 45$/m);
    expect(detail).toContain('c: compare runner-01 (typical) with runner-05');
  });

  test('c hands the compare pair (a failing odd runner, a passing typical one) to the caller', async () => {
    let pair: { odd: number; typical: number } | undefined;
    const t = await renderTui(<FleetApp analysis={analysis} colour={false} onCompare={(p) => (pair = p)} />);
    await t.press('c');
    await waitFor(() => pair, 'the compare pair');
    expect(analysis.members[pair!.odd]).toMatchObject({ status: 'fail' });
    expect(failing).toContain(analysis.members[pair!.odd]!.label);
    expect(analysis.members[pair!.typical]).toMatchObject({ status: 'pass' });
  });
});
