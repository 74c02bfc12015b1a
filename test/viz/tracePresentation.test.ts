import { expect } from 'chai';
import { activations, changesOnScreen, changeToPresentation, distinctPresentations, presentedCompositorFrames, threadBusy, threadNames, traceEvents, traceMarks, type TraceEvent } from '../../bench/tracePresentation';

// The viewer bench's screen measure: Chromium's frame pipeline reporter says which compositor frames were
// presented and when; a main-thread change is on screen in the first presented frame drawn after the
// commit that carried it was activated.
const PID = 7;
const reporter = (id: string, begin: number, drawStart: number | null, end: number, state: string, pid = PID): TraceEvent[] => [
  { name: 'PipelineReporter', ph: 'b', ts: begin, pid, id2: { local: id }, args: { frame_reporter: { state } } },
  ...(drawStart === null ? [] : [{ name: 'StartDrawToSwapStart', ph: 'b', ts: drawStart, pid, id2: { local: id } }]),
  { name: 'PipelineReporter', ph: 'e', ts: end, pid, id2: { local: id } },
];

describe('bench/tracePresentation: when pictures reached the screen', () => {
  const events: TraceEvent[] = [
    ...reporter('0x1', 0, 10, 30, 'STATE_PRESENTED_ALL'),
    ...reporter('0x2', 16, null, 33, 'STATE_DROPPED'),
    // the pool reuses 0x1 once the first reporter ended
    ...reporter('0x1', 40, 50, 120, 'STATE_PRESENTED_PARTIAL'),
    ...reporter('0x3', 60, 70, 80, 'STATE_NO_UPDATE_DESIRED'),
    ...reporter('0x2', 130, 140, 150, 'STATE_PRESENTED_ALL'),
    // another process (the browser's own compositor) is ignored
    ...reporter('0x9', 0, 1, 2, 'STATE_PRESENTED_ALL', 99),
    { name: 'Activation', ph: 'b', ts: 44, pid: PID },
    { name: 'Activation', ph: 'e', ts: 45, pid: PID },
    { name: 'Activation', ph: 'e', ts: 125, pid: PID },
    { name: 'Activation', ph: 'e', ts: 3, pid: 99 },
  ];

  it('keeps the presented frames of the page process, with their draw start, in presentation order', () => {
    expect(presentedCompositorFrames(events, PID)).to.deep.equal([
      { drawStart: 10, presented: 30 },
      { drawStart: 50, presented: 120 },
      { drawStart: 140, presented: 150 },
    ]);
  });

  it('takes activation ends of the page process only', () => {
    expect(activations(events, PID)).to.deep.equal([45, 125]);
  });

  const cases: Array<[string, number, number | undefined]> = [
    ['a change before an activation shows in the first frame drawn after it', 20, 120],
    ['a frame drawn before the activation does not carry the change', 44, 120],
    ['a change after the last activation has not reached the screen', 130, undefined],
    ['the next activation and frame', 100, 150],
  ];
  for (const [name, change, expected] of cases)
    it(name, () => expect(changeToPresentation([change], activations(events, PID), presentedCompositorFrames(events, PID))).to.deep.equal([expected]));

  it('counts changes shown in the same frame once', () => {
    const shown = changeToPresentation([20, 30, 100, 130], activations(events, PID), presentedCompositorFrames(events, PID));
    expect(distinctPresentations(shown)).to.deep.equal([120, 150]);
  });
});

describe('bench/tracePresentation: reading a trace', () => {
  const events: TraceEvent[] = [
    { name: 'm', ph: 'R', ts: 30 },
    { name: 'm', ph: 'X', ts: 5 },
    { name: 'other', ph: 'R', ts: 1 },
    { name: 'm', ph: 'I', ts: 10 },
    { name: 'm', ph: 'b', ts: 20 },
  ];
  it('traceMarks gives the times of one mark in order, from mark phases only', () => {
    expect(traceMarks(events, 'm')).to.deep.equal([10, 20, 30]);
    expect(traceMarks(events, 'missing')).to.deep.equal([]);
  });
  for (const [shape, text] of [
    ['a bare array', JSON.stringify(events)],
    ['an object with traceEvents', JSON.stringify({ traceEvents: events, metadata: {} })],
  ] as const) {
    it(`traceEvents reads ${shape}`, () => {
      expect(traceEvents(Buffer.from(text))).to.deep.equal(events);
    });
  }
});

describe('bench/tracePresentation: what threads did', () => {
  const x = (tid: number, ts: number, dur: number, name: string): TraceEvent => ({ name, ph: 'X', ts, dur, pid: 1, tid });
  // out of time order on purpose: a trace file need not be sorted
  const events: TraceEvent[] = [
    { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 7, args: { name: 'CrRendererMain' } },
    { name: 'process_name', ph: 'M', ts: 0, pid: 1, args: { name: 'Renderer' } },
    x(7, 150, 30, 'Paint'), // nested in the 100-200 task
    x(7, 100, 100, 'RunTask'),
    x(7, 290, 50, 'RunTask'), // cut at a window's end (300)
    x(8, 120, 10, 'Raster'),
    x(7, 500, 40, 'RunTask'),
    { name: 'RunTask', ph: 'B', ts: 110, pid: 1, tid: 7 },
  ];
  const cases: [string, Array<[number, number]>, Array<[string, number, Record<string, number>]>][] = [
    ['one window', [[0, 300]], [['1:7', 110, { RunTask: 110, Paint: 30 }], ['1:8', 10, { Raster: 10 }]]],
    ['two windows, summed', [[0, 300], [450, 600]], [['1:7', 150, { RunTask: 150, Paint: 30 }], ['1:8', 10, { Raster: 10 }]]],
    ['a window with nothing in it', [[1000, 2000]], []],
  ];
  for (const [what, windows, want] of cases) {
    it(`threadBusy: top-level busy time and time per name, busiest first: ${what}`, () => {
      const got = threadBusy(events, windows).map((t) => [t.thread, t.busy, Object.fromEntries(t.byName)]);
      expect(got).to.deep.equal(want);
    });
  }
  it('threadNames reads thread and process names from metadata', () => {
    const { threads, processes } = threadNames(events);
    expect([...threads]).to.deep.equal([['1:7', 'CrRendererMain']]);
    expect([...processes]).to.deep.equal([[1, 'Renderer']]);
  });
  it('changesOnScreen: a change never presented is NaN, not fast', () => {
    const marks: TraceEvent[] = [
      { name: 'ng-change-start', ph: 'R', ts: 1000, pid: 1 },
      { name: 'ng-change-end', ph: 'R', ts: 2000, pid: 1 },
    ];
    const { starts, shown, screenMs } = changesOnScreen(marks);
    expect(starts).to.deep.equal([1000]);
    expect(shown).to.deep.equal([undefined]);
    expect(screenMs).to.have.length(1);
    expect(Number.isNaN(screenMs[0])).to.equal(true);
  });
});
